package builtins

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "categorical", Fn: categoricalFn, Doc: "C = categorical(A), categorical(A,valueset), categorical(A,valueset,catnames), option 'Ordinal': categorical array from a cell array of char vectors, string, char, numeric, logical or categorical array (categories: sorted unique values, or valueset in order)"},
		{Name: "iscategorical", Fn: iscategoricalFn, Doc: "tf = iscategorical(A): true for a categorical array"},
	})
}

// catSource is categorical's input read as one key per element (the
// category name it would get; "" for missing, NaN or empty text) plus,
// for numeric input, the numbers that order the default categories.
type catSource struct {
	dims    value.Dims
	keys    []string
	numeric bool
	nums    []float64
}

// numberName is a number's category name: five significant digits.
func numberName(x float64) string { return strconv.FormatFloat(x, 'g', 5, 64) }

// readCatSource reads categorical's data or valueset argument.
func readCatSource(v value.Value) (catSource, error) {
	if c, ok := v.Ref().(*Categorical); ok {
		return catSource{dims: c.Size(), keys: c.Labels()}, nil
	}
	if t, ok := readTexts(v); ok {
		keys := make([]string, len(t.elems))
		for i, s := range t.elems {
			if !t.isMissing(i) {
				keys[i] = strings.TrimSpace(s)
			}
		}
		return catSource{dims: t.dims, keys: keys}, nil
	}
	a, ok := v.Array()
	if !ok || a.IsComplex() {
		return catSource{}, value.Errorf("MATLAB:categorical:UnsupportedInputType", "Unable to create a categorical array from a value of class %s. Input must be numeric, logical, string, a cell array of character vectors, or categorical.", v.ClassName())
	}
	src := catSource{dims: a.Size(), keys: make([]string, len(a.Re)), numeric: true, nums: a.Re}
	for i, x := range a.Re {
		switch {
		case a.Class() == value.Logical && x != 0:
			src.keys[i] = "true"
		case a.Class() == value.Logical:
			src.keys[i] = "false"
		case !math.IsNaN(x):
			src.keys[i] = numberName(x)
		}
	}
	return src, nil
}

// defaultCategories returns the sorted unique keys: by number for numeric
// input, by text otherwise.
func (s catSource) defaultCategories() []string {
	if !s.numeric {
		return sortedUnique(s.keys)
	}
	idx := make([]int, 0, len(s.keys))
	for i, k := range s.keys {
		if k != "" {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return s.nums[idx[a]] < s.nums[idx[b]] })
	var out []string
	seen := map[string]bool{}
	for _, i := range idx {
		if k := s.keys[i]; !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func categoricalFn(c *interp.Call) ([]value.Value, error) {
	var data, valueset, catnames value.Value
	ordinal := false
	if err := c.Unpack("A", &data, "valueset?", &valueset, "catnames?", &catnames, "-Ordinal", &ordinal); err != nil {
		return nil, err
	}
	src, err := readCatSource(data)
	if err != nil {
		return nil, err
	}
	prev, isCat := data.Ref().(*Categorical)
	if !valueset.Defined() {
		out := newCategoricalCodes(src.keys, src.defaultCategories(), src.dims)
		if isCat {
			out = newCategoricalCodes(src.keys, prev.cats, src.dims)
			out.ordinal = prev.ordinal
		}
		out.ordinal = out.ordinal || ordinal
		return one(value.FromRef(out))
	}
	vs, err := readCatSource(valueset)
	if err != nil {
		return nil, err
	}
	names := vs.keys
	if catnames.Defined() {
		if names, err = textListArg("categorical", catnames, "CATEGORYNAMES"); err != nil {
			return nil, err
		}
		if len(names) != len(vs.keys) {
			return nil, value.Errorf("MATLAB:categorical:WrongNumCategoryNames", "VALUESET and CATEGORYNAMES must have the same number of elements.")
		}
	}
	return one(value.FromRef(catRecode(src, vs.keys, names, ordinal)))
}

// catRecode builds a categorical whose categories are names (duplicates
// merged, in first-seen order): elements whose key equals values[i] get
// category names[i], others are undefined.
func catRecode(src catSource, values, names []string, ordinal bool) *Categorical {
	var cats []string
	catPos := map[string]int{}
	valuePos := map[string]int{}
	for i, n := range names {
		if _, ok := catPos[n]; !ok {
			cats = append(cats, n)
			catPos[n] = len(cats)
		}
		if _, ok := valuePos[values[i]]; !ok && values[i] != "" {
			valuePos[values[i]] = catPos[n]
		}
	}
	codes := value.NewArray(value.Double, src.dims.Clone())
	for i, k := range src.keys {
		if k != "" {
			codes.Re[i] = float64(valuePos[k])
		}
	}
	return &Categorical{codes: codes, cats: cats, ordinal: ordinal}
}

func iscategoricalFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("A", &v); err != nil {
		return nil, err
	}
	_, ok := v.Ref().(*Categorical)
	return one(value.Bool(ok))
}
