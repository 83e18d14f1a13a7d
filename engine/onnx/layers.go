package onnx

import (
	"fmt"
	"strconv"
	"strings"

	"gomat/engine"
)

// layerName turns an ONNX node or tensor name into a layer name
// ("/features/features.0/Conv" becomes "features_features_0_Conv").
func layerName(s, fallback string) string {
	s = strings.Trim(s, "/")
	s = strings.NewReplacer("/", "_", ".", "_", ":", "_").Replace(s)
	if s == "" {
		return fallback
	}
	return s
}

// nodeName is the layer name for a node's layer.
func nodeName(n *Node) string {
	if n == nil {
		return "layer"
	}
	s := n.Name
	if s == "" && len(n.Outputs) > 0 {
		s = n.Outputs[0]
	}
	return layerName(s, n.OpType)
}

// add names l uniquely, adds it to the graph connected to the inputs,
// sets it up to learn its output size and records its output as out
// (when not "").
func (im *importer) add(l engine.Layer, name string, n *Node, out string, in ...*val) (*val, error) {
	unique := name
	for k := 2; im.g.Layer(unique) != nil; k++ {
		unique = name + "_" + strconv.Itoa(k)
	}
	engine.SetName(l, unique)
	sizes := make([]engine.Size, len(in))
	for i, v := range in {
		if v.layer == "" {
			return nil, fmt.Errorf("input %d must be computed, not a constant", i+1)
		}
		sizes[i] = v.size
	}
	size, err := l.Setup(sizes, nil)
	if err != nil {
		return nil, err
	}
	if err := im.g.AddLayers(l); err != nil {
		return nil, err
	}
	for i, v := range in {
		dst := unique
		if len(in) > 1 {
			dst += "/in" + strconv.Itoa(i+1)
		}
		if err := im.g.Connect(v.layer, dst); err != nil {
			return nil, err
		}
	}
	im.layers[unique] = l
	v := &val{layer: unique, size: size, node: n}
	if out != "" {
		im.vals[out] = v
	}
	return v, nil
}

// input returns the i-th input of n ("" or absent: nil).
func (im *importer) input(n *Node, i int) *val {
	if i >= len(n.Inputs) || n.Inputs[i] == "" {
		return nil
	}
	return im.vals[n.Inputs[i]]
}

// activation returns the i-th input of n, which must be computed.
func (im *importer) activation(n *Node, i int) (*val, error) {
	v := im.input(n, i)
	if v == nil || v.layer == "" {
		return nil, fmt.Errorf("input %d must be a computed tensor", i+1)
	}
	return v, nil
}

// konst returns the i-th input of n, which must be a constant (nil when
// optional and absent).
func (im *importer) konst(n *Node, i int, optional bool) (*Tensor, error) {
	v := im.input(n, i)
	if v == nil && optional {
		return nil, nil
	}
	if v == nil || v.konst == nil {
		return nil, fmt.Errorf("input %d must be an initializer or constant", i+1)
	}
	return v.konst, nil
}

// single adds l for a one-input node and records its output.
func (im *importer) single(n *Node, l engine.Layer) error {
	x, err := im.activation(n, 0)
	if err != nil {
		return err
	}
	if len(n.Outputs) == 0 {
		return fmt.Errorf("node has no output")
	}
	v, err := im.add(l, nodeName(n), n, n.Outputs[0], x)
	if v != nil {
		v.flat = x.flat && v.size.H == 1 && v.size.W == 1
	}
	return err
}

// attr finds a node attribute.
func (n *Node) attr(name string) *Attr {
	for i := range n.Attrs {
		if n.Attrs[i].Name == name {
			return &n.Attrs[i]
		}
	}
	return nil
}

// intAttr returns an INT attribute or def.
func (n *Node) intAttr(name string, def int64) int64 {
	if a := n.attr(name); a != nil {
		return a.I
	}
	return def
}

// floatAttr returns a FLOAT attribute or def.
func (n *Node) floatAttr(name string, def float32) float32 {
	if a := n.attr(name); a != nil {
		return a.F
	}
	return def
}

// pair reads a two-element INTS attribute (kernel_shape, strides,
// dilations), def when absent.
func (n *Node) pair(name string, def int) ([2]int, error) {
	a := n.attr(name)
	if a == nil {
		return [2]int{def, def}, nil
	}
	if len(a.Ints) != 2 || a.Ints[0] < 1 || a.Ints[1] < 1 || a.Ints[0] > 1<<16 || a.Ints[1] > 1<<16 {
		return [2]int{}, fmt.Errorf("attribute %s must be two positive values, got %v", name, a.Ints)
	}
	return [2]int{int(a.Ints[0]), int(a.Ints[1])}, nil
}

// padding reads auto_pad and pads: the engine's [top bottom left right]
// from ONNX's [top left bottom right], or same padding.
func (n *Node) padding() (pad [4]int, same bool, err error) {
	switch ap := n.attr("auto_pad"); {
	case ap == nil || ap.S == "NOTSET":
	case ap.S == "VALID":
		return pad, false, nil
	case ap.S == "SAME_UPPER":
		return pad, true, nil
	default:
		return pad, false, fmt.Errorf("auto_pad %q is not supported", ap.S)
	}
	a := n.attr("pads")
	if a == nil {
		return pad, false, nil
	}
	if len(a.Ints) != 4 {
		return pad, false, fmt.Errorf("attribute pads must have 4 values, got %v", a.Ints)
	}
	for _, p := range a.Ints {
		if p < 0 || p > 1<<16 {
			return pad, false, fmt.Errorf("attribute pads must be nonnegative, got %v", a.Ints)
		}
	}
	p := a.Ints
	return [4]int{int(p[0]), int(p[2]), int(p[1]), int(p[3])}, false, nil
}

// newParam makes an engine parameter holding v.
func newParam(name string, v []float32, shape ...int) *engine.Param {
	return &engine.Param{Name: name, Shape: shape, Value: v, LearnRateFactor: 1, L2Factor: 1}
}
