package engine

import (
	"encoding/json"
	"fmt"
	"reflect"
)

// File format (see docs/engine-format.md): a network is saved as one
// safetensors file. Tensors, all F32:
//
//	param/<layer>/<Weights|Bias|Scale|Offset>   learnable values
//	state/<layer>/<TrainedMean|TrainedVariance> layer state
//	opt/<layer>/<param>/m1, …/m2                optimizer state, if any
//
// The string metadata "gomat.engine" holds a JSON document
//
//	{"format": 1,
//	 "layers": [{"kind": "convolution2d", "config": {"Name": …, …}}, …],
//	 "connections": [{"Source": "a", "Destination": "b/in2"}, …],
//	 "optimizer": {"kind": "sgdm", "config": {…}}}   (optional)
//
// where each layer's config is the JSON encoding of its exported fields
// (the MATLAB properties), so that Load rebuilds the same graph. The file
// is written atomically (temporary file + rename).
const formatVersion = 1

// layerKinds maps saved kinds to constructors.
var layerKinds = map[string]func() Layer{
	"convolution2d":          func() Layer { return &Convolution2D{} },
	"batchNormalization":     func() Layer { return &BatchNormalization{} },
	"sigmoid":                func() Layer { return &Sigmoid{} },
	"swish":                  func() Layer { return &Swish{} },
	"relu":                   func() Layer { return &ReLU{} },
	"clippedRelu":            func() Layer { return &ClippedReLU{} },
	"multiplication":         func() Layer { return &Multiplication{} },
	"addition":               func() Layer { return &Addition{} },
	"globalAveragePooling2d": func() Layer { return &GlobalAveragePooling2D{} },
	"fullyConnected":         func() Layer { return &FullyConnected{} },
	"softmax":                func() Layer { return &Softmax{} },
	"classification":         func() Layer { return &Classification{} },
	"dropout":                func() Layer { return &Dropout{} },
	"stochasticDepth":        func() Layer { return &StochasticDepth{} },
	"imageInput":             func() Layer { return &ImageInput{} },
	"maxPooling2d":           func() Layer { return &MaxPooling2D{} },
	"averagePooling2d":       func() Layer { return &AveragePooling2D{} },
}

// optimizerKinds maps saved solver names to constructors.
var optimizerKinds = map[string]func() Optimizer{
	"sgdm":    func() Optimizer { return &SGDM{} },
	"adam":    func() Optimizer { return &Adam{} },
	"rmsprop": func() Optimizer { return &RMSProp{} },
}

type savedLayer struct {
	Kind   string          `json:"kind"`
	Config json.RawMessage `json:"config"`
}

type savedOptimizer struct {
	Kind   string          `json:"kind"`
	Config json.RawMessage `json:"config"`
}

type savedGraph struct {
	Format      int             `json:"format"`
	Layers      []savedLayer    `json:"layers"`
	Connections []Connection    `json:"connections"`
	Optimizer   *savedOptimizer `json:"optimizer,omitempty"`
}

// Save writes the network's graph, learnables and state, and (when opt
// is not nil) the optimizer's settings and state, to a safetensors file.
func (n *Network) Save(path string, opt Optimizer) error {
	doc := savedGraph{Format: formatVersion, Connections: n.graph.Connections()}
	for _, l := range n.graph.layers {
		if _, ok := layerKinds[l.Kind()]; !ok {
			return fmt.Errorf("Layer '%s': layer kind %q cannot be saved", l.Name(), l.Kind())
		}
		cfg, err := json.Marshal(l)
		if err != nil {
			return fmt.Errorf("Layer '%s': %v", l.Name(), err)
		}
		doc.Layers = append(doc.Layers, savedLayer{l.Kind(), cfg})
	}
	var tensors []NamedTensor
	for _, r := range n.learn {
		tensors = append(tensors, NamedTensor{"param/" + r.Layer + "/" + r.Name, r.Shape, r.Value})
		if r.moment1 != nil {
			tensors = append(tensors, NamedTensor{"opt/" + r.Layer + "/" + r.Name + "/m1", r.Shape, r.moment1})
		}
		if r.moment2 != nil {
			tensors = append(tensors, NamedTensor{"opt/" + r.Layer + "/" + r.Name + "/m2", r.Shape, r.moment2})
		}
	}
	for _, r := range n.states {
		tensors = append(tensors, NamedTensor{"state/" + r.Layer + "/" + r.Name, r.Shape, r.Value})
	}
	if opt != nil {
		kind := ""
		for k, mk := range optimizerKinds {
			if reflect.TypeOf(mk()) == reflect.TypeOf(opt) {
				kind = k
			}
		}
		if kind == "" {
			return fmt.Errorf("optimizer %T cannot be saved", opt)
		}
		cfg, err := json.Marshal(opt)
		if err != nil {
			return err
		}
		doc.Optimizer = &savedOptimizer{kind, cfg}
	}
	meta, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	return WriteSafetensors(path, tensors, map[string]string{"gomat.engine": string(meta)})
}

