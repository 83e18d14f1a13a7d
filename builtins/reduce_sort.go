package builtins

import (
	"math"
	"math/cmplx"
	"slices"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "sort", Fn: sortFn, Doc: "sort(x), sort(x,dim), sort(...,'ascend'|'descend'), sort(...,'MissingPlacement','auto'|'first'|'last'), sort(...,'ComparisonMethod','auto'|'real'|'abs'), [s,i] = sort(...): stable sort (NaN last ascending, first descending; complex by modulus then angle); cellstr and strings sort by character codes"},
		{Name: "sortrows", Fn: sortrowsFn, Doc: "sortrows(A), sortrows(A,cols) (negative columns descend), sortrows(A,cols,'ascend'|'descend'), [B,i] = sortrows(...): sort the rows of a matrix or cellstr column"},
		{Name: "issorted", Fn: issortedFn, Doc: "issorted(x), issorted(x,'ascend'|'descend'): whether a vector is sorted (NaN last ascending)"},
	})
}

// lessNum orders real or complex numbers for an ascending (or descending)
// sort: NaN goes last when ascending and first when descending, complex
// numbers by modulus and then phase angle.
func lessNum(ar, ai, br, bi float64, isComplex, descend bool) bool {
	return sortOrder{descend: descend, byAbs: isComplex, nanFirst: descend}.less(ar, ai, br, bi)
}

// sortOrder is how sort compares numbers: the direction, whether by
// modulus and then phase angle in (-π, π] ('abs') or by real and then
// imaginary part ('real'), and whether missing values (NaN in either part)
// go first rather than last, whatever the direction.
type sortOrder struct {
	descend, byAbs, nanFirst bool
}

// less reports whether ar+ai·i sorts before br+bi·i.
func (o sortOrder) less(ar, ai, br, bi float64) bool {
	an, bn := ar != ar || ai != ai, br != br || bi != bi
	if an || bn {
		if o.nanFirst {
			return an && !bn
		}
		return !an && bn
	}
	x, y, xt, yt := ar, br, ai, bi
	if o.byAbs {
		x, y = cmplx.Abs(complex(ar, ai)), cmplx.Abs(complex(br, bi))
		xt, yt = math.Atan2(ai, ar), math.Atan2(bi, br)
	}
	if x == y {
		x, y = xt, yt
	}
	if o.descend {
		return x > y
	}
	return x < y
}

// keyedIndex is one element of a real vector being sorted, with its
// 0-based position along the sorted dimension.
type keyedIndex struct {
	v float64
	i int
}

// sortReal sorts every vector of real data along a dimension into re and
// idx (1-based positions), keeping equal elements in their original order
// and NaN last (first when descending), as MATLAB's sort does.
func sortReal(data []float64, v sliceView, descend bool, re, idx []float64) {
	if v.n >= radixMinLen {
		vals, perm := make([]float64, v.n), make([]uint32, v.n)
		for s := range v.count {
			b := v.base(s)
			for j := range vals {
				vals[j] = data[b+j*v.stride]
			}
			radixSortFloats(vals, descend, perm)
			for j, x := range vals {
				o := b + j*v.stride
				re[o] = x
				idx[o] = float64(perm[j] + 1)
			}
		}
		return
	}
	ps := make([]keyedIndex, v.n)
	for s := range v.count {
		b := v.base(s)
		for j := range ps {
			ps[j] = keyedIndex{data[b+j*v.stride], j}
		}
		slices.SortFunc(ps, func(x, y keyedIndex) int {
			xn, yn := x.v != x.v, y.v != y.v
			switch {
			case xn != yn:
				if xn == descend {
					return -1
				}
				return 1
			case !xn && x.v != y.v:
				if (x.v < y.v) != descend {
					return -1
				}
				return 1
			}
			return x.i - y.i
		})
		for j, p := range ps {
			o := b + j*v.stride
			re[o] = p.v
			idx[o] = float64(p.i + 1)
		}
	}
}

