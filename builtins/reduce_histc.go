package builtins

import (
	"sort"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "histc", Fn: histcFn, Doc: "[n, bin] = histc(x, edges): counts of x in [edges(k), edges(k+1)), the last bin counting x == edges(end); n has the shape of edges for vector x"},
	})
}

// histcFn implements histc for a vector x and monotonically increasing
// edges (the legacy form MATLAB keeps for old scripts).
func histcFn(c *interp.Call) ([]value.Value, error) {
	var x, e value.Value
	if err := c.Unpack("x", &x, "edges", &e); err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(x)
	if err != nil {
		return nil, err
	}
	edges, err := value.ToFloat64(e)
	if err != nil {
		return nil, err
	}
	for k := 1; k < len(edges); k++ {
		if edges[k] < edges[k-1] {
			return nil, value.Errorf("MATLAB:histc:InvalidInput", "Edge vector must be monotonically non-decreasing.")
		}
	}
	n := make([]float64, len(edges))
	bins := make([]float64, len(xs))
	for i, v := range xs {
		if len(edges) == 0 || v != v || v < edges[0] || v > edges[len(edges)-1] {
			continue
		}
		k := sort.SearchFloat64s(edges, v) // first edge >= v
		if k == len(edges) || edges[k] != v {
			k--
		} else {
			for k+1 < len(edges) && edges[k+1] == v {
				k++
			}
		}
		n[k]++
		bins[i] = float64(k + 1)
	}
	shape := e.Size().Clone()
	if len(edges) == 0 {
		shape = value.Dims{0, 0}
	}
	out := value.FromRef(value.NewArrayFrom(value.Double, shape, n, nil))
	return []value.Value{out, value.FromRef(value.NewArrayFrom(value.Double, x.Size().Clone(), bins, nil))}, nil
}
