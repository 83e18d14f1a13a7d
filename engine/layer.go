package engine

import (
	"fmt"
	"math"
	"math/rand"
)

// Layer is one node of a layer graph. Forward and Backward work on whole
// batches; a layer keeps whatever its backward pass needs from the last
// forward pass. Implementations live one per file (conv2d.go, batchnorm.go…).
type Layer interface {
	// Name is the layer's unique name in its graph (MATLAB's Name property).
	Name() string
	// Kind is the registry key used in saved graphs, e.g. "convolution2d".
	Kind() string
	// NumInputs is how many inputs the layer takes (named in1, in2, …).
	NumInputs() int
	// Setup checks the per-sample input sizes, allocates and (with rng)
	// initialises any parameter not already set, and returns the output
	// size. Errors are plain messages; the graph prefixes the layer name.
	Setup(in []Size, rng RandSource) (Size, error)
	// Forward computes out (already shaped) from in.
	Forward(c *Context, in []*Tensor, out *Tensor) error
	// Backward overwrites dIn[i] (nil: not wanted) with dLoss/d in[i] and
	// overwrites the gradients of the learnables, given dOut = dLoss/d out.
	Backward(c *Context, in []*Tensor, out, dOut *Tensor, dIn []*Tensor) error
	// Learnables lists the trainable parameters (Weights, Bias, Scale, Offset).
	Learnables() []*Param
	// States lists non-trainable state saved with the network
	// (TrainedMean, TrainedVariance).
	States() []*Param
}

// Context carries per-pass information to the layers.
type Context struct {
	// Training selects batch statistics, dropout and stochastic depth.
	Training bool
	// Rand draws dropout and stochastic-depth masks.
	Rand RandSource
	// Labels are the class indices (0-based) of the batch, for loss layers.
	Labels []int
}

// RandSource is the random source for initialisation and masks;
// *math/rand.Rand satisfies it. Passing a seeded source makes runs
// reproducible.
type RandSource interface {
	NormFloat64() float64
	Float64() float64
}

// Param is a named parameter tensor of a layer: a learnable (with Grad and
// optimizer state) or a state such as TrainedMean.
type Param struct {
	// Name is the MATLAB property name: Weights, Bias, Scale, Offset,
	// TrainedMean or TrainedVariance.
	Name string
	// Shape documents the layout of Value (see each layer's doc comment).
	Shape []int
	// Value holds the parameter; Grad its gradient after Backward.
	Value, Grad []float32
	// LearnRateFactor and L2Factor scale the global learning rate and L2
	// regularisation for this parameter (MATLAB's *LearnRateFactor and
	// *L2Factor properties).
	LearnRateFactor, L2Factor float64
	// moment1 and moment2 are optimizer state (momentum / Adam moments /
	// RMSProp average), allocated by the optimizer on first use.
	moment1, moment2 []float32
}

// newParam makes a parameter with learn-rate and L2 factors of 1.
func newParam(name string, shape ...int) *Param {
	return &Param{Name: name, Shape: shape, LearnRateFactor: 1, L2Factor: 1}
}

// elems is the number of values the shape holds.
func (p *Param) elems() int {
	n := 1
	for _, d := range p.Shape {
		n *= d
	}
	return n
}

// prepare allocates Value (calling init when the caller supplied no value)
// and Grad, or checks that a supplied Value has the expected size.
func (p *Param) prepare(learnable bool, init func([]float32)) error {
	n := p.elems()
	if p.Value == nil {
		p.Value = make([]float32, n)
		if init != nil {
			init(p.Value)
		}
	} else if len(p.Value) != n {
		return fmt.Errorf("%s must have %d elements (size %v), got %d", p.Name, n, p.Shape, len(p.Value))
	}
	if learnable && len(p.Grad) != n {
		p.Grad = make([]float32, n)
	}
	return nil
}

// heNormalFanOut fills w with N(0, 2/fanOut), the conv initialisation of
// the TF and torchvision EfficientNet references.
func heNormalFanOut(rng RandSource, fanOut int) func([]float32) {
	return func(w []float32) {
		std := math.Sqrt(2 / float64(fanOut))
		for i := range w {
			w[i] = float32(rng.NormFloat64() * std)
		}
	}
}

// uniformRange fills w with U(-r, r), the FC initialisation of the
// references (r = 1/sqrt(outputs)).
func uniformRange(rng RandSource, r float64) func([]float32) {
	return func(w []float32) {
		for i := range w {
			w[i] = float32((2*rng.Float64() - 1) * r)
		}
	}
}

// fill returns an initialiser setting every value to v.
func fill(v float32) func([]float32) {
	return func(w []float32) {
		for i := range w {
			w[i] = v
		}
	}
}

// base holds the name every layer has; embedding it provides Name().
type base struct {
	LayerName string `json:"Name"`
}

// Name returns the layer's name.
func (b *base) Name() string { return b.LayerName }

// noParams is embedded by layers without learnables or state.
type noParams struct{}

// Learnables returns nil: the layer has no learnable parameters.
func (noParams) Learnables() []*Param { return nil }

// States returns nil: the layer has no state.
func (noParams) States() []*Param { return nil }

// needInputs checks the number of input sizes a layer received.
func needInputs(in []Size, n int) error {
	if len(in) != n {
		return fmt.Errorf("expected %d inputs, got %d", n, len(in))
	}
	return nil
}

// rngOrDefault returns rng, or a fixed-seed source when rng is nil so that
// initialisation stays reproducible.
func rngOrDefault(rng RandSource) RandSource {
	if rng == nil {
		return rand.New(rand.NewSource(0))
	}
	return rng
}

// SetName sets a layer's name (its MATLAB Name property). Every layer kind
// in this package embeds the name; layers built as struct literals are
// named with it before being added to a graph.
func SetName(l Layer, name string) {
	if n, ok := l.(interface{ setName(string) }); ok {
		n.setName(name)
	}
}

// setName implements SetName for the embedded name.
func (b *base) setName(name string) { b.LayerName = name }
