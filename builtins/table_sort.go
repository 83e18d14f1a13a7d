package builtins

import (
	"math"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.RegisterMethods("table", []interp.Builtin{
		{Name: "sortrows", Fn: tableSortrowsFn, Doc: "B = sortrows(T), sortrows(T,vars), sortrows(T,vars,direction), sortrows(T,'RowNames'), [B,index] = sortrows(...): sort table rows by variables (names or positions; a negative position sorts descending; a variable with several columns sorts by each in turn) or by row names, direction 'ascend', 'descend' or a cell array with one per variable"},
	})
}

// tblSortKey compares rows a and b of one table variable: negative, zero or
// positive. Numbers sort numerically (NaN last), text lexically,
// categorical values by category order (<undefined> last).
type tblSortKey func(a, b int) int

// tblKeyFor builds the comparison on variable v: a variable with several
// columns compares them in order.
func tblKeyFor(v value.Value) (tblSortKey, error) {
	switch r := v.Ref().(type) {
	case *Categorical:
		return func(a, b int) int { return tblCmpCodes(r.codes.Re[a], r.codes.Re[b]) }, nil
	case *value.Cell, *value.StringArray:
		texts, ok := interp.TextList(v)
		if !ok {
			return nil, value.Errorf("MATLAB:table:sortrows:SortrowsOnVarFailed", "Unable to sort on a cell variable that is not a cell array of character vectors.")
		}
		return func(a, b int) int { return strings.Compare(texts[a], texts[b]) }, nil
	}
	arr, ok := v.Array()
	if !ok {
		return nil, value.Errorf("MATLAB:table:sortrows:SortrowsOnVarFailed", "Unable to sort on a variable of class %s.", v.ClassName())
	}
	h := arr.Size().Rows()
	return func(a, b int) int {
		for off := 0; off < len(arr.Re); off += h {
			if r := tblCmpNumbers(arr.Re[a+off], arr.Re[b+off]); r != 0 {
				return r
			}
		}
		return 0
	}, nil
}

// tblCmpCodes orders categorical codes with 0 (<undefined>) last.
func tblCmpCodes(x, y float64) int {
	if x == 0 {
		x = math.Inf(1)
	}
	if y == 0 {
		y = math.Inf(1)
	}
	return tblCmpNumbers(x, y)
}

// tblCmpNumbers orders numbers with NaN last.
func tblCmpNumbers(x, y float64) int {
	switch {
	case math.IsNaN(x) && math.IsNaN(y):
		return 0
	case math.IsNaN(x):
		return 1
	case math.IsNaN(y):
		return -1
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// tblIsRowNamesKey reports whether v names the table's row dimension in
// sortrows: 'RowNames' or the first dimension name, 'Row'.
func tblIsRowNamesKey(v value.Value) bool {
	s, ok := v.Text()
	return ok && (s == "RowNames" || s == "Row")
}

// tblDirections reads sortrows' direction argument: 'ascend', 'descend',
// or a cell array with one of them per sorting variable.
func tblDirections(v value.Value, n int) ([]bool, error) {
	bad := value.Errorf("MATLAB:table:sortrows:UnrecognizedMode", "Sorting direction must be 'ascend' or 'descend'.")
	names, ok := interp.TextList(v)
	if !ok || len(names) != 1 && len(names) != n {
		return nil, bad
	}
	out := make([]bool, n)
	for k := range out {
		switch d := names[min(k, len(names)-1)]; {
		case strings.EqualFold(d, "descend"):
			out[k] = true
		case !strings.EqualFold(d, "ascend"):
			return nil, bad
		}
	}
	return out, nil
}

func tableSortrowsFn(c *interp.Call) ([]value.Value, error) {
	t, err := tableArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self, varsArg, dirArg value.Value
	if err := c.Unpack("T", &self, "vars?", &varsArg, "direction?", &dirArg); err != nil {
		return nil, err
	}
	if s, ok := varsArg.Text(); ok && (strings.EqualFold(s, "ascend") || strings.EqualFold(s, "descend")) && len(c.Args) == 2 {
		dirArg, varsArg = varsArg, value.Value{}
	}
	// cols lists the sorting variables (-1: the row names); neg marks
	// negative positions, which sort descending.
	var cols []int
	var neg []bool
	switch {
	case !varsArg.Defined():
		for j := range t.vars {
			cols, neg = append(cols, j), append(neg, false)
		}
	case tblIsRowNamesKey(varsArg) && t.rowNames != nil:
		cols, neg = []int{-1}, []bool{false}
	default:
		if xs, err := value.ToFloat64(varsArg); err == nil && varsArg.Class() != value.Char {
			for _, x := range xs {
				j := int(math.Abs(x)) - 1
				if j < 0 || j >= len(t.vars) || x != math.Trunc(x) {
					return nil, value.Errorf("MATLAB:table:sortrows:BadSubscript", "Variable index out of range.")
				}
				cols, neg = append(cols, j), append(neg, x < 0)
			}
			break
		}
		ps, err := tblPositions(varsArg, len(t.vars), t.names, "variable")
		if err != nil {
			return nil, err
		}
		for _, j := range ps {
			cols, neg = append(cols, j), append(neg, false)
		}
	}
	flip := neg
	if dirArg.Defined() {
		if flip, err = tblDirections(dirArg, len(cols)); err != nil {
			return nil, err
		}
	}
	keys := make([]tblSortKey, len(cols))
	for k, j := range cols {
		if j < 0 {
			names := t.rowNames
			keys[k] = func(a, b int) int { return strings.Compare(names[a], names[b]) }
			continue
		}
		if keys[k], err = tblKeyFor(t.vars[j]); err != nil {
			return nil, err
		}
	}
	order := make([]int, t.height)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		for k, key := range keys {
			if r := key(order[a], order[b]); r != 0 {
				return (r < 0) != flip[k]
			}
		}
		return false
	})
	all := make([]int, len(t.vars))
	for j := range all {
		all[j] = j
	}
	u, err := t.subTable(order, all)
	if err != nil {
		return nil, err
	}
	idx := make([]float64, len(order))
	for i, o := range order {
		idx[i] = float64(o + 1)
	}
	return []value.Value{value.FromRef(u), value.ColVector(idx)}, nil
}
