//go:build !amd64

package gemm

// supportedKernels lists the kernels this CPU can run: only the portable one.
func supportedKernels() []kernel[float32] { return []kernel[float32]{generic} }
