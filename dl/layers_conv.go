package dl

import (
	"fmt"
	"strings"

	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "convolution2dLayer", Fn: convolution2dLayerFn, Doc: "layer = convolution2dLayer(filterSize, numFilters, Name, Value, ...): 2-D convolution layer"},
		{Name: "groupedConvolution2dLayer", Fn: groupedConvolution2dLayerFn, Doc: "layer = groupedConvolution2dLayer(filterSize, numFiltersPerGroup, numGroups|'channel-wise', Name, Value, ...): grouped 2-D convolution layer"},
	})
}

var convOptions = append([]string{"Stride", "DilationFactor", "Padding", "PaddingValue", "NumChannels"}, weightOptions...)

var convClass = &layerClass{
	name: "Convolution2DLayer", typ: "2-D Convolution", defaultName: "conv",
	groups: []propGroup{
		{names: []string{"Name"}},
		{"Hyperparameters", []string{"FilterSize", "NumChannels", "NumFilters", "Stride", "DilationFactor", "PaddingMode", "PaddingSize", "PaddingValue"}},
		{"Learnable Parameters", []string{"Weights", "Bias"}},
	},
	describe: describeConv,
	get:      convProps,
}

var groupedConvClass = &layerClass{
	name: "GroupedConvolution2DLayer", typ: "2-D Grouped Convolution", defaultName: "groupedconv",
	groups: []propGroup{
		{names: []string{"Name"}},
		{"Hyperparameters", []string{"FilterSize", "NumGroups", "NumChannelsPerGroup", "NumFiltersPerGroup", "Stride", "DilationFactor", "PaddingMode", "PaddingSize", "PaddingValue"}},
		{"Learnable Parameters", []string{"Weights", "Bias"}},
	},
	describe: describeConv,
	get:      convProps,
}

// convolution2dLayerFn implements convolution2dLayer.
func convolution2dLayerFn(c *interp.Call) ([]value.Value, error) {
	var fs, nf value.Value
	a, err := unpackLayer(c, "convolution2dLayer", []any{"filterSize", &fs, "numFilters", &nf}, convOptions...)
	if err != nil {
		return nil, err
	}
	e := &engine.Convolution2D{}
	if e.FilterSize, err = pair(a.v("filterSize"), fs); err != nil {
		return nil, err
	}
	n, err := a.v("numFilters").posInt(nf, false)
	if err != nil {
		return nil, err
	}
	e.NumFilters = int(n)
	return convCommon(a, convClass, e)
}

// groupedConvolution2dLayerFn implements groupedConvolution2dLayer.
func groupedConvolution2dLayerFn(c *interp.Call) ([]value.Value, error) {
	var fs, nf, ng value.Value
	a, err := unpackLayer(c, "groupedConvolution2dLayer", []any{"filterSize", &fs, "numFiltersPerGroup", &nf, "numGroups", &ng}, convOptions...)
	if err != nil {
		return nil, err
	}
	e := &engine.Convolution2D{}
	if e.FilterSize, err = pair(a.v("filterSize"), fs); err != nil {
		return nil, err
	}
	n, err := a.v("numFiltersPerGroup").posInt(nf, false)
	if err != nil {
		return nil, err
	}
	e.NumFilters = int(n)
	if s, ok := ng.Text(); ok {
		if !strings.EqualFold(s, "channel-wise") {
			return nil, value.Errorf("MATLAB:groupedConvolution2dLayer:invalidValue", "The value of 'numGroups' is invalid. Expected a positive integer or 'channel-wise'.")
		}
		e.ChannelWise = true
	} else {
		g, err := a.v("numGroups").posInt(ng, false)
		if err != nil {
			return nil, err
		}
		e.NumGroups = int(g)
	}
	return convCommon(a, groupedConvClass, e)
}

// convCommon applies the options both convolution constructors share.
func convCommon(a *layerArgs, cls *layerClass, e *engine.Convolution2D) ([]value.Value, error) {
	var err error
	if a.has("Stride") {
		if e.Stride, err = pair(a.v("Stride"), a.get("Stride")); err != nil {
			return nil, err
		}
	}
	if a.has("DilationFactor") {
		if e.DilationFactor, err = pair(a.v("DilationFactor"), a.get("DilationFactor")); err != nil {
			return nil, err
		}
	}
	if a.has("Padding") {
		if e.Padding, e.PaddingSame, err = padding(a.v("Padding"), a.get("Padding")); err != nil {
			return nil, err
		}
	}
	if a.has("PaddingValue") {
		f, err := a.v("PaddingValue").scalar(a.get("PaddingValue"))
		if err != nil {
			return nil, err
		}
		if f != 0 {
			return nil, value.Errorf("gomat:dl:unsupported", "PaddingValue %g is not supported; gomat pads convolutions with zeros.", f)
		}
	}
	if a.has("NumChannels") {
		if s, ok := a.get("NumChannels").Text(); !ok || !strings.EqualFold(s, "auto") {
			if _, err := a.v("NumChannels").posInt(a.get("NumChannels"), false); err != nil {
				return nil, err
			}
		}
	}
	if err := a.name(e); err != nil {
		return nil, err
	}
	e.Weights, e.Bias = newParam("Weights", 1, 1), newParam("Bias", 1, 0)
	l := newLayer(cls, e)
	if err := a.weights(l, e.Weights, e.Bias); err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(l)}, nil
}

