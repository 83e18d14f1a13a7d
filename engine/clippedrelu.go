package engine

import "errors"

// ClippedReLU is MATLAB's clippedReluLayer: y = min(max(x, 0), Ceiling).
type ClippedReLU struct {
	base
	noParams
	// Ceiling is the upper clip (must be positive; ReLU6 uses 6).
	Ceiling float64
	task    unaryTask
}

// Kind returns "clippedRelu".
func (l *ClippedReLU) Kind() string { return "clippedRelu" }

// NumInputs returns 1.
func (l *ClippedReLU) NumInputs() int { return 1 }

// Setup checks the ceiling and passes the size through.
func (l *ClippedReLU) Setup(in []Size, _ RandSource) (Size, error) {
	if !(l.Ceiling > 0) {
		return Size{}, errors.New("Ceiling must be positive")
	}
	l.task.ceiling = float32(l.Ceiling)
	return passSize(in)
}

// Forward clips to [0, Ceiling].
func (l *ClippedReLU) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task.apply(opClipped, out.Data, in[0].Data, nil)
	return nil
}

// Backward passes dy strictly inside (0, Ceiling).
func (l *ClippedReLU) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task.apply(opClippedBack, dIn[0].Data, in[0].Data, dOut.Data)
	}
	return nil
}
