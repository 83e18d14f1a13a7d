package dl

import (
	"math"
	"strings"

	"gomat/engine/onnx"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "importNetworkFromONNX", Fn: importNetworkFromONNXFn, Doc: "net = importNetworkFromONNX(file): import an ONNX model (Conv, BatchNormalization, Relu, Clip, Sigmoid, Mul, Add, pooling, Gemm, MatMul, Flatten, Reshape, Softmax…) as a DAGNetwork without an output layer (MATLAB returns a dlnetwork); predict and classify accept it"},
		{Name: "importONNXNetwork", Fn: importONNXNetworkFn, Doc: "net = importONNXNetwork(file, 'OutputLayerType', 'classification', 'Classes', classes): import an ONNX model as a DAGNetwork ending in a classification layer"},
		{Name: "exportONNXNetwork", Fn: exportONNXNetworkFn, Doc: "exportONNXNetwork(net, file, 'OpsetVersion', 13…17): write a DAGNetwork or SeriesNetwork as an ONNX model (opset 13 operators)"},
	})
}

// importNetworkFromONNXFn implements importNetworkFromONNX.
func importNetworkFromONNXFn(c *interp.Call) ([]value.Value, error) {
	var file string
	if err := c.Unpack("modelfile", &file); err != nil {
		return nil, err
	}
	n, err := importONNX(c, file, onnx.Options{}, nil)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(n)}, nil
}

// importONNXNetworkFn implements importONNXNetwork.
func importONNXNetworkFn(c *interp.Call) ([]value.Value, error) {
	var file, outType string
	var classes value.Value
	if err := c.Unpack("modelfile", &file, "-OutputLayerType", &outType, "-Classes", &classes); err != nil {
		return nil, err
	}
	opt := onnx.Options{}
	switch strings.ToLower(outType) {
	case "":
	case "classification":
		opt.Classification = true
	default:
		return nil, value.Errorf("gomat:onnx:outputLayerType", "OutputLayerType '%s' is not supported; use 'classification'.", outType)
	}
	var names []string
	if classes != (value.Value{}) {
		if !opt.Classification {
			return nil, value.Errorf("gomat:onnx:classes", "'Classes' needs 'OutputLayerType', 'classification'.")
		}
		if s, ok := classes.Text(); ok && strings.EqualFold(s, "auto") {
			// 'auto': classes "1" … "K".
		} else if cat, ok := categoriesOf(classes); ok {
			names = cat
		} else if ss, ok := interp.TextList(classes); ok {
			names = ss
		} else {
			return nil, value.Errorf("MATLAB:importONNXNetwork:invalidValue", "The value of 'Classes' is invalid. Expected 'auto', a categorical vector, a string array or a cell array of character vectors.")
		}
	}
	n, err := importONNX(c, file, opt, names)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(n)}, nil
}

// importONNX reads an ONNX file into a network, naming the classes of its
// classification layer when classes is not nil.
func importONNX(c *interp.Call, file string, opt onnx.Options, classes []string) (*Network, error) {
	eg, err := onnx.ReadFile(file, opt)
	if err != nil {
		return nil, value.Errorf("gomat:onnx:import", "Unable to import %s", err.Error())
	}
	g := graphFromEngine(eg)
	n, err := assemble(g, streamOf(c.In), false)
	if err != nil {
		return nil, err
	}
	if classes != nil {
		if k := n.net.OutputSize().Elems(); k != len(classes) {
			return nil, value.Errorf("gomat:onnx:classes", "The network has %d outputs but %d classes were given.", k, len(classes))
		}
		for _, l := range n.graph.layers {
			if l.cls == classificationClass {
				l.classes = classes
			}
		}
	}
	return n, nil
}

// exportONNXNetworkFn implements exportONNXNetwork.
func exportONNXNetworkFn(c *interp.Call) ([]value.Value, error) {
	var nv value.Value
	var file string
	opset := 13.0
	if err := c.Unpack("net", &nv, "filename", &file, "-OpsetVersion", &opset); err != nil {
		return nil, err
	}
	n, err := netArg(nv)
	if err != nil {
		return nil, err
	}
	if opset != math.Trunc(opset) || opset < 13 || opset > 17 {
		return nil, value.Errorf("gomat:onnx:opset", "OpsetVersion must be an integer from 13 to 17.")
	}
	m, err := onnx.Export(n.net)
	if err != nil {
		return nil, value.Errorf("gomat:onnx:export", "Unable to export the network: %s", err.Error())
	}
	m.Opset = int64(opset)
	if err := onnx.WriteFile(m, file); err != nil {
		return nil, value.Errorf("gomat:onnx:export", "Unable to write %s: %s", file, err.Error())
	}
	return nil, nil
}
