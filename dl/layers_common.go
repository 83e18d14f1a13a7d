package dl

import (
	"fmt"
	"math"
	"strings"

	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// layerArgs collects a layer constructor's Name-Value options as values,
// to be validated by the constructor; given reports which were passed.
type layerArgs struct {
	fn   string
	vals map[string]*value.Value
}

// unpackLayer unpacks positional arguments (pos: names and pointers, as
// for Call.Unpack) and the named options of a layer constructor.
func unpackLayer(c *interp.Call, fn string, pos []any, options ...string) (*layerArgs, error) {
	a := &layerArgs{fn: fn, vals: map[string]*value.Value{}}
	spec := append([]any(nil), pos...)
	for _, o := range append([]string{"Name"}, options...) {
		p := new(value.Value)
		a.vals[o] = p
		spec = append(spec, "-"+o, p)
	}
	return a, c.Unpack(spec...)
}

// has reports whether an option was passed.
func (a *layerArgs) has(name string) bool { return a.vals[name].Defined() }

// get returns an option's value (undefined when absent).
func (a *layerArgs) get(name string) value.Value { return *a.vals[name] }

// v returns the validator of an option.
func (a *layerArgs) v(name string) validator { return validator{a.fn, name} }

// name applies the Name option.
func (a *layerArgs) name(l engine.Layer) error {
	if !a.has("Name") {
		return nil
	}
	s, ok := a.get("Name").Text()
	if !ok {
		return value.Errorf("MATLAB:"+a.fn+":invalidValue", "The value of 'Name' is invalid. Expected Name to be a character vector or string scalar.")
	}
	engine.SetName(l, s)
	return nil
}

// float reads an option checked by check into dst when given.
func (a *layerArgs) float(name string, dst *float64, check func(validator, value.Value) (float64, error)) error {
	if !a.has(name) {
		return nil
	}
	f, err := check(a.v(name), a.get(name))
	*dst = f
	return err
}

// pair reads a positive integer scalar or 2-element vector ([h w]).
func pair(v validator, x value.Value) ([2]int, error) {
	xs, err := value.ToFloat64(x)
	if err != nil || !x.Class().IsNumeric() || (len(xs) != 1 && len(xs) != 2) {
		return [2]int{}, v.invalid("a positive integer scalar or a vector of two positive integers")
	}
	if len(xs) == 1 {
		xs = []float64{xs[0], xs[0]}
	}
	var out [2]int
	for i, f := range xs {
		if !(f > 0) || f != math.Trunc(f) || math.IsInf(f, 0) {
			return [2]int{}, v.invalid("a positive integer scalar or a vector of two positive integers")
		}
		out[i] = int(f)
	}
	return out, nil
}

// padding reads 'same' or a nonnegative integer scalar, [tb lr] or
// [t b l r] into explicit padding.
func padding(v validator, x value.Value) (pad [4]int, same bool, err error) {
	if s, ok := x.Text(); ok {
		if strings.EqualFold(s, "same") {
			return pad, true, nil
		}
		return pad, false, value.Errorf("MATLAB:"+v.fn+":invalidValue", "The value of 'Padding' is invalid. Expected 'same' or a vector of nonnegative integers.")
	}
	xs, e := value.ToFloat64(x)
	bad := e != nil || (len(xs) != 1 && len(xs) != 2 && len(xs) != 4)
	for _, f := range xs {
		bad = bad || f < 0 || f != math.Trunc(f) || math.IsInf(f, 0)
	}
	if bad {
		return pad, false, value.Errorf("MATLAB:"+v.fn+":invalidValue", "The value of 'Padding' is invalid. Expected 'same' or a vector of 1, 2 or 4 nonnegative integers.")
	}
	switch len(xs) {
	case 1:
		p := int(xs[0])
		pad = [4]int{p, p, p, p}
	case 2:
		pad = [4]int{int(xs[0]), int(xs[0]), int(xs[1]), int(xs[1])}
	default:
		pad = [4]int{int(xs[0]), int(xs[1]), int(xs[2]), int(xs[3])}
	}
	return pad, false, nil
}

// initializerNames are the supported WeightsInitializer/BiasInitializer
// values.
var initializerNames = []string{"glorot", "he", "narrow-normal", "zeros", "ones"}

// weightOptions are the options every layer with Weights and Bias takes.
var weightOptions = []string{"WeightsInitializer", "BiasInitializer", "Weights", "Bias", "WeightLearnRateFactor", "WeightL2Factor", "BiasLearnRateFactor", "BiasL2Factor"}

// weights applies weightOptions to a layer whose Weights and Bias
// parameters are w and b.
func (a *layerArgs) weights(l *Layer, w, b *engine.Param) error {
	l.weightsInit, l.biasInit = "glorot", "zeros"
	if a.has("WeightsInitializer") {
		s, err := a.v("WeightsInitializer").choice(a.get("WeightsInitializer"), initializerNames...)
		if err != nil {
			return err
		}
		l.weightsInit = s
	}
	if a.has("BiasInitializer") {
		s, err := a.v("BiasInitializer").choice(a.get("BiasInitializer"), "zeros", "ones", "narrow-normal")
		if err != nil {
			return err
		}
		l.biasInit = s
	}
	for _, f := range []struct {
		name string
		dst  *float64
	}{{"WeightLearnRateFactor", &w.LearnRateFactor}, {"WeightL2Factor", &w.L2Factor}, {"BiasLearnRateFactor", &b.LearnRateFactor}, {"BiasL2Factor", &b.L2Factor}} {
		if err := a.float(f.name, f.dst, nonneg); err != nil {
			return err
		}
	}
	for _, p := range []*engine.Param{w, b} {
		if a.has(p.Name) {
			if err := l.setParam(p.Name, p, a.get(p.Name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// factor reads a learn-rate or L2 factor property, def when the parameter
// does not exist.
func (l *Layer) factor(pname string, l2 bool, def float64) value.Value {
	p := l.param(pname)
	if p == nil {
		return value.Num(def)
	}
	if l2 {
		return value.Num(p.L2Factor)
	}
	return value.Num(p.LearnRateFactor)
}

// weightProps reads the properties every layer with weights has.
func (l *Layer) weightProps(name string) (value.Value, bool) {
	switch name {
	case "Weights", "Bias":
		return l.paramValue(name), true
	case "WeightsInitializer":
		return value.Str(l.weightsInit), true
	case "BiasInitializer":
		return value.Str(l.biasInit), true
	case "WeightLearnRateFactor":
		return l.factor("Weights", false, 1), true
	case "WeightL2Factor":
		return l.factor("Weights", true, 1), true
	case "BiasLearnRateFactor":
		return l.factor("Bias", false, 1), true
	case "BiasL2Factor":
		return l.factor("Bias", true, 0), true
	}
	return value.Value{}, false
}

// vec formats integers as MATLAB's layer descriptions do: "[1  1]".
func vec(xs ...int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprint(x)
	}
	return "[" + strings.Join(parts, "  ") + "]"
}

// noProps is the get function of classes without specific properties.
func noProps(*Layer, string) (value.Value, bool) { return value.Value{}, false }

// learnableGroups is the group list of a layer with only a Name.
var nameOnly = []propGroup{{names: []string{"Name"}}}
