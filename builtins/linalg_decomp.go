package builtins

import (
	"math"
	"strings"

	"gonum.org/v1/gonum/mat"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "eig", Fn: eigFn, Doc: "e = eig(A), [V,D] = eig(A), [V,D,W] = eig(A), eig(A,B) (symmetric A, symmetric positive definite B), eig(...,'vector'|'matrix'): eigenvalues and right (V) and left (W) eigenvectors (symmetric A: real, ascending; general A: possibly complex)"},
		{Name: "svd", Fn: svdFn, Doc: "s = svd(A), [U,S,V] = svd(A), [U,S,V] = svd(A,'econ'|0): singular value decomposition"},
		{Name: "qr", Fn: qrFn, Doc: "R = qr(A), [Q,R] = qr(A), [Q,R,P] = qr(A) (A*P = Q*R, column pivoting), qr(A,'econ'), qr(...,'vector'|'matrix'), qr(A,0) (economy size, P a vector): QR factorisation"},
		{Name: "lu", Fn: luFn, Doc: "Y = lu(A), [L,U] = lu(A) (L permuted), [L,U,P] = lu(A), [L,U,p] = lu(A,'vector'): LU factorisation with partial pivoting (A may be rectangular)"},
		{Name: "chol", Fn: cholFn, Doc: "R = chol(A), L = chol(A,'lower'), [R,p] = chol(...): Cholesky factor R'*R = A (L*L' = A) of a symmetric positive definite matrix"},
		{Name: "null", Fn: subspaceFn("null", false), Doc: "null(A), null(A,tol): orthonormal basis of the null space, by SVD (singular values at most tol count as zero)"},
		{Name: "orth", Fn: subspaceFn("orth", true), Doc: "orth(A), orth(A,tol): orthonormal basis of the range, by SVD (singular values at most tol count as zero)"},
	})
}

// isSymmetric reports whether a square matrix equals its transpose.
func isSymmetric(a *value.Array) bool {
	n := a.Size().Rows()
	for j := range n {
		for i := j + 1; i < n; i++ {
			if a.Re[j*n+i] != a.Re[i*n+j] {
				return false
			}
		}
	}
	return true
}

// eigOptions are the text options of eig.
type eigOptions struct {
	form      string // "vector", "matrix", or "" for the default by nargout
	noBalance bool
	qz        bool
}

// parseEigOptions reads eig's trailing options: 'vector'|'matrix',
// 'balance'|'nobalance' (standard problem) and 'chol'|'qz' (generalized).
func parseEigOptions(args []value.Value, generalized bool) (eigOptions, error) {
	var o eigOptions
	for _, a := range args {
		s, ok := a.Text()
		switch s = strings.ToLower(s); {
		case ok && (s == "vector" || s == "matrix"):
			o.form = s
		case ok && !generalized && (s == "balance" || s == "nobalance"):
			o.noBalance = s == "nobalance"
		case ok && generalized && (s == "chol" || s == "qz"):
			o.qz = s == "qz"
		default:
			return o, value.Errorf("MATLAB:eig:invalidOption", "Invalid option. Options are 'vector', 'matrix', 'balance', 'nobalance', 'chol' and 'qz'.")
		}
	}
	return o, nil
}

// eigInput returns a square argument of eig, refusing NaN and Inf.
func eigInput(v value.Value) (*value.Array, error) {
	a, err := squareArg("eig", v)
	if err != nil {
		return nil, err
	}
	for _, x := range a.Re {
		if math.IsInf(x, 0) || math.IsNaN(x) {
			return nil, value.Errorf("MATLAB:eig:matrixWithNaNInf", "Input to EIG must not contain NaN or Inf.")
		}
	}
	return a, nil
}

func eigFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	if len(c.Args) > 4 {
		return nil, value.Errorf("MATLAB:maxrhs", "Too many input arguments.")
	}
	if c.Nargout > 3 {
		return nil, value.Errorf("MATLAB:maxlhs", "Too many output arguments.")
	}
	a, err := eigInput(c.Args[0])
	if err != nil {
		return nil, err
	}
	opts := c.Args[1:]
	var b *value.Array
	if len(opts) > 0 {
		if _, isText := opts[0].Text(); !isText {
			if b, err = eigInput(opts[0]); err != nil {
				return nil, err
			}
			if b.Size().Rows() != a.Size().Rows() {
				return nil, value.Errorf("MATLAB:eig:dimensionMismatch", "Matrices must be the same size.")
			}
			opts = opts[1:]
		}
	}
	o, err := parseEigOptions(opts, b != nil)
	if err != nil {
		return nil, err
	}
	n := a.Size().Rows()
	cl := linalgClass(a.Class())
	if b != nil {
		cl = linalgClass(b.Class())
		if a.Class() == value.Single {
			cl = value.Single
		}
	}
	var vals, valsIm, vecs, vecsIm, left, leftIm []float64
	switch {
	case n == 0:
	case b != nil:
		if o.qz || !isSymmetric(a) || !isSymmetric(b) {
			return nil, value.Errorf("gomat:notImplemented", "eig: only the 'chol' algorithm (symmetric A, symmetric positive definite B) is supported for generalized eigenvalues.")
		}
		if vals, vecs, err = eigCholesky(a, b, c.Nargout > 1); err != nil {
			return nil, err
		}
	case isSymmetric(a):
		if vals, vecs, err = eigSymmetric(toDense(a), c.Nargout > 1); err != nil {
			return nil, err
		}
		left = vecs
	case o.noBalance:
		return nil, value.Errorf("gomat:notImplemented", "eig: the 'nobalance' option is not supported for nonsymmetric matrices.")
	default:
		if vals, valsIm, vecs, vecsIm, left, leftIm, err = eigGeneral(a, c.Nargout); err != nil {
			return nil, err
		}
	}
	form := o.form
	if form == "" {
		form = "vector"
		if c.Nargout > 1 {
			form = "matrix"
		}
	}
	var d value.Value
	if form == "vector" {
		if n == 0 {
			d = emptyMatrix(cl, 0, 1)
		} else {
			d = newResult(cl, value.Dims{n, 1}, vals, valsIm)
		}
	} else {
		d = diagMatrix(cl, vals, valsIm)
	}
	if c.Nargout <= 1 {
		return []value.Value{d}, nil
	}
	if n == 0 {
		vecs, left = []float64{}, []float64{}
	}
	outs := []value.Value{newResult(cl, value.Dims{n, n}, vecs, vecsIm), d}
	if c.Nargout > 2 {
		outs = append(outs, newResult(cl, value.Dims{n, n}, left, leftIm))
	}
	return outs, nil
}

// eigSymmetric returns the ascending eigenvalues of a symmetric matrix and,
// when wanted, its orthonormal eigenvectors (column-major).
func eigSymmetric(a mat.Matrix, vectors bool) ([]float64, []float64, error) {
	n, _ := a.Dims()
	sym := mat.NewSymDense(n, nil)
	for j := range n {
		for i := j; i < n; i++ {
			sym.SetSym(i, j, a.At(i, j))
		}
	}
	var es mat.EigenSym
	if !es.Factorize(sym, vectors) {
		return nil, nil, value.Errorf("MATLAB:eig:noConvergence", "EIG did not converge.")
	}
	vals := es.Values(nil)
	if !vectors {
		return vals, nil, nil
	}
	var v mat.Dense
	es.VectorsTo(&v)
	return vals, columnMajor(&v), nil
}

