package dl

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"

	"gomat/engine"
	"gomat/lang/display"
	"gomat/lang/value"
)

// Layer is one MATLAB layer object (nnet.cnn.layer.Convolution2DLayer, …).
// Its hyperparameters and learnables live in an engine layer; the object
// adds MATLAB-only settings and MATLAB's property names, layouts and
// display. Layers have value semantics: the engine layer is never changed
// once wrapped (setting a property returns a new Layer over a copy, and
// training copies every layer before compiling).
type Layer struct {
	eng engine.Layer
	cls *layerClass
	// weightsInit and biasInit are the initializer names of layers with
	// weights ("glorot", "he", "narrow-normal", "zeros", "ones").
	weightsInit, biasInit string
	// classes are a classification layer's class names (nil: 'auto').
	classes []string
	// inSize is the input size seen when the layer was last part of a
	// compiled network (zero until then); it fixes NumChannels, InputSize
	// and the MATLAB layout of fully connected weights.
	inSize engine.Size
	// normDim is an image input layer's NormalizationDimension.
	normDim string
}

// layerClass describes one MATLAB layer class.
type layerClass struct {
	name        string // class name without package, e.g. "Convolution2DLayer"
	typ         string // the Type column of a layer table, e.g. "2-D Convolution"
	defaultName string // name given to an unnamed layer in a network, e.g. "conv"
	// groups are the property groups of the object display; the first has
	// no title.
	groups []propGroup
	// describe is the Description column of a layer table.
	describe func(l *Layer) string
	// get reads a class-specific property.
	get func(l *Layer, name string) (value.Value, bool)
}

// propGroup is a titled block of properties in an object display.
type propGroup struct {
	title string
	names []string
}

// newLayer wraps a configured engine layer.
func newLayer(cls *layerClass, eng engine.Layer) *Layer {
	return &Layer{eng: eng, cls: cls}
}

// Class returns value.ObjectClass.
func (l *Layer) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (l *Layer) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns the full MATLAB class name.
func (l *Layer) ClassName() string { return "nnet.cnn.layer." + l.cls.name }

// Name returns the layer's name.
func (l *Layer) Name() string { return l.eng.Name() }

// GetProperty reads a property by its MATLAB name.
func (l *Layer) GetProperty(name string) (value.Value, error) {
	switch name {
	case "Name":
		return value.Str(l.Name()), nil
	case "NumInputs":
		return value.Num(float64(l.eng.NumInputs())), nil
	case "InputNames":
		return cellStr(inputNames(l.eng)), nil
	case "NumOutputs":
		return value.Num(1), nil
	case "OutputNames":
		return cellStr([]string{"out"}), nil
	}
	if v, ok := l.cls.get(l, name); ok {
		return v, nil
	}
	return value.Value{}, noProperty(name, l.cls.name)
}

// inputNames are MATLAB's input names of a layer: {'in'} for one input,
// {'in1','in2',…} for several, none for an input layer.
func inputNames(l engine.Layer) []string {
	n := l.NumInputs()
	switch n {
	case 0:
		return nil
	case 1:
		return []string{"in"}
	}
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("in%d", i+1)
	}
	return out
}

// SetProperty sets Name, a learn-rate or L2 factor, or a learnable
// parameter, returning a new layer.
func (l *Layer) SetProperty(name string, v value.Value) (value.Value, error) {
	c := l.clone()
	if name == "Name" {
		s, ok := v.Text()
		if !ok {
			return value.Value{}, value.Errorf("MATLAB:validators:mustBeTextScalar", "Layer name must be a character vector or string scalar.")
		}
		engine.SetName(c.eng, s)
		return value.FromRef(c), nil
	}
	if p, field, ok := c.factorParam(name); ok {
		f, err := validator{"layer", name}.nonnegative(v)
		if err != nil {
			return value.Value{}, err
		}
		if field == "LearnRateFactor" {
			p.LearnRateFactor = f
		} else {
			p.L2Factor = f
		}
		return value.FromRef(c), nil
	}
	if p := c.param(name); p != nil {
		if err := c.setParam(name, p, v); err != nil {
			return value.Value{}, err
		}
		return value.FromRef(c), nil
	}
	if _, err := l.GetProperty(name); err == nil {
		return value.Value{}, value.Errorf("MATLAB:class:SetProhibited", "Unable to set the '%s' property of class '%s' because it is read-only.", name, l.cls.name)
	}
	return value.Value{}, noProperty(name, l.cls.name)
}

// factorParam resolves "WeightLearnRateFactor", "BiasL2Factor", … to the
// parameter and which factor it names.
func (l *Layer) factorParam(name string) (*engine.Param, string, bool) {
	for _, suffix := range []string{"LearnRateFactor", "L2Factor"} {
		if base, ok := strings.CutSuffix(name, suffix); ok {
			pname := base
			if base == "Weight" {
				pname = "Weights"
			}
			if p := l.param(pname); p != nil {
				return p, suffix, true
			}
		}
	}
	return nil, "", false
}

