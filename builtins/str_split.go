package builtins

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// whitespaceDelims is strsplit's and split's default delimiter set.
var whitespaceDelims = []string{" ", "\f", "\n", "\r", "\t", "\v"}

// unescape translates the escape sequences of a delimiter (strsplit and
// strjoin accept '\t', '\n' and friends).
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			if t, n, ok := escape(s[i+1:]); ok {
				b.WriteString(t)
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// splitAt splits s at the delimiters (the longest one wins where several
// match); collapse merges runs of delimiters. It returns the pieces and
// the delimiters matched.
func splitAt(s string, delims []string, collapse bool) (parts, matched []string) {
	ds := append([]string(nil), delims...)
	sort.SliceStable(ds, func(i, j int) bool { return len(ds[i]) > len(ds[j]) })
	start := 0
	for i := 0; i < len(s); {
		n := 0
		for _, d := range ds {
			if d != "" && strings.HasPrefix(s[i:], d) {
				n = len(d)
				break
			}
		}
		if n == 0 {
			i++
			continue
		}
		end := i + n
		if collapse {
			for more := true; more; {
				more = false
				for _, d := range ds {
					if d != "" && strings.HasPrefix(s[end:], d) {
						end += len(d)
						more = true
						break
					}
				}
			}
		}
		parts = append(parts, s[start:i])
		matched = append(matched, s[i:end])
		start, i = end, end
	}
	return append(parts, s[start:]), matched
}

func biStrsplit(c *interp.Call) ([]value.Value, error) {
	var str, delimV value.Value
	collapse := true
	dtype := "simple"
	if err := c.Unpack("str", &str, "delimiter?", &delimV, "-CollapseDelimiters", &collapse, "-DelimiterType", &dtype); err != nil {
		return nil, err
	}
	s, ok := str.Text()
	if !ok {
		return nil, value.Errorf("MATLAB:strsplit:InvalidStringType", "First input must be either a character vector or a string scalar.")
	}
	delims := whitespaceDelims
	if delimV.Defined() {
		ds, ok := interp.TextList(delimV)
		if !ok {
			return nil, value.Errorf("MATLAB:strsplit:InvalidDelimiterType", "Second input must be a character vector, a string scalar, or a cell array of character vectors.")
		}
		delims = ds
		if !strings.EqualFold(dtype, "RegularExpression") {
			for i, d := range delims {
				delims[i] = unescape(d)
			}
		}
	}
	var parts, matched []string
	switch strings.ToLower(dtype) {
	case "simple":
		parts, matched = splitAt(s, delims, collapse)
	case "regularexpression":
		alts := make([]string, len(delims))
		for i, d := range delims {
			g, err := translateRegexp(d)
			if err != nil {
				return nil, err
			}
			alts[i] = g
		}
		pat := "(?:" + strings.Join(alts, "|") + ")"
		if collapse {
			pat += "+"
		}
		re, err := regexp.Compile(pat)
		if err != nil {
			return nil, badRegexp(err)
		}
		start := 0
		for _, m := range re.FindAllStringIndex(s, -1) {
			parts = append(parts, s[start:m[0]])
			matched = append(matched, s[m[0]:m[1]])
			start = m[1]
		}
		parts = append(parts, s[start:])
	default:
		return nil, value.Errorf("MATLAB:strsplit:InvalidDelimiterType", "DelimiterType must be 'Simple' or 'RegularExpression'.")
	}
	if isStringValue(str) {
		return []value.Value{stringArray(value.Dims{1, len(parts)}, parts), stringArray(value.Dims{1, len(matched)}, matched)}, nil
	}
	return []value.Value{cellOfStrs(value.Dims{1, len(parts)}, parts), cellOfStrs(value.Dims{1, len(matched)}, matched)}, nil
}

func biStrjoin(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok || t.kind == kindChar {
		return nil, value.Errorf("MATLAB:strjoin:InvalidCellType", "First input must be a 1xN cell array of character vectors or a string array.")
	}
	delims := []string{" "}
	if len(c.Args) == 2 {
		ds, ok := interp.TextList(c.Args[1])
		if !ok {
			return nil, value.Errorf("MATLAB:strjoin:InvalidDelimiterType", "Delimiter must be a character vector, string scalar, or cell array of character vectors.")
		}
		if _, isCell := c.Args[1].Ref().(*value.Cell); isCell {
			if len(ds) != max(len(t.elems)-1, 0) {
				return nil, value.Errorf("MATLAB:strjoin:WrongNumberOfDelimiterElements", "The number of delimiters must be one less than the number of elements in the input.")
			}
		} else {
			ds = []string{unescape(ds[0])}
		}
		delims = ds
	}
	var b strings.Builder
	for i, s := range t.elems {
		if i > 0 {
			if len(delims) == 1 {
				b.WriteString(delims[0])
			} else {
				b.WriteString(delims[i-1])
			}
		}
		b.WriteString(s)
	}
	if t.kind == kindString {
		return one(value.String(b.String()))
	}
	return one(charRow(b.String()))
}

func biSplit(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 5); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:split:InvalidInput", "First argument must be text.")
	}
	delims := whitespaceDelims
	collapse := true
	dim := 0
	rest := c.Args[1:]
	// split(str, 'CollapseDelimiters', tf) names an option; any other
	// leading argument is the delimiter, optionally followed by dim.
	if name, isName := optionName(rest); len(rest) > 0 && (len(rest)%2 == 1 || !isName || !strings.EqualFold(name, "CollapseDelimiters")) {
		ds, ok := interp.TextList(rest[0])
		if !ok {
			return nil, value.Errorf("MATLAB:split:InvalidDelimiter", "Delimiter must be text.")
		}
		delims, collapse = ds, false
		rest = rest[1:]
		if len(rest)%2 == 1 {
			d, err := value.ScalarFloat(rest[0])
			if err != nil || d < 1 || d != math.Trunc(d) {
				return nil, value.Errorf("MATLAB:split:InvalidDimension", "Dimension must be a positive integer scalar.")
			}
			dim = int(d)
			rest = rest[1:]
		}
	}
	for i := 0; i+1 < len(rest); i += 2 {
		name, _ := rest[i].Text()
		if !strings.EqualFold(name, "CollapseDelimiters") {
			return nil, value.Errorf("MATLAB:InputParser:UnmatchedParameter", "'%s' is not a recognized parameter. For a list of valid name-value pair arguments, see the documentation for this function.", name)
		}
		b, err := value.IsTrue(rest[i+1])
		if err != nil {
			return nil, err
		}
		collapse = b
	}
	dims := t.dims
	if t.kind == kindChar {
		t.elems = []string{strings.Join(t.elems, "")}
		dims = value.Dims{1, 1}
	}
	// The pieces run along the first trailing singleton dimension, or dim.
	if dim == 0 {
		dim = len(dims) + 1
		for dim > 1 && dims[dim-2] == 1 {
			dim--
		}
	}
	if dim <= len(dims) && dims[dim-1] != 1 {
		return nil, value.Errorf("MATLAB:split:InvalidDimension", "Size of the input along the split dimension must be 1.")
	}
	var all, seps [][]string
	n := -1
	for _, s := range t.elems {
		parts, matched := splitAt(s, delims, collapse)
		if n >= 0 && len(parts) != n {
			return nil, value.Errorf("MATLAB:split:SizeMismatch", "Unable to split: each element must split into the same number of pieces.")
		}
		n = len(parts)
		all = append(all, parts)
		seps = append(seps, matched)
	}
	n = max(n, 0)
	out, od := spreadAlong(dims, dim, n, all)
	mout, md := spreadAlong(dims, dim, max(n-1, 0), seps)
	wrap := func(d value.Dims, e []string) value.Value {
		if t.kind == kindString {
			return stringArray(d, e)
		}
		return cellOfStrs(d, e)
	}
	return []value.Value{wrap(od, out), wrap(md, mout)}, nil
}