// eigCholesky solves the symmetric-definite problem A*V = B*V*D as
// LAPACK's dsygv does: with B = R'*R, the eigenvectors W of
// inv(R')*A*inv(R) give V = inv(R)*W, normalised so that V'*B*V = I.
func eigCholesky(a, b *value.Array, vectors bool) ([]float64, []float64, error) {
	n := a.Size().Rows()
	bs := mat.NewSymDense(n, nil)
	for j := range n {
		for i := 0; i <= j; i++ {
			bs.SetSym(i, j, b.Re[j*n+i])
		}
	}
	var ch mat.Cholesky
	if !ch.Factorize(bs) {
		return nil, nil, value.Errorf("gomat:notImplemented", "eig: only the 'chol' algorithm (symmetric A, symmetric positive definite B) is supported for generalized eigenvalues.")
	}
	var r, rinv mat.TriDense
	ch.UTo(&r)
	if err := rinv.InverseTri(&r); err != nil {
		return nil, nil, value.Errorf("MATLAB:eig:noConvergence", "EIG did not converge.")
	}
	var t, cm mat.Dense
	t.Mul(toDense(a), &rinv)
	cm.Mul(rinv.T(), &t)
	vals, w, err := eigSymmetric(&cm, vectors)
	if err != nil || !vectors {
		return vals, nil, err
	}
	// w is column-major, so read row-major it is the transpose.
	var v mat.Dense
	v.Mul(&rinv, mat.NewDense(n, n, w).T())
	return vals, columnMajor(&v), nil
}

// eigGeneral computes the eigenvalues of a nonsymmetric matrix and, as
// nargout asks, its right and left eigenvectors (unit 2-norm, column-major
// real and imaginary parts).
func eigGeneral(a *value.Array, nargout int) (re, im, vr, vi, wr, wi []float64, err error) {
	n := a.Size().Rows()
	var e mat.Eigen
	kind := mat.EigenNone
	if nargout > 1 {
		kind = mat.EigenRight
	}
	if nargout > 2 {
		kind |= mat.EigenLeft
	}
	if !e.Factorize(toDense(a), kind) {
		return nil, nil, nil, nil, nil, nil, value.Errorf("MATLAB:eig:noConvergence", "EIG did not converge.")
	}
	vals := e.Values(nil)
	re, im = make([]float64, n), make([]float64, n)
	for i, v := range vals {
		re[i], im[i] = real(v), imag(v)
	}
	if nargout > 1 {
		var m mat.CDense
		e.VectorsTo(&m)
		vr, vi = complexColumns(&m)
	}
	if nargout > 2 {
		var m mat.CDense
		e.LeftVectorsTo(&m)
		wr, wi = complexColumns(&m)
	}
	return re, im, vr, vi, wr, wi, nil
}

// complexColumns splits a complex matrix into column-major real and
// imaginary parts.
func complexColumns(m *mat.CDense) ([]float64, []float64) {
	r, c := m.Dims()
	re, im := make([]float64, r*c), make([]float64, r*c)
	for j := range c {
		for i := range r {
			z := m.At(i, j)
			re[j*r+i], im[j*r+i] = real(z), imag(z)
		}
	}
	return re, im
}

// columnMajor returns the elements of a matrix in column-major order.
func columnMajor(m mat.Matrix) []float64 {
	r, c := m.Dims()
	out := make([]float64, r*c)
	for j := range c {
		for i := range r {
			out[j*r+i] = m.At(i, j)
		}
	}
	return out
}

// diagMatrix returns the square matrix with the given diagonal.
func diagMatrix(cl value.Class, re, im []float64) value.Value {
	n := len(re)
	dr := make([]float64, n*n)
	var di []float64
	if im != nil {
		di = make([]float64, n*n)
	}
	for k := range n {
		dr[k*n+k] = re[k]
		if di != nil {
			di[k*n+k] = im[k]
		}
	}
	return newResult(linalgClass(cl), value.Dims{n, n}, dr, di)
}

// econArg reports whether an optional argument asks for the economy size
// ('econ' or 0).
func econArg(fn string, args []value.Value) (bool, error) {
	if len(args) == 0 {
		return false, nil
	}
	if s, ok := args[0].Text(); ok && strings.EqualFold(s, "econ") {
		return true, nil
	}
	if x, err := value.ScalarFloat(args[0]); err == nil && x == 0 {
		return true, nil
	}
	return false, value.Errorf("MATLAB:"+fn+":invalidOption", "Second argument must be 0 or 'econ'.")
}

func svdFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 || len(c.Args) > 2 {
		return nil, value.Errorf("MATLAB:narginchk:notEnoughInputs", "Not enough input arguments.")
	}
	a, err := linalgArg("svd", c.Args[0])
	if err != nil {
		return nil, err
	}
	econ, err := econArg("svd", c.Args[1:])
	if err != nil {
		return nil, err
	}
	m, n := a.Size().Rows(), a.Size().Cols()
	cl := a.Class()
	if a.Size().IsEmpty() {
		if c.Nargout <= 1 {
			return []value.Value{emptyMatrix(cl, 0, 1)}, nil
		}
		return []value.Value{value.FromRef(identityArray(linalgClass(cl), m)), emptyMatrix(cl, m, n), value.FromRef(identityArray(linalgClass(cl), n))}, nil
	}
	var svd mat.SVD
	kind := mat.SVDNone
	switch {
	case c.Nargout > 1 && econ:
		kind = mat.SVDThin
	case c.Nargout > 1:
		kind = mat.SVDFull
	}
	if !svd.Factorize(toDense(a), kind) {
		return nil, value.Errorf("MATLAB:svd:svdNoConvergence", "SVD did not converge.")
	}
	s := svd.Values(nil)
	if c.Nargout <= 1 {
		return []value.Value{newResult(linalgClass(cl), value.Dims{len(s), 1}, s, nil)}, nil
	}
	var u, v mat.Dense
	svd.UTo(&u)
	svd.VTo(&v)
	sr, sc := m, n
	if econ {
		sr, sc = min(m, n), min(m, n)
	}
	sm := make([]float64, sr*sc)
	for k, sk := range s {
		if k < sr && k < sc {
			sm[k*sr+k] = sk
		}
	}
	return []value.Value{fromMatrix(cl, &u), newResult(linalgClass(cl), value.Dims{sr, sc}, sm, nil), fromMatrix(cl, &v)}, nil
}

// identityArray returns an n×n identity array of class cl.
func identityArray(cl value.Class, n int) *value.Array {
	a := value.NewArray(cl, value.Dims{n, n})
	for k := range n {
		a.Re[k*n+k] = 1
	}
	return a
}

func qrFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	if len(c.Args) > 3 {
		return nil, value.Errorf("MATLAB:maxrhs", "Too many input arguments.")
	}
	a, err := linalgArg("qr", c.Args[0])
	if err != nil {
		return nil, err
	}
	econ, vector := false, false
	for _, o := range c.Args[1:] {
		s, isText := o.Text()
		switch {
		case isText && strings.EqualFold(s, "econ"):
			econ = true
		case isText && strings.EqualFold(s, "vector"):
			vector = true
		case isText && strings.EqualFold(s, "matrix"):
		case !isText && isScalarZero(o):
			econ, vector = true, true
		default:
			return nil, value.Errorf("MATLAB:qr:invalidInput", "Second argument must be 0, \"econ\", \"vector\" or \"matrix\".")
		}
	}
	m, n := a.Size().Rows(), a.Size().Cols()
	cl := a.Class()
	perm := make([]int, n)
	for j := range perm {
		perm[j] = j
	}
	if c.Nargout > 2 {
		perm = qrPivots(a.Re, m, n)
	}
	var outs []value.Value
	if a.Size().IsEmpty() {
		k := m
		if econ {
			k = min(m, n)
		}
		q := value.NewArray(linalgClass(cl), value.Dims{m, k})
		for i := range min(m, k) {
			q.Re[i*m+i] = 1
		}
		outs = []value.Value{value.FromRef(q), emptyMatrix(cl, k, n)}
	} else {
		outs = qrFactors(a, perm, econ)
	}
	if c.Nargout <= 1 {
		return outs[1:], nil
	}
	if c.Nargout == 2 {
		return outs, nil
	}
	if vector {
		pv := make([]float64, n)
		for j, p := range perm {
			pv[j] = float64(p + 1)
		}
		return append(outs, value.RowVector(pv)), nil
	}
	pm := make([]float64, n*n)
	for j, p := range perm {
		pm[j*n+p] = 1
	}
	return append(outs, newResult(value.Double, value.Dims{n, n}, pm, nil)), nil
}

