package dl

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"gomat/lang/display"
	"gomat/lang/value"
)

// LayerArray is MATLAB's heterogeneous nnet.cnn.layer.Layer array, made by
// concatenating layers ([imageInputLayer(…) convolution2dLayer(…) …]) or
// read from a network's Layers property.
type LayerArray struct {
	elems []*Layer
	dims  value.Dims
}

// newLayerArray returns an N×1 layer array.
func newLayerArray(ls []*Layer) *LayerArray {
	return &LayerArray{elems: ls, dims: value.Dims{len(ls), 1}}
}

// Class returns value.ObjectClass.
func (a *LayerArray) Class() value.Class { return value.ObjectClass }

// Size returns the array's size.
func (a *LayerArray) Size() value.Dims { return a.dims }

// ClassName returns "nnet.cnn.layer.Layer".
func (a *LayerArray) ClassName() string { return "nnet.cnn.layer.Layer" }

// layersOf returns the layers held by a Layer or LayerArray value.
func layersOf(v value.Value) ([]*Layer, bool) {
	switch r := v.Ref().(type) {
	case *Layer:
		return []*Layer{r}, true
	case *LayerArray:
		return r.elems, true
	}
	return nil, false
}

// layerValue returns one layer as a Layer value and several as an array.
func layerValue(ls []*Layer, d value.Dims) value.Value {
	if len(ls) == 1 {
		return value.FromRef(ls[0])
	}
	return value.FromRef(&LayerArray{elems: ls, dims: d})
}

// Concat implements [a, b] and [a; b] of layers and layer arrays; empty
// numeric operands are skipped.
func (a *LayerArray) Concat(vals []value.Value, dim int) (value.Value, error) {
	return concatLayers(vals, dim)
}

// Concat implements concatenation starting with a single layer.
func (l *Layer) Concat(vals []value.Value, dim int) (value.Value, error) {
	return concatLayers(vals, dim)
}

func concatLayers(vals []value.Value, dim int) (value.Value, error) {
	var out []*Layer
	for _, v := range vals {
		ls, ok := layersOf(v)
		if !ok {
			if v.IsEmpty() && v.Class() == value.Double {
				continue
			}
			return value.Value{}, value.Errorf("MATLAB:catenate:unsupported", "Concatenation of nnet.cnn.layer.Layer with %s values is not supported.", v.ClassName())
		}
		out = append(out, ls...)
	}
	d := value.Dims{1, len(out)}
	if dim == 1 {
		d = value.Dims{len(out), 1}
	}
	return value.FromRef(&LayerArray{elems: out, dims: d}), nil
}

// positions resolves MATLAB subscripts into 0-based element positions and
// the size of the result, by indexing an array of positions.
func (a *LayerArray) positions(subs []value.Value) ([]int, value.Dims, error) {
	idx := value.NewArray(value.Double, a.dims.Clone())
	for i := range idx.Re {
		idx.Re[i] = float64(i)
	}
	r, err := value.Index(value.FromRef(idx), subs)
	if err != nil {
		return nil, nil, err
	}
	xs, err := value.ToFloat64(r)
	if err != nil {
		return nil, nil, err
	}
	pos := make([]int, len(xs))
	for i, x := range xs {
		pos[i] = int(x)
	}
	return pos, r.Size().Clone(), nil
}

// ParenIndex implements layers(i): one layer, or a layer array.
func (a *LayerArray) ParenIndex(subs []value.Value) (value.Value, error) {
	pos, d, err := a.positions(subs)
	if err != nil {
		return value.Value{}, err
	}
	out := make([]*Layer, len(pos))
	for i, p := range pos {
		out[i] = a.elems[p]
	}
	return layerValue(out, d), nil
}

// ParenAssign implements layers(i) = layer and layers(i) = [].
func (a *LayerArray) ParenAssign(subs []value.Value, rhs value.Value) (value.Value, error) {
	pos, _, err := a.positions(subs)
	if err != nil {
		return value.Value{}, err
	}
	if rhs.IsEmpty() && rhs.Class() == value.Double {
		drop := map[int]bool{}
		for _, p := range pos {
			drop[p] = true
		}
		var kept []*Layer
		for i, l := range a.elems {
			if !drop[i] {
				kept = append(kept, l)
			}
		}
		d := value.Dims{len(kept), 1}
		if a.dims[0] == 1 && len(a.dims) == 2 && a.dims[1] != 1 {
			d = value.Dims{1, len(kept)}
		}
		return value.FromRef(&LayerArray{elems: kept, dims: d}), nil
	}
	ls, ok := layersOf(rhs)
	if !ok || (len(ls) != 1 && len(ls) != len(pos)) {
		return value.Value{}, value.Errorf("MATLAB:subsassigndimmismatch", "Unable to perform assignment because the left and right sides have a different number of elements.")
	}
	out := append([]*Layer(nil), a.elems...)
	for i, p := range pos {
		out[p] = ls[min(i, len(ls)-1)]
	}
	return value.FromRef(&LayerArray{elems: out, dims: a.dims}), nil
}

// DisplayBody prints MATLAB's layer table.
func (a *LayerArray) DisplayBody(w io.Writer, _ string, f display.Format, _ int) {
	if len(a.elems) == 0 {
		fmt.Fprintf(w, "  %s Layer array with no layers.\n", a.dims)
		return
	}
	fmt.Fprintf(w, "  %s Layer array with layers:\n", a.dims)
	if !f.Compact {
		io.WriteString(w, "\n")
	}
	writeLayerTable(w, a.elems)
}

// writeLayerTable prints one line per layer: index, quoted name, type and
// description in aligned columns.
func writeLayerTable(w io.Writer, ls []*Layer) {
	nameW, typeW := 0, 0
	for _, l := range ls {
		nameW = max(nameW, utf8.RuneCountInString(l.Name())+2)
		typeW = max(typeW, utf8.RuneCountInString(l.cls.typ))
	}
	for i, l := range ls {
		name := "'" + l.Name() + "'"
		fmt.Fprintf(w, "  %4d   %s   %s   %s\n", i+1, pad(name, nameW), pad(l.cls.typ, typeW), l.cls.describe(l))
	}
}

// pad right-pads s with spaces to n characters.
func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s)))
}
