package gemm

import (
	"fmt"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchCPU(b *testing.B, transA, transB bool, m, n, k int) {
	lda, ldb := k, n
	if transA {
		lda = m
	}
	if transB {
		ldb = k
	}
	a, bm, c := make([]float32, m*k), make([]float32, k*n), make([]float32, m*n)
	Sgemm(transA, transB, m, n, k, 1, a, lda, bm, ldb, 0, c, n)
	t0 := cpuTime()
	for b.Loop() {
		Sgemm(transA, transB, m, n, k, 1, a, lda, bm, ldb, 0, c, n)
	}
	b.ReportMetric(2*float64(m)*float64(n)*float64(k)*float64(b.N)/(cpuTime()-t0).Seconds()/1e9, "GFLOP/s")
}

func BenchmarkTmpShapes(b *testing.B) {
	for _, s := range b0Convs {
		b.Run(fmt.Sprintf("Forward/M%d_K%d_N%d", s.m, s.cin, s.cout), func(b *testing.B) { benchCPU(b, false, false, s.m, s.cout, s.cin) })
	}
	for _, s := range b0Convs {
		b.Run(fmt.Sprintf("BackwardData/M%d_K%d_N%d", s.m, s.cout, s.cin), func(b *testing.B) { benchCPU(b, false, true, s.m, s.cin, s.cout) })
	}
	for _, s := range b0Convs {
		b.Run(fmt.Sprintf("BackwardWeights/M%d_K%d_N%d", s.cin, s.m, s.cout), func(b *testing.B) { benchCPU(b, true, false, s.cin, s.cout, s.m) })
	}
	for _, tr := range [][2]bool{{false, false}, {false, true}, {true, false}, {true, true}} {
		b.Run(fmt.Sprintf("Square/1024_tA%v_tB%v", tr[0], tr[1]), func(b *testing.B) { benchCPU(b, tr[0], tr[1], 1024, 1024, 1024) })
	}
}

func BenchmarkTmpAB(b *testing.B) {
	b.Run("f3136_480_80", func(b *testing.B) { benchCPU(b, false, false, 3136, 80, 480) })
	b.Run("f784_192_1152", func(b *testing.B) { benchCPU(b, false, false, 784, 1152, 192) })
	b.Run("sq", func(b *testing.B) { benchCPU(b, false, false, 1024, 1024, 1024) })
	b.Run("w144_24", func(b *testing.B) { benchCPU(b, true, false, 144, 24, 50176) })
	b.Run("f50176_144_24", func(b *testing.B) { benchCPU(b, false, false, 50176, 24, 144) })
}
