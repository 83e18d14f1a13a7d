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
		{Name: "fullyConnectedLayer", Fn: fullyConnectedLayerFn, Doc: "layer = fullyConnectedLayer(outputSize, Name, Value, ...): fully connected layer ('WeightLearnRateFactor', 'BiasLearnRateFactor', initializers, initial values)"},
		{Name: "classificationLayer", Fn: classificationLayerFn, Doc: "layer = classificationLayer('Name', name, 'Classes', classes): cross-entropy classification output layer"},
	})
}

var fcClass = &layerClass{
	name: "FullyConnectedLayer", typ: "Fully Connected", defaultName: "fc",
	groups: []propGroup{
		{names: []string{"Name"}},
		{"Hyperparameters", []string{"InputSize", "OutputSize"}},
		{"Learnable Parameters", []string{"Weights", "Bias"}},
	},
	describe: func(l *Layer) string {
		return fmt.Sprintf("%d fully connected layer", l.eng.(*engine.FullyConnected).OutputSize)
	},
	get: func(l *Layer, name string) (value.Value, bool) {
		if v, ok := l.weightProps(name); ok {
			return v, true
		}
		e := l.eng.(*engine.FullyConnected)
		switch name {
		case "OutputSize":
			return value.Num(float64(e.OutputSize)), true
		case "InputSize":
			if n := fcInputs(l); n > 0 {
				return value.Num(float64(n)), true
			}
			return value.Str("auto"), true
		}
		return value.Value{}, false
	},
}

// fcInputs is the number of inputs of a fully connected layer once known.
func fcInputs(l *Layer) int {
	if w := l.eng.(*engine.FullyConnected).Weights; w != nil && len(w.Shape) == 2 && w.Value != nil {
		return w.Shape[1]
	}
	return l.inSize.Elems()
}

var classificationClass = &layerClass{
	name: "ClassificationOutputLayer", typ: "Classification Output", defaultName: "classoutput",
	groups: []propGroup{
		{names: []string{"Name", "Classes", "ClassWeights", "OutputSize"}},
		{"Hyperparameters", []string{"LossFunction"}},
	},
	describe: describeClassification,
	get: func(l *Layer, name string) (value.Value, bool) {
		switch name {
		case "Classes":
			if l.classes == nil {
				return value.Str("auto"), true
			}
			return value.FromRef(categoricalColumn(l.classes, l.classes)), true
		case "ClassWeights":
			return value.Str("none"), true
		case "OutputSize":
			if l.classes == nil {
				return value.Str("auto"), true
			}
			return value.Num(float64(len(l.classes))), true
		case "LossFunction":
			return value.Str("crossentropyex"), true
		}
		return value.Value{}, false
	},
}

// describeClassification is MATLAB's description of a classification
// layer: "crossentropyex", "crossentropyex with classes 'a' and 'b'" or
// "crossentropyex with 'a' and 4 other classes".
func describeClassification(l *Layer) string {
	switch n := len(l.classes); {
	case n == 0:
		return "crossentropyex"
	case n == 1:
		return fmt.Sprintf("crossentropyex with class '%s'", l.classes[0])
	case n == 2:
		return fmt.Sprintf("crossentropyex with classes '%s' and '%s'", l.classes[0], l.classes[1])
	default:
		return fmt.Sprintf("crossentropyex with '%s' and %d other classes", l.classes[0], n-1)
	}
}

// fullyConnectedLayerFn implements fullyConnectedLayer.
func fullyConnectedLayerFn(c *interp.Call) ([]value.Value, error) {
	var os value.Value
	a, err := unpackLayer(c, "fullyConnectedLayer", []any{"outputSize", &os}, weightOptions...)
	if err != nil {
		return nil, err
	}
	n, err := a.v("outputSize").posInt(os, false)
	if err != nil {
		return nil, err
	}
	e := &engine.FullyConnected{OutputSize: int(n)}
	if err := a.name(e); err != nil {
		return nil, err
	}
	e.Weights, e.Bias = newParam("Weights", 1, 1), newParam("Bias", 1, 0)
	l := newLayer(fcClass, e)
	if err := a.weights(l, e.Weights, e.Bias); err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(l)}, nil
}

// classificationLayerFn implements classificationLayer.
func classificationLayerFn(c *interp.Call) ([]value.Value, error) {
	a, err := unpackLayer(c, "classificationLayer", nil, "Classes", "ClassWeights")
	if err != nil {
		return nil, err
	}
	e := &engine.Classification{}
	if err := a.name(e); err != nil {
		return nil, err
	}
	l := newLayer(classificationClass, e)
	if a.has("Classes") {
		x := a.get("Classes")
		if s, ok := x.Text(); ok && strings.EqualFold(s, "auto") {
			// 'auto': classes come from the training data.
		} else if cat, ok := categoriesOf(x); ok {
			l.classes = cat
		} else if ss, ok := interp.TextList(x); ok {
			l.classes = ss
		} else {
			return nil, a.v("Classes").invalid("'auto', a categorical vector, a string array or a cell array of character vectors")
		}
	}
	if a.has("ClassWeights") {
		if s, ok := a.get("ClassWeights").Text(); !ok || !strings.EqualFold(s, "none") {
			return nil, value.Errorf("gomat:dl:unsupported", "ClassWeights other than 'none' are not supported.")
		}
	}
	return []value.Value{value.FromRef(l)}, nil
}
