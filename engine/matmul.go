package engine

import "gomat/engine/gemm"

// gemmTask splits one Sgemm over the rows of C.
type gemmTask struct {
	transA, transB bool
	n, k           int
	alpha, beta    float32
	a, b, c        []float32
	lda, ldb, ldc  int
}

func (g *gemmTask) run(_, lo, hi int) {
	if lo >= hi {
		return
	}
	var a []float32
	if g.transA {
		a = g.a[lo:]
	} else {
		a = g.a[lo*g.lda:]
	}
	gemm.Sgemm(g.transA, g.transB, hi-lo, g.n, g.k, g.alpha, a, g.lda, g.b, g.ldb, g.beta, g.c[lo*g.ldc:], g.ldc)
}

// matmul is gemm.Sgemm (row-major C = alpha·op(A)·op(B) + beta·C) spread
// over the cores by rows of C. The caller owns g, which keeps the call
// allocation-free.
func matmul(g *gemmTask, transA, transB bool, m, n, k int, alpha float32, a []float32, lda int, b []float32, ldb int, beta float32, c []float32, ldc int) {
	*g = gemmTask{transA, transB, n, k, alpha, beta, a, b, c, lda, ldb, ldc}
	grain := 1
	if work := n * k; work < 1<<16 {
		grain = (1<<16)/(work+1) + 1
	}
	parallelFor(m, grain, g)
	g.a, g.b, g.c = nil, nil, nil
}
