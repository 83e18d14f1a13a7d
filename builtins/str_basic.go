package builtins

import (
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// mapTexts applies f to every element of a text argument, keeping its
// container. A char matrix is processed row by row.
func mapTexts(fn string, v value.Value, f func(string) string) ([]value.Value, error) {
	t, ok := readTexts(v)
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "Input must be a string array, character vector, or cell array of character vectors.")
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		if t.isMissing(i) {
			continue
		}
		out[i] = f(s)
	}
	return one(t.value(out))
}

func biUpper(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	return mapTexts("upper", c.Args[0], strings.ToUpper)
}

func biLower(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	return mapTexts("lower", c.Args[0], strings.ToLower)
}

// isTrimmed is strtrim's set: white space and NUL.
func isTrimmed(r rune) bool { return isWhite(r) || r == 0 }

func biStrtrim(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:strtrim:InputClass", "Input should be a string, character array, or cell array of character arrays.")
	}
	if t.kind == kindChar && len(t.elems) > 1 {
		return one(trimCharMatrix(t.elems))
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		out[i] = strings.TrimFunc(s, isTrimmed)
	}
	return one(t.value(out))
}

// trimCharMatrix removes the leading and trailing columns that are blank
// in every row.
func trimCharMatrix(rows []string) value.Value {
	rs := make([][]rune, len(rows))
	lo, hi := -1, 0
	for i, r := range rows {
		rs[i] = []rune(r)
		for j, ch := range rs[i] {
			if !isTrimmed(ch) {
				if lo < 0 || j < lo {
					lo = j
				}
				hi = max(hi, j+1)
			}
		}
	}
	if lo < 0 {
		return charMatrix(make([]string, len(rows)))
	}
	out := make([]string, len(rows))
	for i, r := range rs {
		out[i] = string(r[lo:min(hi, len(r))])
	}
	return charMatrix(out)
}

func biDeblank(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:deblank:NonStringInput", "Input must be a character array, cell array of character vectors, or string array.")
	}
	if t.kind == kindChar && len(t.elems) > 1 {
		w := 0
		for _, r := range t.elems {
			w = max(w, len([]rune(trimSpaceRight(r))))
		}
		out := make([]string, len(t.elems))
		for i, r := range t.elems {
			out[i] = string([]rune(r)[:w])
		}
		return one(charMatrix(out))
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		out[i] = trimSpaceRight(s)
	}
	return one(t.value(out))
}

func biStrip(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 3); err != nil {
		return nil, err
	}
	side, set := "both", ""
	for i, a := range c.Args[1:] {
		s, ok := a.Text()
		if !ok {
			return nil, value.Errorf("MATLAB:strip:InvalidInput", "Second argument must be 'left', 'right', 'both' or a single character.")
		}
		l := strings.ToLower(s)
		if i == 0 && (l == "left" || l == "right" || l == "both") {
			side = l
			continue
		}
		if len([]rune(s)) != 1 || i == 0 && len(c.Args) == 3 {
			return nil, value.Errorf("MATLAB:strip:InvalidInput", "Second argument must be 'left', 'right', 'both' or a single character.")
		}
		set = s
	}
	cut := isWhite
	if set != "" {
		cut = func(r rune) bool { return strings.ContainsRune(set, r) }
	}
	return mapTexts("strip", c.Args[0], func(s string) string {
		if side != "right" {
			s = strings.TrimLeftFunc(s, cut)
		}
		if side != "left" {
			s = strings.TrimRightFunc(s, cut)
		}
		return s
	})
}

func biBlanks(c *interp.Call) ([]value.Value, error) {
	var n int
	if err := c.Unpack("n", &n); err != nil {
		return nil, err
	}
	if err := checkArraySize(value.Dims{1, max(n, 0)}); err != nil {
		return nil, err
	}
	return one(charRow(strings.Repeat(" ", max(n, 0))))
}

func biNewline(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	return one(charRow("\n"))
}

