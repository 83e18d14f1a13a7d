//go:build !amd64

package gemm

// dsupportedKernels lists the float64 kernels this CPU can run: only the
// portable one.
func dsupportedKernels() []kernel[float64] { return []kernel[float64]{dgeneric} }
