package engine

// GlobalAveragePooling2D is MATLAB's globalAveragePooling2dLayer: the mean
// over height and width, giving 1×1×C.
type GlobalAveragePooling2D struct {
	base
	noParams
	task gapTask
}

// Kind returns "globalAveragePooling2d".
func (l *GlobalAveragePooling2D) Kind() string { return "globalAveragePooling2d" }

// NumInputs returns 1.
func (l *GlobalAveragePooling2D) NumInputs() int { return 1 }

// Setup returns 1×1×C.
func (l *GlobalAveragePooling2D) Setup(in []Size, _ RandSource) (Size, error) {
	if err := needInputs(in, 1); err != nil {
		return Size{}, err
	}
	return Size{1, 1, in[0].C}, nil
}

// Forward averages each channel of each sample.
func (l *GlobalAveragePooling2D) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task = gapTask{x: in[0], y: out}
	parallelFor(in[0].N, 1, &l.task)
	l.task = gapTask{}
	return nil
}

// Backward spreads dy/(H·W) over every position.
func (l *GlobalAveragePooling2D) Backward(_ *Context, _ []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task = gapTask{x: dIn[0], y: dOut, backward: true}
		parallelFor(dOut.N, 1, &l.task)
		l.task = gapTask{}
	}
	return nil
}

// gapTask averages (forward) or spreads (backward, x is dX and y is dY)
// per sample.
type gapTask struct {
	x, y     *Tensor
	backward bool
}

func (t *gapTask) run(_, lo, hi int) {
	c := t.x.Size.C
	inv := 1 / float32(t.x.Size.H*t.x.Size.W)
	for n := lo; n < hi; n++ {
		x, y := t.x.Sample(n), t.y.Sample(n)
		if t.backward {
			g := x[:c]
			for i, v := range y[:c] {
				g[i] = v * inv
			}
			for p := c; p < len(x); p += c {
				copy(x[p:p+c], g)
			}
			continue
		}
		clear32(y)
		vec.colAdd(y, x)
		for i := range y {
			y[i] *= inv
		}
	}
}
