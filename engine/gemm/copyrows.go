package gemm

// copyRows copies n rows of w floats, ldx apart in x, to consecutive rows of
// dw ≥ w floats in dst, zeroing the dw-w floats after each: the inner loop
// of packing. Rows are short (a register tile wide), so the copy is done by
// copyRowsImpl, in assembly where available, rather than a memmove call per
// row. The bounds are checked here, once.
func copyRows(dst, x []float32, n, w, dw, ldx int) {
	if n == 0 || dw == 0 {
		return
	}
	_ = dst[n*dw-1]
	if w == 0 {
		clear(dst[:n*dw])
		return
	}
	_ = x[(n-1)*ldx+w-1]
	copyRowsImpl(&dst[0], &x[0], n, w, dw, ldx)
}