// optionName is the text of the first of args, if it is text.
func optionName(args []value.Value) (string, bool) {
	if len(args) == 0 {
		return "", false
	}
	return args[0].Text()
}

// spreadAlong lays out n pieces of each element of an array of size dims
// along dimension dim (where the array has size 1), returning the pieces
// in column-major order and the result's size.
func spreadAlong(dims value.Dims, dim, n int, pieces [][]string) ([]string, value.Dims) {
	sz := make([]int, max(len(dims), dim))
	for i := range sz {
		sz[i] = 1
		if i < len(dims) {
			sz[i] = dims[i]
		}
	}
	before := 1
	for _, x := range sz[:dim-1] {
		before *= x
	}
	sz[dim-1] = n
	out := make([]string, len(pieces)*n)
	for k, p := range pieces {
		lo, hi := k%before, k/before
		for j := range n {
			out[lo+before*(j+n*hi)] = p[j]
		}
	}
	return out, value.MakeDims(sz...)
}

func biJoin(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 3); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok || t.kind == kindChar {
		return nil, value.Errorf("MATLAB:join:InvalidInput", "First argument must be a string array or a cell array of character vectors.")
	}
	rest := c.Args[1:]
	delim := texts{kind: kindChar, dims: value.Dims{1, 1}, elems: []string{" "}}
	if len(rest) > 0 {
		if d, isText := readTexts(rest[0]); isText {
			delim = d
			rest = rest[1:]
		} else if len(rest) == 2 {
			return nil, value.Errorf("MATLAB:join:InvalidDelimiter", "Delimiter must be text.")
		}
	}
	dims := t.dims
	// By default join works along the last dimension whose size is not 1.
	dim := len(dims)
	for dim > 1 && dims[dim-1] == 1 {
		dim--
	}
	if len(rest) == 1 {
		d, err := value.ScalarFloat(rest[0])
		if err != nil || d < 1 || d != math.Trunc(d) {
			return nil, value.Errorf("MATLAB:join:InvalidDimension", "Dimension must be a positive integer scalar.")
		}
		dim = int(d)
	}
	sz := make([]int, max(len(dims), dim))
	for i := range sz {
		sz[i] = 1
		if i < len(dims) {
			sz[i] = dims[i]
		}
	}
	n := sz[dim-1]
	before := 1
	for _, x := range sz[:dim-1] {
		before *= x
	}
	groups := t.dims.Numel() / max(n, 1)
	if n == 0 {
		groups = 0
	}
	// A delimiter array holds one delimiter per gap: n-1 along dim, the
	// same size as str elsewhere, or just n-1 elements for every group.
	nd := len(delim.elems)
	if nd != 1 && nd != max(n-1, 0) && nd != groups*max(n-1, 0) {
		return nil, value.Errorf("MATLAB:join:InvalidDelimiterSize", "Delimiter must be a scalar or have one fewer element than the input along the joining dimension.")
	}
	out := make([]string, groups)
	for g := range groups {
		lo, hi := g%before, g/before
		var b strings.Builder
		for j := range n {
			if j > 0 {
				switch nd {
				case 1:
					b.WriteString(delim.elems[0])
				case n - 1:
					b.WriteString(delim.elems[j-1])
				default:
					b.WriteString(delim.elems[lo+before*(j-1+(n-1)*hi)])
				}
			}
			b.WriteString(t.elems[lo+before*(j+n*hi)])
		}
		out[g] = b.String()
	}
	sz[dim-1] = min(n, 1)
	od := value.MakeDims(sz...)
	if t.kind == kindString {
		return one(stringArray(od, out))
	}
	return one(cellOfStrs(od, out))
}