// isScalarZero reports whether v is the number 0.
func isScalarZero(v value.Value) bool {
	x, err := value.ScalarFloat(v)
	return err == nil && x == 0
}

// qrFactors returns Q and R of the nonempty matrix a with its columns
// reordered by perm (economy size when econ is set).
func qrFactors(a *value.Array, perm []int, econ bool) []value.Value {
	m, n := a.Size().Rows(), a.Size().Cols()
	cl := a.Class()
	// gonum's QR needs at least as many rows as columns; a wide matrix is
	// padded with zero rows and the factors cut back.
	rows := max(m, n)
	d := mat.NewDense(rows, n, nil)
	for j, p := range perm {
		for i := range m {
			d.Set(i, j, a.Re[p*m+i])
		}
	}
	var qr mat.QR
	qr.Factorize(d)
	var q, r mat.Dense
	qr.QTo(&q)
	qr.RTo(&r)
	k := m
	if econ {
		k = min(m, n)
	}
	qs := q.Slice(0, m, 0, k)
	rs := r.Slice(0, k, 0, n)
	if m < n {
		qs = q.Slice(0, m, 0, m)
		rs = r.Slice(0, m, 0, n)
	}
	return []value.Value{fromMatrix(cl, qs), fromMatrix(cl, rs)}
}

// qrPivots chooses the column order of a QR factorisation with column
// pivoting as LAPACK's dgeqp3 (dlaqp2) does: at each step the remaining
// column of largest partial norm comes next (the first one on ties), the
// norms being downdated after each Householder step. a is column-major
// m×n; the result lists 0-based columns.
func qrPivots(a []float64, m, n int) []int {
	w := append([]float64(nil), a...)
	perm := make([]int, n)
	vn1 := make([]float64, n)
	vn2 := make([]float64, n)
	norm := func(j, from int) float64 {
		s := 0.0
		for i := from; i < m; i++ {
			s = math.Hypot(s, w[j*m+i])
		}
		return s
	}
	for j := range n {
		perm[j] = j
		vn1[j] = norm(j, 0)
		vn2[j] = vn1[j]
	}
	tol3z := math.Sqrt(epsOf(1, false))
	for k := range min(m, n) {
		p := k
		for j := k + 1; j < n; j++ {
			if vn1[j] > vn1[p] {
				p = j
			}
		}
		if p != k {
			for i := range m {
				w[k*m+i], w[p*m+i] = w[p*m+i], w[k*m+i]
			}
			perm[k], perm[p] = perm[p], perm[k]
			vn1[p], vn2[p] = vn1[k], vn2[k]
		}
		// Householder reflector (dlarfg) zeroing w(k+1:m, k), applied
		// to the remaining columns.
		alpha, xnorm := w[k*m+k], norm(k, k+1)
		if xnorm != 0 {
			beta := -math.Copysign(math.Hypot(alpha, xnorm), alpha)
			tau := (beta - alpha) / beta
			v := make([]float64, m-k)
			v[0] = 1
			for i := k + 1; i < m; i++ {
				v[i-k] = w[k*m+i] / (alpha - beta)
				w[k*m+i] = 0
			}
			w[k*m+k] = beta
			for j := k + 1; j < n; j++ {
				dot := 0.0
				for i := k; i < m; i++ {
					dot += v[i-k] * w[j*m+i]
				}
				for i := k; i < m; i++ {
					w[j*m+i] -= tau * dot * v[i-k]
				}
			}
		}
		for j := k + 1; j < n; j++ {
			if vn1[j] == 0 {
				continue
			}
			t := math.Max(1-math.Pow(math.Abs(w[j*m+k])/vn1[j], 2), 0)
			if t*math.Pow(vn1[j]/vn2[j], 2) <= tol3z {
				vn1[j] = norm(j, k+1)
				vn2[j] = vn1[j]
			} else {
				vn1[j] *= math.Sqrt(t)
			}
		}
	}
	return perm
}

func luFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	if len(c.Args) > 2 {
		return nil, value.Errorf("MATLAB:maxrhs", "Too many input arguments.")
	}
	a, err := linalgArg("lu", c.Args[0])
	if err != nil {
		return nil, err
	}
	vector := false
	if len(c.Args) == 2 {
		s, ok := c.Args[1].Text()
		switch {
		case ok && strings.EqualFold(s, "vector"):
			vector = true
		case ok && strings.EqualFold(s, "matrix"):
		default:
			return nil, value.Errorf("MATLAB:lu:invalidOutputForm", "Output form must be 'matrix' or 'vector'.")
		}
	}
	m, n := a.Size().Rows(), a.Size().Cols()
	k := min(m, n)
	cl := linalgClass(a.Class())
	f, perm := luFactor(a.Re, m, n)
	l := make([]float64, m*k)
	u := make([]float64, k*n)
	for j := range n {
		for i := range m {
			switch {
			case i < j && i < k:
				u[j*k+i] = f[j*m+i]
			case i == j:
				u[j*k+i] = f[j*m+i]
				l[j*m+i] = 1
			case j < k:
				l[j*m+i] = f[j*m+i]
			}
		}
	}
	ud := value.Dims{k, n}
	switch {
	case c.Nargout <= 1:
		return []value.Value{newResult(cl, value.Dims{m, n}, f, nil)}, nil
	case c.Nargout == 2:
		pl := make([]float64, m*k)
		for j := range k {
			for i, r := range perm {
				pl[j*m+r] = l[j*m+i]
			}
		}
		return []value.Value{newResult(cl, value.Dims{m, k}, pl, nil), newResult(cl, ud, u, nil)}, nil
	}
	var p value.Value
	if vector {
		pv := make([]float64, m)
		for i, r := range perm {
			pv[i] = float64(r + 1)
		}
		p = value.RowVector(pv)
	} else {
		pm := make([]float64, m*m)
		for i, r := range perm {
			pm[r*m+i] = 1
		}
		p = newResult(value.Double, value.Dims{m, m}, pm, nil)
	}
	return []value.Value{newResult(cl, value.Dims{m, k}, l, nil), newResult(cl, ud, u, nil), p}, nil
}

// luFactor is LAPACK's dgetf2 on a column-major m×n matrix: Gaussian
// elimination with partial pivoting (the first row of largest magnitude).
// It returns the factors packed as L+U-I (L unit lower) and perm, where
// row i of the factored matrix is row perm[i] of the input.
func luFactor(src []float64, m, n int) ([]float64, []int) {
	f := append([]float64(nil), src...)
	perm := make([]int, m)
	for i := range perm {
		perm[i] = i
	}
	for k := range min(m, n) {
		p := k
		for i := k + 1; i < m; i++ {
			if math.Abs(f[k*m+i]) > math.Abs(f[k*m+p]) {
				p = i
			}
		}
		if p != k {
			for j := range n {
				f[j*m+k], f[j*m+p] = f[j*m+p], f[j*m+k]
			}
			perm[k], perm[p] = perm[p], perm[k]
		}
		piv := f[k*m+k]
		if piv == 0 {
			continue
		}
		for i := k + 1; i < m; i++ {
			f[k*m+i] /= piv
		}
		for j := k + 1; j < n; j++ {
			x := f[j*m+k]
			if x == 0 {
				continue
			}
			for i := k + 1; i < m; i++ {
				f[j*m+i] -= f[k*m+i] * x
			}
		}
	}
	return f, perm
}

func cholFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	triangle := "upper"
	if err := c.Unpack("A", &x, "triangle?", &triangle); err != nil {
		return nil, err
	}
	lower := strings.EqualFold(triangle, "lower")
	if !lower && !strings.EqualFold(triangle, "upper") {
		return nil, value.Errorf("MATLAB:chol:invalidFlag", "Second argument must be 'upper' or 'lower'.")
	}
	a, err := squareArg("chol", x)
	if err != nil {
		return nil, err
	}
	n := a.Size().Rows()
	cl := a.Class()
	if n == 0 {
		return []value.Value{emptyMatrix(cl, 0, 0), value.Num(0)}, nil
	}
	// Only the named triangle is used, as MATLAB does: the factor of order
	// k is that of the leading k×k block; p is the order of the first
	// block that is not positive definite.
	factor := func(k int) (mat.TriDense, bool) {
		sym := mat.NewSymDense(k, nil)
		for j := range k {
			for i := 0; i <= j; i++ {
				if lower {
					sym.SetSym(i, j, a.Re[i*n+j])
				} else {
					sym.SetSym(i, j, a.Re[j*n+i])
				}
			}
		}
		var ch mat.Cholesky
		var u mat.TriDense
		ok := ch.Factorize(sym)
		if ok {
			ch.UTo(&u)
		}
		return u, ok
	}
	result := func(u mat.TriDense) value.Value {
		if lower {
			return fromMatrix(cl, u.T())
		}
		return fromMatrix(cl, &u)
	}
	if u, ok := factor(n); ok {
		return []value.Value{result(u), value.Num(0)}, nil
	}
	if c.Nargout < 2 {
		return nil, value.Errorf("MATLAB:posdef", "Matrix must be positive definite.")
	}
	for k := 1; k <= n; k++ {
		if _, ok := factor(k); !ok {
			if k == 1 {
				return []value.Value{emptyMatrix(cl, 0, 0), value.Num(1)}, nil
			}
			u, _ := factor(k - 1)
			return []value.Value{result(u), value.Num(float64(k))}, nil
		}
	}
	return nil, value.Errorf("MATLAB:posdef", "Matrix must be positive definite.")
}

// subspaceFn builds null and orth from the SVD.
func subspaceFn(fn string, rangeSpace bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		tol := math.NaN()
		if err := c.Unpack("A", &x, "tol?", &tol); err != nil {
			return nil, err
		}
		a, err := linalgArg(fn, x)
		if err != nil {
			return nil, err
		}
		m, n := a.Size().Rows(), a.Size().Cols()
		cl := a.Class()
		if a.Size().IsEmpty() {
			if rangeSpace {
				return []value.Value{emptyMatrix(cl, m, 0)}, nil
			}
			return []value.Value{value.FromRef(identityArray(linalgClass(cl), n))}, nil
		}
		var svd mat.SVD
		svd.Factorize(toDense(a), mat.SVDFull)
		s := svd.Values(nil)
		if math.IsNaN(tol) {
			tol = float64(max(m, n)) * epsOf(s[0], cl == value.Single)
		}
		r := 0
		for _, v := range s {
			if v > tol {
				r++
			}
		}
		var basis mat.Dense
		if rangeSpace {
			svd.UTo(&basis)
			return []value.Value{sliceCols(cl, &basis, 0, r)}, nil
		}
		svd.VTo(&basis)
		return []value.Value{sliceCols(cl, &basis, r, n)}, nil
	}
}

// sliceCols returns columns [from, to) of d as a value.
func sliceCols(cl value.Class, d *mat.Dense, from, to int) value.Value {
	m, _ := d.Dims()
	if from >= to {
		return emptyMatrix(cl, m, 0)
	}
	return fromMatrix(cl, d.Slice(0, m, from, to))
}
