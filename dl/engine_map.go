package dl

import (
	"math"

	"gomat/engine"
)

// wrapEngine returns the layer object for an engine layer built outside
// the constructors (efficientnet graphs, loaded networks), giving its
// parameters MATLAB's default factors when they are unset.
func wrapEngine(e engine.Layer) *Layer {
	var cls *layerClass
	switch x := e.(type) {
	case *engine.ImageInput:
		cls = imageInputClass
	case *engine.Convolution2D:
		cls = convClass
		if x.ChannelWise || x.NumGroups > 1 {
			cls = groupedConvClass
		}
		if x.Weights == nil {
			x.Weights = newParam("Weights", 1, 1)
		}
		if x.Bias == nil && !x.NoBias {
			x.Bias = newParam("Bias", 1, 0)
		}
	case *engine.FullyConnected:
		cls = fcClass
		if x.Weights == nil {
			x.Weights, x.Bias = newParam("Weights", 1, 1), newParam("Bias", 1, 0)
		}
	case *engine.BatchNormalization:
		cls = batchNormClass
		if x.Offset == nil {
			x.Offset, x.Scale = newParam("Offset", 1, 1), newParam("Scale", 1, 1)
			x.TrainedMean, x.TrainedVariance = newParam("TrainedMean", 0, 0), newParam("TrainedVariance", 0, 0)
		}
	case *engine.ReLU:
		cls = reluClass
	case *engine.Sigmoid:
		cls = sigmoidClass
	case *engine.Swish:
		cls = swishClass
	case *engine.Softmax:
		cls = softmaxClass
	case *engine.GlobalAveragePooling2D:
		cls = gapClass
	case *engine.Addition:
		cls = additionClass
	case *engine.Multiplication:
		cls = multiplicationClass
	case *engine.Dropout:
		cls = dropoutClass
	case *engine.MaxPooling2D:
		cls = maxPoolClass
	case *engine.AveragePooling2D:
		cls = avgPoolClass
	case *engine.Classification:
		cls = classificationClass
	default:
		cls = &layerClass{name: "Layer", typ: e.Kind(), defaultName: "layer", groups: nameOnly, describe: constant(e.Kind()), get: noProps}
	}
	l := newLayer(cls, e)
	switch cls {
	case convClass, groupedConvClass:
		l.weightsInit, l.biasInit = "he", "zeros"
	case fcClass:
		l.weightsInit, l.biasInit = "glorot", "zeros"
	case imageInputClass:
		l.normDim = "auto"
	}
	return l
}

// fresh records a parameter that compiling will create, to be
// initialised with the layer's MATLAB initializer.
type fresh struct {
	layer *Layer
	p     *engine.Param
	bias  bool
}

// unsetParams lists the weights and biases without values.
func unsetParams(ls []*Layer) []fresh {
	var out []fresh
	for _, l := range ls {
		for _, n := range []string{"Weights", "Bias"} {
			if l.weightsInit == "" {
				continue
			}
			if p := l.param(n); p != nil && p.Value == nil {
				out = append(out, fresh{l, p, n == "Bias"})
			}
		}
	}
	return out
}

// initialize draws MATLAB's initializers for parameters the engine has
// just created: 'glorot' U(±sqrt(6/(in+out))), 'he' N(0, 2/in),
// 'narrow-normal' N(0, 0.01²), 'zeros', 'ones', with in and out the
// fan-in and fan-out of one filter or neuron.
func initialize(fs []fresh, rng engine.RandSource) {
	for _, f := range fs {
		name := f.layer.weightsInit
		if f.bias {
			name = f.layer.biasInit
		}
		in, out := fans(f.layer, f.p)
		v := f.p.Value
		switch name {
		case "glorot":
			r := math.Sqrt(6 / float64(in+out))
			for i := range v {
				v[i] = float32((2*rng.Float64() - 1) * r)
			}
		case "he":
			s := math.Sqrt(2 / float64(in))
			for i := range v {
				v[i] = float32(rng.NormFloat64() * s)
			}
		case "narrow-normal":
			for i := range v {
				v[i] = float32(rng.NormFloat64() * 0.01)
			}
		case "zeros":
			clear(v)
		case "ones":
			for i := range v {
				v[i] = 1
			}
		}
	}
}

// fans returns the fan-in and fan-out of a weight parameter.
func fans(l *Layer, p *engine.Param) (int, int) {
	s := p.Shape
	switch e := l.eng.(type) {
	case *engine.Convolution2D:
		if len(s) == 4 {
			return s[0] * s[1] * s[2], s[0] * s[1] * e.NumFilters
		}
	case *engine.FullyConnected:
		if len(s) == 2 {
			return s[1], s[0]
		}
	}
	return 1, 1
}