// sortValues sorts every vector of real data along a dimension into re when
// the permutation is not needed: NaN last ascending, first descending.
func sortValues(data []float64, v sliceView, descend bool, re []float64) {
	tmp := make([]float64, v.n)
	for s := range v.count {
		b := v.base(s)
		for j := range tmp {
			tmp[j] = data[b+j*v.stride]
		}
		if v.n >= radixMinLen {
			radixSortFloats(tmp, descend, nil)
			for j, x := range tmp {
				re[b+j*v.stride] = x
			}
			continue
		}
		slices.Sort(tmp) // NaNs sort first
		nan := 0
		for nan < len(tmp) && tmp[nan] != tmp[nan] {
			nan++
		}
		for j := range tmp {
			var x float64
			switch {
			case descend && j < nan, !descend && j >= len(tmp)-nan:
				x = math.NaN()
			case descend:
				x = tmp[len(tmp)-1-(j-nan)]
			default:
				x = tmp[nan+j]
			}
			re[b+j*v.stride] = x
		}
	}
}

// sortDirection reads 'ascend' or 'descend'.
func sortDirection(fn, s string) (bool, error) {
	switch strings.ToLower(s) {
	case "ascend":
		return false, nil
	case "descend":
		return true, nil
	}
	return false, value.Errorf("MATLAB:"+fn+":sortDirection", "Sorting direction must be 'ascend' or 'descend'.")
}

// sortArgs reads sort's options after the array: a dimension, a direction
// and the MissingPlacement ('auto', 'first', 'last') and ComparisonMethod
// ('auto', 'real', 'abs') name-value pairs. dim is -1 when not given.
func sortArgs(args []value.Value) (dim int, descend bool, missing, method string, err error) {
	dim, missing, method = -1, "auto", "auto"
	for i := 0; i < len(args); i++ {
		s, ok := args[i].Text()
		if !ok {
			dims, err := dimsArg(args[i])
			if err != nil || len(dims) != 1 || i != 0 {
				return 0, false, "", "", errDimArg()
			}
			dim = dims[0]
			continue
		}
		name := strings.ToLower(s)
		if name != "missingplacement" && name != "comparisonmethod" {
			if descend, err = sortDirection("sort", s); err != nil {
				return 0, false, "", "", err
			}
			continue
		}
		choices, dst := []string{"auto", "first", "last"}, &missing
		if name == "comparisonmethod" {
			choices, dst = []string{"auto", "real", "abs"}, &method
		}
		val := ""
		if i+1 < len(args) {
			val, _ = args[i+1].Text()
		}
		if !slices.Contains(choices, strings.ToLower(val)) {
			return 0, false, "", "", value.Errorf("MATLAB:sort:"+name, "'%s' value must be '%s', '%s', or '%s'.", s, choices[0], choices[1], choices[2])
		}
		*dst = strings.ToLower(val)
		i++
	}
	return dim, descend, missing, method, nil
}

// moveMissing moves the NaNs that end each sorted vector (that start it
// when descend) to its other end, keeping their order and that of the
// rest; idx, when not nil, moves alongside.
func moveMissing(re, idx []float64, v sliceView, descend bool) {
	vals, pos := make([]float64, v.n), make([]float64, v.n)
	for s := range v.count {
		b := v.base(s)
		nan := 0
		for j := range v.n {
			o := b + j*v.stride
			vals[j] = re[o]
			if idx != nil {
				pos[j] = idx[o]
			}
			if re[o] != re[o] {
				nan++
			}
		}
		shift := nan // ascending: the NaNs at the end go to the front
		if descend {
			shift = v.n - nan
		}
		for j := range v.n {
			o := b + ((j+shift)%v.n)*v.stride
			re[o] = vals[j]
			if idx != nil {
				idx[o] = pos[j]
			}
		}
	}
}

func sortFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	x := c.Args[0]
	dim, descend, missing, method, err := sortArgs(c.Args[1:])
	if err != nil {
		return nil, err
	}
	if dim < 0 {
		dim = defaultDim(x.Size())
	}
	if texts, ok := sortableTexts(x); ok {
		return sortTexts(x, texts, dim, descend)
	}
	a, ok := x.Array()
	if !ok {
		return nil, undefinedFor("sort", x)
	}
	order := sortOrder{descend: descend, byAbs: method == "abs" || method == "auto" && a.Im != nil, nanFirst: missing == "first" || missing == "auto" && descend}
	v := viewAlong(a.Size(), dim)
	re := make([]float64, len(a.Re))
	var im []float64
	if a.Im != nil {
		im = make([]float64, len(a.Re))
	}
	idx := make([]float64, len(a.Re))
	if a.Im == nil && !order.byAbs {
		// Real values in their own order: the fast paths, which put NaNs
		// where 'auto' does; move them when MissingPlacement says otherwise.
		if c.Nargout <= 1 {
			idx = nil
			sortValues(a.Re, v, descend, re)
		} else {
			sortReal(a.Re, v, descend, re, idx)
		}
		if order.nanFirst != descend {
			moveMissing(re, idx, v, descend)
		}
		out := value.FromRef(value.NewArrayFrom(a.Class(), a.Size().Clone(), re, nil))
		if idx == nil {
			return []value.Value{out}, nil
		}
		return []value.Value{out, newResult(value.Double, a.Size(), idx, nil)}, nil
	}
	perm := make([]int, v.n)
	for s := range v.count {
		b := v.base(s)
		for j := range perm {
			perm[j] = b + j*v.stride
		}
		sort.SliceStable(perm, func(p, q int) bool {
			return order.less(a.Re[perm[p]], imAt(a.Im, perm[p]), a.Re[perm[q]], imAt(a.Im, perm[q]))
		})
		for j, p := range perm {
			o := b + j*v.stride
			re[o] = a.Re[p]
			if im != nil {
				im[o] = a.Im[p]
			}
			idx[o] = float64((p-b)/v.stride + 1)
		}
	}
	out := value.FromRef(value.NewArrayFrom(a.Class(), a.Size().Clone(), re, im))
	return []value.Value{out, newResult(value.Double, a.Size(), idx, nil)}, nil
}

// sortableTexts returns the elements of a cell array of char vectors or a
// string array.
func sortableTexts(x value.Value) ([]string, bool) {
	switch r := x.Ref().(type) {
	case *value.StringArray:
		return r.Elems, true
	case *value.Cell:
		return interp.TextList(x)
	}
	return nil, false
}

// sortTexts sorts a cellstr or string array along dim by UTF-16 code
// units.
func sortTexts(x value.Value, texts []string, dim int, descend bool) ([]value.Value, error) {
	d := x.Size()
	v := viewAlong(d, dim)
	keys := make([]string, len(texts))
	for i, t := range texts {
		keys[i] = utf16Key(t)
	}
	order := make([]float64, len(texts))
	idx := make([]float64, len(texts))
	perm := make([]int, v.n)
	for s := range v.count {
		b := v.base(s)
		for j := range perm {
			perm[j] = b + j*v.stride
		}
		sort.SliceStable(perm, func(p, q int) bool {
			if descend {
				return keys[perm[p]] > keys[perm[q]]
			}
			return keys[perm[p]] < keys[perm[q]]
		})
		for j, p := range perm {
			o := b + j*v.stride
			order[o] = float64(p + 1)
			idx[o] = float64((p-b)/v.stride + 1)
		}
	}
	sorted, err := value.Index(x, []value.Value{value.FromRef(value.NewArrayFrom(value.Double, d.Clone(), order, nil))})
	if err != nil {
		return nil, err
	}
	return []value.Value{sorted, newResult(value.Double, d, idx, nil)}, nil
}