// extract implements extractBefore and extractAfter.
func extract(c *interp.Call, fn string, after bool) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "First argument must be text.")
	}
	if t.kind == kindChar {
		t.elems = []string{strings.Join(t.elems, "")}
	}
	pat, isPat := c.Args[1].Text()
	var pos []float64
	if !isPat {
		xs, err := value.ToFloat64(c.Args[1])
		if err != nil {
			return nil, value.Errorf("MATLAB:"+fn+":InvalidPosition", "Second argument must be text or a position.")
		}
		pos = xs
	}
	out := make([]string, len(t.elems))
	missing := make([]bool, len(t.elems))
	anyMissing := false
	for i, s := range t.elems {
		rs := []rune(s)
		if isPat {
			k := strings.Index(s, pat)
			if k < 0 {
				missing[i], anyMissing = true, true
				continue
			}
			if after {
				out[i] = s[k+len(pat):]
			} else {
				out[i] = s[:k]
			}
			continue
		}
		p := int(pos[0])
		if len(pos) > 1 {
			p = int(pos[i])
		}
		lo := 1
		if after {
			lo = 0
		}
		if p < lo || p > len(rs)+1-lo {
			return nil, value.Errorf("MATLAB:"+fn+":PositionOutOfRange", "Numeric position exceeds the number of characters.")
		}
		if after {
			out[i] = string(rs[p:])
		} else {
			out[i] = string(rs[:p-1])
		}
	}
	if t.kind == kindString {
		v := stringArray(t.dims.Clone(), out)
		if anyMissing {
			v.Ref().(*value.StringArray).Missing = missing
		}
		return one(v)
	}
	return one(t.value(out))
}

