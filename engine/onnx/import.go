package onnx

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"gomat/engine"
)

// Options control Import.
type Options struct {
	// Classification appends a classification output layer (after a
	// softmax when the graph does not end in one), as MATLAB's
	// importONNXNetwork does for 'OutputLayerType' 'classification'.
	Classification bool
}

// maxFileBytes bounds the size of a model file read whole into memory.
const maxFileBytes = 1 << 31

// ReadFile reads and imports an ONNX file.
func ReadFile(path string, opt Options) (*engine.Graph, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > maxFileBytes {
		return nil, fmt.Errorf("onnx: %s is larger than 2 GiB; external-data models are not supported", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	g, err := Import(m, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// supported lists the operators Import maps onto engine layers.
var supported = map[string]func(*importer, *Node) error{
	"Conv": (*importer).conv, "BatchNormalization": (*importer).batchNorm,
	"Relu": (*importer).unary, "Sigmoid": (*importer).unary, "Clip": (*importer).clip,
	"Mul": (*importer).mul, "Add": (*importer).sum,
	"GlobalAveragePool": (*importer).unary, "ReduceMean": (*importer).reduceMean,
	"AveragePool": (*importer).pool, "MaxPool": (*importer).pool,
	"Gemm": (*importer).gemm, "MatMul": (*importer).matmul,
	"Flatten": (*importer).flatten, "Reshape": (*importer).reshape,
	"Softmax": (*importer).softmax, "Dropout": (*importer).alias,
	"Identity": (*importer).alias, "Constant": (*importer).constant,
}

// val is a tensor flowing through the graph: the output of an engine
// layer, or a constant.
type val struct {
	layer string      // producing engine layer; "" for constants
	size  engine.Size // per-sample size in the engine's H×W×C
	flat  bool        // logically [N, C·H·W] (ONNX order C,H,W)
	konst *Tensor
	node  *Node // producing node
}

// importer holds the state of one import.
type importer struct {
	m      *Model
	g      *engine.Graph
	vals   map[string]*val
	uses   map[string]int
	layers map[string]engine.Layer
}

// Import maps an ONNX model onto an engine layer graph. Every operator
// must be one of those listed in the package comment; the error of a
// model that uses others names them all.
func Import(m *Model, opt Options) (*engine.Graph, error) {
	var bad []string
	for _, n := range m.Graph.Nodes {
		if _, ok := supported[n.OpType]; !ok || (n.Domain != "" && n.Domain != "ai.onnx") {
			name := n.OpType
			if n.Domain != "" && n.Domain != "ai.onnx" {
				name = n.Domain + "." + name
			}
			bad = append(bad, name)
		}
	}
	if len(bad) > 0 {
		slices.Sort(bad)
		bad = slices.Compact(bad)
		return nil, fmt.Errorf("onnx: unsupported operators: %s", strings.Join(bad, ", "))
	}
	g, err := engine.NewGraph()
	if err != nil {
		return nil, err
	}
	im := &importer{m: m, g: g, vals: map[string]*val{}, uses: map[string]int{}, layers: map[string]engine.Layer{}}
	if err := im.inputs(); err != nil {
		return nil, err
	}
	order, err := im.sort()
	if err != nil {
		return nil, err
	}
	for _, n := range order {
		if err := supported[n.OpType](im, n); err != nil {
			return nil, fmt.Errorf("onnx: node %s (%s): %w", nodeLabel(n), n.OpType, err)
		}
	}
	return g, im.output(opt)
}

// nodeLabel names a node in messages.
func nodeLabel(n *Node) string {
	if n.Name != "" {
		return fmt.Sprintf("%q", n.Name)
	}
	if len(n.Outputs) > 0 {
		return fmt.Sprintf("producing %q", n.Outputs[0])
	}
	return "(unnamed)"
}

// inputs records the initialisers and makes the image input layer.
func (im *importer) inputs() error {
	for _, t := range im.m.Graph.Initializers {
		im.vals[t.Name] = &val{konst: t}
	}
	var in *ValueInfo
	for i, v := range im.m.Graph.Inputs {
		if _, isInit := im.vals[v.Name]; isInit {
			continue
		}
		if in != nil {
			return fmt.Errorf("onnx: the graph has more than one input (%q and %q)", in.Name, v.Name)
		}
		in = &im.m.Graph.Inputs[i]
	}
	if in == nil {
		return fmt.Errorf("onnx: the graph has no input")
	}
	d := in.Dims
	if len(d) != 4 {
		return fmt.Errorf("onnx: input %q must be an image batch [N C H W], has dimensions %v", in.Name, d)
	}
	for _, x := range d[1:] {
		if x < 1 || x > 1<<16 {
			return fmt.Errorf("onnx: input %q must have fixed, positive C, H and W, has dimensions %v", in.Name, d)
		}
	}
	s := engine.Size{H: int(d[2]), W: int(d[3]), C: int(d[1])}
	if s.Elems() > 1<<28 {
		return fmt.Errorf("onnx: input %q is too large (%v)", in.Name, d)
	}
	l := &engine.ImageInput{InputSize: s, Normalization: "none"}
	_, err := im.add(l, layerName(in.Name, "input"), nil, in.Name)
	return err
}

// sort orders the nodes so that every input is computed before use,
// failing on inputs nothing produces and on cycles.
func (im *importer) sort() ([]*Node, error) {
	nodes := im.m.Graph.Nodes
	producer := map[string]int{}
	for i, n := range nodes {
		for _, o := range n.Outputs {
			if o == "" {
				continue
			}
			if _, dup := producer[o]; dup || im.vals[o] != nil {
				return nil, fmt.Errorf("onnx: tensor %q is produced twice", o)
			}
			producer[o] = i
		}
	}
	waiting := make([]int, len(nodes))
	next := map[int][]int{}
	var ready []int
	for i, n := range nodes {
		for _, in := range n.Inputs {
			if in == "" {
				continue
			}
			im.uses[in]++
			if p, ok := producer[in]; ok {
				waiting[i]++
				next[p] = append(next[p], i)
			} else if im.vals[in] == nil {
				return nil, fmt.Errorf("onnx: node %s (%s) reads %q, which is neither a graph input, an initializer nor a node output", nodeLabel(&nodes[i]), n.OpType, in)
			}
		}
		if waiting[i] == 0 {
			ready = append(ready, i)
		}
	}
	for _, o := range im.m.Graph.Outputs {
		im.uses[o.Name]++
	}
	order := make([]*Node, 0, len(nodes))
	for len(ready) > 0 {
		i := ready[0]
		ready = ready[1:]
		order = append(order, &nodes[i])
		for _, j := range next[i] {
			if waiting[j]--; waiting[j] == 0 {
				ready = append(ready, j)
			}
		}
	}
	if len(order) < len(nodes) {
		for i, w := range waiting {
			if w > 0 {
				return nil, fmt.Errorf("onnx: the graph has a cycle through node %s (%s)", nodeLabel(&nodes[i]), nodes[i].OpType)
			}
		}
	}
	return order, nil
}

// output checks the graph output and appends the classification layers.
func (im *importer) output(opt Options) error {
	outs := im.m.Graph.Outputs
	if len(outs) != 1 {
		return fmt.Errorf("onnx: the graph must have exactly one output, has %d", len(outs))
	}
	v := im.vals[outs[0].Name]
	if v == nil || v.layer == "" {
		return fmt.Errorf("onnx: the graph output %q is not computed by any node", outs[0].Name)
	}
	if !opt.Classification {
		return nil
	}
	if _, ok := im.layers[v.layer].(*engine.Softmax); !ok {
		var err error
		if v, err = im.add(&engine.Softmax{}, "softmax", nil, "", v); err != nil {
			return err
		}
	}
	_, err := im.add(&engine.Classification{}, "ClassificationLayer_"+layerName(outs[0].Name, "output"), nil, "", v)
	return err
}
