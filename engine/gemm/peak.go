package gemm

// PeakGFLOPS returns the theoretical single-precision peak of one core, in
// GFLOP/s, for the kernel Sgemm uses, at a core clock of ghz GHz: clock ×
// FMA issues per cycle × float32 lanes per vector × 2 flops per FMA. It is
// the yardstick for the GFLOP/s the benchmarks report (for example 2 FMA
// pipes × 8 lanes × 2 = 32 flops per cycle with AVX2, 64 with AVX-512).
func PeakGFLOPS(ghz float64) float64 {
	return ghz * float64(active.fma*active.lanes*2)
}

// Kernel names the micro-kernel Sgemm uses on this CPU ("avx512", "avx2" or
// "generic"), so benchmarks and logs can say which path they measured.
func Kernel() string { return active.name }
