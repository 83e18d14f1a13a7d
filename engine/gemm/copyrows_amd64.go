//go:build amd64

package gemm

// copyRowsImpl is copyRows without bounds checks, in copyrows_amd64.s: SSE
// moves of four floats, then single floats, then zero padding.
//
//go:noescape
func copyRowsImpl(dst, x *float32, n, w, dw, ldx int)
