package engine

// depthwiseTask is the direct NHWC depthwise convolution (one input and one
// output channel per group) on the vec kernels, which vectorise over the
// contiguous channels of a pixel. Forward splits the batch·output-rows;
// backward splits the batch and keeps one partial weight gradient per chunk.
type depthwiseTask struct {
	l        *Convolution2D
	x, y, dy *Tensor
	dx       *Tensor
	backward bool
	bias     []float32   // the layer's bias, or zeros
	partials [][]float32 // per-chunk weight gradients
	scratch  [][]float32 // per-chunk input gradient when dx is not wanted
}

func (t *depthwiseTask) setup(l *Convolution2D, x, y *Tensor) {
	t.l, t.x, t.y, t.backward = l, x, y, false
	if l.NoBias {
		t.bias = growF32(t.bias, l.out.C)
		clear32(t.bias)
	} else {
		t.bias = l.Bias.Value
	}
}

func (t *depthwiseTask) setupBackward(l *Convolution2D, x, dy, dx *Tensor) {
	t.l, t.x, t.dy, t.dx, t.backward = l, x, dy, dx, true
	n := numChunks()
	if len(t.partials) < n {
		t.partials = make([][]float32, n)
		t.scratch = make([][]float32, n)
	}
	for i := range t.partials {
		t.partials[i] = growF32(t.partials[i], len(l.Weights.Value))
		clear32(t.partials[i])
		if dx == nil {
			t.scratch[i] = growF32(t.scratch[i], l.in.Elems())
		}
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
	t.x, t.y, t.dy, t.dx = nil, nil, nil, nil
}

func (t *depthwiseTask) run(chunk, lo, hi int) {
	if t.backward {
		for n := lo; n < hi; n++ {
			t.backwardSample(n, chunk)
		}
		return
	}
	ho := t.l.out.H
	for r := lo; r < hi; r++ {
		t.forwardRow(r/ho, r%ho)
	}
}

// forwardRow computes output row oy of sample n: pixels sharing a window
// of valid taps (the interior, and each border pixel) go to the kernel
// together, which keeps the taps' sums in registers.
func (t *depthwiseTask) forwardRow(n, oy int) {
	l := t.l
	in, out := l.in, l.out
	c := in.C
	kh, kw := l.FilterSize[0], l.FilterSize[1]
	w := l.Weights.Value
	yrow := t.y.Data[(n*out.H+oy)*out.W*c : (n*out.H+oy+1)*out.W*c]
	xs := t.x.Data[n*in.H*in.W*c : (n+1)*in.H*in.W*c]
	top := oy*l.stride[0] - l.pad[0]
	i0, i1 := tapRange(top, l.dil[0], kh, in.H)
	g := dwGeom{kh: i1 - i0, cn: c, c: c, xtap: l.dil[1] * c, xstep: l.stride[1] * c, xrow: l.dil[0] * in.W * c, wrow: kw * c}
	for ox := 0; ox < out.W; {
		left := ox*l.stride[1] - l.pad[2]
		j0, j1 := tapRange(left, l.dil[1], kw, in.W)
		end := ox + 1
		for end < out.W {
			a, b := tapRange(end*l.stride[1]-l.pad[2], l.dil[1], kw, in.W)
			if a != j0 || b != j1 {
				break
			}
			end++
		}
		g.n, g.kw = end-ox, j1-j0
		y := yrow[ox*c:]
		if g.kh == 0 || g.kw == 0 {
			for p := 0; p < g.n; p++ {
				copy(y[p*c:(p+1)*c], t.bias)
			}
		} else {
			iy, ix := top+i0*l.dil[0], left+j0*l.dil[1]
			vec.depthwise(y, xs[(iy*in.W+ix)*c:], w[(i0*kw+j0)*c:], t.bias, g)
		}
		ox = end
	}
}

// tapRange returns the taps [a, b) of a k-tap filter, spaced dil apart and
// starting at position start, that fall inside [0, size).
func tapRange(start, dil, k, size int) (a, b int) {
	for a < k && start+a*dil < 0 {
		a++
	}
	b = k
	for b > a && start+(b-1)*dil >= size {
		b--
	}
	return a, b
}

// outRange returns the output positions [a, b) of outSize whose input
// position o·stride + off falls inside [0, size).
func outRange(off, stride, size, outSize int) (a, b int) {
	a = max(ceilDiv(-off, stride), 0)
	b = min(floorDiv(size-1-off, stride)+1, outSize)
	return a, max(a, b)
}

// ceilDiv and floorDiv round a/b (b > 0) up and down.
func ceilDiv(a, b int) int { return -floorDiv(-a, b) }

func floorDiv(a, b int) int {
	if a >= 0 {
		return a / b
	}
	return -((-a + b - 1) / b)
}

// backwardSample accumulates the weight gradient of sample n into dw and
// writes its input gradient (into per-chunk scratch when it is not
// wanted), one tap and one output row at a time.
func (t *depthwiseTask) backwardSample(n, chunk int) {
	l := t.l
	in, out := l.in, l.out
	c := in.C
	kh, kw := l.FilterSize[0], l.FilterSize[1]
	w, dw := l.Weights.Value, t.partials[chunk]
	xs := t.x.Data[n*in.H*in.W*c : (n+1)*in.H*in.W*c]
	dys := t.dy.Data[n*out.H*out.W*c : (n+1)*out.H*out.W*c]
	dxs := t.scratch[chunk]
	if t.dx != nil {
		dxs = t.dx.Data[n*in.H*in.W*c : (n+1)*in.H*in.W*c]
	}
	clear32(dxs)
	g := dwGeom{cn: c, c: c, xstep: l.stride[1] * c}
	for oy := 0; oy < out.H; oy++ {
		top := oy*l.stride[0] - l.pad[0]
		i0, i1 := tapRange(top, l.dil[0], kh, in.H)
		for i := i0; i < i1; i++ {
			iy := top + i*l.dil[0]
			for j := 0; j < kw; j++ {
				off := j*l.dil[1] - l.pad[2]
				a, b := outRange(off, l.stride[1], in.W, out.W)
				if a == b {
					continue
				}
				g.n = b - a
				xo := (iy*in.W + a*l.stride[1] + off) * c
				tap := (i*kw + j) * c
				vec.depthwiseTap(dxs[xo:], xs[xo:], dys[(oy*out.W+a)*c:], w[tap:], dw[tap:], g)
			}
		}
	}
}
