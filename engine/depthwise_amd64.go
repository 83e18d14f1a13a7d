//go:build amd64

package engine

// The AVX2+FMA depthwise kernels of depthwise_amd64.s; strides in bytes.
//
//go:noescape
func dwForwardAVX2(y, x, w, b *float32, n, kh, kw, cvb, cb, xstep, xrow, wskip int)

//go:noescape
func dwTapAVX2(dx, x, dy, w, dw *float32, n, cvb, cb, xstep int)

// dwForwardAVX2Slices runs dwForwardAVX2 on the channels that fill whole
// registers and dwForwardGo on the rest (and on dilated windows).
func dwForwardAVX2Slices(y, x, w, b []float32, g dwGeom) {
	if g.n == 0 {
		return
	}
	cv := g.cn &^ 7
	if cv == 0 || g.kh == 0 || g.kw == 0 || g.xtap != g.c {
		dwForwardGo(y, x, w, b, g)
		return
	}
	ys, xs, ws := g.spans()
	need(y, ys, "output")
	need(x, xs, "input")
	need(w, ws, "weights")
	need(b, g.cn, "bias")
	dwForwardAVX2(&y[0], &x[0], &w[0], &b[0], g.n, g.kh, g.kw, cv*4, g.c*4, g.xstep*4, g.xrow*4, (g.wrow-g.kw*g.c)*4)
	if cv < g.cn {
		t := g
		t.cn -= cv
		dwForwardGo(y[cv:], x[cv:], w[cv:], b[cv:], t)
	}
}

// dwTapAVX2Slices is dwTapAVX2 with the same split as dwForwardAVX2Slices.
func dwTapAVX2Slices(dx, x, dy, w, dw []float32, g dwGeom) {
	if g.n == 0 {
		return
	}
	cv := g.cn &^ 7
	if cv == 0 {
		dwTapGo(dx, x, dy, w, dw, g)
		return
	}
	xs := (g.n-1)*g.xstep + g.cn
	need(x, xs, "input")
	need(dx, xs, "input gradient")
	need(dy, (g.n-1)*g.c+g.cn, "output gradient")
	need(w, g.cn, "weights")
	need(dw, g.cn, "weight gradient")
	dwTapAVX2(&dx[0], &x[0], &dy[0], &w[0], &dw[0], g.n, cv*4, g.c*4, g.xstep*4)
	if cv < g.cn {
		t := g
		t.cn -= cv
		dwTapGo(dx[cv:], x[cv:], dy[cv:], w[cv:], dw[cv:], t)
	}
}
