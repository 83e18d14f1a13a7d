package gemm

import (
	"fmt"
	"testing"
)

// benchDgemm times one op(A)·op(B) float64 shape and reports GFLOP/s.
func benchDgemm(b *testing.B, transA, transB bool, m, n, k int) {
	lda, ldb := k, n
	if transA {
		lda = m
	}
	if transB {
		ldb = k
	}
	a, bm, c := make([]float64, m*k), make([]float64, k*n), make([]float64, m*n)
	for i := range a {
		a[i] = float64(i%7) - 3
	}
	for i := range bm {
		bm[i] = float64(i%5) - 2
	}
	Dgemm(transA, transB, m, n, k, 1, a, lda, bm, ldb, 0, c, n) // warm up the pool
	for b.Loop() {
		Dgemm(transA, transB, m, n, k, 1, a, lda, bm, ldb, 0, c, n)
	}
	b.ReportMetric(2*float64(m)*float64(n)*float64(k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkDgemmSquare is the square n×n×n product, untransposed and with
// both operands transposed.
func BenchmarkDgemmSquare(b *testing.B) {
	for _, n := range []int{64, 256, 1000, 2000} {
		for _, tr := range []bool{false, true} {
			b.Run(fmt.Sprintf("N%d_T%v", n, tr), func(b *testing.B) {
				benchDgemm(b, tr, tr, n, n, n)
			})
		}
	}
}
