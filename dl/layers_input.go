package dl

import (
	"fmt"
	"math"

	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imageInputLayer", Fn: imageInputLayerFn, Doc: "layer = imageInputLayer(inputSize, Name, Value, ...): image input layer ('Normalization' 'zerocenter'|'zscore'|'none', 'Mean', 'StandardDeviation', 'NormalizationDimension')"},
	})
}

var imageInputClass = &layerClass{
	name: "ImageInputLayer", typ: "Image Input", defaultName: "imageinput",
	groups: []propGroup{
		{names: []string{"Name", "InputSize"}},
		{"Hyperparameters", []string{"DataAugmentation", "Normalization", "NormalizationDimension", "Mean", "StandardDeviation"}},
	},
	describe: func(l *Layer) string {
		e := l.eng.(*engine.ImageInput)
		return fmt.Sprintf("%d×%d×%d images with '%s' normalization", e.InputSize.H, e.InputSize.W, e.InputSize.C, normalization(e))
	},
	get: imageInputProps,
}

// normalization is the layer's Normalization with "" read as "none".
func normalization(e *engine.ImageInput) string {
	if e.Normalization == "" {
		return "none"
	}
	return e.Normalization
}

// imageInputLayerFn implements imageInputLayer.
func imageInputLayerFn(c *interp.Call) ([]value.Value, error) {
	var sz value.Value
	a, err := unpackLayer(c, "imageInputLayer", []any{"inputSize", &sz}, "Normalization", "NormalizationDimension", "Mean", "StandardDeviation", "DataAugmentation", "SplitComplexInputs")
	if err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(sz)
	bad := err != nil || !sz.Class().IsNumeric() || (len(xs) != 2 && len(xs) != 3)
	for _, f := range xs {
		bad = bad || !(f > 0) || f != math.Trunc(f) || math.IsInf(f, 0)
	}
	if bad {
		return nil, value.Errorf("MATLAB:imageInputLayer:invalidValue", "The value of 'inputSize' is invalid. Expected input to be a vector of 2 or 3 positive integers.")
	}
	if len(xs) == 2 {
		xs = append(xs, 1)
	}
	e := &engine.ImageInput{InputSize: engine.Size{H: int(xs[0]), W: int(xs[1]), C: int(xs[2])}, Normalization: "zerocenter"}
	if err := a.name(e); err != nil {
		return nil, err
	}
	l := newLayer(imageInputClass, e)
	l.normDim = "auto"
	if a.has("Normalization") {
		s, err := a.v("Normalization").choice(a.get("Normalization"), "zerocenter", "zscore", "none", "rescale-symmetric", "rescale-zero-one")
		if err != nil {
			return nil, err
		}
		if s == "rescale-symmetric" || s == "rescale-zero-one" {
			return nil, value.Errorf("gomat:dl:unsupported", "Normalization '%s' is not supported; use 'zerocenter', 'zscore' or 'none'.", s)
		}
		e.Normalization = s
	}
	if a.has("NormalizationDimension") {
		s, err := a.v("NormalizationDimension").choice(a.get("NormalizationDimension"), "auto", "channel", "element")
		if err != nil {
			return nil, err
		}
		l.normDim = s
	}
	for _, p := range []struct {
		name string
		dst  *[]float32
	}{{"Mean", &e.Mean}, {"StandardDeviation", &e.StandardDeviation}} {
		if !a.has(p.name) {
			continue
		}
		v, err := statValues(a.v(p.name), a.get(p.name), e.InputSize)
		if err != nil {
			return nil, err
		}
		*p.dst = v
	}
	if a.has("DataAugmentation") {
		if _, err := a.v("DataAugmentation").choice(a.get("DataAugmentation"), "none"); err != nil {
			return nil, err
		}
	}
	return []value.Value{value.FromRef(l)}, nil
}

// statValues reads a normalization statistic: empty, a scalar or 1×1×C
// (per channel) or H×W×C (per element, converted to NHWC order).
func statValues(v validator, x value.Value, s engine.Size) ([]float32, error) {
	if x.IsEmpty() {
		return nil, nil
	}
	xs, err := value.ToFloat64(x)
	if err != nil || !x.Class().IsNumeric() {
		return nil, v.invalid("numeric")
	}
	switch len(xs) {
	case 1:
		out := make([]float32, s.C)
		for i := range out {
			out[i] = float32(xs[0])
		}
		return out, nil
	case s.C:
		out := make([]float32, s.C)
		for i, f := range xs {
			out[i] = float32(f)
		}
		return out, nil
	case s.Elems():
		out := make([]float32, len(xs))
		for h := 0; h < s.H; h++ {
			for w := 0; w < s.W; w++ {
				for c := 0; c < s.C; c++ {
					out[(h*s.W+w)*s.C+c] = float32(xs[h+s.H*(w+s.W*c)])
				}
			}
		}
		return out, nil
	}
	return nil, value.Errorf("MATLAB:imageInputLayer:invalidValue", "The value of '%s' is invalid. Expected a scalar, a 1×1×%d array or a %d×%d×%d array.", v.name, s.C, s.H, s.W, s.C)
}

// statValue shows a stored statistic as MATLAB's 1×1×C or H×W×C array.
func statValue(xs []float32, s engine.Size) value.Value {
	switch len(xs) {
	case 0:
		return value.Empty()
	case s.C:
		a := value.NewArray(value.Single, value.Dims{1, 1, s.C})
		if s.C == 1 {
			a = value.NewArray(value.Single, value.Dims{1, 1})
		}
		for i, f := range xs {
			a.Re[i] = float64(f)
		}
		return value.FromRef(a)
	}
	a := value.NewArray(value.Single, value.Dims{s.H, s.W, s.C})
	for h := 0; h < s.H; h++ {
		for w := 0; w < s.W; w++ {
			for c := 0; c < s.C; c++ {
				a.Re[h+s.H*(w+s.W*c)] = float64(xs[(h*s.W+w)*s.C+c])
			}
		}
	}
	return value.FromRef(a)
}

// imageInputProps reads the image input layer's properties.
func imageInputProps(l *Layer, name string) (value.Value, bool) {
	e := l.eng.(*engine.ImageInput)
	switch name {
	case "InputSize":
		return row(e.InputSize.H, e.InputSize.W, e.InputSize.C), true
	case "DataAugmentation":
		return value.Str("none"), true
	case "Normalization":
		return value.Str(normalization(e)), true
	case "NormalizationDimension":
		return value.Str(l.normDim), true
	case "Mean":
		return statValue(e.Mean, e.InputSize), true
	case "StandardDeviation":
		return statValue(e.StandardDeviation, e.InputSize), true
	case "SplitComplexInputs":
		return value.Bool(false), true
	}
	return value.Value{}, false
}
