package dl

import (
	"fmt"
	"io"
	"strings"

	"gomat/builtins"
	"gomat/engine"
	"gomat/lang/display"
	"gomat/lang/value"
)

// LayerGraph is MATLAB's LayerGraph: named layers and the connections
// between them ("src" → "dst" or "dst/in2"). Operations return new graphs;
// the layers themselves are shared, never changed.
type LayerGraph struct {
	layers []*Layer
	conns  []engine.Connection
}

// Class returns value.ObjectClass.
func (g *LayerGraph) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (g *LayerGraph) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns "nnet.cnn.LayerGraph".
func (g *LayerGraph) ClassName() string { return "nnet.cnn.LayerGraph" }

// PropertyNames lists the displayed properties.
func (g *LayerGraph) PropertyNames() []string {
	return []string{"Layers", "Connections", "InputNames", "OutputNames"}
}

// GetProperty reads Layers, Connections, InputNames or OutputNames.
func (g *LayerGraph) GetProperty(name string) (value.Value, error) {
	switch name {
	case "Layers":
		return value.FromRef(newLayerArray(g.layers)), nil
	case "Connections":
		return connectionsTable(g.conns)
	case "InputNames":
		return cellStr(g.inputNames()), nil
	case "OutputNames":
		return cellStr(g.outputNames()), nil
	}
	return value.Value{}, noProperty(name, "LayerGraph")
}

// DisplayBody prints the property list.
func (g *LayerGraph) DisplayBody(w io.Writer, _ string, f display.Format, _ int) {
	writeGroups(w, "LayerGraph", []propGroup{{names: g.PropertyNames()}}, g.GetProperty, f)
}

// inputNames are the layers without inputs.
func (g *LayerGraph) inputNames() []string {
	var out []string
	for _, l := range g.layers {
		if l.eng.NumInputs() == 0 {
			out = append(out, l.Name())
		}
	}
	return out
}

// outputNames are the layers whose output feeds nothing.
func (g *LayerGraph) outputNames() []string {
	used := map[string]bool{}
	for _, c := range g.conns {
		used[c.Source] = true
	}
	var out []string
	for _, l := range g.layers {
		if !used[l.Name()] {
			out = append(out, l.Name())
		}
	}
	return out
}

// connectionsTable returns MATLAB's Connections table (Source,
// Destination: cell columns of names).
func connectionsTable(conns []engine.Connection) (value.Value, error) {
	src := make([]string, len(conns))
	dst := make([]string, len(conns))
	for i, c := range conns {
		src[i], dst[i] = c.Source, c.Destination
	}
	t, err := builtins.NewTable([]string{"Source", "Destination"}, []value.Value{colCellStr(src), colCellStr(dst)})
	if err != nil {
		return value.Value{}, err
	}
	return value.FromRef(t), nil
}

// engineGraph builds the engine's description of the graph (sharing the
// engine layers) and a map back to the layer objects.
func (g *LayerGraph) engineGraph() (*engine.Graph, map[engine.Layer]*Layer, error) {
	eg, _ := engine.NewGraph()
	back := map[engine.Layer]*Layer{}
	for _, l := range g.layers {
		if err := eg.AddLayers(l.eng); err != nil {
			return nil, nil, graphError(err)
		}
		back[l.eng] = l
	}
	for _, c := range g.conns {
		if err := eg.Connect(c.Source, c.Destination); err != nil {
			return nil, nil, graphError(err)
		}
	}
	return eg, back, nil
}

// fromEngine reads a graph back after an engine operation.
func fromEngine(eg *engine.Graph, back map[engine.Layer]*Layer) *LayerGraph {
	g := &LayerGraph{conns: eg.Connections()}
	for _, e := range eg.Layers() {
		g.layers = append(g.layers, back[e])
	}
	return g
}

// graphError turns an engine graph error into a MATLAB error.
func graphError(err error) error {
	msg := err.Error()
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return value.Errorf("nnet_cnn:LayerGraph:invalidOperation", "%s", msg)
}

// edit applies an engine operation to a copy of the graph.
func (g *LayerGraph) edit(op func(eg *engine.Graph, back map[engine.Layer]*Layer) error) (*LayerGraph, error) {
	eg, back, err := g.engineGraph()
	if err != nil {
		return nil, err
	}
	if err := op(eg, back); err != nil {
		return nil, graphError(err)
	}
	return fromEngine(eg, back), nil
}

// graphFromLayers is layerGraph(layerArray): the layers named (unnamed
// layers get MATLAB's automatic names) and connected in sequence.
func graphFromLayers(ls []*Layer) (*LayerGraph, error) {
	g := &LayerGraph{}
	return g.withLayers(nameLayers(ls, nil))
}

// withLayers adds layers connected in sequence (addLayers).
func (g *LayerGraph) withLayers(ls []*Layer) (*LayerGraph, error) {
	return g.edit(func(eg *engine.Graph, back map[engine.Layer]*Layer) error {
		for i, l := range ls {
			back[l.eng] = l
			if err := eg.AddLayers(l.eng); err != nil {
				return err
			}
			if i == 0 {
				continue
			}
			dst := l.Name()
			if l.eng.NumInputs() > 1 {
				dst += "/in1"
			}
			if err := eg.Connect(ls[i-1].Name(), dst); err != nil {
				return err
			}
		}
		return nil
	})
}

// nameLayers gives unnamed layers MATLAB's automatic names: the class's
// default name ("conv"), numbered "conv_1", "conv_2", … when several
// unnamed layers share it, skipping names already taken (by layers in
// taken or ls). Named layers are returned unchanged; renamed ones are
// copies.
func nameLayers(ls []*Layer, taken []*Layer) []*Layer {
	used := map[string]bool{}
	for _, l := range append(append([]*Layer(nil), taken...), ls...) {
		used[l.Name()] = true
	}
	count := map[string]int{}
	for _, l := range ls {
		if l.Name() == "" {
			count[l.cls.defaultName]++
		}
	}
	next := map[string]int{}
	out := make([]*Layer, len(ls))
	for i, l := range ls {
		out[i] = l
		if l.Name() != "" {
			continue
		}
		base := l.cls.defaultName
		name := base
		for {
			if count[base] > 1 || used[name] {
				next[base]++
				name = fmt.Sprintf("%s_%d", base, next[base])
			}
			if !used[name] {
				break
			}
		}
		used[name] = true
		c := l.clone()
		engine.SetName(c.eng, name)
		out[i] = c
	}
	return out
}

// layer returns the named layer, or nil.
func (g *LayerGraph) layer(name string) *Layer {
	for _, l := range g.layers {
		if l.Name() == name {
			return l
		}
	}
	return nil
}
