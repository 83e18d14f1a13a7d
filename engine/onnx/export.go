package onnx

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gomat/engine"
)

// exporter builds a Model from a compiled network.
type exporter struct {
	net *engine.Network
	g   *engine.Graph
	m   *Model
	// tensor is the ONNX tensor holding each layer's output.
	tensor map[string]string
	// inputs are each layer's source layers by input index.
	inputs map[string][]string
}

// WriteFile writes a model to a file, through a temporary file in the
// same folder renamed into place, so that a failed write leaves no partial
// file behind.
func WriteFile(m *Model, path string) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".onnx-*")
	if err != nil {
		return err
	}
	_, err = f.Write(Encode(m))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// Export converts a compiled network into an ONNX model with the same
// operators Import reads. The output is the prediction (the classification
// layer is left out); 1×1×K outputs are flattened to [N K]. The model
// declares opset 13; the operators it uses are unchanged up to opset 17,
// so a caller may raise Opset to any of 13…17.
func Export(net *engine.Network) (*Model, error) {
	e := &exporter{net: net, g: net.Graph(), m: &Model{IRVersion: 7, Opset: 13}, tensor: map[string]string{}, inputs: map[string][]string{}}
	e.m.Graph.Name = "gomat"
	order, err := e.order()
	if err != nil {
		return nil, err
	}
	last := ""
	for _, l := range order {
		if err := e.layer(l); err != nil {
			return nil, fmt.Errorf("onnx: layer '%s': %w", l.Name(), err)
		}
		last = l.Name()
	}
	out := e.tensor[last]
	for e.tensor[last] != last { // an inference identity: size of its source
		last = e.inputs[last][0]
	}
	s, err := net.LayerSize(last)
	if err != nil {
		return nil, err
	}
	dims := []int64{-1, int64(s.C), int64(s.H), int64(s.W)}
	if s.H == 1 && s.W == 1 {
		flat := "output"
		if e.g.Layer(flat) != nil {
			flat = last + ".output"
		}
		e.node("Flatten", flat, []string{out}, Attr{Name: "axis", Type: attrInt, I: 1})
		out, dims = flat, []int64{-1, int64(s.C)}
	}
	e.m.Graph.Outputs = []ValueInfo{{Name: out, Dims: dims}}
	return e.m, nil
}

// order returns the layers with every layer after its inputs, recording
// each layer's sources.
func (e *exporter) order() ([]engine.Layer, error) {
	waiting := map[string]int{}
	next := map[string][]string{}
	for _, l := range e.g.Layers() {
		e.inputs[l.Name()] = make([]string, l.NumInputs())
	}
	for _, c := range e.g.Connections() {
		dst, port := c.Destination, 0
		if e.g.Layer(dst) == nil {
			i := strings.LastIndexByte(dst, '/')
			k, err := strconv.Atoi(strings.TrimPrefix(dst[i+1:], "in"))
			if i < 0 || err != nil || k < 1 {
				return nil, fmt.Errorf("onnx: bad connection %s -> %s", c.Source, c.Destination)
			}
			dst, port = dst[:i], k-1
		}
		e.inputs[dst][port] = c.Source
		waiting[dst]++
		next[c.Source] = append(next[c.Source], dst)
	}
	var ready, order []engine.Layer
	for _, l := range e.g.Layers() {
		if waiting[l.Name()] == 0 {
			ready = append(ready, l)
		}
	}
	for len(ready) > 0 {
		l := ready[0]
		ready = ready[1:]
		order = append(order, l)
		for _, d := range next[l.Name()] {
			if waiting[d]--; waiting[d] == 0 {
				ready = append(ready, e.g.Layer(d))
			}
		}
	}
	if len(order) != len(e.g.Layers()) {
		return nil, fmt.Errorf("onnx: the layer graph has a cycle")
	}
	return order, nil
}

// node appends a node named after its output.
func (e *exporter) node(op, out string, in []string, attrs ...Attr) {
	e.m.Graph.Nodes = append(e.m.Graph.Nodes, Node{Name: out, OpType: op, Inputs: in, Outputs: []string{out}, Attrs: attrs})
}

// init adds an initializer and returns its name.
func (e *exporter) init(t *Tensor) string {
	e.m.Graph.Initializers = append(e.m.Graph.Initializers, t)
	return t.Name
}

// ints makes an INTS attribute.
func ints(name string, v ...int) Attr {
	a := Attr{Name: name, Type: attrInts}
	for _, x := range v {
		a.Ints = append(a.Ints, int64(x))
	}
	return a
}

// onnxPads converts [top bottom left right] to ONNX's [top left bottom right].
func onnxPads(p [4]int) Attr { return ints("pads", p[0], p[2], p[1], p[3]) }

// samePads is the engine's 'same' padding for a window k with stride s.
func samePads(in engine.Size, k, s [2]int) [4]int {
	side := func(n, k, s int) (int, int) {
		total := max(((n+s-1)/s-1)*s+k-n, 0)
		return total / 2, total - total/2
	}
	t, b := side(in.H, k[0], s[0])
	l, r := side(in.W, k[1], s[1])
	return [4]int{t, b, l, r}
}

// orOne replaces unset (zero) strides and dilations by 1.
func orOne(v [2]int) [2]int {
	for i := range v {
		if v[i] == 0 {
			v[i] = 1
		}
	}
	return v
}
