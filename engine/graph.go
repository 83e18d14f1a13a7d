package engine

import (
	"fmt"
	"strconv"
	"strings"
)

// Graph is MATLAB's layerGraph: uniquely named layers and connections from
// a layer's output to a named input of another ("dst/in2"; a single-input
// layer's input may be named "dst" or "dst/in"). It is only a description:
// Compile validates it and builds a runnable Network.
type Graph struct {
	layers []Layer
	index  map[string]int
	edges  []edge
}

type edge struct {
	src, dst string
	port     int // 0-based input index of dst
}

// Connection is one graph edge in MATLAB's notation.
type Connection struct {
	Source, Destination string
}

// NewGraph returns a graph holding the layers connected in sequence, like
// MATLAB's layerGraph(layerArray).
func NewGraph(layers ...Layer) (*Graph, error) {
	g := &Graph{index: map[string]int{}}
	return g, g.AddLayers(layers...)
}

// AddLayers adds layers and connects them in sequence (each to the first
// input of the next), like MATLAB's addLayers with a layer array.
func (g *Graph) AddLayers(layers ...Layer) error {
	for i, l := range layers {
		name := l.Name()
		if name == "" {
			return fmt.Errorf("layer %d has no name; every layer in a layer graph must have a unique name", i+1)
		}
		if _, dup := g.index[name]; dup {
			return fmt.Errorf("Layer names must be unique: a layer named '%s' already exists", name)
		}
		g.index[name] = len(g.layers)
		g.layers = append(g.layers, l)
		if i > 0 {
			if err := g.Connect(layers[i-1].Name(), name); err != nil {
				return err
			}
		}
	}
	return nil
}

// Layer returns the named layer, or nil.
func (g *Graph) Layer(name string) Layer {
	if i, ok := g.index[name]; ok {
		return g.layers[i]
	}
	return nil
}

// Layers returns the layers in insertion order.
func (g *Graph) Layers() []Layer { return append([]Layer(nil), g.layers...) }

// Connections returns the edges in MATLAB's notation.
func (g *Graph) Connections() []Connection {
	out := make([]Connection, len(g.edges))
	for i, e := range g.edges {
		dst := e.dst
		if g.Layer(e.dst).NumInputs() > 1 {
			dst += "/in" + strconv.Itoa(e.port+1)
		}
		out[i] = Connection{e.src, dst}
	}
	return out
}

// parseEnd splits "layer/port" and checks that the layer exists.
func (g *Graph) parseEnd(s string) (Layer, string, string, error) {
	name, port := s, ""
	if i := strings.LastIndexByte(s, '/'); i >= 0 && g.Layer(s) == nil {
		name, port = s[:i], s[i+1:]
	}
	l := g.Layer(name)
	if l == nil {
		return nil, "", "", fmt.Errorf("Layer '%s' does not exist in the layer graph", name)
	}
	return l, name, port, nil
}

// destination resolves "dst/inK" to a layer name and input index.
func (g *Graph) destination(dst string) (string, int, error) {
	l, name, port, err := g.parseEnd(dst)
	if err != nil {
		return "", 0, err
	}
	n := l.NumInputs()
	k := 0
	switch {
	case port == "" || port == "in":
		if n != 1 {
			return "", 0, fmt.Errorf("Layer '%s' has %d inputs; name one of them as '%s/in1' … '%s/in%d'", name, n, name, name, n)
		}
	case strings.HasPrefix(port, "in"):
		v, err := strconv.Atoi(port[2:])
		if err != nil || v < 1 || v > n {
			return "", 0, fmt.Errorf("Layer '%s' has no input named '%s'", name, port)
		}
		k = v - 1
	default:
		return "", 0, fmt.Errorf("Layer '%s' has no input named '%s'", name, port)
	}
	return name, k, nil
}

// source resolves "src" or "src/out" to a layer name.
func (g *Graph) source(src string) (string, error) {
	_, name, port, err := g.parseEnd(src)
	if err != nil {
		return "", err
	}
	if port != "" && port != "out" {
		return "", fmt.Errorf("Layer '%s' has no output named '%s'", name, port)
	}
	return name, nil
}

// endpoints resolves a connection's source layer and destination input.
func (g *Graph) endpoints(src, dst string) (s, d string, k int, err error) {
	if s, err = g.source(src); err != nil {
		return
	}
	d, k, err = g.destination(dst)
	return
}

// Connect connects src's output to the named input of dst, like
// MATLAB's connectLayers.
func (g *Graph) Connect(src, dst string) error {
	s, d, k, err := g.endpoints(src, dst)
	if err != nil {
		return err
	}
	for _, e := range g.edges {
		if e.dst == d && e.port == k {
			return fmt.Errorf("Unable to connect '%s' to '%s': the input is already connected to '%s'", src, dst, e.src)
		}
	}
	g.edges = append(g.edges, edge{s, d, k})
	return nil
}

// Disconnect removes the connection from src to dst, like MATLAB's
// disconnectLayers.
func (g *Graph) Disconnect(src, dst string) error {
	s, d, k, err := g.endpoints(src, dst)
	if err != nil {
		return err
	}
	for i, e := range g.edges {
		if e.src == s && e.dst == d && e.port == k {
			g.edges = append(g.edges[:i], g.edges[i+1:]...)
			return nil
		}
	}
	return fmt.Errorf("There is no connection from '%s' to '%s'", src, dst)
}

// Replace swaps the named layer for l, keeping its connections (renaming
// them if l has another name), like MATLAB's replaceLayer with a single
// layer. l must take the same number of inputs.
func (g *Graph) Replace(name string, l Layer) error {
	i, ok := g.index[name]
	if !ok {
		return fmt.Errorf("Layer '%s' does not exist in the layer graph", name)
	}
	if l.NumInputs() != g.layers[i].NumInputs() {
		return fmt.Errorf("replacement for layer '%s' must have %d inputs", name, g.layers[i].NumInputs())
	}
	nn := l.Name()
	if j, dup := g.index[nn]; dup && j != i {
		return fmt.Errorf("Layer names must be unique: a layer named '%s' already exists", nn)
	}
	delete(g.index, name)
	g.index[nn] = i
	g.layers[i] = l
	for k := range g.edges {
		if g.edges[k].src == name {
			g.edges[k].src = nn
		}
		if g.edges[k].dst == name {
			g.edges[k].dst = nn
		}
	}
	return nil
}

// Remove deletes layers and their connections, like MATLAB's removeLayers.
func (g *Graph) Remove(names ...string) error {
	for _, name := range names {
		i, ok := g.index[name]
		if !ok {
			return fmt.Errorf("Layer '%s' does not exist in the layer graph", name)
		}
		g.layers = append(g.layers[:i], g.layers[i+1:]...)
		kept := g.edges[:0]
		for _, e := range g.edges {
			if e.src != name && e.dst != name {
				kept = append(kept, e)
			}
		}
		g.edges = kept
		g.index = map[string]int{}
		for j, l := range g.layers {
			g.index[l.Name()] = j
		}
	}
	return nil
}
