package builtins

import (
	"math"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// maxDims bounds the dimension arguments that make an output with that many
// dimensions: beyond it the size vector alone would not fit in memory.
const maxDims = 1 << 20

func init() {
	interp.RegisterMethods("categorical", []interp.Builtin{
		{Name: "categories", Fn: categoriesFn, Doc: "C = categories(A): the category names, an N×1 cell array of char vectors"},
		{Name: "countcats", Fn: countcatsFn, Doc: "B = countcats(A), countcats(A,dim): number of elements in each category along the first non-singleton dimension (or dim)"},
		{Name: "addcats", Fn: addcatsFn, Doc: "B = addcats(A,newcats): append categories"},
		{Name: "removecats", Fn: removecatsFn, Doc: "B = removecats(A), removecats(A,oldcats): remove unused categories, or the named ones (their elements become <undefined>)"},
		{Name: "renamecats", Fn: renamecatsFn, Doc: "B = renamecats(A,newnames), renamecats(A,oldnames,newnames): rename categories"},
		{Name: "reordercats", Fn: reordercatsFn, Doc: "B = reordercats(A), reordercats(A,neworder): reorder categories (alphabetically by default; neworder by name or position)"},
		{Name: "isundefined", Fn: isundefinedFn, Doc: "TF = isundefined(A): true for <undefined> elements"},
		{Name: "isordinal", Fn: isordinalFn, Doc: "tf = isordinal(A): true for an ordinal categorical array"},
		{Name: "iscategory", Fn: iscategoryFn, Doc: "TF = iscategory(A,catnames): true for the names that are categories of A"},
		{Name: "unique", Fn: catUniqueFn, Doc: "[C,ia,ic] = unique(A): the distinct values in category order (each <undefined> kept)"},
		{Name: "string", Fn: catStringFn, Doc: "S = string(A): category names as a string array (<missing> for <undefined>)"},
		{Name: "cellstr", Fn: catCellstrFn, Doc: "C = cellstr(A): category names as a cell array of char vectors"},
		{Name: "char", Fn: catCharFn, Doc: "C = char(A): category names as a char matrix, one per row"},
		{Name: "double", Fn: catDoubleFn, Doc: "X = double(A): category numbers (NaN for <undefined>)"},
		{Name: "isequal", Fn: catIsequalFn, Doc: "tf = isequal(A,B,...): same size and same category names element by element"},
		{Name: "ismember", Fn: catIsmemberFn, Doc: "[TF,loc] = ismember(A,S): elements of A found in S (categorical or text)"},
		{Name: "reshape", Fn: catReshapeFn, Doc: "B = reshape(A,m,n,...), reshape(A,[m n ...]): reshape a categorical array"},
		{Name: "transpose", Fn: catTransposeFn, Doc: "B = transpose(A): transpose a categorical matrix"},
		{Name: "ctranspose", Fn: catTransposeFn, Doc: "B = ctranspose(A): transpose a categorical matrix"},
		{Name: "summary", Fn: catSummaryFn, Doc: "summary(A): print the array's name and size, then each category (and <undefined>) with its number of elements"},
		{Name: "eq", Fn: catCompareFn(false), Doc: "TF = eq(A,B): element-wise A == B by category name, with categorical, char, string or cellstr B"},
		{Name: "ne", Fn: catCompareFn(true), Doc: "TF = ne(A,B): element-wise A ~= B by category name"},
		{Name: "lt", Fn: catOrderFn(func(d int) bool { return d < 0 }), Doc: "TF = lt(A,B): element-wise A < B by category order, for ordinal categorical arrays"},
		{Name: "le", Fn: catOrderFn(func(d int) bool { return d <= 0 }), Doc: "TF = le(A,B): element-wise A <= B by category order, for ordinal categorical arrays"},
		{Name: "gt", Fn: catOrderFn(func(d int) bool { return d > 0 }), Doc: "TF = gt(A,B): element-wise A > B by category order, for ordinal categorical arrays"},
		{Name: "ge", Fn: catOrderFn(func(d int) bool { return d >= 0 }), Doc: "TF = ge(A,B): element-wise A >= B by category order, for ordinal categorical arrays"},
	})
}

// catArg returns argument i as a categorical array.
func catArg(c *interp.Call, i int) (*Categorical, error) {
	if i >= len(c.Args) {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, ok := c.Args[i].Ref().(*Categorical)
	if !ok {
		return nil, value.Errorf("MATLAB:categorical:"+c.Name+":InvalidInput", "%s: the first input must be a categorical array.", c.Name)
	}
	return a, nil
}

// catColumn returns names as an N×1 cell array of char vectors.
func catColumn(names []string) value.Value {
	return cellOfStrs(value.Dims{len(names), 1}, append([]string(nil), names...))
}

func categoriesFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	return one(catColumn(a.cats))
}

func countcatsFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self value.Value
	dim := 0
	if err := c.Unpack("A", &self, "dim?", &dim); err != nil {
		return nil, err
	}
	d := a.Size()
	if dim == 0 {
		dim = 1
		for k, n := range d {
			if n != 1 {
				dim = k + 1
				break
			}
		}
	}
	if dim < 1 {
		return nil, value.Errorf("MATLAB:categorical:countcats:InvalidDim", "Dimension argument must be a positive integer scalar.")
	}
	if dim > maxDims {
		return nil, value.Errorf("MATLAB:getdimarg:dimensionMustBePositiveInteger", "Dimension argument must be a positive integer scalar within indexing range.")
	}
	k := dim - 1
	out := make([]int, max(len(d), k+1))
	for i := range out {
		out[i] = d.At(i)
	}
	out[k] = len(a.cats)
	od := value.MakeDims(out...)
	counts := make([]float64, od.Numel())
	inner, n := 1, d.At(k)
	for i := 0; i < k; i++ {
		inner *= d.At(i)
	}
	ncat := len(a.cats)
	for idx, x := range a.codes.Re {
		if x == 0 {
			continue
		}
		lo, outer := idx%inner, idx/(inner*n)
		counts[lo+inner*(int(x)-1)+inner*ncat*outer]++
	}
	return one(value.FromRef(value.NewArrayFrom(value.Double, od, counts, nil)))
}

func addcatsFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self value.Value
	var names []string
	if err := c.Unpack("A", &self, "newcats", &names); err != nil {
		return nil, err
	}
	cats := append([]string(nil), a.cats...)
	for _, n := range names {
		if a.categoryIndex(n) > 0 {
			return nil, value.Errorf("MATLAB:categorical:addcats:DuplicateCategoryNames", "%s is already a category.", n)
		}
		cats = append(cats, n)
	}
	return one(value.FromRef(&Categorical{codes: a.codes, cats: cats, ordinal: a.ordinal}))
}

// keepCategories returns a with only the categories for which keep is
// true; elements of removed categories become <undefined>.
func (c *Categorical) keepCategories(keep []bool) *Categorical {
	newPos := make([]float64, len(c.cats)+1)
	var cats []string
	for i, k := range keep {
		if k {
			cats = append(cats, c.cats[i])
			newPos[i+1] = float64(len(cats))
		}
	}
	codes := value.NewArray(value.Double, c.codes.Size().Clone())
	for i, x := range c.codes.Re {
		codes.Re[i] = newPos[int(x)]
	}
	return &Categorical{codes: codes, cats: cats, ordinal: c.ordinal}
}

func removecatsFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self value.Value
	var names []string
	if err := c.Unpack("A", &self, "oldcats?", &names); err != nil {
		return nil, err
	}
	keep := make([]bool, len(a.cats))
	if len(c.Args) < 2 {
		for _, x := range a.codes.Re {
			if x > 0 {
				keep[int(x)-1] = true
			}
		}
	} else {
		for i := range keep {
			keep[i] = true
		}
		for _, n := range names {
			if k := a.categoryIndex(strings.TrimSpace(n)); k > 0 {
				keep[k-1] = false
			}
		}
	}
	return one(value.FromRef(a.keepCategories(keep)))
}

func renamecatsFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self value.Value
	var first, second []string
	if err := c.Unpack("A", &self, "names", &first, "newnames?", &second); err != nil {
		return nil, err
	}
	cats := append([]string(nil), a.cats...)
	if len(c.Args) < 3 {
		if len(first) != len(cats) {
			return nil, value.Errorf("MATLAB:categorical:renamecats:IncorrectNumNames", "Number of new category names must match the number of categories.")
		}
		cats = first
	} else {
		if len(first) != len(second) {
			return nil, value.Errorf("MATLAB:categorical:renamecats:IncorrectNumNames", "Number of new category names must match the number of old category names.")
		}
		for i, old := range first {
			k := a.categoryIndex(old)
			if k == 0 {
				return nil, value.Errorf("MATLAB:categorical:renamecats:InvalidNames", "OLDNAMES contains categories that are not in A.")
			}
			cats[k-1] = second[i]
		}
	}
	if len(sortedUnique(cats)) != len(cats) {
		return nil, value.Errorf("MATLAB:categorical:renamecats:DuplicateNames", "NEWNAMES must contain unique, non-empty names.")
	}
	return one(value.FromRef(&Categorical{codes: a.codes, cats: cats, ordinal: a.ordinal}))
}

func reordercatsFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self, order value.Value
	if err := c.Unpack("A", &self, "neworder?", &order); err != nil {
		return nil, err
	}
	var names []string
	switch {
	case !order.Defined():
		names = sortedUnique(a.cats)
	default:
		if ns, ok := interp.TextList(order); ok {
			names = ns
			break
		}
		pos, err := value.ToFloat64(order)
		if err != nil {
			return nil, value.Errorf("MATLAB:categorical:reordercats:InvalidNeworder", "NEWORDER must be a list of category names or positions.")
		}
		for _, p := range pos {
			if p < 1 || p > float64(len(a.cats)) || p != math.Floor(p) {
				return nil, value.Errorf("MATLAB:categorical:reordercats:InvalidNeworder", "NEWORDER must be a permutation of the categories.")
			}
			names = append(names, a.cats[int(p)-1])
		}
	}
	if len(names) != len(a.cats) || len(sortedUnique(names)) != len(names) {
		return nil, value.Errorf("MATLAB:categorical:reordercats:InvalidNeworder", "NEWORDER must be a permutation of the categories.")
	}
	for _, n := range names {
		if a.categoryIndex(n) == 0 {
			return nil, value.Errorf("MATLAB:categorical:reordercats:InvalidNeworder", "NEWORDER must be a permutation of the categories.")
		}
	}
	out := newCategoricalCodes(a.Labels(), names, a.Size().Clone())
	out.ordinal = a.ordinal
	return one(value.FromRef(out))
}

func isundefinedFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	bs := make([]bool, len(a.codes.Re))
	for i, x := range a.codes.Re {
		bs[i] = x == 0
	}
	return one(boolArray(a.Size(), bs))
}

func isordinalFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	return one(value.Bool(a.ordinal))
}

func iscategoryFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self, names value.Value
	if err := c.Unpack("A", &self, "catnames", &names); err != nil {
		return nil, err
	}
	t, ok := readTexts(names)
	if !ok {
		return nil, value.Errorf("MATLAB:categorical:iscategory:InvalidNames", "CATNAMES must be a character vector, a cell array of character vectors, or a string array.")
	}
	bs := make([]bool, len(t.elems))
	for i, s := range t.elems {
		bs[i] = a.categoryIndex(strings.TrimSpace(s)) > 0
	}
	return one(boolArray(t.dims, bs))
}

func catUniqueFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	first := make([]int, len(a.cats))
	for i := range first {
		first[i] = -1
	}
	var undef []int
	for i, x := range a.codes.Re {
		switch k := int(x); {
		case k == 0:
			undef = append(undef, i)
		case first[k-1] < 0:
			first[k-1] = i
		}
	}
	var codes, ia []float64
	ic := make([]float64, len(a.codes.Re))
	rank := make([]float64, len(a.cats))
	for k, i := range first {
		if i >= 0 {
			codes = append(codes, float64(k+1))
			ia = append(ia, float64(i+1))
			rank[k] = float64(len(codes))
		}
	}
	for i, x := range a.codes.Re {
		if x > 0 {
			ic[i] = rank[int(x)-1]
		}
	}
	for _, i := range undef {
		codes = append(codes, 0)
		ia = append(ia, float64(i+1))
		ic[i] = float64(len(codes))
	}
	d := value.Dims{len(codes), 1}
	if ad := a.Size(); ad.IsMatrix() && ad.Rows() == 1 {
		d = value.Dims{1, len(codes)}
	}
	u := a.withCodes(value.NewArrayFrom(value.Double, d, append([]float64{}, codes...), nil))
	return []value.Value{value.FromRef(u), value.ColVector(ia), value.ColVector(ic)}, nil
}

func catStringFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	labels := a.Labels()
	s := value.NewStringArray(a.Size().Clone(), labels)
	for i, x := range a.codes.Re {
		if x == 0 {
			if s.Missing == nil {
				s.Missing = make([]bool, len(labels))
			}
			s.Missing[i] = true
		}
	}
	return one(value.FromRef(s))
}

// displayLabels returns every element's name, <undefined> included.
func (c *Categorical) displayLabels() []string {
	out := make([]string, len(c.codes.Re))
	for i := range out {
		out[i] = c.label(i)
	}
	return out
}

func catCellstrFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	return one(cellOfStrs(a.Size().Clone(), a.displayLabels()))
}

func catCharFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	labels := a.displayLabels()
	if len(labels) == 1 {
		return one(charRow(labels[0]))
	}
	return one(charMatrix(labels))
}

func catDoubleFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	out := append([]float64(nil), a.codes.Re...)
	for i, x := range out {
		if x == 0 {
			out[i] = math.NaN()
		}
	}
	return one(value.FromRef(value.NewArrayFrom(value.Double, a.Size().Clone(), out, nil)))
}

func catReshapeFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	if len(c.Args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	var sz []float64
	if len(c.Args) == 2 {
		if sz, err = value.ToFloat64(c.Args[1]); err != nil {
			return nil, value.Errorf("MATLAB:getReshapeDims:notRealInt", "Size arguments must be real integers.")
		}
	} else {
		free := -1
		for i, v := range c.Args[1:] {
			if v.IsEmpty() {
				free = i
				sz = append(sz, 1)
				continue
			}
			x, err := value.ScalarFloat(v)
			if err != nil {
				return nil, value.Errorf("MATLAB:getReshapeDims:notRealInt", "Size arguments must be real integers.")
			}
			sz = append(sz, x)
		}
		if free >= 0 {
			p := 1.0
			for _, x := range sz {
				p *= x
			}
			sz[free] = float64(a.Size().Numel()) / p
		}
	}
	d := make(value.Dims, len(sz))
	for i, x := range sz {
		d[i] = int(x)
	}
	r, err := value.ReshapeValue(codesValue(a.codes), d)
	if err != nil {
		return nil, err
	}
	return one(value.FromRef(a.withCodes(codesOf(r))))
}

func catTransposeFn(c *interp.Call) ([]value.Value, error) {
	a, err := catArg(c, 0)
	if err != nil {
		return nil, err
	}
	r, err := value.Transpose(codesValue(a.codes))
	if err != nil {
		return nil, err
	}
	return one(value.FromRef(a.withCodes(codesOf(r))))
}
