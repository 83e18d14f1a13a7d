package engine

// depthwiseTask is the direct NHWC kernel of a depthwise convolution (one
// input and one output channel per group): the inner loops run over the
// contiguous channels of one pixel, so each tap is a multiply-add of two
// channel vectors. Forward splits the batch·output-rows; backward splits the
// batch and keeps one partial weight gradient per chunk.
type depthwiseTask struct {
	l        *Convolution2D
	x, y, dy *Tensor
	dx       *Tensor
	backward bool
	partials [][]float32
}

func (t *depthwiseTask) setup(l *Convolution2D, x, y *Tensor) {
	*t = depthwiseTask{l: l, x: x, y: y, partials: t.partials}
}

func (t *depthwiseTask) setupBackward(l *Convolution2D, x, dy, dx *Tensor) {
	*t = depthwiseTask{l: l, x: x, dy: dy, dx: dx, backward: true, partials: t.partials}
	n := numChunks()
	if len(t.partials) < n {
		t.partials = make([][]float32, n)
	}
	for i := range t.partials {
		t.partials[i] = growF32(t.partials[i], len(l.Weights.Value))
		clear32(t.partials[i])
	}
}

// reduce sums the per-chunk weight gradients into dw.
func (t *depthwiseTask) reduce(dw []float32) {
	copy(dw, t.partials[0])
	for _, p := range t.partials[1:] {
		for i, v := range p {
			dw[i] += v
		}
	}
	t.x, t.dy, t.dx = nil, nil, nil
}

func (t *depthwiseTask) run(chunk, lo, hi int) {
	if t.backward {
		for n := lo; n < hi; n++ {
			t.backwardSample(n, t.partials[chunk])
		}
		return
	}
	ho := t.l.out.H
	for r := lo; r < hi; r++ {
		t.forwardRow(r/ho, r%ho)
	}
}

// forwardRow computes output row oy of sample n. For each output pixel
// it keeps four channels in registers across all taps and writes them once,
// instead of read-modify-writing the output for every tap.
func (t *depthwiseTask) forwardRow(n, oy int) {
	l := t.l
	in, out := l.in, l.out
	c := in.C
	kh, kw := l.FilterSize[0], l.FilterSize[1]
	w := l.Weights.Value
	yrow := t.y.Data[(n*out.H+oy)*out.W*c : (n*out.H+oy+1)*out.W*c]
	xs := t.x.Data[n*in.H*in.W*c : (n+1)*in.H*in.W*c]
	var taps [64][2]int // (input offset, weight offset) of the valid taps
	for ox := 0; ox < out.W; ox++ {
		y := yrow[ox*c : (ox+1)*c]
		if l.NoBias {
			clear32(y)
		} else {
			copy(y, l.Bias.Value)
		}
		nt := 0
		for i := 0; i < kh; i++ {
			iy := oy*l.stride[0] - l.pad[0] + i*l.dil[0]
			if iy < 0 || iy >= in.H {
				continue
			}
			for j := 0; j < kw; j++ {
				ix := ox*l.stride[1] - l.pad[2] + j*l.dil[1]
				if ix < 0 || ix >= in.W {
					continue
				}
				if nt == len(taps) {
					accumulate(y, xs, w, taps[:nt])
					nt = 0
				}
				taps[nt] = [2]int{(iy*in.W + ix) * c, (i*kw + j) * c}
				nt++
			}
		}
		accumulate(y, xs, w, taps[:nt])
	}
}

// accumulate adds Σ taps x⊙w to y, four channels at a time.
func accumulate(y, x, w []float32, taps [][2]int) {
	c := len(y)
	k := 0
	for ; k+4 <= c; k += 4 {
		yk := y[k : k+4 : k+4]
		a0, a1, a2, a3 := yk[0], yk[1], yk[2], yk[3]
		for _, tp := range taps {
			xv := x[tp[0]+k : tp[0]+k+4 : tp[0]+k+4]
			wv := w[tp[1]+k : tp[1]+k+4 : tp[1]+k+4]
			a0 += xv[0] * wv[0]
			a1 += xv[1] * wv[1]
			a2 += xv[2] * wv[2]
			a3 += xv[3] * wv[3]
		}
		yk[0], yk[1], yk[2], yk[3] = a0, a1, a2, a3
	}
	for ; k < c; k++ {
		a := y[k]
		for _, tp := range taps {
			a += x[tp[0]+k] * w[tp[1]+k]
		}
		y[k] = a
	}
}

// backwardSample accumulates the weight gradient of sample n into dw and
// writes its input gradient.
func (t *depthwiseTask) backwardSample(n int, dw []float32) {
	l := t.l
	in, out := l.in, l.out
	c := in.C
	kh, kw := l.FilterSize[0], l.FilterSize[1]
	w := l.Weights.Value
	xs := t.x.Data[n*in.H*in.W*c : (n+1)*in.H*in.W*c]
	dys := t.dy.Data[n*out.H*out.W*c : (n+1)*out.H*out.W*c]
	var dxs []float32
	if t.dx != nil {
		dxs = t.dx.Data[n*in.H*in.W*c : (n+1)*in.H*in.W*c]
		clear32(dxs)
	}
	for oy := 0; oy < out.H; oy++ {
		dyrow := dys[oy*out.W*c : (oy+1)*out.W*c]
		for i := 0; i < kh; i++ {
			iy := oy*l.stride[0] - l.pad[0] + i*l.dil[0]
			if iy < 0 || iy >= in.H {
				continue
			}
			xrow := xs[iy*in.W*c : (iy+1)*in.W*c]
			for j := 0; j < kw; j++ {
				tap := (i*kw + j) * c
				wv, dwv := w[tap:tap+c], dw[tap:tap+c]
				for ox := 0; ox < out.W; ox++ {
					ix := ox*l.stride[1] - l.pad[2] + j*l.dil[1]
					if ix < 0 || ix >= in.W {
						continue
					}
					g := dyrow[ox*c : (ox+1)*c]
					macc(dwv, g, xrow[ix*c:(ix+1)*c])
					if dxs != nil {
						o := (iy*in.W + ix) * c
						macc(dxs[o:o+c], g, wv)
					}
				}
			}
		}
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
