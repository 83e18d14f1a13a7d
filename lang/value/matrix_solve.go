package value

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/lapack64"
)

// errDimAgree is MATLAB's error for matrix division of operands whose sizes
// do not match.
var errDimAgree = &Error{ID: "MATLAB:dimagree", Msg: "Matrix dimensions must agree."}

// msgSolveInteger is the error for matrix division with integer matrices.
const msgSolveInteger = "Invalid data type. Input matrix must be double or single."

// MLDivide returns a \ b, the solution x of a·x = b. A scalar a makes it
// element-wise (LDivide). A square a is solved by LU factorisation, warning
// through WarningHandler when a is singular or badly conditioned; any other
// shape gives the least-squares solution by QR with column pivoting (the
// basic solution, with a warning, when a is rank deficient).
func MLDivide(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(b.f / a.f), nil
	}
	x, err := denseOperand(a, "\\")
	if err != nil {
		return Value{}, err
	}
	y, err := denseOperand(b, "\\")
	if err != nil {
		return Value{}, err
	}
	if len(x.re) == 1 && x.dims.IsMatrix() {
		return denseElementwise(opRDiv, y, x)
	}
	if !x.dims.IsMatrix() || !y.dims.IsMatrix() {
		return Value{}, &Error{ID: "MATLAB:mldivide:notScalarAndND", Msg: "Arguments must be 2-D, or at least one argument must be scalar. Use LDIVIDE (.\\) for elementwise left division."}
	}
	if x.dims.Rows() != y.dims.Rows() {
		return Value{}, errDimAgree
	}
	out, err := solve(x, y)
	if err != nil {
		return Value{}, err
	}
	return FromRef(out), nil
}

// MRDivide returns a / b, the solution x of x·b = a, computed as
// (b.' \ a.').'. A scalar b makes it element-wise (RDivide).
func MRDivide(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(a.f / b.f), nil
	}
	x, err := denseOperand(a, "/")
	if err != nil {
		return Value{}, err
	}
	y, err := denseOperand(b, "/")
	if err != nil {
		return Value{}, err
	}
	if len(y.re) == 1 && y.dims.IsMatrix() {
		return denseElementwise(opRDiv, x, y)
	}
	if !x.dims.IsMatrix() || !y.dims.IsMatrix() {
		return Value{}, &Error{ID: "MATLAB:mrdivide:notScalarAndND", Msg: "Arguments must be 2-D, or at least one argument must be scalar. Use RDIVIDE (./) for elementwise right division."}
	}
	if x.dims.Cols() != y.dims.Cols() {
		return Value{}, errDimAgree
	}
	out, err := solve(transposeOperand(y), transposeOperand(x))
	if err != nil {
		return Value{}, err
	}
	m, n := out.dims.Rows(), out.dims.Cols()
	out.dims = Dims{n, m}
	out.Re = transposeSlice(out.Re, m, n)
	if out.Im != nil {
		out.Im = transposeSlice(out.Im, m, n)
	}
	return FromRef(out), nil
}

// transposeOperand returns the transpose (not conjugated) of a 2-D operand.
func transposeOperand(x operand) operand {
	m, n := x.dims.Rows(), x.dims.Cols()
	t := operand{class: x.class, dims: Dims{n, m}, re: transposeSlice(x.re, m, n)}
	if x.im != nil {
		t.im = transposeSlice(x.im, m, n)
	}
	return t
}

// solve returns x with a·x = b for 2-D operands with equal row counts.
func solve(a, b operand) (*Array, error) {
	class, err := linalgClass(a.class, b.class, msgSolveInteger)
	if err != nil {
		return nil, err
	}
	m, n, k := a.dims.Rows(), a.dims.Cols(), b.dims.Cols()
	out := &Array{class: class, dims: Dims{n, k}}
	if a.im == nil && b.im == nil {
		out.Re = realSolve(m, n, k, a.re, b.re)
	} else {
		// a complex system is the real system [ar -ai; ai ar]·[xr; xi] = [br; bi].
		x := realSolve(2*m, 2*n, k, complexBlock(a, m, n), stackParts(b, m, k))
		out.Re, out.Im = make([]float64, n*k), make([]float64, n*k)
		for j := range k {
			copy(out.Re[j*n:(j+1)*n], x[j*2*n:j*2*n+n])
			copy(out.Im[j*n:(j+1)*n], x[j*2*n+n:(j+1)*2*n])
		}
	}
	finishArray(out)
	return out, nil
}

