package dl

import (
	"fmt"

	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "batchNormalizationLayer", Fn: batchNormalizationLayerFn, Doc: "layer = batchNormalizationLayer(Name, Value, ...): batch normalization layer ('Epsilon', 'MeanDecay', 'VarianceDecay', learn-rate and L2 factors, initial values)"},
	})
}

var batchNormClass = &layerClass{
	name: "BatchNormalizationLayer", typ: "Batch Normalization", defaultName: "batchnorm",
	groups: []propGroup{
		{names: []string{"Name", "NumChannels", "TrainedMean", "TrainedVariance"}},
		{"Hyperparameters", []string{"MeanDecay", "VarianceDecay", "Epsilon"}},
		{"Learnable Parameters", []string{"Offset", "Scale"}},
	},
	describe: func(l *Layer) string {
		if c := bnChannels(l); c > 0 {
			return fmt.Sprintf("Batch normalization with %d channels", c)
		}
		return "Batch normalization"
	},
	get: batchNormProps,
}

// bnParams are the parameters of a batch-normalization layer with their
// MATLAB defaults for the learn-rate and L2 factors.
var bnParams = []string{"Offset", "Scale", "TrainedMean", "TrainedVariance"}

// batchNormalizationLayerFn implements batchNormalizationLayer.
func batchNormalizationLayerFn(c *interp.Call) ([]value.Value, error) {
	opts := []string{"Epsilon", "MeanDecay", "VarianceDecay", "OffsetLearnRateFactor", "ScaleLearnRateFactor", "OffsetL2Factor", "ScaleL2Factor"}
	a, err := unpackLayer(c, "batchNormalizationLayer", nil, append(opts, bnParams...)...)
	if err != nil {
		return nil, err
	}
	e := &engine.BatchNormalization{Epsilon: 1e-5, MeanDecay: 0.1, VarianceDecay: 0.1}
	if err := a.name(e); err != nil {
		return nil, err
	}
	e.Offset, e.Scale = newParam("Offset", 1, 1), newParam("Scale", 1, 1)
	e.TrainedMean, e.TrainedVariance = newParam("TrainedMean", 0, 0), newParam("TrainedVariance", 0, 0)
	if err := a.float("Epsilon", &e.Epsilon, func(v validator, x value.Value) (float64, error) {
		f, err := v.positive(x, false)
		if err == nil && f < 1e-5 {
			return 0, v.invalid("greater than or equal to 1e-05")
		}
		return f, err
	}); err != nil {
		return nil, err
	}
	for _, f := range []struct {
		name string
		dst  *float64
		chk  func(validator, value.Value) (float64, error)
	}{
		{"MeanDecay", &e.MeanDecay, closedUnit}, {"VarianceDecay", &e.VarianceDecay, closedUnit},
		{"OffsetLearnRateFactor", &e.Offset.LearnRateFactor, nonneg}, {"ScaleLearnRateFactor", &e.Scale.LearnRateFactor, nonneg},
		{"OffsetL2Factor", &e.Offset.L2Factor, nonneg}, {"ScaleL2Factor", &e.Scale.L2Factor, nonneg},
	} {
		if err := a.float(f.name, f.dst, f.chk); err != nil {
			return nil, err
		}
	}
	l := newLayer(batchNormClass, e)
	for _, n := range bnParams {
		if a.has(n) {
			if err := l.setParam(n, l.param(n), a.get(n)); err != nil {
				return nil, err
			}
		}
	}
	return []value.Value{value.FromRef(l)}, nil
}

// bnChannels is the number of channels once known, else 0.
func bnChannels(l *Layer) int {
	if p := l.eng.(*engine.BatchNormalization).Offset; p != nil && p.Value != nil {
		return len(p.Value)
	}
	return l.inSize.C
}

// batchNormProps reads the batch-normalization properties.
func batchNormProps(l *Layer, name string) (value.Value, bool) {
	e := l.eng.(*engine.BatchNormalization)
	switch name {
	case "NumChannels":
		if c := bnChannels(l); c > 0 {
			return value.Num(float64(c)), true
		}
		return value.Str("auto"), true
	case "TrainedMean", "TrainedVariance", "Offset", "Scale":
		return l.paramValue(name), true
	case "MeanDecay":
		return value.Num(orDefault(e.MeanDecay, 0.1)), true
	case "VarianceDecay":
		return value.Num(orDefault(e.VarianceDecay, 0.1)), true
	case "Epsilon":
		return value.Num(orDefault(e.Epsilon, 1e-5)), true
	case "OffsetLearnRateFactor":
		return l.factor("Offset", false, 1), true
	case "ScaleLearnRateFactor":
		return l.factor("Scale", false, 1), true
	case "OffsetL2Factor":
		return l.factor("Offset", true, 1), true
	case "ScaleL2Factor":
		return l.factor("Scale", true, 1), true
	}
	return value.Value{}, false
}

// orDefault returns x, or def when x is unset (zero).
func orDefault(x, def float64) float64 {
	if x == 0 {
		return def
	}
	return x
}