func biPad(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 4); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:pad:InvalidInput", "First argument must be a string array, character vector, or cell array of character vectors.")
	}
	width := -1
	side, fill := "right", " "
	rest := c.Args[1:]
	if len(rest) > 0 && !isText(rest[0]) {
		w, err := value.ScalarInt(rest[0])
		if err != nil || w < 0 {
			return nil, value.Errorf("MATLAB:pad:InvalidWidth", "Number of characters must be a nonnegative integer.")
		}
		width = w
		rest = rest[1:]
	}
	if len(rest) > 0 {
		s, _ := rest[0].Text()
		switch l := strings.ToLower(s); l {
		case "left", "right", "both":
			side = l
			rest = rest[1:]
		}
	}
	if len(rest) > 0 {
		s, ok := rest[0].Text()
		if !ok || len([]rune(s)) != 1 {
			return nil, value.Errorf("MATLAB:pad:InvalidPadCharacter", "Pad character must be a single character.")
		}
		fill = s
		rest = rest[1:]
	}
	if len(rest) > 0 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	if width < 0 {
		for _, s := range t.elems {
			width = max(width, len([]rune(s)))
		}
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		n := width - len([]rune(s))
		if n <= 0 {
			out[i] = s
			continue
		}
		switch side {
		case "left":
			out[i] = strings.Repeat(fill, n) + s
		case "both":
			l := n / 2
			out[i] = strings.Repeat(fill, l) + s + strings.Repeat(fill, n-l)
		default:
			out[i] = s + strings.Repeat(fill, n)
		}
	}
	return one(t.value(out))
}

// replaceOverlapping replaces every occurrence of old, overlapping ones
// included, as strrep does: each match gives one copy of new and the
// characters covered by matches are dropped.
func replaceOverlapping(s, old, repl string) string {
	if old == "" {
		return s
	}
	rs, ro := []rune(s), []rune(old)
	covered := make([]bool, len(rs))
	starts := make([]bool, len(rs))
	for i := 0; i+len(ro) <= len(rs); i++ {
		if string(rs[i:i+len(ro)]) == old {
			starts[i] = true
			for k := i; k < i+len(ro); k++ {
				covered[k] = true
			}
		}
	}
	var b strings.Builder
	for i, r := range rs {
		if starts[i] {
			b.WriteString(repl)
		}
		if !covered[i] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func biStrrep(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 3, 3); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:strrep:InvalidInputType", "Inputs must be character vectors, cell arrays of character vectors, or string arrays.")
	}
	olds, ok1 := readTexts(c.Args[1])
	news, ok2 := readTexts(c.Args[2])
	if !ok1 || !ok2 {
		return nil, value.Errorf("MATLAB:strrep:InvalidInputType", "Inputs must be character vectors, cell arrays of character vectors, or string arrays.")
	}
	pick := func(l texts, i int) string {
		if len(l.elems) == 1 {
			return l.elems[0]
		}
		if i < len(l.elems) {
			return l.elems[i]
		}
		return ""
	}
	if len(olds.elems) != 1 && len(olds.elems) != len(t.elems) || len(news.elems) != 1 && len(news.elems) != len(t.elems) {
		return nil, value.Errorf("MATLAB:strrep:MismatchedSizes", "Cell array inputs must have the same size.")
	}
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		out[i] = replaceOverlapping(s, pick(olds, i), pick(news, i))
	}
	if t.kind == kindString || olds.kind == kindString || news.kind == kindString {
		t.kind = kindString
	}
	return one(t.value(out))
}

func biReplace(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 3, 3); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	olds, ok1 := interp.TextList(c.Args[1])
	news, ok2 := interp.TextList(c.Args[2])
	if !ok || !ok1 || !ok2 {
		return nil, value.Errorf("MATLAB:string:MustBeCharCellOrString", "First argument must be text.")
	}
	if len(news) != 1 && len(news) != len(olds) {
		return nil, value.Errorf("MATLAB:string:SizeMismatch", "Replacement text must be a scalar or the same size as the text to replace.")
	}
	pairs := make([]string, 0, 2*len(olds))
	for i, o := range olds {
		n := news[0]
		if len(news) > 1 {
			n = news[i]
		}
		pairs = append(pairs, o, n)
	}
	r := strings.NewReplacer(pairs...)
	out := make([]string, len(t.elems))
	for i, s := range t.elems {
		out[i] = r.Replace(s)
	}
	return one(t.value(out))
}

// strcatPart is one strcat argument: a list of texts with its size.
type strcatPart struct {
	t      texts
	scalar bool
}

