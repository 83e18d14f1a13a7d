//go:build amd64

package engine

import "golang.org/x/sys/cpu"

// The AVX2+FMA kernels of vecmath_amd64.s; n counts elements.
//
//go:noescape
func swishAVX2(y, x *float32, n int)

//go:noescape
func swishBackAVX2(dx, x, dy *float32, n int)

//go:noescape
func sigmoidAVX2(y, x *float32, n int)

//go:noescape
func sigmoidBackAVX2(dx, s, dy *float32, n int)

//go:noescape
func affineAVX2(y, x, a, b *float32, rows, c int)

//go:noescape
func affineSwishAVX2(y, x, a, b *float32, rows, c int)

//go:noescape
func affineSwishBackAVX2(dz, x, dy, a, b *float32, rows, c int)

//go:noescape
func colSumsAVX2(s0, s1, p, q, m0, mu *float32, rows, c int)

//go:noescape
func colAddAVX2(s, p *float32, rows, c int)

//go:noescape
func finiteAVX2(x *float32, n int) bool

//go:noescape
func combineAVX2(y, dy, x, k0, k1, k2 *float32, rows, c int)

// avx2Kernels wraps the assembly in the vecKernels signatures, checking
// lengths where the assembly cannot.
var avx2Kernels = vecKernels{
	name: "avx2",
	swish: func(y, x []float32) {
		if len(x) > 0 {
			_ = y[len(x)-1]
			swishAVX2(&y[0], &x[0], len(x))
		}
	},
	swishBack: func(dx, x, dy []float32) {
		if len(x) > 0 {
			_, _ = dx[len(x)-1], dy[len(x)-1]
			swishBackAVX2(&dx[0], &x[0], &dy[0], len(x))
		}
	},
	sigmoid: func(y, x []float32) {
		if len(x) > 0 {
			_ = y[len(x)-1]
			sigmoidAVX2(&y[0], &x[0], len(x))
		}
	},
	sigmoidBack: func(dx, s, dy []float32) {
		if len(s) > 0 {
			_, _ = dx[len(s)-1], dy[len(s)-1]
			sigmoidBackAVX2(&dx[0], &s[0], &dy[0], len(s))
		}
	},
	affine: func(y, x, a, b []float32) {
		if rows := rowsOf(y, x, a, b); rows > 0 {
			affineAVX2(&y[0], &x[0], &a[0], &b[0], rows, len(a))
		}
	},
	affineSwish: func(y, x, a, b []float32) {
		if rows := rowsOf(y, x, a, b); rows > 0 {
			affineSwishAVX2(&y[0], &x[0], &a[0], &b[0], rows, len(a))
		}
	},
	affineSwishBack: func(dz, x, dy, a, b []float32) {
		if rows := rowsOf(dz, x, a, b); rows > 0 {
			_ = dy[rows*len(a)-1]
			affineSwishBackAVX2(&dz[0], &x[0], &dy[0], &a[0], &b[0], rows, len(a))
		}
	},
	colSums: func(s0, s1, p, q, m0, mu []float32) {
		if rows := rowsOf(q, p, s0, s1); rows > 0 {
			_, _ = m0[len(s0)-1], mu[len(s0)-1]
			colSumsAVX2(&s0[0], &s1[0], &p[0], &q[0], &m0[0], &mu[0], rows, len(s0))
		}
	},
	combine: func(y, dy, x, k0, k1, k2 []float32) {
		if rows := rowsOf(y, x, k0, k1); rows > 0 {
			_, _ = dy[rows*len(k0)-1], k2[len(k0)-1]
			combineAVX2(&y[0], &dy[0], &x[0], &k0[0], &k1[0], &k2[0], rows, len(k0))
		}
	},
	colAdd: func(s, p []float32) {
		if rows := rowsOf(p, p, s, s); rows > 0 {
			colAddAVX2(&s[0], &p[0], rows, len(s))
		}
	},
	finite: func(x []float32) bool {
		return len(x) == 0 || finiteAVX2(&x[0], len(x))
	},
	depthwise:    dwForwardAVX2Slices,
	depthwiseTap: dwTapAVX2Slices,
}

// rowsOf is the number of whole rows of len(a) channels in x, after
// checking that y, a and b are long enough.
func rowsOf(y, x, a, b []float32) int {
	if len(a) == 0 {
		return 0
	}
	rows := len(x) / len(a)
	if rows > 0 {
		_, _ = y[rows*len(a)-1], b[len(a)-1]
	}
	return rows
}

func init() {
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA {
		vec = avx2Kernels
	}
}