// convChannels is the number of input channels per group, 0 when not yet
// known.
func convChannels(l *Layer, e *engine.Convolution2D) int {
	if e.Weights != nil && len(e.Weights.Shape) == 4 {
		return e.Weights.Shape[2]
	}
	if l.inSize.C > 0 {
		if g := groupsOf(e, l.inSize); g > 0 {
			return l.inSize.C / g
		}
	}
	return 0
}

// convPadding is the explicit padding, resolving 'same' once the input
// size is known.
func convPadding(l *Layer, e *engine.Convolution2D) [4]int {
	if !e.PaddingSame || l.inSize.H == 0 {
		return e.Padding
	}
	s := orOne(e.Stride)
	d := orOne(e.DilationFactor)
	side := func(in, k, st int) (int, int) {
		out := (in + st - 1) / st
		t := max((out-1)*st+k-in, 0)
		return t / 2, t - t/2
	}
	t, b := side(l.inSize.H, (e.FilterSize[0]-1)*d[0]+1, s[0])
	lf, r := side(l.inSize.W, (e.FilterSize[1]-1)*d[1]+1, s[1])
	return [4]int{t, b, lf, r}
}

// orOne replaces unset (zero) entries by 1.
func orOne(v [2]int) [2]int {
	for i := range v {
		if v[i] == 0 {
			v[i] = 1
		}
	}
	return v
}

// convProps reads the properties of both convolution classes.
func convProps(l *Layer, name string) (value.Value, bool) {
	e := l.eng.(*engine.Convolution2D)
	if v, ok := l.weightProps(name); ok {
		return v, true
	}
	auto := func(n int) value.Value {
		if n == 0 {
			return value.Str("auto")
		}
		return value.Num(float64(n))
	}
	switch name {
	case "FilterSize":
		return row(e.FilterSize[0], e.FilterSize[1]), true
	case "NumChannels":
		if !grouped(l) {
			return auto(convChannels(l, e)), true
		}
	case "NumChannelsPerGroup":
		return auto(convChannels(l, e)), true
	case "NumFilters":
		if !grouped(l) {
			return value.Num(float64(e.NumFilters)), true
		}
	case "NumFiltersPerGroup":
		return value.Num(float64(e.NumFilters)), true
	case "NumGroups":
		if e.ChannelWise && l.inSize.C == 0 {
			return value.Str("channel-wise"), true
		}
		return value.Num(float64(groupsOf(e, l.inSize))), true
	case "Stride":
		s := orOne(e.Stride)
		return row(s[0], s[1]), true
	case "DilationFactor":
		d := orOne(e.DilationFactor)
		return row(d[0], d[1]), true
	case "PaddingMode":
		if e.PaddingSame {
			return value.Str("same"), true
		}
		return value.Str("manual"), true
	case "PaddingSize":
		p := convPadding(l, e)
		return row(p[0], p[1], p[2], p[3]), true
	case "PaddingValue":
		return value.Num(0), true
	}
	return value.Value{}, false
}

// describeConv is the layer-table description of a convolution.
func describeConv(l *Layer) string {
	e := l.eng.(*engine.Convolution2D)
	k := fmt.Sprintf("%d×%d", e.FilterSize[0], e.FilterSize[1])
	if c := convChannels(l, e); c > 0 {
		k += fmt.Sprintf("×%d", c)
	}
	s := orOne(e.Stride)
	pad := "'same'"
	if !e.PaddingSame || l.inSize.H > 0 {
		p := convPadding(l, e)
		pad = vec(p[:]...)
	}
	tail := fmt.Sprintf("convolutions with stride %s and padding %s", vec(s[:]...), pad)
	if !grouped(l) {
		return fmt.Sprintf("%d %s %s", e.NumFilters, k, tail)
	}
	groups := "'channel-wise'"
	if g := groupsOf(e, l.inSize); g > 0 {
		groups = fmt.Sprint(g)
	}
	return fmt.Sprintf("%s groups of %d %s %s", groups, e.NumFilters, k, tail)
}

// grouped reports whether a convolution is a groupedConvolution2dLayer.
func grouped(l *Layer) bool { return l.cls.name == "GroupedConvolution2DLayer" }
