package builtins

import (
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "unique", Fn: uniqueFn, Doc: "[C,ia,ic] = unique(A), unique(A,'rows'), unique(...,'sorted'|'stable'), unique(...,'first'|'last'): unique values (NaNs are all distinct) of numeric, char, cellstr or string arrays"},
		{Name: "ismember", Fn: ismemberFn, Doc: "[tf,loc] = ismember(A,S), ismember(A,S,'rows'): which elements (or rows) of A are in S, and their lowest index in S"},
		{Name: "setdiff", Fn: setOpFn("setdiff"), Doc: "[C,ia] = setdiff(A,B), setdiff(...,'rows'), setdiff(...,'sorted'|'stable'): values of A not in B"},
		{Name: "intersect", Fn: setOpFn("intersect"), Doc: "[C,ia,ib] = intersect(A,B), intersect(...,'rows'), intersect(...,'sorted'|'stable'): values common to A and B"},
		{Name: "union", Fn: setOpFn("union"), Doc: "[C,ia,ib] = union(A,B), union(...,'rows'), union(...,'sorted'|'stable'): values in A or B"},
		{Name: "setxor", Fn: setOpFn("setxor"), Doc: "[C,ia,ib] = setxor(A,B), setxor(...,'rows'), setxor(...,'sorted'|'stable'): values in A or B but not both (NaNs are all distinct)"},
	})
}

// setData is the elements (or rows) of one or two set operands, compared
// as numbers, rows of numbers or text. Items of the first operand come
// first.
type setData struct {
	nums  []float64
	rows  [][]float64
	texts []string
	kind  int // setNums, setRows or setTexts
	class value.Class
	cell  bool // text results are cell arrays (else string arrays)
	cols  int  // row length for setRows
}

const (
	setNums = iota
	setRows
	setTexts
)

// len returns the number of items.
func (s *setData) len() int {
	switch s.kind {
	case setRows:
		return len(s.rows)
	case setTexts:
		return len(s.texts)
	}
	return len(s.nums)
}

// less orders items: numbers ascending with NaN last, rows
// lexicographically, text by character codes.
func (s *setData) less(i, j int) bool {
	switch s.kind {
	case setRows:
		for k := range s.rows[i] {
			a, b := s.rows[i][k], s.rows[j][k]
			if lessNum(a, 0, b, 0, false, false) {
				return true
			}
			if lessNum(b, 0, a, 0, false, false) {
				return false
			}
		}
		return false
	case setTexts:
		return utf16Key(s.texts[i]) < utf16Key(s.texts[j])
	}
	return lessNum(s.nums[i], 0, s.nums[j], 0, false, false)
}

// equal reports whether two items are the same (NaN equals nothing).
func (s *setData) equal(i, j int) bool {
	switch s.kind {
	case setRows:
		for k := range s.rows[i] {
			if s.rows[i][k] != s.rows[j][k] {
				return false
			}
		}
		return true
	case setTexts:
		return s.texts[i] == s.texts[j]
	}
	return s.nums[i] == s.nums[j]
}

// build returns the items at idx as a value: a row when row is true, else
// a column (a matrix of rows for setRows).
func (s *setData) build(idx []int, row bool) value.Value {
	n := len(idx)
	d := value.Dims{n, 1}
	if row {
		d = value.Dims{1, n}
	}
	switch s.kind {
	case setRows:
		re := make([]float64, n*s.cols)
		for i, p := range idx {
			for k := range s.cols {
				re[k*n+i] = s.rows[p][k]
			}
		}
		return value.FromRef(value.NewArrayFrom(s.class, value.Dims{n, s.cols}, re, nil))
	case setTexts:
		if !s.cell {
			elems := make([]string, n)
			for i, p := range idx {
				elems[i] = s.texts[p]
			}
			return value.FromRef(value.NewStringArray(d, elems))
		}
		elems := make([]value.Value, n)
		for i, p := range idx {
			elems[i] = value.Str(s.texts[p])
		}
		return value.FromRef(value.NewCellFrom(d, elems))
	}
	re := make([]float64, n)
	for i, p := range idx {
		re[i] = s.nums[p]
	}
	if n == 0 && !row {
		d = value.Dims{0, 1}
	}
	return value.FromRef(value.NewArrayFrom(s.class, d, re, nil))
}

// isTextSet reports whether v is a cellstr or string array.
func isTextSet(v value.Value) bool {
	if _, ok := v.Ref().(*value.StringArray); ok {
		return true
	}
	return isCellstr(v)
}

