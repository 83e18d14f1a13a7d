package engine

import "fmt"

// dwGeom describes one call of the depthwise kernels: n pixels along an
// output row, all with the same window of kh×kw valid taps. Slices passed
// with it start at the first pixel's first tap and first channel; strides
// are in floats: c between pixels of y and dy (and between taps of w), xtap
// between the taps of a row of x, xstep between the first taps of
// consecutive pixels, xrow between tap rows of x and wrow between tap rows
// of w. cn channels (cn ≤ c) are computed.
type dwGeom struct {
	n, kh, kw, cn, c        int
	xtap, xstep, xrow, wrow int
}

// dwForwardGo computes y[p] = b + Σ taps x ⊙ w for the window g.
func dwForwardGo(y, x, w, b []float32, g dwGeom) {
	for p := 0; p < g.n; p++ {
		yp := y[p*g.c : p*g.c+g.cn]
		copy(yp, b[:g.cn])
		for i := 0; i < g.kh; i++ {
			for j := 0; j < g.kw; j++ {
				xo := p*g.xstep + i*g.xrow + j*g.xtap
				wo := i*g.wrow + j*g.c
				macc(yp, x[xo:xo+g.cn], w[wo:wo+g.cn])
			}
		}
	}
}

// dwTapGo accumulates one tap's weight gradient, dw += Σ_p dy[p] ⊙ x[p],
// and adds its share of the input gradient, dx[p] += dy[p] ⊙ w, for the n
// pixels of g (kh, kw, xrow and wrow unused).
func dwTapGo(dx, x, dy, w, dw []float32, g dwGeom) {
	for p := 0; p < g.n; p++ {
		xo, yo := p*g.xstep, p*g.c
		gp := dy[yo : yo+g.cn]
		macc(dw[:g.cn], gp, x[xo:xo+g.cn])
		macc(dx[xo:xo+g.cn], gp, w[:g.cn])
	}
}

// macc computes y += a ⊙ b over equal-length vectors.
func macc(y, a, b []float32) {
	a = a[:len(y)]
	b = b[:len(y)]
	i := 0
	for ; i+4 <= len(y); i += 4 {
		y[i] += a[i] * b[i]
		y[i+1] += a[i+1] * b[i+1]
		y[i+2] += a[i+2] * b[i+2]
		y[i+3] += a[i+3] * b[i+3]
	}
	for ; i < len(y); i++ {
		y[i] += a[i] * b[i]
	}
}

// need panics unless s holds at least n floats; the assembly kernels
// check their operands with it.
func need(s []float32, n int, what string) {
	if len(s) < n {
		panic(fmt.Sprintf("engine: depthwise %s has %d values, needs %d", what, len(s), n))
	}
}

// spans returns how many floats the window reaches into y, x and w.
func (g dwGeom) spans() (y, x, w int) {
	y = (g.n-1)*g.c + g.cn
	x = (g.n-1)*g.xstep + (g.kh-1)*g.xrow + (g.kw-1)*g.xtap + g.cn
	w = (g.kh-1)*g.wrow + (g.kw-1)*g.c + g.cn
	return
}
