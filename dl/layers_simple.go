package dl

import (
	"fmt"

	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// Layers with at most one hyperparameter: activations, softmax, global
// pooling, the combination layers and dropout.

func init() {
	interp.Register([]interp.Builtin{
		{Name: "reluLayer", Fn: simpleLayerFn(reluClass, func() engine.Layer { return &engine.ReLU{} }), Doc: "layer = reluLayer('Name', name): rectified linear unit layer"},
		{Name: "sigmoidLayer", Fn: simpleLayerFn(sigmoidClass, func() engine.Layer { return &engine.Sigmoid{} }), Doc: "layer = sigmoidLayer('Name', name): sigmoid layer"},
		{Name: "swishLayer", Fn: simpleLayerFn(swishClass, func() engine.Layer { return &engine.Swish{} }), Doc: "layer = swishLayer('Name', name): swish layer x·sigmoid(x)"},
		{Name: "softmaxLayer", Fn: simpleLayerFn(softmaxClass, func() engine.Layer { return &engine.Softmax{} }), Doc: "layer = softmaxLayer('Name', name): softmax layer"},
		{Name: "globalAveragePooling2dLayer", Fn: simpleLayerFn(gapClass, func() engine.Layer { return &engine.GlobalAveragePooling2D{} }), Doc: "layer = globalAveragePooling2dLayer('Name', name): 2-D global average pooling layer"},
		{Name: "additionLayer", Fn: combineLayerFn("additionLayer", additionClass), Doc: "layer = additionLayer(numInputs, 'Name', name): element-wise addition layer"},
		{Name: "multiplicationLayer", Fn: combineLayerFn("multiplicationLayer", multiplicationClass), Doc: "layer = multiplicationLayer(numInputs, 'Name', name): element-wise multiplication layer"},
		{Name: "dropoutLayer", Fn: dropoutLayerFn, Doc: "layer = dropoutLayer(probability, 'Name', name): dropout layer (probability 0.5 by default)"},
	})
}

// constant returns a describe function giving a fixed text.
func constant(s string) func(*Layer) string { return func(*Layer) string { return s } }

var (
	reluClass    = &layerClass{name: "ReLULayer", typ: "ReLU", defaultName: "relu", groups: nameOnly, describe: constant("ReLU"), get: noProps}
	sigmoidClass = &layerClass{name: "SigmoidLayer", typ: "Sigmoid", defaultName: "sigmoid", groups: nameOnly, describe: constant("sigmoid"), get: noProps}
	swishClass   = &layerClass{name: "SwishLayer", typ: "Swish", defaultName: "swish", groups: nameOnly, describe: constant("swish"), get: noProps}
	softmaxClass = &layerClass{name: "SoftmaxLayer", typ: "Softmax", defaultName: "softmax", groups: nameOnly, describe: constant("softmax"), get: noProps}
	gapClass     = &layerClass{name: "GlobalAveragePooling2DLayer", typ: "2-D Global Average Pooling", defaultName: "gapool", groups: nameOnly, describe: constant("2-D global average pooling"), get: noProps}

	additionClass = &layerClass{name: "AdditionLayer", typ: "Addition", defaultName: "addition",
		groups:   []propGroup{{names: []string{"Name", "NumInputs", "InputNames"}}},
		describe: func(l *Layer) string { return fmt.Sprintf("Element-wise addition of %d inputs", l.eng.NumInputs()) },
		get:      noProps}
	multiplicationClass = &layerClass{name: "MultiplicationLayer", typ: "Multiplication", defaultName: "multiplication",
		groups: []propGroup{{names: []string{"Name", "NumInputs", "InputNames"}}},
		describe: func(l *Layer) string {
			return fmt.Sprintf("Element-wise multiplication of %d inputs", l.eng.NumInputs())
		},
		get: noProps}
	dropoutClass = &layerClass{name: "DropoutLayer", typ: "Dropout", defaultName: "dropout",
		groups: []propGroup{{names: []string{"Name"}}, {"Hyperparameters", []string{"Probability"}}},
		describe: func(l *Layer) string {
			return fmt.Sprintf("%g%% dropout", 100*l.eng.(*engine.Dropout).Probability)
		},
		get: func(l *Layer, name string) (value.Value, bool) {
			if name == "Probability" {
				return value.Num(l.eng.(*engine.Dropout).Probability), true
			}
			return value.Value{}, false
		}}
)

// simpleLayerFn returns the constructor of a layer whose only option is
// its name.
func simpleLayerFn(cls *layerClass, mk func() engine.Layer) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		a, err := unpackLayer(c, cls.name, nil)
		if err != nil {
			return nil, err
		}
		e := mk()
		if err := a.name(e); err != nil {
			return nil, err
		}
		return []value.Value{value.FromRef(newLayer(cls, e))}, nil
	}
}

// combineLayerFn returns the constructor of additionLayer or
// multiplicationLayer.
func combineLayerFn(fn string, cls *layerClass) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var nv value.Value
		a, err := unpackLayer(c, fn, []any{"numInputs", &nv})
		if err != nil {
			return nil, err
		}
		n, err := a.v("numInputs").posInt(nv, false)
		if err != nil {
			return nil, err
		}
		if n < 2 {
			return nil, a.v("numInputs").invalid("greater than or equal to 2")
		}
		var e engine.Layer = &engine.Addition{Inputs: int(n)}
		if cls.name == "MultiplicationLayer" {
			e = &engine.Multiplication{Inputs: int(n)}
		}
		if err := a.name(e); err != nil {
			return nil, err
		}
		return []value.Value{value.FromRef(newLayer(cls, e))}, nil
	}
}

// dropoutLayerFn implements dropoutLayer.
func dropoutLayerFn(c *interp.Call) ([]value.Value, error) {
	p := value.Num(0.5)
	a, err := unpackLayer(c, "dropoutLayer", []any{"probability?", &p})
	if err != nil {
		return nil, err
	}
	f, err := a.v("probability").unit(p, true)
	if err != nil {
		return nil, err
	}
	e := &engine.Dropout{Probability: f}
	if err := a.name(e); err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(newLayer(dropoutClass, e))}, nil
}
