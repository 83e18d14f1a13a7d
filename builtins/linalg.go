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
		{Name: "inv", Fn: invFn, Doc: "inv(A): inverse of a square matrix (warns when A is singular or badly conditioned)"},
		{Name: "pinv", Fn: pinvFn, Doc: "pinv(A), pinv(A,tol): Moore-Penrose pseudoinverse by SVD"},
		{Name: "det", Fn: detFn, Doc: "det(A): determinant of a square matrix by LU factorisation"},
		{Name: "rank", Fn: rankFn, Doc: "rank(A), rank(A,tol): number of singular values above max(size(A))*eps(norm(A)) or tol"},
		{Name: "trace", Fn: traceFn, Doc: "trace(A): sum of the diagonal of a square matrix"},
		{Name: "norm", Fn: normFn, Doc: "norm(v), norm(v,p) (p ≥ 1, Inf, -Inf, 'fro'): vector norms; norm(A), norm(A,1|2|Inf|'fro'): matrix norms"},
		{Name: "dot", Fn: dotFn, Doc: "dot(a,b), dot(a,b,dim): dot product of vectors, or of matrix columns"},
		{Name: "cross", Fn: crossFn, Doc: "cross(a,b), cross(a,b,dim): cross product of 3-element vectors, or along the first (or the given) dimension of length 3 of arrays"},
		{Name: "kron", Fn: kronFn, Doc: "kron(A,B): Kronecker tensor product"},
		{Name: "expm", Fn: expmFn, Doc: "expm(A): matrix exponential of a square matrix"},
	})
}

// linalgArg returns a real double or single 2-D matrix argument.
func linalgArg(fn string, v value.Value) (*value.Array, error) {
	a, ok := v.Array()
	if !ok || !(a.Class().IsFloat() || a.Class() == value.Logical || a.Class() == value.Char) {
		return nil, value.Errorf("MATLAB:"+fn+":inputType", "Invalid data type. Input matrix must be double or single.")
	}
	if a.IsComplex() {
		return nil, value.Errorf("gomat:notImplemented", "%s: complex matrices are not supported.", fn)
	}
	if !a.Size().IsMatrix() {
		return nil, value.Errorf("MATLAB:"+fn+":inputMustBe2D", "Input must be 2-D.")
	}
	return a, nil
}

// squareArg is linalgArg for functions of square matrices.
func squareArg(fn string, v value.Value) (*value.Array, error) {
	a, err := linalgArg(fn, v)
	if err != nil {
		return nil, err
	}
	if a.Size().Rows() != a.Size().Cols() {
		return nil, value.Errorf("MATLAB:square", "Matrix must be square.")
	}
	return a, nil
}

// toDense copies a nonempty column-major array into a gonum matrix.
func toDense(a *value.Array) *mat.Dense {
	m, n := a.Size().Rows(), a.Size().Cols()
	d := mat.NewDense(m, n, nil)
	for j := range n {
		for i := range m {
			d.Set(i, j, a.Re[j*m+i])
		}
	}
	return d
}

// fromMatrix copies a gonum matrix into a value of class cl.
func fromMatrix(cl value.Class, x mat.Matrix) value.Value {
	m, n := x.Dims()
	return newResult(linalgClass(cl), value.Dims{m, n}, columnMajor(x), nil)
}

// emptyMatrix returns an m×n matrix of zeros of class cl.
func emptyMatrix(cl value.Class, m, n int) value.Value {
	return value.FromRef(value.NewArray(linalgClass(cl), value.Dims{m, n}))
}

// linalgClass is the class of linear-algebra results: single stays
// single, everything else is double.
func linalgClass(c value.Class) value.Class {
	if c == value.Single {
		return c
	}
	return value.Double
}

func invFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
	}
	a, err := squareArg("inv", x)
	if err != nil {
		return nil, err
	}
	n := a.Size().Rows()
	if n == 0 {
		return []value.Value{emptyMatrix(a.Class(), 0, 0)}, nil
	}
	var lu mat.LU
	lu.Factorize(toDense(a))
	var inv mat.Dense
	if lu.Det() == 0 || math.IsInf(lu.Cond(), 1) {
		c.In.Warn(value.IDSingularMatrix, value.MsgSingularMatrix)
		re := make([]float64, n*n)
		for i := range re {
			re[i] = math.Inf(1)
		}
		return []value.Value{newResult(linalgClass(a.Class()), a.Size(), re, nil)}, nil
	}
	if rc := 1 / lu.Cond(); rc < epsOf(1, a.Class() == value.Single) {
		c.In.Warn(value.IDNearlySingularMatrix, "%s", value.NearlySingularMessage(rc))
	}
	if err := lu.SolveTo(&inv, false, identity(n)); err != nil {
		inv.Inverse(toDense(a))
	}
	return []value.Value{fromMatrix(a.Class(), &inv)}, nil
}

