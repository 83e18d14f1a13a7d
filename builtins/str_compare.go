package builtins

import (
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// cmpOperand is one side of strcmp and friends: a single text, a list
// (cell or string array) with its size, or a value that is not text.
type cmpOperand struct {
	list   bool
	dims   value.Dims
	elems  []string
	isText []bool
}

// readCmpOperand reads a strcmp argument. A char matrix compares as a
// whole, so it is one element holding its column-major text and size.
func readCmpOperand(v value.Value) cmpOperand {
	switch r := v.Ref().(type) {
	case *value.Cell:
		op := cmpOperand{list: true, dims: r.Size(), elems: make([]string, len(r.Elems)), isText: make([]bool, len(r.Elems))}
		for i, e := range r.Elems {
			if e.Class() == value.Char {
				if s, ok := e.Text(); ok {
					op.elems[i], op.isText[i] = s, true
				}
			}
		}
		return op
	case *value.StringArray:
		op := cmpOperand{list: len(r.Elems) != 1, dims: r.Size(), elems: r.Elems, isText: make([]bool, len(r.Elems))}
		for i := range r.Elems {
			op.isText[i] = r.Missing == nil || !r.Missing[i]
		}
		return op
	}
	if s, ok := v.Text(); ok && v.Class() == value.Char {
		return cmpOperand{dims: value.Dims{1, 1}, elems: []string{s}, isText: []bool{true}}
	}
	if a, ok := v.Array(); ok && a.Class() == value.Char {
		// A char matrix equals only a char matrix of the same size and text.
		return cmpOperand{dims: value.Dims{1, 1}, elems: []string{a.Size().String() + "\x00" + a.CharData()}, isText: []bool{true}}
	}
	return cmpOperand{dims: value.Dims{1, 1}, elems: []string{""}, isText: []bool{false}}
}

// compareTexts implements strcmp, strcmpi, strncmp and strncmpi: scalar
// against scalar, list against scalar, or lists of the same size.
func compareTexts(c *interp.Call, fn string, eq func(a, b string) bool) ([]value.Value, error) {
	a, b := readCmpOperand(c.Args[0]), readCmpOperand(c.Args[1])
	if !a.list && !b.list {
		return one(value.Bool(a.isText[0] && b.isText[0] && eq(a.elems[0], b.elems[0])))
	}
	if a.list && b.list && len(a.elems) != 1 && len(b.elems) != 1 && !a.dims.Equal(b.dims) {
		return nil, value.Errorf("MATLAB:"+fn+":InputsSizeMismatch", "Inputs must be the same size or either one can be a scalar.")
	}
	if !a.list || len(a.elems) == 1 && b.list && len(b.elems) != 1 {
		a, b = b, a
	}
	out := make([]bool, len(a.elems))
	for i := range a.elems {
		j := 0
		if len(b.elems) > 1 {
			j = i
		}
		out[i] = a.isText[i] && b.isText[j] && eq(a.elems[i], b.elems[j])
	}
	return one(boolArray(a.dims.Clone(), out))
}

// prefixEqual compares the first n characters as strncmp does: texts
// shorter than n match only when they are equal.
func prefixEqual(a, b string, n int, fold bool) bool {
	ra, rb := []rune(a), []rune(b)
	if n <= 0 {
		return n == 0
	}
	if len(ra) < n || len(rb) < n {
		if len(ra) != len(rb) {
			return false
		}
	} else {
		ra, rb = ra[:n], rb[:n]
	}
	if fold {
		return strings.EqualFold(string(ra), string(rb))
	}
	return string(ra) == string(rb)
}

func biStrcmp(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	return compareTexts(c, "strcmp", func(a, b string) bool { return a == b })
}

func biStrcmpi(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	return compareTexts(c, "strcmpi", strings.EqualFold)
}

func strncmpN(c *interp.Call, fn string) (int, error) {
	if err := nargs(c, 3, 3); err != nil {
		return 0, err
	}
	n, err := value.ScalarInt(c.Args[2])
	if err != nil || n < 0 {
		return 0, value.Errorf("MATLAB:"+fn+":InvalidN", "N must be a nonnegative integer.")
	}
	return n, nil
}

func biStrncmp(c *interp.Call) ([]value.Value, error) {
	n, err := strncmpN(c, "strncmp")
	if err != nil {
		return nil, err
	}
	return compareTexts(c, "strncmp", func(a, b string) bool { return prefixEqual(a, b, n, false) })
}

func biStrncmpi(c *interp.Call) ([]value.Value, error) {
	n, err := strncmpN(c, "strncmpi")
	if err != nil {
		return nil, err
	}
	return compareTexts(c, "strncmpi", func(a, b string) bool { return prefixEqual(a, b, n, true) })
}

// findAll returns the 1-based positions (in characters) of every
// occurrence of pat in s, overlapping ones included.
func findAll(s, pat string) []float64 {
	rs, rp := []rune(s), []rune(pat)
	out := []float64{}
	if len(rp) == 0 {
		return out
	}
	for i := 0; i+len(rp) <= len(rs); i++ {
		if string(rs[i:i+len(rp)]) == pat {
			out = append(out, float64(i+1))
		}
	}
	return out
}

func biStrfind(c *interp.Call) ([]value.Value, error) {
	var str, patV value.Value
	force := false
	if err := c.Unpack("str", &str, "pattern", &patV, "-ForceCellOutput", &force); err != nil {
		return nil, err
	}
	pat, ok := patV.Text()
	if !ok {
		return nil, value.Errorf("MATLAB:strfind:InvalidPatternType", "PATTERN must be a character vector or string scalar.")
	}
	t, ok := readTexts(str)
	if !ok {
		return nil, value.Errorf("MATLAB:strfind:InvalidTextType", "TEXT must be a character vector, string scalar, or cell array of character vectors.")
	}
	if t.kind == kindChar && !force {
		return one(value.RowVector(findAll(strings.Join(t.elems, ""), pat)))
	}
	if t.kind == kindString && len(t.elems) == 1 && !force {
		return one(value.RowVector(findAll(t.elems[0], pat)))
	}
	vals := make([]value.Value, len(t.elems))
	for i, s := range t.elems {
		vals[i] = value.RowVector(findAll(s, pat))
	}
	return one(value.FromRef(value.NewCellFrom(t.dims.Clone(), vals)))
}

// patternTest implements contains, startsWith and endsWith.
func patternTest(c *interp.Call, fn string, test func(s, p string) bool) ([]value.Value, error) {
	var str, patV value.Value
	ignore := false
	if err := c.Unpack("str", &str, "pattern", &patV, "-IgnoreCase", &ignore); err != nil {
		return nil, err
	}
	t, ok := readTexts(str)
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidFirstInput", "First argument must be text.")
	}
	pats, ok := interp.TextList(patV)
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidSecondInput", "Search term must be a text or pattern array.")
	}
	if t.kind == kindChar {
		t.elems, t.dims = []string{strings.Join(t.elems, "")}, value.Dims{1, 1}
	}
	out := make([]bool, len(t.elems))
	for i, s := range t.elems {
		if t.isMissing(i) {
			continue
		}
		if ignore {
			s = strings.ToLower(s)
		}
		for _, p := range pats {
			if ignore {
				p = strings.ToLower(p)
			}
			if test(s, p) {
				out[i] = true
				break
			}
		}
	}
	return one(boolArray(t.dims.Clone(), out))
}

