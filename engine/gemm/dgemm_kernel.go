package gemm

// dmicroKernel is microKernel for float64: the mr×nr tile C = alpha·A·B +
// beta·C, A read with element strides rs (rows) and cs (k steps), B as k rows
// of nr floats bs apart, only the rows×cols corner of C touched.
type dmicroKernel func(k int, a *float64, rs, cs int, b *float64, bs int, c *float64, ldc int, alpha, beta float64, rows, cols int)

// dkernel describes one float64 micro-kernel and its cache blocking.
type dkernel struct {
	name       string
	fn         dmicroKernel
	mr, nr     int
	kc, mc, nc int
}

// dactive is the kernel Dgemm uses; only tests change it.
var dactive = dsupportedKernels()[0]

// dgeneric is the portable pure-Go 4×4 float64 kernel.
var dgeneric = dkernel{name: "generic", fn: kernelGeneric[float64], mr: 4, nr: 4, kc: 256, mc: 128, nc: 1024}
