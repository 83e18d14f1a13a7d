package engine

import (
	"fmt"
	"math"
)

// Classification is MATLAB's classificationLayer: the cross-entropy loss
// −(1/N)·Σₙ log p[n, label n] of softmax probabilities against integer
// labels from the Context. Its output is each sample's loss term (1×1×1);
// the network sums them into the batch loss.
type Classification struct {
	base
	noParams
	classes int
}

// Kind returns "classification".
func (l *Classification) Kind() string { return "classification" }

// NumInputs returns 1.
func (l *Classification) NumInputs() int { return 1 }

// isLoss marks the layer as a loss (output) layer for the executor.
func (l *Classification) isLoss() {}

// Setup requires 1×1×K probabilities.
func (l *Classification) Setup(in []Size, _ RandSource) (Size, error) {
	if err := needInputs(in, 1); err != nil {
		return Size{}, err
	}
	if in[0].H != 1 || in[0].W != 1 {
		return Size{}, fmt.Errorf("input must be 1×1×K class probabilities, got %v", in[0])
	}
	l.classes = in[0].C
	return Size{1, 1, 1}, nil
}

// probFloor keeps log and 1/p finite when a probability underflows to 0.
const probFloor = 1e-37

// Forward writes −log p[label]/N per sample.
func (l *Classification) Forward(c *Context, in []*Tensor, out *Tensor) error {
	p := in[0]
	if len(c.Labels) != p.N {
		return fmt.Errorf("expected %d labels, got %d", p.N, len(c.Labels))
	}
	for n, y := range c.Labels {
		if y < 0 || y >= l.classes {
			return fmt.Errorf("label %d out of range [0, %d)", y, l.classes)
		}
		v := math.Max(float64(p.Data[n*l.classes+y]), probFloor)
		out.Data[n] = float32(-math.Log(v) / float64(p.N))
	}
	return nil
}

// Backward writes dp = −1/(N·p[label]) at the label, 0 elsewhere (dOut is
// ignored: the loss is the network's output).
func (l *Classification) Backward(c *Context, in []*Tensor, _, _ *Tensor, dIn []*Tensor) error {
	p := in[0]
	d := dIn[0].Data
	clear32(d)
	for n, y := range c.Labels {
		v := math.Max(float64(p.Data[n*l.classes+y]), probFloor)
		d[n*l.classes+y] = float32(-1 / (float64(p.N) * v))
	}
	return nil
}