func biContains(c *interp.Call) ([]value.Value, error) {
	return patternTest(c, "contains", strings.Contains)
}

func biStartsWith(c *interp.Call) ([]value.Value, error) {
	return patternTest(c, "startsWith", strings.HasPrefix)
}

func biEndsWith(c *interp.Call) ([]value.Value, error) {
	return patternTest(c, "endsWith", strings.HasSuffix)
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "strcmp", Fn: biStrcmp, Doc: "tf = strcmp(a, b): text against text, or element-wise over cell and string arrays (a scalar side is broadcast)"},
		{Name: "strcmpi", Fn: biStrcmpi, Doc: "tf = strcmpi(a, b): strcmp ignoring case"},
		{Name: "strncmp", Fn: biStrncmp, Doc: "tf = strncmp(a, b, n): the first n characters"},
		{Name: "strncmpi", Fn: biStrncmpi, Doc: "tf = strncmpi(a, b, n): strncmp ignoring case"},
		{Name: "strfind", Fn: biStrfind, Doc: "k = strfind(str, pat), strfind(cellstr, pat) → cell, strfind(…, 'ForceCellOutput', true)"},
		{Name: "contains", Fn: biContains, Doc: "tf = contains(str, pat), contains(…, 'IgnoreCase', true); pat may be a list"},
		{Name: "startsWith", Fn: biStartsWith, Doc: "tf = startsWith(str, pat), startsWith(…, 'IgnoreCase', true)"},
		{Name: "endsWith", Fn: biEndsWith, Doc: "tf = endsWith(str, pat), endsWith(…, 'IgnoreCase', true)"},
	})
}