// complexBlock returns the real 2m×2n matrix [ar -ai; ai ar] of a complex
// m×n operand, column-major.
func complexBlock(a operand, m, n int) []float64 {
	out := make([]float64, 4*m*n)
	im := a.im
	if im == nil {
		im = make([]float64, m*n)
	}
	for j := range n {
		for i := range m {
			re, ii := a.re[j*m+i], im[j*m+i]
			out[j*2*m+i] = re
			out[j*2*m+m+i] = ii
			out[(n+j)*2*m+i] = -ii
			out[(n+j)*2*m+m+i] = re
		}
	}
	return out
}

// stackParts returns the real 2m×k matrix [br; bi] of an m×k operand.
func stackParts(b operand, m, k int) []float64 {
	out := make([]float64, 2*m*k)
	for j := range k {
		copy(out[j*2*m:j*2*m+m], b.re[j*m:(j+1)*m])
		if b.im != nil {
			copy(out[j*2*m+m:(j+1)*2*m], b.im[j*m:(j+1)*m])
		}
	}
	return out
}

// realSolve returns the n×k solution of the real system a·x = b with a m×n
// and b m×k, all column-major.
func realSolve(m, n, k int, a, b []float64) []float64 {
	if m == 0 || n == 0 || k == 0 {
		return make([]float64, n*k)
	}
	if m == n {
		return luSolve(n, k, a, b)
	}
	return qrSolve(m, n, k, a, b)
}

// luSolve solves the square system a·x = b by LU factorisation with partial
// pivoting, warning as MATLAB does when a is singular or ill-conditioned.
func luSolve(n, k int, a, b []float64) []float64 {
	// LAPACK here is row-major: factor A itself (not its transpose, which
	// column-major data read row-wise would be), as MATLAB does, so that
	// pivots, RCOND and the answer for singular systems agree.
	lu := blas64.General{Rows: n, Cols: n, Stride: n, Data: transposeSlice(a, n, n)}
	work := make([]float64, 4*n)
	anorm := lapack64.Lange(lapack.MaxColumnSum, lu, work)
	ipiv := make([]int, n)
	if !lapack64.Getrf(lu, ipiv) {
		warn(IDSingularMatrix, MsgSingularMatrix)
	} else if rcond := lapack64.Gecon(lapack.MaxColumnSum, lu, anorm, work, make([]int, n)); rcond < epsDouble {
		warn(IDNearlySingularMatrix, "%s", NearlySingularMessage(rcond))
	}
	x := blas64.General{Rows: n, Cols: k, Stride: k, Data: transposeSlice(b, n, k)}
	lapack64.Getrs(blas.NoTrans, lu, x, ipiv)
	return transposeSlice(x.Data, k, n)
}

// qrSolve returns the least-squares solution of the m×n system a·x = b by QR
// factorisation with column pivoting. When a's numerical rank r is below
// min(m,n) it warns and returns the basic solution with at most r nonzero
// rows, as MATLAB does.
func qrSolve(m, n, k int, a, b []float64) []float64 {
	qr := blas64.General{Rows: m, Cols: n, Stride: n, Data: transposeSlice(a, m, n)}
	jpvt := make([]int, n)
	for i := range jpvt {
		jpvt[i] = -1
	}
	kmin := min(m, n)
	tau := make([]float64, kmin)
	work := make([]float64, 1)
	lapack64.Geqp3(qr, jpvt, tau, work, -1)
	work = make([]float64, int(work[0]))
	lapack64.Geqp3(qr, jpvt, tau, work, len(work))

	tol := float64(max(m, n)) * epsDouble * math.Abs(qr.Data[0])
	r := 0
	for r < kmin && math.Abs(qr.Data[r*n+r]) > tol {
		r++
	}
	if r < kmin {
		warn(IDRankDeficientMatrix, "%s", rankDeficientMessage(r, tol))
	}

	c := blas64.General{Rows: m, Cols: k, Stride: k, Data: transposeSlice(b, m, k)}
	lapack64.Ormqr(blas.Left, blas.Trans, qr, tau, c, work, -1)
	if need := int(work[0]); need > len(work) {
		work = make([]float64, need)
	}
	lapack64.Ormqr(blas.Left, blas.Trans, qr, tau, c, work, len(work))
	x := make([]float64, n*k)
	if r == 0 {
		return x
	}
	rt := blas64.Triangular{Uplo: blas.Upper, Diag: blas.NonUnit, N: r, Stride: n, Data: qr.Data}
	lapack64.Trtrs(blas.NoTrans, rt, blas64.General{Rows: r, Cols: k, Stride: k, Data: c.Data})
	for i := range r {
		for j := range k {
			x[j*n+jpvt[i]] = c.Data[i*k+j]
		}
	}
	return x
}