func biStrcat(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	kind := kindChar
	parts := make([]strcatPart, len(c.Args))
	n := 1
	var dims value.Dims
	for i, a := range c.Args {
		if a.Class().IsNumeric() || a.Class() == value.Logical {
			xs, _ := value.ToFloat64(a)
			rs := make([]rune, len(xs))
			for k, x := range xs {
				rs[k] = rune(x)
			}
			a = charRow(string(rs))
		}
		t, ok := readTexts(a)
		if !ok {
			return nil, value.Errorf("MATLAB:strcat:InvalidInputType", "Inputs must be character vectors, cell arrays of character vectors, or string arrays.")
		}
		if t.kind > kind {
			kind = t.kind
		}
		if a.IsEmpty() && t.kind == kindChar {
			t.elems = []string{""}
		}
		parts[i] = strcatPart{t: t, scalar: t.kind == kindChar || len(t.elems) == 1}
		if !parts[i].scalar {
			if n != 1 && len(t.elems) != n {
				return nil, value.Errorf("MATLAB:strcat:InvalidInputSize", "All the inputs must be the same size or scalars.")
			}
			n, dims = len(t.elems), t.dims
		}
	}
	if kind == kindChar {
		return strcatChars(parts)
	}
	if dims == nil {
		dims = value.Dims{1, 1}
	}
	out := make([]string, n)
	for k := range n {
		var b strings.Builder
		for _, p := range parts {
			s := strings.Join(p.t.elems, "")
			if !p.scalar {
				s = p.t.elems[k]
			} else if p.t.kind != kindChar {
				s = p.t.elems[0]
			} else if kind == kindCellstr {
				s = trimSpaceRight(s)
			}
			b.WriteString(s)
		}
		out[k] = b.String()
	}
	return one(texts{kind: kind, dims: dims}.value(out))
}

// strcatChars joins char arrays row by row, removing each argument's
// trailing white space.
func strcatChars(parts []strcatPart) ([]value.Value, error) {
	rows := 1
	for _, p := range parts {
		if len(p.t.elems) > 1 {
			if rows != 1 && len(p.t.elems) != rows {
				return nil, value.Errorf("MATLAB:strcat:InvalidInputSize", "All the inputs must be the same size or scalars.")
			}
			rows = len(p.t.elems)
		}
	}
	out := make([]string, rows)
	for r := range rows {
		var b strings.Builder
		for _, p := range parts {
			if len(p.t.elems) == 1 && rows > 1 && p.t.elems[0] == "" {
				continue
			}
			k := r
			if len(p.t.elems) == 1 {
				k = 0
			}
			b.WriteString(trimSpaceRight(p.t.elems[k]))
		}
		out[r] = b.String()
	}
	if rows == 1 {
		return one(charRow(out[0]))
	}
	return one(charMatrix(out))
}

func biStrvcat(c *interp.Call) ([]value.Value, error) {
	var rows []string
	for _, a := range c.Args {
		if a.IsEmpty() {
			continue
		}
		if a.Class().IsNumeric() {
			xs, _ := value.ToFloat64(a)
			rs := make([]rune, len(xs))
			for k, x := range xs {
				rs[k] = rune(x)
			}
			rows = append(rows, string(rs))
			continue
		}
		t, ok := readTexts(a)
		if !ok {
			return nil, value.Errorf("MATLAB:strvcat:InvalidInputType", "Inputs must be numeric, character arrays, or cell arrays of character vectors.")
		}
		for _, s := range t.elems {
			if s != "" {
				rows = append(rows, s)
			}
		}
	}
	if len(rows) == 0 {
		return one(emptyChar())
	}
	return one(charMatrix(rows))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "upper", Fn: biUpper, Doc: "t = upper(str): char, cellstr or string"},
		{Name: "lower", Fn: biLower, Doc: "t = lower(str): char, cellstr or string"},
		{Name: "strtrim", Fn: biStrtrim, Doc: "t = strtrim(str): removes leading and trailing white space and NULs"},
		{Name: "deblank", Fn: biDeblank, Doc: "t = deblank(str): removes trailing white space and NULs"},
		{Name: "strip", Fn: biStrip, Doc: "t = strip(str), strip(str, 'left'|'right'|'both'), strip(str, side, ch)"},
		{Name: "blanks", Fn: biBlanks, Doc: "s = blanks(n)"},
		{Name: "newline", Fn: biNewline, Doc: "c = newline (char(10))"},
		{Name: "pad", Fn: biPad, Doc: "t = pad(str), pad(str, n), pad(…, 'left'|'right'|'both'), pad(…, ch)"},
		{Name: "strrep", Fn: biStrrep, Doc: "t = strrep(str, old, new): every occurrence, overlapping ones included"},
		{Name: "replace", Fn: biReplace, Doc: "t = replace(str, old, new): old and new may be lists"},
		{Name: "strcat", Fn: biStrcat, Doc: "s = strcat(s1, …, sN): char (trailing white space removed), cellstr or string"},
		{Name: "strvcat", Fn: biStrvcat, Doc: "S = strvcat(t1, …, tN): rows padded with blanks, empty inputs skipped"},
	})
}
