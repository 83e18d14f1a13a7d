package engine

import "errors"

// StochasticDepth is drop-connect on a residual branch: in training each
// sample's whole input is zeroed with probability Probability and
// otherwise scaled by 1/(1−Probability) (noise shape N×1×1×1, as in the
// EfficientNet references); in inference it is the identity. Placed on the
// branch just before the residual addition.
type StochasticDepth struct {
	base
	noParams
	// Probability is the per-sample drop probability in [0, 1).
	Probability float64
	scale       []float32
	active      bool
}

// Kind returns "stochasticDepth".
func (l *StochasticDepth) Kind() string { return "stochasticDepth" }

// NumInputs returns 1.
func (l *StochasticDepth) NumInputs() int { return 1 }

// Setup checks the probability.
func (l *StochasticDepth) Setup(in []Size, _ RandSource) (Size, error) {
	if l.Probability < 0 || l.Probability >= 1 {
		return Size{}, errors.New("Probability must be in [0, 1)")
	}
	return passSize(in)
}

// Forward keeps or drops whole samples.
func (l *StochasticDepth) Forward(c *Context, in []*Tensor, out *Tensor) error {
	x := in[0]
	l.active = c.Training && l.Probability > 0
	if !l.active {
		copy(out.Data, x.Data)
		return nil
	}
	if c.Rand == nil {
		return errors.New("training with stochastic depth needs a random source")
	}
	l.scale = growF32(l.scale, x.N)
	for n := 0; n < x.N; n++ {
		l.scale[n] = 0
		if c.Rand.Float64() >= l.Probability {
			l.scale[n] = float32(1 / (1 - l.Probability))
		}
		s, y := x.Sample(n), out.Sample(n)
		for i, v := range s {
			y[i] = v * l.scale[n]
		}
	}
	return nil
}

// Backward scales each sample's gradient like its forward value.
func (l *StochasticDepth) Backward(_ *Context, _ []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] == nil {
		return nil
	}
	if !l.active {
		copy(dIn[0].Data, dOut.Data)
		return nil
	}
	for n := 0; n < dOut.N; n++ {
		g, d := dOut.Sample(n), dIn[0].Sample(n)
		for i, v := range g {
			d[i] = v * l.scale[n]
		}
	}
	return nil
}