// identity returns the n×n identity matrix.
func identity(n int) *mat.Dense {
	d := mat.NewDense(n, n, nil)
	for i := range n {
		d.Set(i, i, 1)
	}
	return d
}

// singularValues returns the singular values of a, largest first.
func singularValues(a *value.Array) []float64 {
	if a.Size().IsEmpty() {
		return nil
	}
	var svd mat.SVD
	svd.Factorize(toDense(a), mat.SVDNone)
	return svd.Values(nil)
}

func pinvFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	tol := math.NaN()
	if err := c.Unpack("A", &x, "tol?", &tol); err != nil {
		return nil, err
	}
	a, err := linalgArg("pinv", x)
	if err != nil {
		return nil, err
	}
	m, n := a.Size().Rows(), a.Size().Cols()
	if a.Size().IsEmpty() {
		return []value.Value{emptyMatrix(a.Class(), n, m)}, nil
	}
	var svd mat.SVD
	svd.Factorize(toDense(a), mat.SVDThin)
	s := svd.Values(nil)
	if math.IsNaN(tol) {
		tol = float64(max(m, n)) * epsOf(s[0], a.Class() == value.Single)
	}
	var u, v mat.Dense
	svd.UTo(&u)
	svd.VTo(&v)
	out := mat.NewDense(n, m, nil)
	for k, sk := range s {
		if sk <= tol {
			continue
		}
		for i := range n {
			for j := range m {
				out.Set(i, j, out.At(i, j)+v.At(i, k)*u.At(j, k)/sk)
			}
		}
	}
	return []value.Value{fromMatrix(a.Class(), out)}, nil
}

func detFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
	}
	a, err := squareArg("det", x)
	if err != nil {
		return nil, err
	}
	if a.Size().Rows() == 0 {
		return []value.Value{value.Scalar(linalgClass(a.Class()), 1)}, nil
	}
	var lu mat.LU
	lu.Factorize(toDense(a))
	var u mat.TriDense
	lu.UTo(&u)
	// The product of U's diagonal, signed by the pivoting, as LAPACK-based
	// det computes it (det([1 2;3 4]) is -2.0000000000000004).
	det := permutationSign(lu.RowPivots(nil))
	for i := range a.Size().Rows() {
		det *= u.At(i, i)
	}
	return []value.Value{newResult(linalgClass(a.Class()), value.Dims{1, 1}, []float64{det}, nil)}, nil
}

func rankFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	tol := math.NaN()
	if err := c.Unpack("A", &x, "tol?", &tol); err != nil {
		return nil, err
	}
	a, err := linalgArg("rank", x)
	if err != nil {
		return nil, err
	}
	s := singularValues(a)
	if len(s) == 0 {
		return []value.Value{value.Num(0)}, nil
	}
	if math.IsNaN(tol) {
		tol = float64(max(a.Size().Rows(), a.Size().Cols())) * epsOf(s[0], a.Class() == value.Single)
	}
	r := 0
	for _, v := range s {
		if v > tol {
			r++
		}
	}
	return []value.Value{value.Num(float64(r))}, nil
}

func traceFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
	}
	a, err := denseArg("trace", x)
	if err != nil {
		return nil, err
	}
	d := a.Size()
	if !d.IsMatrix() || d.Rows() != d.Cols() {
		return nil, value.Errorf("MATLAB:square", "Matrix must be square.")
	}
	var tr, ti float64
	for k := range d.Rows() {
		tr += a.Re[k*d.Rows()+k]
		ti += imAt(a.Im, k*d.Rows()+k)
	}
	var im []float64
	if a.Im != nil {
		im = []float64{ti}
	}
	return []value.Value{newResult(unaryClass(a.Class()), value.Dims{1, 1}, []float64{tr}, im)}, nil
}