// newSetData reads the operands of a set function.
func newSetData(fn string, byRows bool, vals ...value.Value) (*setData, []int, error) {
	s := &setData{}
	counts := make([]int, len(vals))
	text := false
	for _, v := range vals {
		if isTextSet(v) {
			text = true
			if _, ok := v.Ref().(*value.Cell); ok {
				s.cell = true
			}
		}
	}
	if text {
		s.kind = setTexts
		for i, v := range vals {
			ts, ok := interp.TextList(v)
			if a, isArr := v.Array(); isArr && a.Class() == value.Char && a.Size().Rows() > 1 {
				// A char matrix takes part as cellstr(A): its rows without
				// trailing white space.
				ts, ok = textRows(a), len(a.Size()) == 2
				for k, r := range ts {
					ts[k] = strings.TrimRight(r, " \t\n\v\f\r\x00")
				}
			}
			if !ok {
				return nil, nil, value.Errorf("MATLAB:"+fn+":InvalidInputTypes", "Inputs must be cell arrays of character vectors, string arrays, or character vectors.")
			}
			if v.IsEmpty() && v.Class() != value.StringClass && !isCellstr(v) {
				ts = nil
			}
			counts[i] = len(ts)
			s.texts = append(s.texts, ts...)
		}
		return s, counts, nil
	}
	for i, v := range vals {
		a, ok := v.Array()
		if !ok {
			return nil, nil, value.Errorf("MATLAB:"+fn+":InvalidInputTypes", "Inputs must be numeric, logical, char, cellstr or string arrays.")
		}
		if a.IsComplex() {
			return nil, nil, value.Errorf("gomat:notImplemented", "%s: complex values are not supported.", fn)
		}
		if i == 0 {
			s.class = a.Class()
		} else if a.Class() != s.class {
			cl, err := binaryClass(s.class, a.Class())
			if err != nil {
				return nil, nil, err
			}
			if s.class == value.Char && a.Class() == value.Char {
				cl = value.Char
			}
			s.class = cl
		}
		if byRows {
			m, n := a.Size().Rows(), a.Size().Cols()
			if i > 0 && n != s.cols && m > 0 {
				return nil, nil, value.Errorf("MATLAB:"+fn+":AandBColnumAgree", "A and B must have the same number of columns.")
			}
			s.cols = n
			for r := range m {
				row := make([]float64, n)
				for k := range n {
					row[k] = a.Re[k*m+r]
				}
				s.rows = append(s.rows, row)
			}
			counts[i] = m
			continue
		}
		counts[i] = len(a.Re)
		s.nums = append(s.nums, a.Re...)
	}
	if byRows {
		s.kind = setRows
	}
	return s, counts, nil
}

// setFlags reads the trailing options of a set function.
func setFlags(fn string, args []value.Value, allowed ...string) (map[string]bool, []value.Value, error) {
	flags := map[string]bool{}
	for len(args) > 0 {
		s, ok := args[len(args)-1].Text()
		if !ok || isTextSet(args[len(args)-1]) && len(args) <= 2 {
			break
		}
		s = strings.ToLower(s)
		found := false
		for _, a := range allowed {
			if a == s {
				found = true
			}
		}
		if !found {
			if len(args) <= 2 {
				break
			}
			return nil, nil, value.Errorf("MATLAB:"+fn+":UnknownFlag", "Unknown flag '%s'.", s)
		}
		flags[s] = true
		args = args[:len(args)-1]
	}
	return flags, args, nil
}

// sortedGroups orders the items at idx and groups equal ones; each group
// lists positions into idx in their original order.
func sortedGroups(s *setData, idx []int) [][]int {
	order := make([]int, len(idx))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return s.less(idx[order[a]], idx[order[b]]) })
	var groups [][]int
	for i, o := range order {
		if i > 0 && s.equal(idx[order[i-1]], idx[o]) {
			groups[len(groups)-1] = append(groups[len(groups)-1], o)
			continue
		}
		groups = append(groups, []int{o})
	}
	return groups
}

// isRowVector reports whether v is a 1×n row (n ≠ 1 or scalar).
func isRowVector(v value.Value) bool {
	d := v.Size()
	return len(d) == 2 && d[0] == 1
}

// indexColumn turns 0-based positions into a 1-based double column.
func indexColumn(pos []int) value.Value {
	xs := make([]float64, len(pos))
	for i, p := range pos {
		xs[i] = float64(p + 1)
	}
	return value.FromRef(value.NewArrayFrom(value.Double, value.Dims{len(xs), 1}, xs, nil))
}

func uniqueFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	flags, args, err := setFlags("unique", c.Args, "rows", "stable", "sorted", "first", "last", "legacy")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	if flags["legacy"] {
		return nil, value.Errorf("gomat:notImplemented", "unique: the 'legacy' option is not supported.")
	}
	x := args[0]
	s, _, err := newSetData("unique", flags["rows"], x)
	if err != nil {
		return nil, err
	}
	n := s.len()
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	groups := sortedGroups(s, all)
	if flags["stable"] {
		sort.SliceStable(groups, func(a, b int) bool { return groups[a][0] < groups[b][0] })
	}
	pick := make([]int, len(groups))
	ic := make([]int, n)
	for g, members := range groups {
		pick[g] = members[0]
		if flags["last"] {
			pick[g] = members[len(members)-1]
		}
		for _, m := range members {
			ic[m] = g
		}
	}
	row := isRowVector(x) && s.kind != setRows
	out := s.build(pick, row)
	if n == 0 && s.kind == setNums && x.Size().Equal(value.Dims{0, 0}) {
		out = value.FromRef(value.NewArray(s.class, value.Dims{0, 0}))
	}
	return []value.Value{out, indexColumn(pick), indexColumn(ic)}, nil
}

func ismemberFn(c *interp.Call) ([]value.Value, error) {
	flags, args, err := setFlags("ismember", c.Args, "rows", "legacy")
	if err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, b := args[0], args[1]
	byRows := flags["rows"]
	if isTextSet(b) {
		if _, ok := a.Text(); ok && a.Class() == value.Char {
			byRows = false
		}
	}
	s, counts, err := newSetData("ismember", byRows, a, b)
	if err != nil {
		return nil, err
	}
	na := counts[0]
	groups := allGroups(s)
	tf := make([]float64, na)
	loc := make([]float64, na)
	for _, g := range groups {
		first := -1
		for _, m := range g {
			if m >= na && (first < 0 || m < first) {
				first = m
			}
		}
		if first < 0 {
			continue
		}
		for _, m := range g {
			if m < na {
				tf[m] = 1
				loc[m] = float64(first - na + 1)
			}
		}
	}
	d := a.Size().Clone()
	if s.kind == setRows {
		d = value.Dims{na, 1}
	} else if s.kind == setTexts && a.Class() == value.Char {
		d = value.Dims{1, 1}
	}
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Logical, d, tf, nil)), newResult(value.Double, d, loc, nil)}, nil
}

// allGroups is sortedGroups over every element of s.
func allGroups(s *setData) [][]int {
	all := make([]int, s.len())
	for i := range all {
		all[i] = i
	}
	return sortedGroups(s, all)
}

// setOpFn builds setdiff, intersect, union and setxor.
func setOpFn(fn string) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		flags, args, err := setFlags(fn, c.Args, "rows", "stable", "sorted", "legacy")
		if err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
		if flags["legacy"] {
			return nil, value.Errorf("gomat:notImplemented", "%s: the 'legacy' option is not supported.", fn)
		}
		a, b := args[0], args[1]
		s, counts, err := newSetData(fn, flags["rows"], a, b)
		if err != nil {
			return nil, err
		}
		na := counts[0]
		groups := allGroups(s)
		var pick, ia, ib []int
		for _, g := range groups {
			firstA, firstB := -1, -1
			for _, m := range g {
				if m < na && firstA < 0 {
					firstA = m
				}
				if m >= na && firstB < 0 {
					firstB = m
				}
			}
			inA, inB := firstA >= 0, firstB >= 0
			onlyA, onlyB := inA && !inB, inB && !inA
			switch {
			case fn == "intersect" && inA && inB:
				pick, ia, ib = append(pick, firstA), append(ia, firstA), append(ib, firstB-na)
			case (fn == "setdiff" || fn == "setxor") && onlyA, fn == "union" && inA:
				pick, ia = append(pick, firstA), append(ia, firstA)
			case fn == "setxor" && onlyB, fn == "union" && onlyB:
				pick, ib = append(pick, firstB), append(ib, firstB-na)
			}
		}
		if flags["stable"] {
			sort.SliceStable(pick, func(i, j int) bool { return pick[i] < pick[j] })
			ia, ib = ia[:0], ib[:0]
			for _, p := range pick {
				if p < na {
					ia = append(ia, p)
				} else {
					ib = append(ib, p-na)
				}
			}
			if fn == "intersect" {
				ib = ib[:0]
				for _, p := range pick {
					for _, g := range groups {
						if containsInt(g, p) {
							for _, m := range g {
								if m >= na {
									ib = append(ib, m-na)
									break
								}
							}
						}
					}
				}
			}
		}
		// C is a column unless A (for setdiff) or both A and B are rows; a
		// 0×0 [] is not a row, so union([],[1 2]) is a column, as in
		// MATLAB's implementation (rowvec = isrow(a) && isrow(b)).
		row := s.kind != setRows && isRowVector(a) && (fn == "setdiff" || isRowVector(b))
		return []value.Value{s.build(pick, row), indexColumn(ia), indexColumn(ib)}, nil
	}
}
