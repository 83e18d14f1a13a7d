package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "diag", Fn: diagFn, Doc: "diag(v), diag(v,k): square matrix with vector v on the k-th diagonal; diag(A), diag(A,k): column vector of the k-th diagonal of matrix A (any numeric, logical or char class)"},
		{Name: "tril", Fn: triangleFn("tril", true), Doc: "tril(A), tril(A,k): lower triangular part of matrix A, on and below the k-th diagonal"},
		{Name: "triu", Fn: triangleFn("triu", false), Doc: "triu(A), triu(A,k): upper triangular part of matrix A, on and above the k-th diagonal"},
	})
}

// diagonalArgs reads the matrix and diagonal number shared by diag, tril
// and triu: a 2-D numeric, logical or char array and an integer k.
func diagonalArgs(c *interp.Call, fn string) (*value.Array, int, error) {
	var x, kv value.Value
	kv = value.Num(0)
	if err := c.Unpack("A", &x, "k?", &kv); err != nil {
		return nil, 0, err
	}
	a, err := denseArg(fn, x)
	if err != nil {
		return nil, 0, err
	}
	if !a.Size().IsMatrix() {
		return nil, 0, value.Errorf("MATLAB:"+fn+":firstInputMustBe2D", "First input must be 2-D.")
	}
	k, err := value.ScalarFloat(kv)
	if err != nil || k != math.Trunc(k) || math.IsInf(k, 0) || math.Abs(k) > 1<<52 {
		return nil, 0, value.Errorf("MATLAB:"+fn+":kthDiagInputNotInteger", "K-th diagonal input must be an integer scalar.")
	}
	return a, int(k), nil
}

func diagFn(c *interp.Call) ([]value.Value, error) {
	a, k, err := diagonalArgs(c, "diag")
	if err != nil {
		return nil, err
	}
	d := a.Size()
	if d[0] == 0 && d[1] == 0 {
		return []value.Value{newResult(a.Class(), d, nil, nil)}, nil
	}
	if d[0] == 1 || d[1] == 1 {
		return oneResult(diagOfVector(a, k))
	}
	// The diagonal starts at row r0, column c0 (0-based).
	r0, c0 := max(-k, 0), max(k, 0)
	n := max(min(d[0]-r0, d[1]-c0), 0)
	re := make([]float64, n)
	var im []float64
	if a.Im != nil {
		im = make([]float64, n)
	}
	for i := range n {
		p := (c0+i)*d[0] + r0 + i
		re[i] = a.Re[p]
		if im != nil {
			im[i] = a.Im[p]
		}
	}
	return []value.Value{newResult(a.Class(), value.Dims{n, 1}, re, im)}, nil
}

// diagOfVector places the elements of vector a on the k-th diagonal of a
// square matrix of order numel(a)+|k|.
func diagOfVector(a *value.Array, k int) (value.Value, error) {
	m := len(a.Re)
	if k < -(1<<40) || k > 1<<40 {
		return value.Value{}, errMaxSize()
	}
	n := m + max(k, -k)
	size := value.Dims{n, n}
	if err := checkArraySize(size); err != nil {
		return value.Value{}, err
	}
	re := make([]float64, n*n)
	var im []float64
	if a.Im != nil {
		im = make([]float64, n*n)
	}
	r0, c0 := max(-k, 0), max(k, 0)
	for i := range m {
		p := (c0+i)*n + r0 + i
		re[p] = a.Re[i]
		if im != nil {
			im[p] = a.Im[i]
		}
	}
	return newResult(a.Class(), size, re, im), nil
}

// triangleFn builds tril (lower) and triu: elements outside the triangle
// bounded by the k-th diagonal become zero.
func triangleFn(fn string, lower bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		a, k, err := diagonalArgs(c, fn)
		if err != nil {
			return nil, err
		}
		d := a.Size()
		re := append([]float64(nil), a.Re...)
		var im []float64
		if a.Im != nil {
			im = append([]float64(nil), a.Im...)
		}
		for j := range d[1] {
			for i := range d[0] {
				// Element (i,j) lies on diagonal j-i.
				if lower && j-i <= k || !lower && j-i >= k {
					continue
				}
				re[j*d[0]+i] = 0
				if im != nil {
					im[j*d[0]+i] = 0
				}
			}
		}
		return []value.Value{newResult(a.Class(), d, re, im)}, nil
	}
}
