package engine

// Swish is MATLAB's swishLayer (SiLU): y = x·sigmoid(x), fused into one
// pass where MATLAB's EfficientNet graph spells it sigmoid + multiplication.
type Swish struct {
	base
	noParams
	task unaryTask
}

// Kind returns "swish".
func (l *Swish) Kind() string { return "swish" }

// NumInputs returns 1.
func (l *Swish) NumInputs() int { return 1 }

// Setup passes the size through.
func (l *Swish) Setup(in []Size, _ RandSource) (Size, error) { return passSize(in) }

// Forward computes x·sigmoid(x).
func (l *Swish) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task.apply(opSwish, out.Data, in[0].Data, nil)
	return nil
}

// Backward computes dx = dy·s·(1 + x·(1−s)) with s = sigmoid(x).
func (l *Swish) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task.apply(opSwishBack, dIn[0].Data, in[0].Data, dOut.Data)
	}
	return nil
}
