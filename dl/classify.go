package dl

import (
	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "classify", Fn: classifyFn, Doc: "[YPred, scores] = classify(net, ds|X, 'MiniBatchSize', n): predicted classes (categorical) and class scores"},
		{Name: "predict", Fn: predictFn, Doc: "scores = predict(net, ds|X, 'MiniBatchSize', n): network outputs, one row per observation"},
		{Name: "activations", Fn: activationsFn, Doc: "act = activations(net, ds|X, layer, 'OutputAs', 'channels'|'rows'|'columns', 'MiniBatchSize', n): a layer's outputs"},
	})
}

// netArg reads the network argument.
func netArg(v value.Value) (*Network, error) {
	if n, ok := v.Ref().(*Network); ok {
		return n, nil
	}
	return nil, value.Errorf("MATLAB:invalidType", "Expected net to be a SeriesNetwork or DAGNetwork object.")
}

// dataArg reads images to run a network on: a datastore or an
// H×W×C×N numeric array.
func dataArg(v value.Value) (MiniBatchSource, error) {
	if s, ok := AsMiniBatchSource(v); ok {
		return s, nil
	}
	return newArraySource(v, value.Value{}, "data")
}

// scoresOf runs the network on every observation and returns the N×K
// output scores, row-major.
func scoresOf(n *Network, src MiniBatchSource, batch int) ([]float32, int, error) {
	k := n.net.OutputSize().Elems()
	out := make([]float32, src.NumObservations()*k)
	err := forBatches(n.net, src, batch, func(start int, t *engine.Tensor) error {
		copy(out[start*k:], t.Data)
		return nil
	})
	return out, k, err
}

// singleMatrix returns an N×K single matrix from row-major data.
func singleMatrix(data []float32, n, k int) value.Value {
	a := value.NewArray(value.Single, value.Dims{n, k})
	for i := 0; i < n; i++ {
		for j := 0; j < k; j++ {
			a.Re[i+n*j] = float64(data[i*k+j])
		}
	}
	return value.FromRef(a)
}

func classifyFn(c *interp.Call) ([]value.Value, error) {
	n, cnt, scores, k, err := networkScores(c, "classify")
	if err != nil {
		return nil, err
	}
	classes := n.classes()
	labels := make([]string, cnt)
	for i := range labels {
		labels[i] = classes[argmax(scores[i*k:(i+1)*k])]
	}
	return []value.Value{value.FromRef(categoricalColumn(labels, classes)), singleMatrix(scores, cnt, k)}, nil
}

func predictFn(c *interp.Call) ([]value.Value, error) {
	_, cnt, scores, k, err := networkScores(c, "predict")
	if err != nil {
		return nil, err
	}
	return []value.Value{singleMatrix(scores, cnt, k)}, nil
}

// networkScores reads classify's and predict's arguments (net, data,
// 'MiniBatchSize') and runs the network: cnt observations of k scores.
func networkScores(c *interp.Call, fn string) (n *Network, cnt int, scores []float32, k int, err error) {
	var nv, dv value.Value
	batch := 128
	if err = c.Unpack("net", &nv, "data", &dv, "-MiniBatchSize", &batch); err != nil {
		return
	}
	if n, err = netArg(nv); err != nil {
		return
	}
	src, err := dataArg(dv)
	if err != nil {
		return
	}
	if batch < 1 {
		err = validator{fn, "MiniBatchSize"}.invalid("positive")
		return
	}
	scores, k, err = scoresOf(n, src, batch)
	return n, src.NumObservations(), scores, k, err
}

func activationsFn(c *interp.Call) ([]value.Value, error) {
	var nv, dv value.Value
	var layer string
	batch := 128
	outputAs := "channels"
	if err := c.Unpack("net", &nv, "data", &dv, "layer", &layer, "-OutputAs", &outputAs, "-MiniBatchSize", &batch); err != nil {
		return nil, err
	}
	n, err := netArg(nv)
	if err != nil {
		return nil, err
	}
	outputAs, err = validator{"activations", "OutputAs"}.choice(value.Str(outputAs), "channels", "rows", "columns")
	if err != nil {
		return nil, err
	}
	src, err := dataArg(dv)
	if err != nil {
		return nil, err
	}
	if n.graph.layer(layer) == nil {
		return nil, value.Errorf("nnet_cnn:activations:InvalidLayer", "Layer '%s' does not exist in the network.", layer)
	}
	size, err := n.net.LayerSize(layer)
	if err != nil {
		return nil, err
	}
	cnt, e := src.NumObservations(), size.Elems()
	acts := make([]float32, cnt*e)
	in := n.net.InputSize()
	buf := make([]float32, min(batch, cnt)*in.Elems())
	for start := 0; start < cnt; start += batch {
		k := min(batch, cnt-start)
		idx := make([]int, k)
		for i := range idx {
			idx[i] = start + i
		}
		x := &engine.Tensor{N: k, Size: in, Data: buf[:k*in.Elems()]}
		if err := src.ReadBatch(idx, in.H, in.W, in.C, x.Data); err != nil {
			return nil, err
		}
		t, err := n.net.Activations(x, layer)
		if err != nil {
			return nil, value.Errorf("nnet_cnn:activations:InvalidLayer", "%s", err.Error())
		}
		copy(acts[start*e:], t.Data)
	}
	return []value.Value{activationArray(acts, size, cnt, outputAs)}, nil
}

// activationArray lays activations out as MATLAB does: H×W×C×N
// ('channels'), N×(H·W·C) ('rows') or (H·W·C)×N ('columns'), features
// flattened column-major.
func activationArray(acts []float32, s engine.Size, n int, outputAs string) value.Value {
	e := s.Elems()
	var d value.Dims
	switch outputAs {
	case "rows":
		d = value.Dims{n, e}
	case "columns":
		d = value.Dims{e, n}
	default:
		d = value.Dims{s.H, s.W, s.C, n}
		if n == 1 {
			d = value.Dims{s.H, s.W, s.C}
		}
		if s.C == 1 && n == 1 {
			d = value.Dims{s.H, s.W}
		}
	}
	a := value.NewArray(value.Single, d)
	for i := 0; i < n; i++ {
		for h := 0; h < s.H; h++ {
			for w := 0; w < s.W; w++ {
				for c := 0; c < s.C; c++ {
					f := h + s.H*(w+s.W*c)
					v := float64(acts[i*e+(h*s.W+w)*s.C+c])
					if outputAs == "rows" {
						a.Re[i+n*f] = v
					} else {
						a.Re[f+e*i] = v
					}
				}
			}
		}
	}
	return value.FromRef(a)
}
