package gemm

import (
	"fmt"
	"testing"
	"time"
)

// conv1x1 is an EfficientNet-B0 1×1 convolution at batch 16, 224×224 input:
// m = 16·H·W output pixels, cin input and cout output channels.
type conv1x1 struct{ m, cin, cout int }

// b0Convs are representative 1×1 convolution shapes of EfficientNet-B0, an
// expansion and a projection from each resolution stage.
var b0Convs = []conv1x1{
	{200704, 32, 16}, {200704, 16, 96},
	{50176, 24, 144}, {50176, 144, 24},
	{12544, 40, 240}, {12544, 240, 40},
	{3136, 80, 480}, {3136, 480, 80}, {3136, 672, 112},
	{784, 192, 1152}, {784, 1152, 192}, {784, 320, 1280},
}

// benchGemm times one op(A)·op(B) shape and reports GFLOP/s.
func benchGemm(b *testing.B, transA, transB bool, m, n, k int) {
	lda, ldb := k, n
	if transA {
		lda = m
	}
	if transB {
		ldb = k
	}
	a, bm, c := make([]float32, m*k), make([]float32, k*n), make([]float32, m*n)
	for i := range a {
		a[i] = float32(i%7) - 3
	}
	for i := range bm {
		bm[i] = float32(i%5) - 2
	}
	Sgemm(transA, transB, m, n, k, 1, a, lda, bm, ldb, 0, c, n) // warm up the pool
	for b.Loop() {
		Sgemm(transA, transB, m, n, k, 1, a, lda, bm, ldb, 0, c, n)
	}
	b.ReportMetric(2*float64(m)*float64(n)*float64(k)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}

// BenchmarkForward is the 1×1 convolution forward pass, Y = X·W.
func BenchmarkForward(b *testing.B) {
	for _, s := range b0Convs {
		b.Run(fmt.Sprintf("M%d_K%d_N%d", s.m, s.cin, s.cout), func(b *testing.B) {
			benchGemm(b, false, false, s.m, s.cout, s.cin)
		})
	}
}

// BenchmarkBackwardData is the input gradient, dX = dY·Wᵀ (transposed B).
func BenchmarkBackwardData(b *testing.B) {
	for _, s := range b0Convs {
		b.Run(fmt.Sprintf("M%d_K%d_N%d", s.m, s.cout, s.cin), func(b *testing.B) {
			benchGemm(b, false, true, s.m, s.cin, s.cout)
		})
	}
}

// BenchmarkBackwardWeights is the weight gradient, dW = Xᵀ·dY (transposed
// A), whose k is the batch's pixel count.
func BenchmarkBackwardWeights(b *testing.B) {
	for _, s := range b0Convs {
		b.Run(fmt.Sprintf("M%d_K%d_N%d", s.cin, s.m, s.cout), func(b *testing.B) {
			benchGemm(b, true, false, s.cin, s.cout, s.m)
		})
	}
}

// BenchmarkSquare is 1024³ in all four transpose combinations.
func BenchmarkSquare(b *testing.B) {
	for _, tr := range [][2]bool{{false, false}, {false, true}, {true, false}, {true, true}} {
		b.Run(fmt.Sprintf("1024_tA%v_tB%v", tr[0], tr[1]), func(b *testing.B) {
			benchGemm(b, tr[0], tr[1], 1024, 1024, 1024)
		})
	}
}

// BenchmarkKernels compares every supported kernel on one cache-friendly
// shape, and reports each as a percentage of its one-core peak at the
// measured clock (run with -cpu 1 for a single-core figure).
func BenchmarkKernels(b *testing.B) {
	saved := active
	defer func() { active = saved }()
	ghz := clockGHz()
	for _, kn := range supportedKernels() {
		active = kn
		b.Run(kn.name, func(b *testing.B) {
			benchGemm(b, false, false, 960, 1024, 512)
			gflops := 2 * 960 * 1024 * 512 * float64(b.N) / b.Elapsed().Seconds() / 1e9
			b.ReportMetric(100*gflops/PeakGFLOPS(ghz), "%peak")
			b.ReportMetric(ghz, "GHz")
		})
	}
}

// clockGHz estimates the core clock from chains of dependent integer adds,
// one per cycle on current x86 and ARM cores. It keeps the fastest of many
// short runs, since on a shared machine a run can only be slowed down.
func clockGHz() float64 {
	const n = 1 << 23
	best := 0.0
	for range 30 {
		start := time.Now()
		sink = addChain(n, sink)
		best = max(best, 4*n/time.Since(start).Seconds()/1e9)
	}
	return best
}

// sink keeps addChain's result alive.
var sink int

// addChain runs 4n dependent adds and xors.
//
//go:noinline
func addChain(n, x int) int {
	y := x + 1
	for i := 0; i < n; i++ {
		x += y
		y ^= x
		x += y
		y ^= x
	}
	return x + y
}
