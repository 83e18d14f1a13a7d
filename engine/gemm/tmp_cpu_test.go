package gemm

import (
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
	b.Run("f50176_144_24", func(b *testing.B) { benchCPU(b, false, false, 50176, 24, 144) })
	b.Run("f200704_16_96", func(b *testing.B) { benchCPU(b, false, false, 200704, 96, 16) })
	b.Run("f12544_240_40", func(b *testing.B) { benchCPU(b, false, false, 12544, 40, 240) })
	b.Run("f3136_480_80", func(b *testing.B) { benchCPU(b, false, false, 3136, 80, 480) })
	b.Run("sq", func(b *testing.B) { benchCPU(b, false, false, 1024, 1024, 1024) })
}
