package gemm

import "unsafe"

// copyRows copies n rows of w elements, ldx apart in x, to consecutive rows
// of dw ≥ w elements in dst, zeroing the dw-w elements after each: the inner
// loop of packing. Rows are short (a register tile wide), so the copy is done
// by copyRowsImpl, in assembly where available, rather than a memmove call
// per row; float64 rows are copied as twice as many float32 words, which
// moves the same bits. The bounds are checked here, once.
func copyRows[T float32 | float64](dst, x []T, n, w, dw, ldx int) {
	if n == 0 || dw == 0 {
		return
	}
	_ = dst[n*dw-1]
	if w == 0 {
		clear(dst[:n*dw])
		return
	}
	_ = x[(n-1)*ldx+w-1]
	s := int(unsafe.Sizeof(dst[0]) / 4)
	copyRowsImpl((*float32)(unsafe.Pointer(&dst[0])), (*float32)(unsafe.Pointer(&x[0])), n, w*s, dw*s, ldx*s)
}
