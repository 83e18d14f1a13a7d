//go:build amd64

package gemm

import "golang.org/x/sys/cpu"

//go:generate sh -c "cd asmgen && go run . -out ../kernel_amd64.s"

// kernelAVX2 is the 6×16 AVX2+FMA micro-kernel in kernel_amd64.s: twelve ymm
// accumulators, enough independent FMA chains to cover the FMA latency on
// two FMA pipes.
//
//go:noescape
func kernelAVX2(k int, a *float32, rs, cs int, b *float32, bs int, c *float32, ldc int, alpha, beta float32, rows, cols int)

// kernelAVX2Half is the 6×8 AVX2+FMA kernel for a last column panel at most
// 8 wide; it alternates two accumulator sets over k to keep twelve chains.
//
//go:noescape
func kernelAVX2Half(k int, a *float32, rs, cs int, b *float32, bs int, c *float32, ldc int, alpha, beta float32, rows, cols int)

// kernelAVX512 is the 14×32 AVX-512F micro-kernel in kernel_amd64.s:
// twenty-eight zmm accumulators, with opmasks for partial tiles.
//
//go:noescape
func kernelAVX512(k int, a *float32, rs, cs int, b *float32, bs int, c *float32, ldc int, alpha, beta float32, rows, cols int)

// kernelAVX512Half is the 14×16 AVX-512F kernel for a last column panel at
// most 16 wide, with two accumulator sets alternating over k.
//
//go:noescape
func kernelAVX512Half(k int, a *float32, rs, cs int, b *float32, bs int, c *float32, ldc int, alpha, beta float32, rows, cols int)

// avx2 keeps a 20 KiB B panel (kc×16) and an 8 KiB A panel (6×kc) in a
// 32 KiB L1, and a 150 KiB A block (mc×kc) in L2, which is 256 KiB and up on
// AVX2 parts. Measured on Zen 3, kc from 256 to 384 and mc from 96 to 240
// are within a few percent of each other.
var avx2 = kernel[float32]{name: "avx2", fn: kernelAVX2, half: kernelAVX2Half, mr: 6, nr: 16, kc: 320, mc: 120, nc: 2048, fma: 2, lanes: 8}

// avx512 keeps a 20 KiB B panel (kc×32) and a 9 KiB A panel (14×kc) in a
// 32 KiB L1, and a 280 KiB A block in an L2 of 1 to 2 MiB.
var avx512 = kernel[float32]{name: "avx512", fn: kernelAVX512, half: kernelAVX512Half, mr: 14, nr: 32, kc: 160, mc: 448, nc: 2048, fma: 2, lanes: 16}

// supportedKernels lists the kernels this CPU can run, fastest first.
func supportedKernels() []kernel[float32] {
	var ks []kernel[float32]
	if cpu.X86.HasAVX512F {
		ks = append(ks, avx512)
	}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		ks = append(ks, avx2)
	}
	return append(ks, generic)
}
