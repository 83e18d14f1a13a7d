package dl

import (
	"fmt"
	"io"

	"gomat/engine"
	"gomat/lang/display"
	"gomat/lang/value"
)

// Network is MATLAB's DAGNetwork or SeriesNetwork: a compiled layer graph
// with trained parameters, ready for classify, predict and activations.
// The layer objects wrap the engine network's own layers, so Layers shows
// the trained values.
type Network struct {
	graph  *LayerGraph
	net    *engine.Network
	series bool
}

// Class returns value.ObjectClass.
func (n *Network) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (n *Network) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns "DAGNetwork" or "SeriesNetwork".
func (n *Network) ClassName() string {
	if n.series {
		return "SeriesNetwork"
	}
	return "DAGNetwork"
}

// PropertyNames lists the displayed properties.
func (n *Network) PropertyNames() []string {
	if n.series {
		return []string{"Layers", "InputNames", "OutputNames"}
	}
	return []string{"Layers", "Connections", "InputNames", "OutputNames"}
}

// GetProperty reads Layers, Connections, InputNames or OutputNames.
func (n *Network) GetProperty(name string) (value.Value, error) {
	if name == "Connections" && n.series {
		return value.Value{}, noProperty(name, n.ClassName())
	}
	v, err := n.graph.GetProperty(name)
	if err != nil {
		return value.Value{}, noProperty(name, n.ClassName())
	}
	return v, nil
}

// DisplayBody prints the property list.
func (n *Network) DisplayBody(w io.Writer, _ string, f display.Format, _ int) {
	writeGroups(w, n.ClassName(), []propGroup{{names: n.PropertyNames()}}, n.GetProperty, f)
}

// classes returns the class names of the network's classification layer,
// "1" … "K" when it has none recorded.
func (n *Network) classes() []string {
	for _, l := range n.graph.layers {
		if l.cls == classificationClass && l.classes != nil {
			return l.classes
		}
	}
	k := n.net.OutputSize().Elems()
	out := make([]string, k)
	for i := range out {
		out[i] = fmt.Sprint(i + 1)
	}
	return out
}

// assemble copies the graph's layers, compiles them into an engine
// network (initialising unset parameters from rng with each layer's
// initializer) and returns the network object over the copies.
func assemble(g *LayerGraph, rng engine.RandSource, series bool) (*Network, error) {
	cp := &LayerGraph{conns: append([]engine.Connection(nil), g.conns...)}
	for _, l := range g.layers {
		cp.layers = append(cp.layers, l.clone())
	}
	eg, _, err := cp.engineGraph()
	if err != nil {
		return nil, err
	}
	unset := unsetParams(cp.layers)
	net, err := engine.Compile(eg, rng)
	if err != nil {
		return nil, invalidNetwork(err)
	}
	initialize(unset, rng)
	setInputSizes(cp, net)
	return &Network{graph: cp, net: net, series: series}, nil
}

// invalidNetwork is MATLAB's error for a graph that does not compile.
func invalidNetwork(err error) error {
	return value.Errorf("nnet_cnn:internal:cnn:analyzer:NetworkAnalyzer:NetworkHasIssues", "Invalid network.\n\nCaused by:\n    %s", err.Error())
}

// setInputSizes records on each layer the size of its (first) input.
func setInputSizes(g *LayerGraph, net *engine.Network) {
	src := map[string]string{}
	for _, c := range g.conns {
		dst := c.Destination
		if l := g.layer(dst); l == nil {
			if i := lastSlash(dst); i >= 0 {
				dst = dst[:i]
				if dst2 := c.Destination[i+1:]; dst2 != "in1" {
					continue
				}
			}
		}
		src[dst] = c.Source
	}
	for _, l := range g.layers {
		if in, ok := l.eng.(*engine.ImageInput); ok {
			l.inSize = in.InputSize
			continue
		}
		if s, ok := src[l.Name()]; ok {
			if sz, err := net.LayerSize(s); err == nil {
				l.inSize = sz
			}
		}
	}
}

// lastSlash is the position of the last '/' in s, or -1.
func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}