// Load reads a network saved by Save and compiles it; it also returns the
// saved optimizer with its state (nil if none was saved).
func Load(path string) (*Network, Optimizer, error) {
	tensors, meta, err := ReadSafetensors(path)
	if err != nil {
		return nil, nil, err
	}
	var doc savedGraph
	if err := json.Unmarshal([]byte(meta["gomat.engine"]), &doc); err != nil {
		return nil, nil, fmt.Errorf("%s: no gomat network description: %v", path, err)
	}
	if doc.Format != formatVersion {
		return nil, nil, fmt.Errorf("%s: unsupported network format %d", path, doc.Format)
	}
	g, _ := NewGraph()
	for _, sl := range doc.Layers {
		mk, ok := layerKinds[sl.Kind]
		if !ok {
			return nil, nil, fmt.Errorf("%s: unknown layer kind %q", path, sl.Kind)
		}
		l := mk()
		if err := json.Unmarshal(sl.Config, l); err != nil {
			return nil, nil, fmt.Errorf("%s: layer of kind %q: %v", path, sl.Kind, err)
		}
		if err := g.AddLayers(l); err != nil {
			return nil, nil, err
		}
	}
	for _, c := range doc.Connections {
		if err := g.Connect(c.Source, c.Destination); err != nil {
			return nil, nil, err
		}
	}
	net, err := Compile(g, nil)
	if err != nil {
		return nil, nil, err
	}
	set := func(dst []float32, name string, shape []int) error {
		t, ok := tensors[name]
		if !ok {
			return fmt.Errorf("%s: missing tensor %q", path, name)
		}
		if len(t.Data) != len(dst) {
			return fmt.Errorf("%s: tensor %q has %d values, the layer needs %d (size %v)", path, name, len(t.Data), len(dst), shape)
		}
		copy(dst, t.Data)
		return nil
	}
	for _, r := range net.learn {
		if err := set(r.Value, "param/"+r.Layer+"/"+r.Name, r.Shape); err != nil {
			return nil, nil, err
		}
		for i, m := range []*[]float32{&r.moment1, &r.moment2} {
			name := fmt.Sprintf("opt/%s/%s/m%d", r.Layer, r.Name, i+1)
			if _, ok := tensors[name]; ok {
				*m = make([]float32, len(r.Value))
				if err := set(*m, name, r.Shape); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	for _, r := range net.states {
		if err := set(r.Value, "state/"+r.Layer+"/"+r.Name, r.Shape); err != nil {
			return nil, nil, err
		}
	}
	var opt Optimizer
	if doc.Optimizer != nil {
		mk, ok := optimizerKinds[doc.Optimizer.Kind]
		if !ok {
			return nil, nil, fmt.Errorf("%s: unknown optimizer %q", path, doc.Optimizer.Kind)
		}
		opt = mk()
		if err := json.Unmarshal(doc.Optimizer.Config, opt); err != nil {
			return nil, nil, fmt.Errorf("%s: optimizer: %v", path, err)
		}
	}
	return net, opt, nil
}
