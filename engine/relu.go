package engine

// ReLU is MATLAB's reluLayer: y = max(x, 0).
type ReLU struct {
	base
	noParams
	task unaryTask
}

// Kind returns "relu".
func (l *ReLU) Kind() string { return "relu" }

// NumInputs returns 1.
func (l *ReLU) NumInputs() int { return 1 }

// Setup passes the size through.
func (l *ReLU) Setup(in []Size, _ RandSource) (Size, error) { return passSize(in) }

// Forward clamps negatives to zero.
func (l *ReLU) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task.apply(opRelu, out.Data, in[0].Data, nil)
	return nil
}

// Backward passes dy where x > 0.
func (l *ReLU) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task.apply(opReluBack, dIn[0].Data, in[0].Data, dOut.Data)
	}
	return nil
}
