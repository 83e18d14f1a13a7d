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
		{Name: "eig", Fn: eigFn, Doc: "e = eig(A), [V,D] = eig(A): eigenvalues and eigenvectors (symmetric A: real, ascending; general A: possibly complex)"},
		{Name: "svd", Fn: svdFn, Doc: "s = svd(A), [U,S,V] = svd(A), [U,S,V] = svd(A,'econ'|0): singular value decomposition"},
		{Name: "qr", Fn: qrFn, Doc: "R = qr(A), [Q,R] = qr(A), [Q,R] = qr(A,'econ'|0): QR factorisation (no column pivoting)"},
		{Name: "lu", Fn: luFn, Doc: "[L,U] = lu(A) (L permuted), [L,U,P] = lu(A): LU factorisation with partial pivoting of a square matrix"},
		{Name: "chol", Fn: cholFn, Doc: "R = chol(A), [R,p] = chol(A): Cholesky factor R'*R = A of a symmetric positive definite matrix"},
		{Name: "null", Fn: subspaceFn("null", false), Doc: "null(A): orthonormal basis of the null space, by SVD"},
		{Name: "orth", Fn: subspaceFn("orth", true), Doc: "orth(A): orthonormal basis of the range, by SVD"},
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

func eigFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
	}
	a, err := squareArg("eig", x)
	if err != nil {
		return nil, err
	}
	n := a.Size().Rows()
	cl := a.Class()
	if n == 0 {
		return []value.Value{emptyMatrix(cl, 0, 1), emptyMatrix(cl, 0, 0)}, nil
	}
	for _, v := range a.Re {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, value.Errorf("MATLAB:eig:matrixWithNaNInf", "Input to EIG must not contain NaN or Inf.")
		}
	}
	if isSymmetric(a) {
		sym := mat.NewSymDense(n, nil)
		for j := range n {
			for i := j; i < n; i++ {
				sym.SetSym(i, j, a.Re[j*n+i])
			}
		}
		var es mat.EigenSym
		if !es.Factorize(sym, c.Nargout > 1) {
			return nil, value.Errorf("MATLAB:eig:noConvergence", "EIG did not converge.")
		}
		vals := es.Values(nil)
		if c.Nargout <= 1 {
			return []value.Value{newResult(linalgClass(cl), value.Dims{n, 1}, vals, nil)}, nil
		}
		var vecs mat.Dense
		es.VectorsTo(&vecs)
		return []value.Value{fromMatrix(cl, &vecs), diagMatrix(cl, vals, nil)}, nil
	}
	var e mat.Eigen
	kind := mat.EigenNone
	if c.Nargout > 1 {
		kind = mat.EigenRight
	}
	if !e.Factorize(toDense(a), kind) {
		return nil, value.Errorf("MATLAB:eig:noConvergence", "EIG did not converge.")
	}
	vals := e.Values(nil)
	re := make([]float64, n)
	im := make([]float64, n)
	for i, v := range vals {
		re[i], im[i] = real(v), imag(v)
	}
	if c.Nargout <= 1 {
		return []value.Value{newResult(linalgClass(cl), value.Dims{n, 1}, re, im)}, nil
	}
	var vecs mat.CDense
	e.VectorsTo(&vecs)
	vr := make([]float64, n*n)
	vi := make([]float64, n*n)
	for j := range n {
		for i := range n {
			z := vecs.At(i, j)
			vr[j*n+i], vi[j*n+i] = real(z), imag(z)
		}
	}
	return []value.Value{newResult(linalgClass(cl), value.Dims{n, n}, vr, vi), diagMatrix(cl, re, im)}, nil
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
	if len(c.Args) == 0 || len(c.Args) > 2 {
		return nil, value.Errorf("MATLAB:narginchk:notEnoughInputs", "Not enough input arguments.")
	}
	if c.Nargout > 2 {
		return nil, value.Errorf("gomat:notImplemented", "qr: column pivoting ([Q,R,P] = qr(A)) is not supported.")
	}
	a, err := linalgArg("qr", c.Args[0])
	if err != nil {
		return nil, err
	}
	econ, err := econArg("qr", c.Args[1:])
	if err != nil {
		return nil, err
	}
	m, n := a.Size().Rows(), a.Size().Cols()
	cl := a.Class()
	if a.Size().IsEmpty() {
		return []value.Value{value.FromRef(identityArray(linalgClass(cl), m)), emptyMatrix(cl, m, n)}, nil
	}
	// gonum's QR needs at least as many rows as columns; a wide matrix is
	// padded with zero rows and the factors cut back.
	rows := max(m, n)
	d := mat.NewDense(rows, n, nil)
	d.Slice(0, m, 0, n).(*mat.Dense).Copy(toDense(a))
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
	if c.Nargout <= 1 {
		return []value.Value{fromMatrix(cl, rs)}, nil
	}
	return []value.Value{fromMatrix(cl, qs), fromMatrix(cl, rs)}, nil
}

func luFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
	}
	a, err := squareArg("lu", x)
	if err != nil {
		return nil, err
	}
	n := a.Size().Rows()
	cl := a.Class()
	if n == 0 {
		return []value.Value{emptyMatrix(cl, 0, 0), emptyMatrix(cl, 0, 0), emptyMatrix(cl, 0, 0)}, nil
	}
	var lu mat.LU
	lu.Factorize(toDense(a))
	var l, u mat.TriDense
	lu.LTo(&l)
	lu.UTo(&u)
	piv := lu.RowPivots(nil)
	p := mat.NewDense(n, n, nil)
	for i, r := range piv {
		p.Set(i, r, 1)
	}
	if c.Nargout >= 3 {
		return []value.Value{fromMatrix(cl, &l), fromMatrix(cl, &u), fromMatrix(cl, p)}, nil
	}
	var pl mat.Dense
	pl.Mul(p.T(), &l)
	if c.Nargout == 2 {
		return []value.Value{fromMatrix(cl, &pl), fromMatrix(cl, &u)}, nil
	}
	var y mat.Dense
	y.Add(&l, &u)
	y.Sub(&y, identity(n))
	return []value.Value{fromMatrix(cl, &y)}, nil
}

func cholFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
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
	// Only the upper triangle is used, as MATLAB does.
	sym := mat.NewSymDense(n, nil)
	for j := range n {
		for i := 0; i <= j; i++ {
			sym.SetSym(i, j, a.Re[j*n+i])
		}
	}
	var ch mat.Cholesky
	if !ch.Factorize(sym) {
		if c.Nargout < 2 {
			return nil, value.Errorf("MATLAB:posdef", "Matrix must be positive definite.")
		}
		k := failingMinor(a)
		if k > 1 {
			var sub mat.Cholesky
			sm := mat.NewSymDense(k-1, nil)
			for j := range k - 1 {
				for i := 0; i <= j; i++ {
					sm.SetSym(i, j, a.Re[j*n+i])
				}
			}
			sub.Factorize(sm)
			var u mat.TriDense
			sub.UTo(&u)
			return []value.Value{fromMatrix(cl, &u), value.Num(float64(k))}, nil
		}
		return []value.Value{emptyMatrix(cl, 0, 0), value.Num(float64(k))}, nil
	}
	var u mat.TriDense
	ch.UTo(&u)
	return []value.Value{fromMatrix(cl, &u), value.Num(0)}, nil
}

// failingMinor returns the order of the first leading principal minor of a
// that is not positive definite.
func failingMinor(a *value.Array) int {
	n := a.Size().Rows()
	for k := 1; k <= n; k++ {
		sm := mat.NewSymDense(k, nil)
		for j := range k {
			for i := 0; i <= j; i++ {
				sm.SetSym(i, j, a.Re[j*n+i])
			}
		}
		var ch mat.Cholesky
		if !ch.Factorize(sm) {
			return k
		}
	}
	return n
}

// subspaceFn builds null and orth from the SVD.
func subspaceFn(fn string, rangeSpace bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("A", &x); err != nil {
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
		tol := float64(max(m, n)) * epsOf(s[0], cl == value.Single)
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
