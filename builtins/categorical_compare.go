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

// catCompareError is the error for operands a categorical comparison
// cannot take.
func catCompareError(a, b value.Value) error {
	if a.Class() == value.StringClass && a.Numel() != 1 || b.Class() == value.StringClass && b.Numel() != 1 {
		return value.Errorf("MATLAB:categorical:InvalidComparisonTypesString", "Comparing a categorical array to a string array is only supported for a string scalar.")
	}
	return value.Errorf("MATLAB:categorical:InvalidComparisonTypes", "Invalid types for comparison.")
}

// catComparable reads the operands of a comparison as MATLAB's
// reconcileCategories does: two categorical arrays (ordinal ones must have
// the same categories in the same order, and both or neither must be
// ordinal), or one categorical array and text (a char row, a cell array of
// char vectors or a string scalar). Text that names no category of an
// ordinal array is an error. With requireOrdinal (<, <=, >, >=) the
// categorical operands must be ordinal.
func catComparable(a, b value.Value, requireOrdinal bool) (x, y catSide, err error) {
	ca, okA := a.Ref().(*Categorical)
	cb, okB := b.Ref().(*Categorical)
	notOrdinal := value.Errorf("MATLAB:categorical:NotOrdinal", "Relational comparisons are not allowed for categorical arrays that are not ordinal.")
	switch {
	case okA && okB:
		if requireOrdinal && (!ca.ordinal || !cb.ordinal) {
			return x, y, notOrdinal
		}
		if ca.ordinal != cb.ordinal {
			return x, y, value.Errorf("MATLAB:categorical:OrdinalMismatchComparison", "Relational comparisons are not allowed between ordinal and non-ordinal categorical arrays.")
		}
		if ca.ordinal && !slices.Equal(ca.cats, cb.cats) {
			return x, y, value.Errorf("MATLAB:categorical:InvalidOrdinalComparison", "Relational comparisons are not allowed for ordinal categorical arrays that do not have the same categories with the same order.")
		}
	case okA || okB:
		cat, text := ca, b
		if okB {
			cat, text = cb, a
		}
		if text.Class() == value.StringClass && text.Numel() != 1 || text.Class() == value.Char && text.Size().Rows() > 1 {
			return x, y, catCompareError(a, b)
		}
		if requireOrdinal && !cat.ordinal {
			return x, y, notOrdinal
		}
		t, ok := readCatSide(text)
		if !ok {
			return x, y, catCompareError(a, b)
		}
		for i, l := range t.labels {
			if cat.ordinal && !t.undef[i] && l != "" && cat.categoryIndex(l) == 0 {
				return x, y, value.Errorf("MATLAB:categorical:ProtectedForCombination", "Unable to compare the text '%s' with an ordinal categorical array: it is not one of its categories.", l)
			}
		}
	default:
		return x, y, catCompareError(a, b)
	}
	x, _ = readCatSide(a)
	y, _ = readCatSide(b)
	return x, y, nil
}

// catBroadcast applies f to each pair of elements of x and y, a scalar
// operand pairing with every element of the other; the result is a logical
// array.
func catBroadcast(x, y catSide, f func(i, j int) bool) (value.Value, error) {
	n, d := len(x.labels), x.dims
	switch {
	case len(y.labels) == 1:
	case n == 1:
		n, d = len(y.labels), y.dims
	case !x.dims.Equal(y.dims):
		return value.Value{}, value.Errorf("MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.")
	}
	out := make([]bool, n)
	for i := range out {
		out[i] = f(min(i, len(x.labels)-1), min(i, len(y.labels)-1))
	}
	return boolArray(d, out), nil
}

// CompareCategorical returns a == b (negate: a ~= b) element by element
// for a categorical operand and a categorical or text one, comparing
// category names; <undefined> equals nothing. A scalar operand is compared
// with every element of the other. The result is a logical array.
func CompareCategorical(a, b value.Value, negate bool) (value.Value, error) {
	x, y, err := catComparable(a, b, false)
	if err != nil {
		return value.Value{}, err
	}
	return catBroadcast(x, y, func(i, j int) bool {
		eq := !x.undef[i] && !y.undef[j] && x.labels[i] == y.labels[j]
		return eq != negate
	})
}

func catCompareFn(negate bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 2, 2); err != nil {
			return nil, err
		}
		return oneResult(CompareCategorical(c.Args[0], c.Args[1], negate))
	}
}

// catOrderFn implements lt, le, gt and ge for ordinal categorical arrays:
// elements compare by the position of their category, and a comparison
// involving <undefined> is false. cmp tests the sign of the difference of
// the positions.
func catOrderFn(cmp func(d int) bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 2, 2); err != nil {
			return nil, err
		}
		x, y, err := catComparable(c.Args[0], c.Args[1], true)
		if err != nil {
			return nil, err
		}
		cat := x.cat
		if cat == nil {
			cat = y.cat
		}
		return oneResult(catBroadcast(x, y, func(i, j int) bool {
			if x.undef[i] || y.undef[j] {
				return false
			}
			return cmp(cat.categoryIndex(x.labels[i]) - cat.categoryIndex(y.labels[j]))
		}))
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

// catSummaryFn prints what summary(A) shows since MATLAB R2024b: a header
// naming the array and its size ("A: 1×5 categorical"), a blank line, and
// the count of each category and of <undefined> elements, along the rows
// for a row vector and down the columns otherwise (one column of counts
// per column of A).
func catSummaryFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	names := append(append([]string(nil), a.cats...), undefinedLabel)
	d := a.Size()
	r := d.Rows()
	cols := d.Numel() / max(r, 1)
	if d.IsVector() {
		r, cols = d.Numel(), 1
	}
	counts := make([][]int, len(names))
	for i := range counts {
		counts[i] = make([]int, cols)
	}
	for i, x := range a.codes.Re {
		k := int(x) - 1
		if x == 0 {
			k = len(names) - 1
		}
		counts[k][i/max(r, 1)%cols]++
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
	if name := c.InputName(0); name != "" {
		b.WriteString(name + ": ")
	}
	b.WriteString(d.String() + " categorical\n")
	if !c.In.Format.Compact {
		b.WriteString("\n")
	}
	g.write(&b, c.In.Format.Compact, c.In.Width)
	c.In.Out.WriteString(b.String())
	return nil, nil
}
