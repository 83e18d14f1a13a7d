package builtins

import (
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "any", Fn: anyAllFn("any", true), Doc: "any(x), any(x,dim), any(x,vecdim), any(x,'all'): true where any element is nonzero (NaN is ignored)"},
		{Name: "all", Fn: anyAllFn("all", false), Doc: "all(x), all(x,dim), all(x,vecdim), all(x,'all'): true where every element is nonzero"},
		{Name: "nnz", Fn: nnzFn, Doc: "nnz(x): number of nonzero elements"},
		{Name: "find", Fn: findFn, Doc: "k = find(x), find(x,n), find(x,n,'first'|'last'), [row,col] = find(x), [row,col,v] = find(x): indices of nonzero elements"},
	})
}

// anyAllFn builds any and all.
func anyAllFn(fn string, isAny bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if len(c.Args) == 0 {
			return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
		a, ok := c.Args[0].Array()
		if !ok {
			return nil, value.Errorf("MATLAB:"+fn+":invalidType", "Invalid data type. First argument must be numeric, char, or logical.")
		}
		o, err := parseReduceArgs(fn, c.Args[1:], nil, false)
		if err != nil {
			return nil, err
		}
		p, err := prepare(a, o, true)
		if err != nil {
			return nil, err
		}
		re, _ := reduceReading(p, func(xr, xi []float64) (float64, float64) {
			for i, x := range xr {
				nz := x != 0 && x == x || imAt(xi, i) != 0
				if isAny && nz {
					return 1, 0
				}
				if !isAny && !(nz || x != x) {
					return 0, 0
				}
			}
			return b2f(!isAny), 0
		})
		return []value.Value{newResult(value.Logical, p.view.out, re, nil)}, nil
	}
}

func nnzFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	a, err := denseArg("nnz", x)
	if err != nil {
		return nil, err
	}
	n := 0
	for i, v := range a.Re {
		if v != 0 || imAt(a.Im, i) != 0 {
			n++
		}
	}
	return []value.Value{value.Num(float64(n))}, nil
}

func findFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	limit := -1
	dir := "first"
	if err := c.Unpack("x", &x, "n?", &limit, "direction?", &dir); err != nil {
		return nil, err
	}
	if len(c.Args) >= 2 && limit < 0 {
		return nil, value.Errorf("MATLAB:find:nonIntegerArg", "Second argument must be a positive scalar integer.")
	}
	dir = strings.ToLower(dir)
	if dir != "first" && dir != "last" {
		return nil, value.Errorf("MATLAB:find:invalidDirection", "Invalid search direction type. Specify 'first' or 'last'.")
	}
	a, err := denseArg("find", x)
	if err != nil {
		return nil, err
	}
	var hits []int
	for i, v := range a.Re {
		if v != 0 || imAt(a.Im, i) != 0 {
			hits = append(hits, i)
		}
	}
	if limit >= 0 && len(hits) > limit {
		if dir == "last" {
			hits = hits[len(hits)-limit:]
		} else {
			hits = hits[:limit]
		}
	}
	d := a.Size()
	n := len(hits)
	// A row vector input gives row results; anything else gives columns.
	outDims := value.Dims{n, 1}
	switch {
	case len(d) == 2 && d[0] == 1 && d[1] != 1:
		outDims = value.Dims{1, n}
	case n == 0 && len(d) == 2 && d[0] == 0 && d[1] == 0:
		outDims = value.Dims{0, 0}
	case n == 0 && d.IsScalar():
		outDims = value.Dims{0, 0}
	}
	if c.Nargout <= 1 {
		idx := make([]float64, n)
		for i, h := range hits {
			idx[i] = float64(h + 1)
		}
		return []value.Value{newResult(value.Double, outDims, idx, nil)}, nil
	}
	m := d.Rows()
	rows := make([]float64, n)
	cols := make([]float64, n)
	vr := make([]float64, n)
	var vi []float64
	if a.Im != nil {
		vi = make([]float64, n)
	}
	for i, h := range hits {
		rows[i] = float64(h%max(m, 1) + 1)
		cols[i] = float64(h/max(m, 1) + 1)
		vr[i] = a.Re[h]
		if vi != nil {
			vi[i] = a.Im[h]
		}
	}
	vcl := a.Class()
	if vcl == value.Char {
		vcl = value.Double
	}
	return []value.Value{newResult(value.Double, outDims, rows, nil), newResult(value.Double, outDims, cols, nil), newResult(vcl, outDims, vr, vi)}, nil
}
