package dl

import (
	"gomat/engine"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "layerGraph", Fn: layerGraphFn, Doc: "lgraph = layerGraph(layers|net): layer graph of a layer array (connected in sequence) or of a network; layerGraph() is empty"},
		{Name: "addLayers", Fn: addLayersFn, Doc: "lgraph = addLayers(lgraph, layers): add layers, connected in sequence among themselves"},
		{Name: "removeLayers", Fn: removeLayersFn, Doc: "lgraph = removeLayers(lgraph, layerNames): remove layers and their connections"},
		{Name: "replaceLayer", Fn: replaceLayerFn, Doc: "lgraph = replaceLayer(lgraph, layerName, layers): replace a layer by a layer or a chain of layers, keeping its connections"},
		{Name: "connectLayers", Fn: connectLayersFn, Doc: "lgraph = connectLayers(lgraph, s, d): connect layer output s to input d ('name' or 'name/in2')"},
		{Name: "disconnectLayers", Fn: disconnectLayersFn, Doc: "lgraph = disconnectLayers(lgraph, s, d): remove a connection"},
		{Name: "assembleNetwork", Fn: assembleNetworkFn, Doc: "net = assembleNetwork(layers|lgraph): network from layers without training (unset learnables are initialised)"},
	})
}

// graphOf reads a layer graph from a LayerGraph, a layer array or a
// network.
func graphOf(v value.Value) (*LayerGraph, bool, error) {
	switch r := v.Ref().(type) {
	case *LayerGraph:
		return r, false, nil
	case *Network:
		return r.graph, r.series, nil
	}
	if ls, ok := layersOf(v); ok {
		g, err := graphFromLayers(ls)
		return g, true, err
	}
	return nil, false, value.Errorf("nnet_cnn:layerGraph:InvalidInput", "Layers argument must be an array of layers or a layer graph.")
}

// graphArg reads the first argument of a graph-editing built-in.
func graphArg(v value.Value) (*LayerGraph, error) {
	if g, ok := v.Ref().(*LayerGraph); ok {
		return g, nil
	}
	return nil, value.Errorf("MATLAB:invalidType", "Expected input to be a LayerGraph object.")
}

func graphResult(g *LayerGraph, err error) ([]value.Value, error) {
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(g)}, nil
}

func layerGraphFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("layers?", &v); err != nil {
		return nil, err
	}
	if !v.Defined() {
		return graphResult(&LayerGraph{}, nil)
	}
	g, _, err := graphOf(v)
	return graphResult(g, err)
}

func addLayersFn(c *interp.Call) ([]value.Value, error) {
	var gv, lv value.Value
	if err := c.Unpack("lgraph", &gv, "larray", &lv); err != nil {
		return nil, err
	}
	g, err := graphArg(gv)
	if err != nil {
		return nil, err
	}
	ls, ok := layersOf(lv)
	if !ok {
		return nil, value.Errorf("MATLAB:invalidType", "Expected larray to be a layer array.")
	}
	return graphResult(g.withLayers(nameLayers(ls, g.layers)))
}

func removeLayersFn(c *interp.Call) ([]value.Value, error) {
	var gv value.Value
	var names []string
	if err := c.Unpack("lgraph", &gv, "layerNames", &names); err != nil {
		return nil, err
	}
	g, err := graphArg(gv)
	if err != nil {
		return nil, err
	}
	return graphResult(g.edit(func(eg *engine.Graph, _ map[engine.Layer]*Layer) error { return eg.Remove(names...) }))
}

func connectLayersFn(c *interp.Call) ([]value.Value, error) {
	return connectOp(c, func(eg *engine.Graph, s, d string) error { return eg.Connect(s, d) })
}

func disconnectLayersFn(c *interp.Call) ([]value.Value, error) {
	return connectOp(c, func(eg *engine.Graph, s, d string) error { return eg.Disconnect(s, d) })
}

func connectOp(c *interp.Call, op func(eg *engine.Graph, s, d string) error) ([]value.Value, error) {
	var gv value.Value
	var s, d string
	if err := c.Unpack("lgraph", &gv, "s", &s, "d", &d); err != nil {
		return nil, err
	}
	g, err := graphArg(gv)
	if err != nil {
		return nil, err
	}
	return graphResult(g.edit(func(eg *engine.Graph, _ map[engine.Layer]*Layer) error { return op(eg, s, d) }))
}

// replaceLayerFn replaces one layer by a layer or a chain: the old
// layer's input connections go to the first new layer, its output
// connections leave from the last.
func replaceLayerFn(c *interp.Call) ([]value.Value, error) {
	var gv, lv value.Value
	var name string
	if err := c.Unpack("lgraph", &gv, "layerName", &name, "larray", &lv); err != nil {
		return nil, err
	}
	g, err := graphArg(gv)
	if err != nil {
		return nil, err
	}
	ls, ok := layersOf(lv)
	if !ok || len(ls) == 0 {
		return nil, value.Errorf("MATLAB:invalidType", "Expected larray to be a layer array.")
	}
	return graphResult(g.replace(name, ls))
}

// replace swaps the named layer for the chain ls.
func (g *LayerGraph) replace(name string, ls []*Layer) (*LayerGraph, error) {
	if g.layer(name) == nil {
		return nil, value.Errorf("nnet_cnn:LayerGraph:invalidOperation", "Layer '%s' does not exist.", name)
	}
	var others []*Layer
	for _, l := range g.layers {
		if l.Name() != name {
			others = append(others, l)
		}
	}
	ls = nameLayers(ls, others)
	first, last := ls[0], ls[len(ls)-1]
	if len(ls) == 1 {
		return g.edit(func(eg *engine.Graph, back map[engine.Layer]*Layer) error {
			back[first.eng] = first
			return eg.Replace(name, first.eng)
		})
	}
	out := &LayerGraph{}
	for _, l := range g.layers {
		if l.Name() == name {
			out.layers = append(out.layers, ls...)
		} else {
			out.layers = append(out.layers, l)
		}
	}
	for _, cn := range g.conns {
		switch {
		case cn.Source == name:
			cn.Source = last.Name()
		case cn.Destination == name || (len(cn.Destination) > len(name) && cn.Destination[:len(name)+1] == name+"/"):
			cn.Destination = first.Name() + cn.Destination[len(name):]
		}
		out.conns = append(out.conns, cn)
	}
	for i := 1; i < len(ls); i++ {
		out.conns = append(out.conns, engine.Connection{Source: ls[i-1].Name(), Destination: ls[i].Name()})
	}
	// Validate (unique names, ports) through the engine.
	if _, _, err := out.engineGraph(); err != nil {
		return nil, err
	}
	return out, nil
}

func assembleNetworkFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("layers", &v); err != nil {
		return nil, err
	}
	g, series, err := graphOf(v)
	if err != nil {
		return nil, err
	}
	n, err := assemble(g, streamOf(c.In), series)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(n)}, nil
}
