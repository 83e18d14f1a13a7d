package gemm

import "fmt"

// Dgemm computes C = alpha·op(A)·op(B) + beta·C on row-major float64
// matrices, with the same contract as Sgemm: op(A) is m×k, op(B) is k×n and
// C is m×n; lda, ldb and ldc are row strides. When beta is 0, C is only
// written. C must not overlap A or B. It is safe for concurrent use and does
// not allocate once warmed up. It panics when a size is negative, a stride
// is below its row length, or a slice is too short for its shape and stride.
//
// It uses the same Goto/BLIS blocking, in-place/packing choices and strip
// parallelism as Sgemm, with a 6×8 AVX2+FMA float64 micro-kernel where the
// CPU has one and a pure-Go 4×4 kernel elsewhere.
func Dgemm(transA, transB bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	ar, ac := m, k
	if transA {
		ar, ac = k, m
	}
	br, bc := k, n
	if transB {
		br, bc = n, k
	}
	if m < 0 || n < 0 || k < 0 {
		panic(fmt.Sprintf("gemm: negative size m=%d n=%d k=%d", m, n, k))
	}
	checkOperand("A", a, ar, ac, lda)
	checkOperand("B", b, br, bc, ldb)
	checkOperand("C", c, m, n, ldc)
	if m == 0 || n == 0 {
		return
	}
	if k == 0 || alpha == 0 {
		scale(c, m, n, ldc, beta)
		return
	}
	dparallel(dproblem{transA: transA, transB: transB, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc}, m, n)
}

// DKernel names the micro-kernel Dgemm uses on this CPU ("avx2" or
// "generic").
func DKernel() string { return dactive.name }