// utf16Key maps text to a string whose byte order is the order of its
// UTF-16 code units, as MATLAB compares text.
func utf16Key(s string) string {
	a, _ := value.Str(s).Array()
	var b strings.Builder
	for _, u := range a.Re {
		b.WriteByte(byte(int(u) >> 8))
		b.WriteByte(byte(int(u)))
	}
	return b.String()
}

func sortrowsFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	x := c.Args[0]
	var cols []float64
	descend := false
	for _, a := range c.Args[1:] {
		if s, ok := a.Text(); ok {
			d, err := sortDirection("sortrows", s)
			if err != nil {
				return nil, err
			}
			descend = d
			continue
		}
		xs, err := value.ToFloat64(a)
		if err != nil {
			return nil, value.Errorf("MATLAB:sortrows:COLmismatchX", "COL must be a vector of nonzero integers.")
		}
		cols = xs
	}
	if texts, ok := sortableTexts(x); ok && x.Size().Cols() == 1 {
		return sortTexts(x, texts, 0, descend)
	}
	a, ok := x.Array()
	if !ok || !a.Size().IsMatrix() {
		return nil, value.Errorf("MATLAB:sortrows:inputDimensionMismatch", "Input must be a 2-D matrix.")
	}
	m, n := a.Size().Rows(), a.Size().Cols()
	if cols == nil {
		for j := range n {
			cols = append(cols, float64(j+1))
		}
	}
	for _, cl := range cols {
		if cl == 0 || cl != math.Trunc(cl) || math.Abs(cl) > float64(n) {
			return nil, value.Errorf("MATLAB:sortrows:COLmismatchX", "COL must be a vector of nonzero integers no larger than the number of columns of the input.")
		}
	}
	perm := make([]int, m)
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(p, q int) bool {
		for _, cl := range cols {
			j := int(math.Abs(cl)) - 1
			desc := (cl < 0) != descend
			ar, ai := a.Re[j*m+perm[p]], imAt(a.Im, j*m+perm[p])
			br, bi := a.Re[j*m+perm[q]], imAt(a.Im, j*m+perm[q])
			if lessNum(ar, ai, br, bi, a.Im != nil, desc) {
				return true
			}
			if lessNum(br, bi, ar, ai, a.Im != nil, desc) {
				return false
			}
		}
		return false
	})
	re := make([]float64, len(a.Re))
	var im []float64
	if a.Im != nil {
		im = make([]float64, len(a.Re))
	}
	idx := make([]float64, m)
	for i, p := range perm {
		idx[i] = float64(p + 1)
		for j := range n {
			re[j*m+i] = a.Re[j*m+p]
			if im != nil {
				im[j*m+i] = a.Im[j*m+p]
			}
		}
	}
	out := value.FromRef(value.NewArrayFrom(a.Class(), a.Size().Clone(), re, im))
	return []value.Value{out, value.ColVector(idx)}, nil
}

func issortedFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	dir := "ascend"
	if err := c.Unpack("x", &x, "direction?", &dir); err != nil {
		return nil, err
	}
	descend, err := sortDirection("issorted", dir)
	if err != nil {
		return nil, err
	}
	if texts, ok := sortableTexts(x); ok {
		for i := 1; i < len(texts); i++ {
			p, q := utf16Key(texts[i-1]), utf16Key(texts[i])
			if descend && p < q || !descend && p > q {
				return []value.Value{value.Bool(false)}, nil
			}
		}
		return []value.Value{value.Bool(true)}, nil
	}
	a, err := denseArg("issorted", x)
	if err != nil {
		return nil, err
	}
	if !a.Size().IsVector() && !a.Size().IsEmpty() {
		return nil, value.Errorf("gomat:notImplemented", "issorted: matrices are not supported; pass a vector.")
	}
	for i := 1; i < len(a.Re); i++ {
		if lessNum(a.Re[i], imAt(a.Im, i), a.Re[i-1], imAt(a.Im, i-1), a.Im != nil, descend) {
			return []value.Value{value.Bool(false)}, nil
		}
	}
	return []value.Value{value.Bool(true)}, nil
}
