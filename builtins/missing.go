package builtins

import (
	"math"
	"slices"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "ismissing", Fn: ismissingFn, Doc: "ismissing(A), ismissing(A,indicator): true where A holds a standard missing value (NaN in double and single, <missing> in strings, '' in a cell array of character vectors, ' ' in char) or, with indicator, one of the given values"},
		{Name: "rmmissing", Fn: rmmissingFn, Doc: "rmmissing(A), rmmissing(A,dim), rmmissing(...,'MinNumMissing',n), [B,TF] = rmmissing(...): remove missing entries of a vector, or the rows (dim 1) or columns (dim 2) of a matrix holding missing values"},
		{Name: "fillmissing", Fn: fillmissingFn, Doc: "fillmissing(A,'constant',v), fillmissing(A,method) with method 'previous', 'next' or 'linear', fillmissing(...,dim), [F,TF] = fillmissing(...): fill the NaN values of a numeric array along the first non-singleton dimension or dim"},
	})
}

// missingMask returns which elements of v are missing: the standard
// missing values, or those equal to one of indicator when it is given.
func missingMask(v value.Value, indicator *value.Value) ([]bool, error) {
	if indicator != nil {
		if a, ok := v.Array(); ok && a.Class() != value.Char {
			ind, err := value.ToFloat64(*indicator)
			if err != nil {
				return nil, value.Errorf("gomat:notImplemented", "ismissing: a non-numeric indicator for numeric data is not supported.")
			}
			m := make([]bool, len(a.Re))
			for i, x := range a.Re {
				m[i] = slices.ContainsFunc(ind, func(y float64) bool { return x == y || x != x && y != y })
			}
			return m, nil
		}
		ind, ok := interp.TextList(*indicator)
		if !ok {
			return nil, value.Errorf("gomat:notImplemented", "ismissing: a non-text indicator for text data is not supported.")
		}
		texts, ok := interp.TextList(v)
		if _, isChar := v.Array(); !ok || isChar {
			return nil, value.Errorf("gomat:notImplemented", "ismissing: indicators are supported for numeric, string and cell array data only.")
		}
		m := make([]bool, len(texts))
		for i, t := range texts {
			m[i] = slices.Contains(ind, t)
		}
		return m, nil
	}
	switch r := v.Ref().(type) {
	case *value.StringArray:
		m := make([]bool, len(r.Elems))
		for i := range m {
			m[i] = r.Missing != nil && r.Missing[i]
		}
		return m, nil
	case *value.Cell:
		m := make([]bool, len(r.Elems))
		for i, e := range r.Elems {
			a, ok := e.Array()
			if !ok || a.Class() != value.Char || !a.Size().IsMatrix() || a.Size().Rows() > 1 && len(a.Re) > 0 {
				return nil, value.Errorf("MATLAB:ismissing:CellNotCellstr", "Cell array input must be a cell array of character vectors.")
			}
			m[i] = len(a.Re) == 0
		}
		return m, nil
	}
	if a, ok := v.Array(); ok {
		m := make([]bool, len(a.Re))
		for i, x := range a.Re {
			switch {
			case a.Class() == value.Char:
				m[i] = x == ' '
			case a.Class().IsFloat():
				m[i] = x != x || a.Im != nil && a.Im[i] != a.Im[i]
			}
		}
		return m, nil
	}
	return make([]bool, v.Size().Numel()), nil
}

func ismissingFn(c *interp.Call) ([]value.Value, error) {
	var av, ind value.Value
	if err := c.Unpack("A", &av, "indicator?", &ind); err != nil {
		return nil, err
	}
	var ip *value.Value
	if len(c.Args) > 1 {
		ip = &ind
	}
	m, err := missingMask(av, ip)
	if err != nil {
		return nil, err
	}
	return []value.Value{boolArray(av.Size().Clone(), m)}, nil
}

func rmmissingFn(c *interp.Call) ([]value.Value, error) {
	var av value.Value
	dimArg, minMissing := 0, 1
	if err := c.Unpack("A", &av, "dim?", &dimArg, "-MinNumMissing", &minMissing); err != nil {
		return nil, err
	}
	m, err := missingMask(av, nil)
	if err != nil {
		return nil, err
	}
	d := av.Size()
	if !d.IsMatrix() {
		return nil, value.Errorf("gomat:notImplemented", "rmmissing: N-D arrays are not supported.")
	}
	rows, cols := d.Rows(), d.Cols()
	dim := 1
	switch {
	case positionalCount(c.Args) >= 2:
		if dimArg != 1 && dimArg != 2 {
			return nil, value.Errorf("MATLAB:rmmissing:DimensionInvalid", "Dimension must be 1 or 2.")
		}
		dim = dimArg
	case rows == 1:
		dim = 2
	}
	// A vector loses elements; a matrix loses the rows (dim 1) or columns
	// (dim 2) with at least minMissing missing entries.
	nLines, lineLen := rows, cols
	if dim == 2 {
		nLines, lineLen = cols, rows
	}
	drop := make([]bool, nLines)
	for l := range nLines {
		cnt := 0
		for k := range lineLen {
			i := l + k*rows
			if dim == 2 {
				i = k + l*rows
			}
			if m[i] {
				cnt++
			}
		}
		drop[l] = cnt >= max(minMissing, 1) && lineLen > 0
	}
	keep := make([]float64, 0, nLines)
	for l, dr := range drop {
		if !dr {
			keep = append(keep, float64(l+1))
		}
	}
	idx := []value.Value{value.Colon(), value.Colon()}
	idx[dim-1] = numArray(value.Dims{len(keep), 1}, keep)
	out, err := value.Index(av, idx)
	if err != nil {
		return nil, err
	}
	tfDims := value.Dims{nLines, 1}
	if dim == 2 {
		tfDims = value.Dims{1, nLines}
	}
	return []value.Value{out, boolArray(tfDims, drop)}, nil
}

func fillmissingFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, ok := c.Args[0].Array()
	if !ok || a.Class() == value.Char || a.IsComplex() {
		return nil, value.Errorf("gomat:notImplemented", "fillmissing: only real numeric and logical arrays are supported.")
	}
	method, ok := c.Args[1].Text()
	if !ok {
		return nil, value.Errorf("MATLAB:fillmissing:MethodInvalid", "Fill method must be 'constant', 'previous', 'next', 'nearest', 'linear', 'spline', 'pchip', 'makima', 'movmean', 'movmedian', or 'knn'.")
	}
	method = strings.ToLower(method)
	rest := c.Args[2:]
	var fill []float64
	switch method {
	case "constant":
		if len(rest) == 0 {
			return nil, value.Errorf("MATLAB:fillmissing:ConstantInput", "Fill value must be specified for the 'constant' method.")
		}
		var err error
		if fill, err = value.ToFloat64(rest[0]); err != nil || len(fill) == 0 {
			return nil, value.Errorf("MATLAB:fillmissing:ConstantInvalid", "Fill constant must be a numeric scalar or vector.")
		}
		rest = rest[1:]
	case "previous", "next", "linear":
	case "nearest", "spline", "pchip", "makima", "movmean", "movmedian", "knn":
		return nil, value.Errorf("gomat:notImplemented", "fillmissing: method '%s' is not supported.", method)
	default:
		return nil, value.Errorf("MATLAB:fillmissing:MethodInvalid", "Fill method must be 'constant', 'previous', 'next', 'nearest', 'linear', 'spline', 'pchip', 'makima', 'movmean', 'movmedian', or 'knn'.")
	}
	d := a.Size()
	dim := defaultDim(d)
	if len(rest) > 0 {
		if s, isText := rest[0].Text(); isText {
			return nil, value.Errorf("gomat:notImplemented", "fillmissing: option '%s' is not supported.", s)
		}
		ds, err := dimsArg(rest[0])
		if err != nil || len(ds) != 1 {
			return nil, errDimArg()
		}
		dim, rest = ds[0], rest[1:]
	}
	if len(rest) > 0 {
		s, _ := rest[0].Text()
		return nil, value.Errorf("gomat:notImplemented", "fillmissing: option '%s' is not supported.", s)
	}
	v := viewAlong(d, dim)
	if method == "constant" && len(fill) != 1 && len(fill) != v.count {
		return nil, value.Errorf("MATLAB:fillmissing:SizeConstant", "Fill constant must be a scalar or a vector with one element per slice.")
	}
	out := append([]float64(nil), a.Re...)
	filled := make([]bool, len(out))
	buf := make([]float64, 0, v.n)
	for o := range v.count {
		xs := v.gather(a.Re, o, buf)
		b := v.base(o)
		for j := range xs {
			if xs[j] == xs[j] {
				continue
			}
			y := fillValue(method, xs, j)
			if method == "constant" {
				y = fill[min(o, len(fill)-1)]
			}
			out[b+j*v.stride] = y
			filled[b+j*v.stride] = y == y
		}
	}
	cl := a.Class()
	if cl == value.Logical {
		cl = value.Double
	}
	return []value.Value{newResult(cl, d, out, nil), boolArray(d.Clone(), filled)}, nil
}

// fillValue is the value that fills the missing xs[j] by method
// 'previous', 'next' or 'linear' (NaN when there is none).
func fillValue(method string, xs []float64, j int) float64 {
	prev, next := prevKnown(xs, j), nextKnown(xs, j)
	pick := func(k int) float64 {
		if k < 0 {
			return math.NaN()
		}
		return xs[k]
	}
	switch method {
	case "previous":
		return pick(prev)
	case "next":
		return pick(next)
	}
	// Linear: interpolate between the neighbours, or extrapolate from the
	// two nearest known points beyond an end.
	p, q := prev, next
	switch {
	case p < 0 && q >= 0:
		p, q = q, nextKnown(xs, q)
	case q < 0 && p >= 0:
		q, p = p, prevKnown(xs, p)
	}
	if p < 0 || q < 0 {
		return math.NaN()
	}
	return xs[p] + (xs[q]-xs[p])*float64(j-p)/float64(q-p)
}

// nextKnown is the index of the first non-NaN element after k, or -1.
func nextKnown(xs []float64, k int) int {
	for i := k + 1; i < len(xs); i++ {
		if xs[i] == xs[i] {
			return i
		}
	}
	return -1
}

// prevKnown is the index of the last non-NaN element before k, or -1.
func prevKnown(xs []float64, k int) int {
	for i := k - 1; i >= 0; i-- {
		if xs[i] == xs[i] {
			return i
		}
	}
	return -1
}
