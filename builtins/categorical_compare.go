package builtins

import (
	"slices"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// catSide is one operand of a comparison involving a categorical array:
// element names, which elements are undefined (or <missing>), and the
// categorical itself when it is one.
type catSide struct {
	dims   value.Dims
	labels []string
	undef  []bool
	cat    *Categorical
}

// readCatSide reads a categorical or text operand.
func readCatSide(v value.Value) (catSide, bool) {
	if c, ok := v.Ref().(*Categorical); ok {
		s := catSide{dims: c.Size(), labels: c.Labels(), undef: make([]bool, len(c.codes.Re)), cat: c}
		for i, x := range c.codes.Re {
			s.undef[i] = x == 0
		}
		return s, true
	}
	t, ok := readTexts(v)
	if !ok {
		return catSide{}, false
	}
	s := catSide{dims: t.dims, labels: t.elems, undef: make([]bool, len(t.elems))}
	for i := range s.undef {
		s.undef[i] = t.isMissing(i)
	}
	return s, true
}

// CompareCategorical returns a == b (negate: a ~= b) element by element
// for a categorical operand and a categorical or text one, comparing
// category names; <undefined> equals nothing. A scalar operand is compared
// with every element of the other. The result is a logical array.
func CompareCategorical(a, b value.Value, negate bool) (value.Value, error) {
	x, okA := readCatSide(a)
	y, okB := readCatSide(b)
	if !okA || !okB {
		return value.Value{}, value.Errorf("MATLAB:categorical:InvalidComparisonTypes", "Invalid types for comparison.")
	}
	if x.cat != nil && y.cat != nil && x.cat.ordinal && y.cat.ordinal && !slices.Equal(x.cat.cats, y.cat.cats) {
		return value.Value{}, value.Errorf("MATLAB:categorical:InvalidOrdinalComparison", "Relational comparisons are not allowed for ordinal categorical arrays that do not have the same categories with the same order.")
	}
	n := len(x.labels)
	d := x.dims
	switch {
	case len(y.labels) == 1:
	case n == 1:
		n, d = len(y.labels), y.dims
	case !x.dims.Equal(y.dims):
		return value.Value{}, value.Errorf("MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.")
	}
	out := make([]bool, n)
	for i := range out {
		xi, yi := min(i, len(x.labels)-1), min(i, len(y.labels)-1)
		eq := !x.undef[xi] && !y.undef[yi] && x.labels[xi] == y.labels[yi]
		out[i] = eq != negate
	}
	return boolArray(d, out), nil
}

func catCompareFn(negate bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 2, 2); err != nil {
			return nil, err
		}
		return oneResult(CompareCategorical(c.Args[0], c.Args[1], negate))
	}
}

func catIsequalFn(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, -1); err != nil {
		return nil, err
	}
	for _, b := range c.Args[1:] {
		x, okA := readCatSide(c.Args[0])
		y, okB := readCatSide(b)
		if !okA || !okB || !x.dims.Equal(y.dims) {
			return one(value.Bool(false))
		}
		for i := range x.labels {
			if x.undef[i] || y.undef[i] || x.labels[i] != y.labels[i] {
				return one(value.Bool(false))
			}
		}
	}
	return one(value.Bool(true))
}

func catIsmemberFn(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	x, okA := readCatSide(c.Args[0])
	y, okB := readCatSide(c.Args[1])
	if !okA || !okB {
		return nil, value.Errorf("MATLAB:categorical:ismember:TypeMismatch", "A and S must be categorical arrays or text.")
	}
	pos := map[string]int{}
	for i := len(y.labels) - 1; i >= 0; i-- {
		if !y.undef[i] {
			pos[y.labels[i]] = i + 1
		}
	}
	tf := make([]bool, len(x.labels))
	loc := make([]float64, len(x.labels))
	for i, l := range x.labels {
		if k, ok := pos[l]; ok && !x.undef[i] {
			tf[i], loc[i] = true, float64(k)
		}
	}
	return []value.Value{boolArray(x.dims, tf), value.FromRef(value.NewArrayFrom(value.Double, x.dims.Clone(), loc, nil))}, nil
}

func catSummaryFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	names := append([]string(nil), a.cats...)
	d := a.Size()
	r := d.Rows()
	cols := d.Numel() / max(r, 1)
	if d.IsVector() {
		r, cols = d.Numel(), 1
	}
	counts := make([][]int, len(names)+1)
	for i := range counts {
		counts[i] = make([]int, cols)
	}
	undef := false
	for i, x := range a.codes.Re {
		k := int(x) - 1
		if x == 0 {
			k, undef = len(names), true
		}
		counts[k][i/max(r, 1)%cols]++
	}
	if undef {
		names = append(names, undefinedLabel)
	}
	cell := func(k, j int) string {
		if j == 0 {
			return names[k]
		}
		return strconv.Itoa(counts[k][j-1])
	}
	g := textGrid{rows: len(names), cols: cols + 1, cell: cell}
	if d.IsMatrix() && d.Rows() == 1 {
		g = textGrid{rows: 2, cols: len(names), cell: func(i, j int) string { return cell(j, i) }}
	}
	var b strings.Builder
	g.write(&b, c.In.Format.Compact, c.In.Width)
	c.In.Out.WriteString(b.String())
	return nil, nil
}
