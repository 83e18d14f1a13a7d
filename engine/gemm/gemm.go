// Package gemm is the engine's single-precision matrix multiply: the kernel
// behind every 1×1 convolution, fully connected layer and im2col convolution.
//
// Sgemm follows the Goto/BLIS design. C is computed in register tiles by an
// assembly micro-kernel (AVX-512 14×32 or AVX2+FMA 6×16, chosen at start-up
// from the CPU's features, with a pure-Go 4×4 fallback elsewhere), over
// cache blocks of k (kc), m (mc) and n (nc) sized so that a B panel stays in
// L1 and an A block in L2. Operands are packed into contiguous panels
// (transposes are undone while packing) when the panels are reused by many
// tiles, and read in place when they are not, since then packing would cost
// more than it saves: the narrow-channel layers of a convolutional network
// are mostly such shapes. Products large enough are split into strips of C
// across GOMAXPROCS goroutines, and packing buffers are reused, so that a
// call does not allocate once warmed up.
//
// Dgemm, the double-precision product behind the interpreter's matrix
// multiply, is the same code instantiated for float64 (the block loop,
// packing and worker pool are generic over the element type), with its own
// micro-kernels.
package gemm

import "fmt"

// Sgemm computes C = alpha·op(A)·op(B) + beta·C on row-major matrices, where
// op(X) is X or Xᵀ as transA/transB say. op(A) is m×k, op(B) is k×n and C is
// m×n; lda, ldb and ldc are the row strides of the stored A, B and C. When
// beta is 0, C is only written, so NaNs in it do not propagate. C must not
// overlap A or B. It is safe for concurrent use and does not allocate once
// warmed up. It panics when a size is negative, a stride is below its row
// length, or a slice is too short for its shape and stride.
func Sgemm(transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	gemm(&spool, active, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// gemm is Sgemm and Dgemm: it checks the operands, handles the products
// with nothing to multiply, and computes the rest with kernel kn on the
// workers of pl.
func gemm[T float32 | float64](pl *pool[T], kn kernel[T], transA, transB bool, m, n, k int, alpha T, a []T, lda int, b []T, ldb int, beta T, c []T, ldc int) {
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
	parallel(pl, kn, problem[T]{transA: transA, transB: transB, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc}, m, n)
}

// checkOperand panics unless x holds a rows×cols row-major matrix with row
// stride ld.
func checkOperand[T float32 | float64](name string, x []T, rows, cols, ld int) {
	if ld < max(1, cols) {
		panic(fmt.Sprintf("gemm: ld%s=%d below row length %d", name, ld, cols))
	}
	if rows > 0 && cols > 0 && len(x) < (rows-1)*ld+cols {
		panic(fmt.Sprintf("gemm: %s has %d elements, %d×%d with stride %d needs %d", name, len(x), rows, cols, ld, (rows-1)*ld+cols))
	}
}

// scale sets C = beta·C, writing zeros when beta is 0 so NaNs are dropped.
func scale[T float32 | float64](c []T, m, n, ldc int, beta T) {
	for i := 0; i < m; i++ {
		row := c[i*ldc : i*ldc+n]
		if beta == 0 {
			clear(row)
			continue
		}
		for j := range row {
			row[j] *= beta
		}
	}
}
