package gemm

// dactive is the kernel Dgemm uses; only tests change it.
var dactive = dsupportedKernels()[0]

// dgeneric is the portable pure-Go 4×4 float64 kernel.
var dgeneric = kernel[float64]{name: "generic", fn: kernelGeneric[float64], mr: 4, nr: 4, kc: 256, mc: 128, nc: 1024, fma: 1, lanes: 1}
