//go:build !amd64

package gemm

import "unsafe"

// copyRowsImpl is copyRows without bounds checks, in Go.
func copyRowsImpl(dst, x *float32, n, w, dw, ldx int) {
	d := unsafe.Slice(dst, n*dw)
	s := unsafe.Slice(x, (n-1)*ldx+w)
	for p := 0; p < n; p++ {
		copy(d[p*dw:p*dw+w], s[p*ldx:p*ldx+w])
		clear(d[p*dw+w : p*dw+dw])
	}
}
