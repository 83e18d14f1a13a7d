package dl

import (
	"gomat/engine"
	"gomat/lang/value"
)

// Learnable parameters are stored in the engine's layouts (row-major
// [FilterH][FilterW][InPerGroup][Out] for convolutions, [Out][In] with
// NHWC-flattened inputs for fully connected layers, one value per channel
// for batch normalization). These functions convert to and from MATLAB's
// column-major single arrays: h×w×c×F (h×w×c×F/G×G grouped) convolution
// weights with 1×1×F biases, OutputSize×InputSize fully connected weights
// with OutputSize×1 biases (inputs flattened h, w, c fastest first), and
// 1×1×C batch-normalization vectors.

// paramDims is the MATLAB size of a parameter, or nil when it is not set.
func (l *Layer) paramDims(name string, p *engine.Param) value.Dims {
	if p == nil || p.Value == nil || len(p.Shape) == 0 {
		return nil
	}
	switch e := l.eng.(type) {
	case *engine.Convolution2D:
		if name == "Weights" {
			s := p.Shape
			if g := groupsOf(e, l.inSize); g > 1 {
				return value.Dims{s[0], s[1], s[2], s[3] / g, g}
			}
			return value.Dims{s[0], s[1], s[2], s[3]}
		}
		if g := groupsOf(e, l.inSize); g > 1 {
			return value.Dims{1, 1, p.Shape[0] / g, g}
		}
		return value.Dims{1, 1, p.Shape[0]}
	case *engine.FullyConnected:
		if name == "Weights" {
			return value.Dims{p.Shape[0], p.Shape[1]}
		}
		return value.Dims{p.Shape[0], 1}
	}
	return value.Dims{1, 1, p.Shape[0]}
}

// groupsOf is the number of groups of a convolution given its input size
// (zero before the input size is known for a channel-wise convolution).
func groupsOf(e *engine.Convolution2D, in engine.Size) int {
	if e.ChannelWise {
		return in.C
	}
	return max(e.NumGroups, 1)
}

// paramValue returns a parameter as MATLAB shows it ([] when not set).
func (l *Layer) paramValue(name string) value.Value {
	p := l.param(name)
	d := l.paramDims(name, p)
	if d == nil {
		if c, ok := l.eng.(*engine.Convolution2D); ok && name == "Bias" && c.NoBias && c.Weights != nil && c.Weights.Value != nil {
			// A bias-free convolution shows the zero bias MATLAB's has.
			f := len(c.Weights.Value) / (c.Weights.Shape[0] * c.Weights.Shape[1] * c.Weights.Shape[2])
			return value.FromRef(value.NewArray(value.Single, value.Dims{1, 1, f}))
		}
		return value.Empty()
	}
	a := value.NewArray(value.Single, d)
	perm := l.permutation(name, p)
	for i, v := range p.Value {
		a.Re[perm(i)] = float64(v)
	}
	return value.FromRef(a)
}

// permutation maps an engine index of a parameter to its MATLAB
// (column-major) index.
func (l *Layer) permutation(name string, p *engine.Param) func(int) int {
	s := p.Shape
	switch l.eng.(type) {
	case *engine.Convolution2D:
		if name == "Weights" {
			kh, kw, cg, f := s[0], s[1], s[2], s[3]
			return func(e int) int {
				o := e % f
				c := (e / f) % cg
				j := (e / (f * cg)) % kw
				i := e / (f * cg * kw)
				return i + kh*(j+kw*(c+cg*o))
			}
		}
	case *engine.FullyConnected:
		if name == "Weights" {
			out, in := s[0], s[1]
			sz := l.inSize
			if sz.Elems() != in {
				sz = engine.Size{H: 1, W: 1, C: in}
			}
			return func(e int) int {
				o, k := e/in, e%in
				c := k % sz.C
				w := (k / sz.C) % sz.W
				h := k / (sz.C * sz.W)
				return o + out*(h+sz.H*(w+sz.W*c))
			}
		}
	}
	return func(e int) int { return e }
}

// setParam stores a MATLAB array into a parameter. The size is checked
// against the layer's configuration when the network is assembled.
func (l *Layer) setParam(name string, p *engine.Param, v value.Value) error {
	if v.IsEmpty() {
		p.Value, p.Shape = nil, nil
		return nil
	}
	xs, err := value.ToFloat64(v)
	if err != nil || !v.Class().IsNumeric() {
		return value.Errorf("MATLAB:layer:invalidParameter", "The value of '%s' is invalid. Expected %s to be numeric.", name, name)
	}
	d := v.Size()
	shape := l.engineShape(name, d)
	if shape == nil {
		return value.Errorf("MATLAB:layer:invalidParameter", "The value of '%s' is invalid. It has the wrong number of dimensions.", name)
	}
	n := 1
	for _, k := range shape {
		n *= k
	}
	if n != len(xs) {
		return value.Errorf("MATLAB:layer:invalidParameter", "The value of '%s' is invalid. It has %d elements, expected %d.", name, len(xs), n)
	}
	p.Shape, p.Value = shape, make([]float32, n)
	perm := l.permutation(name, p)
	for i := range p.Value {
		p.Value[i] = float32(xs[perm(i)])
	}
	return nil
}

// engineShape is the engine shape of a parameter given as a MATLAB array
// of size d, or nil when the number of dimensions does not fit.
func (l *Layer) engineShape(name string, d value.Dims) []int {
	at := func(i int) int {
		if i < len(d) {
			return d[i]
		}
		return 1
	}
	switch l.eng.(type) {
	case *engine.Convolution2D:
		if name == "Weights" {
			return []int{at(0), at(1), at(2), at(3) * at(4)}
		}
		return []int{d.Numel()}
	case *engine.FullyConnected:
		if name == "Weights" {
			if len(d) != 2 {
				return nil
			}
			return []int{d[0], d[1]}
		}
		return []int{d.Numel()}
	}
	return []int{d.Numel()}
}
