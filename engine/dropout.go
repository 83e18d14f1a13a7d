package engine

import "errors"

// Dropout is MATLAB's dropoutLayer: in training each element is zeroed with
// probability Probability and the survivors scaled by 1/(1−Probability);
// in inference it is the identity.
type Dropout struct {
	base
	noParams
	// Probability is the drop probability in [0, 1).
	Probability float64
	mask        []float32
	active      bool
}

// Kind returns "dropout".
func (l *Dropout) Kind() string { return "dropout" }

// NumInputs returns 1.
func (l *Dropout) NumInputs() int { return 1 }

// Setup checks the probability.
func (l *Dropout) Setup(in []Size, _ RandSource) (Size, error) {
	if l.Probability < 0 || l.Probability >= 1 {
		return Size{}, errors.New("Probability must be in [0, 1)")
	}
	return passSize(in)
}

// Forward draws a fresh mask from the context's random source in training.
func (l *Dropout) Forward(c *Context, in []*Tensor, out *Tensor) error {
	x := in[0].Data
	l.active = c.Training && l.Probability > 0
	if !l.active {
		copy(out.Data, x)
		return nil
	}
	if c.Rand == nil {
		return errors.New("training with dropout needs a random source")
	}
	l.mask = growF32(l.mask, len(x))
	keep := float32(1 / (1 - l.Probability))
	for i, v := range x {
		if c.Rand.Float64() < l.Probability {
			l.mask[i] = 0
		} else {
			l.mask[i] = keep
		}
		out.Data[i] = v * l.mask[i]
	}
	return nil
}

// Backward applies the same mask to dy.
func (l *Dropout) Backward(_ *Context, _ []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] == nil {
		return nil
	}
	if !l.active {
		copy(dIn[0].Data, dOut.Data)
		return nil
	}
	for i, g := range dOut.Data {
		dIn[0].Data[i] = g * l.mask[i]
	}
	return nil
}
