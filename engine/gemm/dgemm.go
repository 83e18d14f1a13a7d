package gemm

// Dgemm computes C = alpha·op(A)·op(B) + beta·C on row-major float64
// matrices, with the same contract as Sgemm: op(A) is m×k, op(B) is k×n and
// C is m×n; lda, ldb and ldc are row strides. When beta is 0, C is only
// written. C must not overlap A or B. It is safe for concurrent use and does
// not allocate once warmed up. It panics when a size is negative, a stride
// is below its row length, or a slice is too short for its shape and stride.
//
// It is the same code as Sgemm (Goto/BLIS blocking, in-place/packing choices
// and strip parallelism), with a 6×8 AVX2+FMA float64 micro-kernel where the
// CPU has one, for which reused A is always packed, and a pure-Go 4×4 kernel
// elsewhere.
func Dgemm(transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	gemm(&dpool, dactive, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// DKernel names the micro-kernel Dgemm uses on this CPU ("avx2" or
// "generic").
func DKernel() string { return dactive.name }
