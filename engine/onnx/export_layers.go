package onnx

import (
	"fmt"

	"gomat/engine"
)

// layer writes the nodes and initializers of one layer.
func (e *exporter) layer(l engine.Layer) error {
	name := l.Name()
	in := make([]string, len(e.inputs[name]))
	for i, src := range e.inputs[name] {
		in[i] = e.tensor[src]
	}
	e.tensor[name] = name
	switch x := l.(type) {
	case *engine.ImageInput:
		if x.Normalization != "" && x.Normalization != "none" {
			return fmt.Errorf("input normalization %q cannot be exported; export a network whose input layer has Normalization 'none'", x.Normalization)
		}
		s := x.InputSize
		e.m.Graph.Inputs = append(e.m.Graph.Inputs, ValueInfo{Name: name, Dims: []int64{-1, int64(s.C), int64(s.H), int64(s.W)}})
	case *engine.Convolution2D:
		return e.conv(x, in)
	case *engine.BatchNormalization:
		eps := x.Epsilon
		if eps == 0 {
			eps = 1e-5
		}
		c := int64(len(x.Scale.Value))
		in = append(in, e.init(floatTensor(name+".scale", x.Scale.Value, c)), e.init(floatTensor(name+".bias", x.Offset.Value, c)),
			e.init(floatTensor(name+".mean", x.TrainedMean.Value, c)), e.init(floatTensor(name+".var", x.TrainedVariance.Value, c)))
		e.node("BatchNormalization", name, in, Attr{Name: "epsilon", Type: attrFloat, F: float32(eps)})
	case *engine.ReLU:
		e.node("Relu", name, in)
	case *engine.Sigmoid:
		e.node("Sigmoid", name, in)
	case *engine.ClippedReLU:
		lo, hi := e.init(floatTensor(name+".min", []float32{0})), e.init(floatTensor(name+".max", []float32{float32(x.Ceiling)}))
		e.node("Clip", name, append(in, lo, hi))
	case *engine.Swish:
		e.node("Sigmoid", name+".sigmoid", in)
		e.node("Mul", name, []string{in[0], name + ".sigmoid"})
	case *engine.Multiplication:
		e.chain("Mul", name, in)
	case *engine.Addition:
		e.chain("Add", name, in)
	case *engine.GlobalAveragePooling2D:
		e.node("GlobalAveragePool", name, in)
	case *engine.MaxPooling2D:
		return e.pool("MaxPool", name, in, x.PoolSize, x.Stride, x.Padding, x.PaddingSame)
	case *engine.AveragePooling2D:
		return e.pool("AveragePool", name, in, x.PoolSize, x.Stride, x.Padding, x.PaddingSame, Attr{Name: "count_include_pad", Type: attrInt, I: 1})
	case *engine.FullyConnected:
		return e.dense(x, in)
	case *engine.Softmax:
		e.node("Softmax", name, in, Attr{Name: "axis", Type: attrInt, I: 1})
	case *engine.Dropout, *engine.StochasticDepth, *engine.Classification:
		e.tensor[name] = in[0] // the identity in inference
	default:
		return fmt.Errorf("layers of kind %s cannot be exported to ONNX", l.Kind())
	}
	return nil
}

// chain writes an n-input sum or product as a chain of binary nodes.
func (e *exporter) chain(op, name string, in []string) {
	acc := in[0]
	for i, x := range in[1:] {
		out := name
		if i < len(in)-2 {
			out = fmt.Sprintf("%s.%d", name, i+1)
		}
		e.node(op, out, []string{acc, x})
		acc = out
	}
}

// srcSize is the output size of a layer's first source.
func (e *exporter) srcSize(name string) (engine.Size, error) {
	return e.net.LayerSize(e.inputs[name][0])
}

// conv writes a Conv node with weights in ONNX's [M C/g kH kW] layout.
func (e *exporter) conv(l *engine.Convolution2D, in []string) error {
	name := l.Name()
	s := l.Weights.Shape
	kh, kw, cg, m := s[0], s[1], s[2], s[3]
	w := make([]float32, len(l.Weights.Value))
	for o := 0; o < m; o++ {
		for i := 0; i < cg; i++ {
			for y := 0; y < kh; y++ {
				for x := 0; x < kw; x++ {
					w[((o*cg+i)*kh+y)*kw+x] = l.Weights.Value[((y*kw+x)*cg+i)*m+o]
				}
			}
		}
	}
	in = append(in, e.init(floatTensor(name+".weight", w, int64(m), int64(cg), int64(kh), int64(kw))))
	if !l.NoBias {
		in = append(in, e.init(floatTensor(name+".bias", l.Bias.Value, int64(m))))
	}
	x, err := e.srcSize(name)
	if err != nil {
		return err
	}
	st := orOne(l.Stride)
	groups := 1
	if x.C > 0 && cg > 0 {
		groups = x.C / cg
	}
	e.node("Conv", name, in, ints("kernel_shape", kh, kw), ints("strides", st[0], st[1]),
		ints("dilations", orOne(l.DilationFactor)[0], orOne(l.DilationFactor)[1]),
		onnxPads(l.OutputPadding()), Attr{Name: "group", Type: attrInt, I: int64(groups)})
	return nil
}

// pool writes a MaxPool or AveragePool node.
func (e *exporter) pool(op, name string, in []string, k, stride [2]int, pad [4]int, same bool, extra ...Attr) error {
	stride = orOne(stride)
	if same {
		x, err := e.srcSize(name)
		if err != nil {
			return err
		}
		pad = samePads(x, k, stride)
	}
	attrs := append([]Attr{ints("kernel_shape", k[0], k[1]), ints("strides", stride[0], stride[1]), onnxPads(pad)}, extra...)
	e.node(op, name, in, attrs...)
	return nil
}

// dense writes Flatten, Gemm (weights permuted from the engine's H,W,C
// input order to ONNX's C,H,W) and a Reshape back to [N K 1 1].
func (e *exporter) dense(l *engine.FullyConnected, in []string) error {
	name := l.Name()
	x, err := e.srcSize(name)
	if err != nil {
		return err
	}
	n, out := x.Elems(), l.OutputSize
	w := make([]float32, n*out)
	for o := 0; o < out; o++ {
		for ch := 0; ch < x.C; ch++ {
			for p := 0; p < x.H*x.W; p++ {
				w[o*n+ch*x.H*x.W+p] = l.Weights.Value[o*n+p*x.C+ch]
			}
		}
	}
	e.node("Flatten", name+".flatten", in, Attr{Name: "axis", Type: attrInt, I: 1})
	wt := e.init(floatTensor(name+".weight", w, int64(out), int64(n)))
	bt := e.init(floatTensor(name+".bias", l.Bias.Value, int64(out)))
	e.node("Gemm", name+".gemm", []string{name + ".flatten", wt, bt}, Attr{Name: "transB", Type: attrInt, I: 1})
	shape := e.init(int64Tensor(name+".shape", []int64{0, int64(out), 1, 1}))
	e.node("Reshape", name, []string{name + ".gemm", shape})
	return nil
}