func normFn(c *interp.Call) ([]value.Value, error) {
	var x, pv value.Value
	if err := c.Unpack("X", &x, "p?", &pv); err != nil {
		return nil, err
	}
	a, err := denseArg("norm", x)
	if err != nil {
		return nil, err
	}
	if !a.Size().IsMatrix() {
		return nil, value.Errorf("MATLAB:norm:inputMustBe2D", "Input must be 2-D.")
	}
	p := 2.0
	fro := false
	if pv.Defined() {
		if s, ok := pv.Text(); ok {
			switch strings.ToLower(s) {
			case "fro":
				fro = true
			case "inf":
				p = math.Inf(1)
			default:
				return nil, value.Errorf("MATLAB:norm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.")
			}
		} else if p, err = value.ScalarFloat(pv); err != nil {
			return nil, value.Errorf("MATLAB:norm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.")
		}
	}
	abs := make([]float64, len(a.Re))
	for i, v := range a.Re {
		abs[i] = math.Hypot(v, imAt(a.Im, i))
	}
	cl := linalgClass(a.Class())
	res := func(v float64) ([]value.Value, error) {
		return []value.Value{newResult(cl, value.Dims{1, 1}, []float64{v}, nil)}, nil
	}
	if a.Size().IsVector() || a.Size().IsEmpty() || fro {
		if fro {
			p = 2
		}
		return res(vectorNorm(abs, p))
	}
	m, n := a.Size().Rows(), a.Size().Cols()
	switch {
	case p == 1:
		best := 0.0
		for j := range n {
			s := 0.0
			for i := range m {
				s += abs[j*m+i]
			}
			best = math.Max(best, s)
		}
		return res(best)
	case math.IsInf(p, 1):
		best := 0.0
		for i := range m {
			s := 0.0
			for j := range n {
				s += abs[j*m+i]
			}
			best = math.Max(best, s)
		}
		return res(best)
	case p == 2 && a.IsComplex():
		// The real matrix [re -im; im re] has the singular values of a,
		// each twice.
		blk := value.NewArray(value.Double, value.Dims{2 * m, 2 * n})
		for j := range n {
			for i := range m {
				re, im := a.Re[j*m+i], a.Im[j*m+i]
				blk.Re[j*2*m+i], blk.Re[j*2*m+m+i] = re, im
				blk.Re[(n+j)*2*m+i], blk.Re[(n+j)*2*m+m+i] = -im, re
			}
		}
		return res(singularValues(blk)[0])
	case p == 2:
		return res(singularValues(a)[0])
	}
	return nil, value.Errorf("MATLAB:norm:unknownNorm", "The only matrix norms available are 1, 2, inf, and 'fro'.")
}

// vectorNorm is the p-norm of nonnegative values.
func vectorNorm(abs []float64, p float64) float64 {
	switch {
	case len(abs) == 0:
		return 0
	case math.IsInf(p, 1):
		m := 0.0
		for _, v := range abs {
			if v != v {
				return v
			}
			m = math.Max(m, v)
		}
		return m
	case math.IsInf(p, -1):
		m := math.Inf(1)
		for _, v := range abs {
			m = math.Min(m, v)
		}
		return m
	case p == 2:
		scale, ssq := 0.0, 1.0
		for _, v := range abs {
			if v == 0 {
				continue
			}
			if math.IsInf(v, 0) {
				return v
			}
			if scale < v {
				ssq = 1 + ssq*(scale/v)*(scale/v)
				scale = v
			} else {
				ssq += (v / scale) * (v / scale)
			}
		}
		return scale * math.Sqrt(ssq)
	case p == 1:
		s := 0.0
		for _, v := range abs {
			s += v
		}
		return s
	}
	s := 0.0
	for _, v := range abs {
		s += math.Pow(v, p)
	}
	return math.Pow(s, 1/p)
}

func dotFn(c *interp.Call) ([]value.Value, error) {
	var x, y value.Value
	dim := 0
	if err := c.Unpack("a", &x, "b", &y, "dim?", &dim); err != nil {
		return nil, err
	}
	a, err := denseArg("dot", x)
	if err != nil {
		return nil, err
	}
	b, err := denseArg("dot", y)
	if err != nil {
		return nil, err
	}
	if a.IsComplex() {
		// dot(a,b) is sum(conj(a).*b).
		ca := a.Clone()
		for i := range ca.Im {
			ca.Im[i] = -ca.Im[i]
		}
		x = value.FromRef(ca)
	}
	if a.Size().IsVector() && b.Size().IsVector() && len(a.Re) == len(b.Re) && dim == 0 {
		col := value.Dims{len(a.Re), 1}
		if x, err = value.ReshapeValue(x, col); err != nil {
			return nil, err
		}
		if y, err = value.ReshapeValue(y, col); err != nil {
			return nil, err
		}
	} else if !a.Size().Equal(b.Size()) {
		return nil, value.Errorf("MATLAB:dot:InputSizeMismatch", "A and B must be same size.")
	}
	prod, err := value.Times(x, y)
	if err != nil {
		return nil, err
	}
	args := []value.Value{prod}
	if dim > 0 {
		args = append(args, value.Num(float64(dim)))
	}
	return c.CallFunction(value.Str("sum"), args, 1)
}

