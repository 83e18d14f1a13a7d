package gemm

import "unsafe"

// kernelGeneric is the portable 4×4 micro-kernel written in Go, for float32
// (Sgemm) and float64 (Dgemm): the fallback on CPUs without a vector kernel. Its sixteen accumulators are separate
// locals so that the compiler can keep them in registers; B is read four
// floats at a time through an array pointer, with one bounds check per step.
func kernelGeneric[T float32 | float64](k int, a *T, rs, cs int, b *T, bs int, c *T, ldc int, alpha, beta T, rows, cols int) {
	// Rows past `rows` are never stored, so they read row 0 instead: every
	// read then stays inside A, whether it is a packed panel or in place.
	var r1, r2, r3 int
	if rows > 1 {
		r1 = rs
	}
	if rows > 2 {
		r2 = 2 * rs
	}
	if rows > 3 {
		r3 = 3 * rs
	}
	as := unsafe.Slice(a, (rows-1)*rs+(k-1)*cs+1)
	bv := unsafe.Slice(b, (k-1)*bs+4)
	var c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33 T
	for p := 0; p < k; p++ {
		bp := (*[4]T)(bv[p*bs:])
		b0, b1, b2, b3 := bp[0], bp[1], bp[2], bp[3]
		ap := p * cs
		a0 := as[ap]
		c00, c01, c02, c03 = c00+a0*b0, c01+a0*b1, c02+a0*b2, c03+a0*b3
		a1 := as[ap+r1]
		c10, c11, c12, c13 = c10+a1*b0, c11+a1*b1, c12+a1*b2, c13+a1*b3
		a2 := as[ap+r2]
		c20, c21, c22, c23 = c20+a2*b0, c21+a2*b1, c22+a2*b2, c23+a2*b3
		a3 := as[ap+r3]
		c30, c31, c32, c33 = c30+a3*b0, c31+a3*b1, c32+a3*b2, c33+a3*b3
	}
	acc := [4][4]T{{c00, c01, c02, c03}, {c10, c11, c12, c13}, {c20, c21, c22, c23}, {c30, c31, c32, c33}}
	cv := unsafe.Slice(c, (rows-1)*ldc+cols)
	for i := 0; i < rows; i++ {
		out := cv[i*ldc : i*ldc+cols]
		for j := range out {
			if beta == 0 {
				out[j] = alpha * acc[i][j]
			} else {
				out[j] = alpha*acc[i][j] + beta*out[j]
			}
		}
	}
}