// param returns the engine parameter behind a learnable or state property
// (Weights, Bias, Offset, Scale, TrainedMean, TrainedVariance), or nil.
func (l *Layer) param(name string) *engine.Param {
	switch e := l.eng.(type) {
	case *engine.Convolution2D:
		switch name {
		case "Weights":
			return e.Weights
		case "Bias":
			return e.Bias
		}
	case *engine.FullyConnected:
		switch name {
		case "Weights":
			return e.Weights
		case "Bias":
			return e.Bias
		}
	case *engine.BatchNormalization:
		switch name {
		case "Offset":
			return e.Offset
		case "Scale":
			return e.Scale
		case "TrainedMean":
			return e.TrainedMean
		case "TrainedVariance":
			return e.TrainedVariance
		}
	}
	return nil
}

// clone returns a deep copy: a fresh engine layer with the same exported
// configuration and copies of the parameters.
func (l *Layer) clone() *Layer {
	c := *l
	c.eng = cloneEngineLayer(l.eng)
	c.classes = append([]string(nil), l.classes...)
	if l.classes == nil {
		c.classes = nil
	}
	return &c
}

// cloneEngineLayer copies an engine layer's exported configuration (the
// engine's own JSON form, as its save format uses) and deep-copies its
// parameters, so that the copy shares no buffers with the original.
func cloneEngineLayer(src engine.Layer) engine.Layer {
	dst := reflect.New(reflect.TypeOf(src).Elem()).Interface().(engine.Layer)
	b, err := json.Marshal(src)
	if err == nil {
		err = json.Unmarshal(b, dst)
	}
	if err != nil {
		panic("dl: cannot copy layer configuration: " + err.Error())
	}
	cp := func(p *engine.Param) *engine.Param {
		if p == nil {
			return nil
		}
		q := *p
		q.Shape = append([]int(nil), p.Shape...)
		q.Value = append([]float32(nil), p.Value...)
		if p.Value == nil {
			q.Value = nil
		}
		q.Grad = nil
		return &q
	}
	switch s := src.(type) {
	case *engine.Convolution2D:
		d := dst.(*engine.Convolution2D)
		d.Weights, d.Bias = cp(s.Weights), cp(s.Bias)
	case *engine.FullyConnected:
		d := dst.(*engine.FullyConnected)
		d.Weights, d.Bias = cp(s.Weights), cp(s.Bias)
	case *engine.BatchNormalization:
		d := dst.(*engine.BatchNormalization)
		d.Offset, d.Scale, d.TrainedMean, d.TrainedVariance = cp(s.Offset), cp(s.Scale), cp(s.TrainedMean), cp(s.TrainedVariance)
	}
	return dst
}

// newParam returns an unset parameter with the given factors, for a
// layer constructor to attach before the engine sizes and initialises it.
func newParam(name string, lr, l2 float64) *engine.Param {
	return &engine.Param{Name: name, LearnRateFactor: lr, L2Factor: l2}
}

// DisplayBody prints MATLAB's grouped property display of a layer.
func (l *Layer) DisplayBody(w io.Writer, _ string, f display.Format, _ int) {
	writeGroups(w, l.cls.name, l.cls.groups, l.GetProperty, f)
}

// writeGroups prints "  Class with properties:" and the property groups,
// names right-aligned across all groups.
func writeGroups(w io.Writer, class string, groups []propGroup, get func(string) (value.Value, error), f display.Format) {
	width := 0
	for _, g := range groups {
		for _, n := range g.names {
			width = max(width, len(n))
		}
	}
	blank := func() {
		if !f.Compact {
			io.WriteString(w, "\n")
		}
	}
	fmt.Fprintf(w, "  %s with properties:\n", class)
	blank()
	for i, g := range groups {
		if i > 0 {
			blank()
			fmt.Fprintf(w, "   %s\n", g.title)
		}
		if len(g.names) == 0 {
			io.WriteString(w, "    No properties.\n")
		}
		for _, n := range g.names {
			v, err := get(n)
			s := "[]"
			if err == nil {
				s = propSummary(v, f)
			}
			fmt.Fprintf(w, "    %*s: %s\n", width, n, s)
		}
	}
	if len(groups) > 1 {
		blank()
		io.WriteString(w, "  Show all properties\n")
	}
}

// propSummary is display.Summary, except that a cell array of text shows
// its elements ({'in1'  'in2'}) as MATLAB's object displays do.
func propSummary(v value.Value, f display.Format) string {
	if c, ok := v.Ref().(*value.Cell); ok && c.Size().Rows() <= 1 && len(c.Elems) > 0 && len(c.Elems) <= 8 {
		parts := make([]string, len(c.Elems))
		for i, e := range c.Elems {
			s, ok := e.Text()
			if !ok {
				return display.Summary(v, f)
			}
			parts[i] = "'" + s + "'"
		}
		return "{" + strings.Join(parts, "  ") + "}"
	}
	return display.Summary(v, f)
}

// cellStr returns a 1×N cell array of char rows.
func cellStr(ss []string) value.Value {
	vals := make([]value.Value, len(ss))
	for i, s := range ss {
		vals[i] = value.Str(s)
	}
	return value.FromRef(value.NewCellFrom(value.Dims{1, len(ss)}, vals))
}

// colCellStr returns an N×1 cell array of char rows.
func colCellStr(ss []string) value.Value {
	vals := make([]value.Value, len(ss))
	for i, s := range ss {
		vals[i] = value.Str(s)
	}
	return value.FromRef(value.NewCellFrom(value.Dims{len(ss), 1}, vals))
}

// row returns a double row vector of ints.
func row(xs ...int) value.Value {
	f := make([]float64, len(xs))
	for i, x := range xs {
		f[i] = float64(x)
	}
	return value.RowVector(f)
}
