package engine

// Sigmoid is MATLAB's sigmoidLayer: y = 1/(1+e^−x) element-wise.
type Sigmoid struct {
	base
	noParams
	task unaryTask
}

// Kind returns "sigmoid".
func (l *Sigmoid) Kind() string { return "sigmoid" }

// NumInputs returns 1.
func (l *Sigmoid) NumInputs() int { return 1 }

// Setup passes the size through.
func (l *Sigmoid) Setup(in []Size, _ RandSource) (Size, error) {
	return passSize(in)
}

// Forward computes the logistic function.
func (l *Sigmoid) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task.apply(opSigmoid, out.Data, in[0].Data, nil)
	return nil
}

// Backward uses the stored output: dx = dy·y·(1−y).
func (l *Sigmoid) Backward(_ *Context, _ []*Tensor, out, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task.apply(opSigmoidBack, dIn[0].Data, out.Data, dOut.Data)
	}
	return nil
}

// passSize is Setup for single-input layers that keep the size.
func passSize(in []Size) (Size, error) {
	if err := needInputs(in, 1); err != nil {
		return Size{}, err
	}
	return in[0], nil
}
