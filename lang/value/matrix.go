package value

import (
	"gomat/engine/gemm"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// errInnerDim is MATLAB's error for matrix multiplication of operands whose
// inner dimensions differ.
var errInnerDim = &Error{ID: "MATLAB:innerdim", Msg: "Incorrect dimensions for matrix multiplication. Check that the number of columns in the first matrix matches the number of rows in the second matrix. To operate on each element of the matrix individually, use TIMES (.*) for elementwise multiplication."}

// MTimes returns the matrix product a * b. A scalar operand makes it an
// element-wise product (Times). Integer matrices are not supported, as in
// MATLAB.
func MTimes(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(a.f * b.f), nil
	}
	x, err := denseOperand(a, "*")
	if err != nil {
		return Value{}, err
	}
	y, err := denseOperand(b, "*")
	if err != nil {
		return Value{}, err
	}
	if len(x.re) == 1 && x.dims.IsMatrix() || len(y.re) == 1 && y.dims.IsMatrix() {
		return denseElementwise(opTimes, x, y)
	}
	if !x.dims.IsMatrix() || !y.dims.IsMatrix() {
		return Value{}, &Error{ID: "MATLAB:mtimes:notScalarAndND", Msg: "Arguments must be 2-D, or at least one argument must be scalar. Use TIMES (.*) for elementwise multiplication."}
	}
	if x.dims.Cols() != y.dims.Rows() {
		return Value{}, errInnerDim
	}
	class, err := linalgClass(x.class, y.class, "MTIMES (*) is not fully supported for integer classes. At least one argument must be scalar.")
	if err != nil {
		return Value{}, err
	}
	m, k, n := x.dims.Rows(), x.dims.Cols(), y.dims.Cols()
	out := &Array{class: class, dims: Dims{m, n}, Re: make([]float64, m*n)}
	if m > 0 && n > 0 && k > 0 {
		matMul(m, k, n, 1, x.re, y.re, 0, out.Re)
		if x.im != nil || y.im != nil {
			out.Im = make([]float64, m*n)
			if x.im != nil && y.im != nil {
				matMul(m, k, n, -1, x.im, y.im, 1, out.Re)
			}
			if y.im != nil {
				matMul(m, k, n, 1, x.re, y.im, 1, out.Im)
			}
			if x.im != nil {
				matMul(m, k, n, 1, x.im, y.re, 1, out.Im)
			}
		}
	}
	finishArray(out)
	return FromRef(out), nil
}

// linalgClass is the class of a matrix product or solve: single if either
// operand is single, else double. Integer operands give the error msg.
func linalgClass(a, b Class, msg string) (Class, error) {
	switch {
	case a.IsInteger() || b.IsInteger():
		return 0, &Error{ID: "MATLAB:integerNotSupported", Msg: msg}
	case a == Single || b == Single:
		return Single, nil
	}
	return Double, nil
}

// dgemmMinFlops is the least m·k·n, and dgemmMinOut the least m·n, for which
// matMul uses the engine's packed, vectorised gemm.Dgemm rather than gonum,
// which is faster on tiny products and on inner products (a result of a
// few elements over a long k), where packing would cost more than it saves.
const (
	dgemmMinFlops = 512
	dgemmMinOut   = 16
)

// matMul computes c = alpha·a·b + beta·c for column-major a (m×k), b (k×n)
// and c (m×n), all dimensions positive. Column-major data read as row-major
// is the transpose, so it computes cᵀ = alpha·bᵀ·aᵀ + beta·cᵀ.
func matMul(m, k, n int, alpha float64, a, b []float64, beta float64, c []float64) {
	if m*k*n >= dgemmMinFlops && m*n >= dgemmMinOut {
		gemm.Dgemm(false, false, n, m, k, alpha, b, k, a, m, beta, c, m)
		return
	}
	blas64.Gemm(blas.NoTrans, blas.NoTrans, alpha,
		blas64.General{Rows: n, Cols: k, Stride: k, Data: b},
		blas64.General{Rows: k, Cols: m, Stride: m, Data: a},
		beta, blas64.General{Rows: n, Cols: m, Stride: m, Data: c})
}
