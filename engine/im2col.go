package engine

import "gomat/engine/gemm"

// convGeneralTask runs a convolution that is neither pointwise nor
// depthwise by lowering each sample and group to a GEMM over an im2col
// buffer (rows: output pixels, columns: filter taps × group channels).
// Forward and backward split the batch; each chunk has its own column
// buffers and, in backward, its own partial weight gradient.
type convGeneralTask struct {
	l        *Convolution2D
	x, y, dy *Tensor
	dx       *Tensor
	backward bool
	cols     [][]float32
	dcols    [][]float32
	partials [][]float32
}

func (t *convGeneralTask) scratch() {
	l := t.l
	k := l.FilterSize[0] * l.FilterSize[1] * (l.in.C / l.groups)
	rows := l.out.H * l.out.W
	n := numChunks()
	if len(t.cols) < n {
		t.cols = make([][]float32, n)
		t.dcols = make([][]float32, n)
		t.partials = make([][]float32, n)
	}
	for i := range t.cols {
		t.cols[i] = growF32(t.cols[i], rows*k)
		if t.backward {
			t.dcols[i] = growF32(t.dcols[i], rows*k)
			t.partials[i] = growF32(t.partials[i], len(l.Weights.Value))
			clear32(t.partials[i])
		}
	}
}

func (t *convGeneralTask) setupForward(l *Convolution2D, x, y *Tensor) {
	*t = convGeneralTask{l: l, x: x, y: y, cols: t.cols, dcols: t.dcols, partials: t.partials}
	t.scratch()
}

func (t *convGeneralTask) setupBackward(l *Convolution2D, x, dy, dx *Tensor) {
	*t = convGeneralTask{l: l, x: x, dy: dy, dx: dx, backward: true, cols: t.cols, dcols: t.dcols, partials: t.partials}
	t.scratch()
}

// reduce sums the per-chunk weight gradients into dw.
func (t *convGeneralTask) reduce(dw []float32) {
	copy(dw, t.partials[0])
	for _, p := range t.partials[1:] {
		for i, v := range p {
			dw[i] += v
		}
	}
	t.x, t.y, t.dy, t.dx = nil, nil, nil, nil
}

func (t *convGeneralTask) run(chunk, lo, hi int) {
	l := t.l
	g := l.groups
	cg := l.in.C / g
	fg := l.NumFilters
	f := l.out.C
	k := l.FilterSize[0] * l.FilterSize[1] * cg
	rows := l.out.H * l.out.W
	col := t.cols[chunk]
	w := l.Weights.Value
	for n := lo; n < hi; n++ {
		x := t.x.Sample(n)
		if !t.backward {
			y := t.y.Sample(n)
			for gi := 0; gi < g; gi++ {
				t.im2col(x, gi, col)
				gemm.Sgemm(false, false, rows, fg, k, 1, col, k, w[gi*fg:], f, 0, y[gi*fg:], f)
			}
			if !l.NoBias {
				for r := 0; r < rows; r++ {
					row := y[r*f : (r+1)*f]
					for i, v := range l.Bias.Value {
						row[i] += v
					}
				}
			}
			continue
		}
		dy := t.dy.Sample(n)
		dw := t.partials[chunk]
		var dx []float32
		if t.dx != nil {
			dx = t.dx.Sample(n)
			clear32(dx)
		}
		dcol := t.dcols[chunk]
		for gi := 0; gi < g; gi++ {
			t.im2col(x, gi, col)
			gemm.Sgemm(true, false, k, fg, rows, 1, col, k, dy[gi*fg:], f, 1, dw[gi*fg:], f)
			if dx != nil {
				gemm.Sgemm(false, true, rows, k, fg, 1, dy[gi*fg:], f, w[gi*fg:], f, 0, dcol, k)
				t.col2im(dcol, gi, dx)
			}
		}
	}
}

// forTaps calls fn(row, colOffset, inOffset) for every output pixel and
// filter tap that falls inside the input of group gi; taps in the padding
// get inOffset −1.
func (t *convGeneralTask) forTaps(gi int, fn func(dst, src int)) {
	l := t.l
	in, out := l.in, l.out
	cg := in.C / l.groups
	kh, kw := l.FilterSize[0], l.FilterSize[1]
	k := kh * kw * cg
	for oy := 0; oy < out.H; oy++ {
		for ox := 0; ox < out.W; ox++ {
			r := (oy*out.W + ox) * k
			for i := 0; i < kh; i++ {
				iy := oy*l.stride[0] - l.pad[0] + i*l.dil[0]
				for j := 0; j < kw; j++ {
					ix := ox*l.stride[1] - l.pad[2] + j*l.dil[1]
					dst := r + (i*kw+j)*cg
					if iy < 0 || iy >= in.H || ix < 0 || ix >= in.W {
						fn(dst, -1)
						continue
					}
					fn(dst, (iy*in.W+ix)*in.C+gi*cg)
				}
			}
		}
	}
}

// im2col gathers sample x's patches for group gi into col.
func (t *convGeneralTask) im2col(x []float32, gi int, col []float32) {
	cg := t.l.in.C / t.l.groups
	t.forTaps(gi, func(dst, src int) {
		if src < 0 {
			clear32(col[dst : dst+cg])
			return
		}
		copy(col[dst:dst+cg], x[src:src+cg])
	})
}

// col2im scatters (adds) column gradients of group gi back into dx.
func (t *convGeneralTask) col2im(dcol []float32, gi int, dx []float32) {
	cg := t.l.in.C / t.l.groups
	t.forTaps(gi, func(dst, src int) {
		if src < 0 {
			return
		}
		d := dx[src : src+cg]
		for i, v := range dcol[dst : dst+cg] {
			d[i] += v
		}
	})
}
