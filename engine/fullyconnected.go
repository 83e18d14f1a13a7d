package engine

import (
	"errors"
	"math"
)

// FullyConnected is MATLAB's fullyConnectedLayer: y = W·x + b over the
// flattened sample. Weights are OutputSize×InputSize (row-major), with the
// input flattened in the engine's H,W,C order (MATLAB flattens H,W,C
// column-major, so callers importing MATLAB weights with H·W > 1 permute
// the columns); Bias has OutputSize values.
type FullyConnected struct {
	base
	// OutputSize is the number of outputs.
	OutputSize int
	// Weights and Bias may be set before compiling; left nil they are drawn
	// U(±1/sqrt(OutputSize)) and zero, as the EfficientNet references do.
	Weights *Param `json:"-"`
	Bias    *Param `json:"-"`

	inputs   int
	gemm     gemmTask
	colsum   colSumTask
	learning []*Param
}

// Kind returns "fullyConnected".
func (l *FullyConnected) Kind() string { return "fullyConnected" }

// NumInputs returns 1.
func (l *FullyConnected) NumInputs() int { return 1 }

// Learnables returns Weights and Bias.
func (l *FullyConnected) Learnables() []*Param { return l.learning }

// States returns nil.
func (l *FullyConnected) States() []*Param { return nil }

// Setup sizes the weights for the flattened input.
func (l *FullyConnected) Setup(in []Size, rng RandSource) (Size, error) {
	if err := needInputs(in, 1); err != nil {
		return Size{}, err
	}
	if l.OutputSize < 1 {
		return Size{}, errors.New("OutputSize must be positive")
	}
	l.inputs = in[0].Elems()
	if l.Weights == nil {
		l.Weights = newParam("Weights")
	}
	l.Weights.Shape = []int{l.OutputSize, l.inputs}
	if err := l.Weights.prepare(true, uniformRange(rngOrDefault(rng), 1/math.Sqrt(float64(l.OutputSize)))); err != nil {
		return Size{}, err
	}
	if l.Bias == nil {
		l.Bias = newParam("Bias")
	}
	l.Bias.Shape = []int{l.OutputSize}
	if err := l.Bias.prepare(true, nil); err != nil {
		return Size{}, err
	}
	l.learning = []*Param{l.Weights, l.Bias}
	return Size{1, 1, l.OutputSize}, nil
}

// Forward computes Y = X·Wᵀ + b.
func (l *FullyConnected) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	x := in[0]
	k := l.OutputSize
	for n := 0; n < x.N; n++ {
		copy(out.Data[n*k:(n+1)*k], l.Bias.Value)
	}
	matmul(&l.gemm, false, true, x.N, k, l.inputs, 1, x.Data, l.inputs, l.Weights.Value, l.inputs, 1, out.Data, k)
	return nil
}

// Backward computes dW = dYᵀ·X, db = Σ dY and dX = dY·W.
func (l *FullyConnected) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	x := in[0]
	k := l.OutputSize
	matmul(&l.gemm, true, false, k, l.inputs, x.N, 1, dOut.Data, k, x.Data, l.inputs, 0, l.Weights.Grad, l.inputs)
	l.colsum.sum(l.Bias.Grad, dOut.Data, k)
	if dIn[0] != nil {
		matmul(&l.gemm, false, false, x.N, l.inputs, k, 1, dOut.Data, k, l.Weights.Value, l.inputs, 0, dIn[0].Data, l.inputs)
	}
	return nil
}