func biExtractBefore(c *interp.Call) ([]value.Value, error) {
	return extract(c, "extractBefore", false)
}

func biExtractAfter(c *interp.Call) ([]value.Value, error) {
	return extract(c, "extractAfter", true)
}

func biString(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	v := c.Args[0]
	switch r := v.Ref().(type) {
	case *value.StringArray:
		return one(v)
	case *value.Cell:
		t, ok := readTexts(v)
		if !ok {
			out := make([]string, len(r.Elems))
			for i, e := range r.Elems {
				s, err := value.Plus(value.String(""), e)
				if err != nil || s.Numel() != 1 {
					return nil, value.Errorf("MATLAB:string:MustBeCellOfText", "Conversion from cell failed. Element %d must be convertible to a string scalar.", i+1)
				}
				out[i], _ = s.Text()
			}
			return one(stringArray(r.Size().Clone(), out))
		}
		return one(stringArray(t.dims.Clone(), t.elems))
	}
	if v.Class() == value.Char {
		t, ok := readTexts(v)
		if !ok {
			return nil, value.Errorf("MATLAB:string:ndCharArray", "Conversion from char is supported only for 2-D arrays.")
		}
		return one(stringArray(t.dims.Clone(), t.elems))
	}
	if _, ok := v.Array(); ok {
		s, err := value.Plus(value.String(""), v)
		if err != nil {
			return nil, err
		}
		return one(s)
	}
	return nil, value.Errorf("MATLAB:string:UnsupportedConversion", "Conversion to string from %s is not possible.", v.ClassName())
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "strsplit", Fn: biStrsplit, Doc: "[C, matches] = strsplit(str), strsplit(str, delim), strsplit(…, 'CollapseDelimiters', tf, 'DelimiterType', 'Simple'|'RegularExpression')"},
		{Name: "strjoin", Fn: biStrjoin, Doc: "s = strjoin(C), strjoin(C, delim), strjoin(C, delims) with one fewer delimiter than elements"},
		{Name: "split", Fn: biSplit, Doc: "parts = split(str), split(str, delim), split(str, delim, dim), split(…, 'CollapseDelimiters', tf), [parts, matches] = split(…)"},
		{Name: "join", Fn: biJoin, Doc: "s = join(str), join(str, delim), join(str, dim), join(str, delim, dim): joins along the last non-singleton dimension, or dim; delim may hold one delimiter per gap"},
		{Name: "extractBefore", Fn: biExtractBefore, Doc: "t = extractBefore(str, pat|pos)"},
		{Name: "extractAfter", Fn: biExtractAfter, Doc: "t = extractAfter(str, pat|pos)"},
		{Name: "string", Fn: biString, Doc: "s = string(A): numbers, logicals, char (one string per row), cellstr, string"},
	})
}