func crossFn(c *interp.Call) ([]value.Value, error) {
	var x, y value.Value
	dim := 0
	if err := c.Unpack("a", &x, "b", &y, "dim?", &dim); err != nil {
		return nil, err
	}
	a, err := denseArg("cross", x)
	if err != nil {
		return nil, err
	}
	b, err := denseArg("cross", y)
	if err != nil {
		return nil, err
	}
	if a.IsComplex() || b.IsComplex() {
		return nil, value.Errorf("gomat:notImplemented", "cross: complex vectors are not supported.")
	}
	d := a.Size()
	vec := dim == 0 && d.IsVector() && b.Size().IsVector() && len(a.Re) == 3 && len(b.Re) == 3
	if vec && !d.Equal(b.Size()) {
		d = value.Dims{3, 1}
	}
	if !vec && !d.Equal(b.Size()) {
		return nil, value.Errorf("MATLAB:cross:InvalidDimAorB", "A and B must be of length 3 in the dimension in which the cross product is taken.")
	}
	if dim == 0 {
		// The first dimension of length 3.
		for k, n := range d {
			if n == 3 {
				dim = k + 1
				break
			}
		}
	}
	if dim < 1 || d.At(dim-1) != 3 {
		return nil, value.Errorf("MATLAB:cross:InvalidDimAorBForCrossProd", "A and B must be of length 3 in the dimension in which the cross product is taken.")
	}
	cl, err := binaryClass(unaryClass(a.Class()), unaryClass(b.Class()))
	if err != nil {
		return nil, err
	}
	st := d.Strides()[dim-1]
	re := make([]float64, len(a.Re))
	for s := range re {
		if (s/st)%3 != 0 {
			continue
		}
		i, j, k := s, s+st, s+2*st
		re[i] = a.Re[j]*b.Re[k] - a.Re[k]*b.Re[j]
		re[j] = a.Re[k]*b.Re[i] - a.Re[i]*b.Re[k]
		re[k] = a.Re[i]*b.Re[j] - a.Re[j]*b.Re[i]
	}
	return []value.Value{newResult(cl, d, re, nil)}, nil
}

func kronFn(c *interp.Call) ([]value.Value, error) {
	var x, y value.Value
	if err := c.Unpack("A", &x, "B", &y); err != nil {
		return nil, err
	}
	a, err := denseArg("kron", x)
	if err != nil {
		return nil, err
	}
	b, err := denseArg("kron", y)
	if err != nil {
		return nil, err
	}
	if !a.Size().IsMatrix() || !b.Size().IsMatrix() || a.IsComplex() || b.IsComplex() {
		return nil, value.Errorf("gomat:notImplemented", "kron: only real 2-D arrays are supported.")
	}
	cl, err := binaryClass(unaryClass(a.Class()), unaryClass(b.Class()))
	if err != nil {
		return nil, err
	}
	ma, na := a.Size().Rows(), a.Size().Cols()
	mb, nb := b.Size().Rows(), b.Size().Cols()
	m, n := ma*mb, na*nb
	re := make([]float64, m*n)
	for ja := range na {
		for ia := range ma {
			s := a.Re[ja*ma+ia]
			for jb := range nb {
				for ib := range mb {
					re[(ja*nb+jb)*m+ia*mb+ib] = s * b.Re[jb*mb+ib]
				}
			}
		}
	}
	return []value.Value{newResult(cl, value.Dims{m, n}, re, nil)}, nil
}

func expmFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
	}
	a, err := squareArg("expm", x)
	if err != nil {
		return nil, err
	}
	if a.Size().Rows() == 0 {
		return []value.Value{emptyMatrix(a.Class(), 0, 0)}, nil
	}
	var e mat.Dense
	e.Exp(toDense(a))
	return []value.Value{fromMatrix(a.Class(), &e)}, nil
}

// permutationSign returns 1 for an even permutation and -1 for an odd one.
func permutationSign(p []int) float64 {
	sign := 1.0
	seen := make([]bool, len(p))
	for i := range p {
		if seen[i] {
			continue
		}
		for j := i; !seen[j]; j = p[j] {
			seen[j] = true
			if j != i {
				sign = -sign
			}
		}
	}
	return sign
}
