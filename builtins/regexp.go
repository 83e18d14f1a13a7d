package builtins

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// regexp, regexpi and regexprep. Patterns are parsed by one parser of
// MATLAB's dialect (regexp_engine_parse.go) and run on Go's RE2
// (regexp_re2.go) or, when they need backreferences, lookaround, atomic
// groups, possessive quantifiers, conditionals or \< \>, on the
// backtracking engine (regexp_engine*.go). Both report matches as
// submatch byte offsets, from which the outputs below are built.
// Dynamic expressions (??...) (?@...) ${...} are reported as
// gomat:regexp:unsupported.

func unsupportedRegexp(what string) error {
	return value.Errorf("gomat:regexp:unsupported", "%s is not supported.", what)
}

func badRegexp(err error) error {
	msg := strings.TrimPrefix(err.Error(), "error parsing regexp: ")
	return value.Errorf("MATLAB:regexp:invalidPattern", "Invalid regular expression: %s.", msg)
}

// reOptions are the options of regexp, regexpi and regexprep.
type reOptions struct {
	once        bool
	ignoreCase  bool
	lineAnchors bool
	dotAll      bool
	emptyMatch  bool
	freeSpacing bool
	outputs     []string
	nth         int
}

// parseReOptions reads trailing option words. Output selectors go to
// outputs in the order given.
func parseReOptions(args []value.Value, prep bool) (reOptions, error) {
	o := reOptions{dotAll: true}
	for _, a := range args {
		s, ok := a.Text()
		if !ok {
			if prep {
				if n, err := value.ScalarInt(a); err == nil && n > 0 {
					o.nth = n
					continue
				}
			}
			return o, value.Errorf("MATLAB:regexp:InvalidOption", "All optional arguments must be character vectors or string scalars.")
		}
		switch l := strings.ToLower(s); l {
		case "once":
			o.once = true
		case "ignorecase":
			o.ignoreCase = true
		case "matchcase":
			o.ignoreCase = false
		case "lineanchors":
			o.lineAnchors = true
		case "stringanchors":
			o.lineAnchors = false
		case "dotall":
			o.dotAll = true
		case "dotexceptnewline":
			o.dotAll = false
		case "emptymatch":
			o.emptyMatch = true
		case "noemptymatch":
			o.emptyMatch = false
		case "freespacing":
			o.freeSpacing = true
		case "literalspacing":
			o.freeSpacing = false
		case "warnings":
		case "match", "tokens", "names", "start", "end", "split", "tokenextents":
			if prep {
				return o, value.Errorf("MATLAB:regexprep:InvalidOption", "Invalid option '%s'.", s)
			}
			o.outputs = append(o.outputs, l)
		case "preservecase":
			return o, value.Errorf("gomat:notImplemented", "regexp: option '%s' is not supported.", s)
		default:
			return o, value.Errorf("MATLAB:regexp:InvalidOption", "Invalid option '%s'.", s)
		}
	}
	return o, nil
}

// charIndex converts byte offsets of s to 0-based character (UTF-16 code
// unit) positions.
func charIndex(s string) func(int) int {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return func(b int) int { return b }
	}
	pos := make([]int, len(s)+1)
	n := 0
	for i, r := range s {
		pos[i] = n
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	pos[len(s)] = n
	return func(b int) int { return pos[b] }
}

// findMatches returns the submatch index lists of the matches, dropping
// empty matches unless asked for them.
func findMatches(re *rePattern, s string, o reOptions) ([][]int, error) {
	all, err := re.m.findAll(s)
	if err != nil {
		return nil, err
	}
	var out [][]int
	for _, m := range all {
		if m[0] == m[1] && !o.emptyMatch {
			continue
		}
		out = append(out, m)
		if o.once {
			break
		}
	}
	return out, nil
}

// regexpOutputs computes the requested outputs for one text.
func regexpOutputs(re *rePattern, s string, o reOptions, order []string) ([]value.Value, error) {
	ms, err := findMatches(re, s, o)
	if err != nil {
		return nil, err
	}
	ci := charIndex(s)
	tokens := re.tokens
	ntok := len(tokens)
	tokenOf := func(m []int) []value.Value {
		if ntok == 0 {
			return []value.Value{charRow(s[m[0]:m[1]])}
		}
		toks := make([]value.Value, ntok)
		for k, g := range tokens {
			if m[2*g] < 0 {
				toks[k] = emptyChar()
				continue
			}
			toks[k] = charRow(s[m[2*g]:m[2*g+1]])
		}
		return toks
	}
	extentsOf := func(m []int) value.Value {
		if ntok == 0 {
			return value.RowVector([]float64{float64(ci(m[0]) + 1), float64(ci(m[1]))})
		}
		xs := make([]float64, 2*ntok)
		for k, g := range tokens {
			if m[2*g] < 0 {
				xs[k], xs[ntok+k] = float64(ci(m[0])+1), float64(ci(m[0]))
				continue
			}
			xs[k], xs[ntok+k] = float64(ci(m[2*g])+1), float64(ci(m[2*g+1]))
		}
		return value.Matrix(ntok, 2, xs)
	}
	var fieldNames []string
	var named []int
	for _, g := range tokens {
		if n := re.names[g]; n != "" {
			fieldNames = append(fieldNames, n)
			named = append(named, g)
		}
	}
	namesOf := func(m []int, row []value.Value) {
		for k, g := range named {
			if m[2*g] >= 0 {
				row[k] = charRow(s[m[2*g]:m[2*g+1]])
			} else {
				row[k] = charRow("")
			}
		}
	}
	out := make([]value.Value, len(order))
	for k, what := range order {
		switch what {
		case "start", "end":
			xs := make([]float64, len(ms))
			for i, m := range ms {
				if what == "start" {
					xs[i] = float64(ci(m[0]) + 1)
				} else {
					xs[i] = float64(ci(m[1]))
				}
			}
			if o.once {
				if len(xs) == 0 {
					out[k] = value.Empty()
				} else {
					out[k] = value.Num(xs[0])
				}
			} else {
				out[k] = numArray(value.Dims{1, len(xs)}, xs)
			}
		case "match":
			if o.once {
				if len(ms) == 0 {
					out[k] = emptyChar()
				} else {
					out[k] = charRow(s[ms[0][0]:ms[0][1]])
				}
				continue
			}
			vals := make([]value.Value, len(ms))
			for i, m := range ms {
				vals[i] = charRow(s[m[0]:m[1]])
			}
			out[k] = value.FromRef(value.NewCellFrom(value.Dims{1, len(vals)}, vals))
		case "tokens":
			if o.once {
				if len(ms) == 0 {
					out[k] = value.FromRef(value.NewCell(value.Dims{0, 0}))
				} else {
					t := tokenOf(ms[0])
					out[k] = value.FromRef(value.NewCellFrom(value.Dims{1, len(t)}, t))
				}
				continue
			}
			vals := make([]value.Value, len(ms))
			for i, m := range ms {
				t := tokenOf(m)
				vals[i] = value.FromRef(value.NewCellFrom(value.Dims{1, len(t)}, t))
			}
			out[k] = value.FromRef(value.NewCellFrom(value.Dims{1, len(vals)}, vals))
		case "tokenextents":
			if o.once {
				if len(ms) == 0 {
					out[k] = value.Empty()
				} else {
					out[k] = extentsOf(ms[0])
				}
				continue
			}
			vals := make([]value.Value, len(ms))
			for i, m := range ms {
				vals[i] = extentsOf(m)
			}
			out[k] = value.FromRef(value.NewCellFrom(value.Dims{1, len(vals)}, vals))
		case "names":
			n := len(ms)
			d := value.Dims{1, n}
			if o.once || len(fieldNames) == 0 {
				n = min(n, 1)
				d = value.Dims{1, 1}
				if n == 0 && len(fieldNames) > 0 {
					d = value.Dims{0, 0}
				}
			} else if n == 0 {
				d = value.Dims{0, 0}
			}
			st := value.NewStruct(d, fieldNames)
			if len(fieldNames) > 0 {
				for i := range st.Elems {
					namesOf(ms[i], st.Elems[i])
				}
			}
			out[k] = value.FromRef(st)
		case "split":
			var parts []value.Value
			start := 0
			for _, m := range ms {
				parts = append(parts, charRow(s[start:m[0]]))
				start = m[1]
			}
			parts = append(parts, charRow(s[start:]))
			out[k] = value.FromRef(value.NewCellFrom(value.Dims{1, len(parts)}, parts))
		}
	}
	return out, nil
}

// defaultOrder is the order of regexp's outputs when none is selected.
var defaultOrder = []string{"start", "end", "tokenextents", "match", "tokens", "names", "split"}

func regexpCall(c *interp.Call, fn string, ignoreCase bool) ([]value.Value, error) {
	if err := nargs(c, 2, -1); err != nil {
		return nil, err
	}
	o, err := parseReOptions(c.Args[2:], false)
	if err != nil {
		return nil, err
	}
	if ignoreCase {
		o.ignoreCase = true
	}
	order := o.outputs
	if len(order) == 0 {
		order = defaultOrder
	}
	for _, name := range defaultOrder {
		found := false
		for _, x := range order {
			if x == name {
				found = true
			}
		}
		if !found {
			order = append(order, name)
		}
	}
	strs, ok := readTexts(c.Args[0])
	pats, ok2 := readTexts(c.Args[1])
	if !ok || !ok2 {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "The first two arguments must be character vectors, string scalars, or cell arrays of character vectors.")
	}
	if strs.kind == kindChar {
		strs.elems = []string{strings.Join(strs.elems, "")}
	}
	if pats.kind == kindChar {
		pats.elems = []string{strings.Join(pats.elems, "")}
	}
	listIn := strs.kind == kindCellstr || pats.kind == kindCellstr || strs.kind == kindString && len(strs.elems) != 1
	if !listIn {
		re, err := compileRegexp(pats.elems[0], o)
		if err != nil {
			return nil, err
		}
		outs, err := regexpOutputs(re, strs.elems[0], o, order)
		if err != nil {
			return nil, err
		}
		if strs.kind == kindString {
			stringify(outs, order)
		}
		return outs, nil
	}
	n, d := len(strs.elems), strs.dims
	if pats.kind == kindCellstr && len(pats.elems) != 1 {
		if strs.kind == kindCellstr && len(strs.elems) != 1 && len(strs.elems) != len(pats.elems) {
			return nil, value.Errorf("MATLAB:"+fn+":CellMismatch", "Cell arrays must be the same size.")
		}
		n, d = len(pats.elems), pats.dims
	}
	cols := make([][]value.Value, len(order))
	for i := range n {
		s := strs.elems[min(i, len(strs.elems)-1)]
		p := pats.elems[min(i, len(pats.elems)-1)]
		re, err := compileRegexp(p, o)
		if err != nil {
			return nil, err
		}
		outs, err := regexpOutputs(re, s, o, order)
		if err != nil {
			return nil, err
		}
		for k := range order {
			cols[k] = append(cols[k], outs[k])
		}
	}
	res := make([]value.Value, len(order))
	for k := range order {
		res[k] = value.FromRef(value.NewCellFrom(d.Clone(), cols[k]))
	}
	return res, nil
}

// stringify turns the text outputs of a string input into strings.
func stringify(outs []value.Value, order []string) {
	for k, what := range order {
		switch what {
		case "match", "split", "tokens":
			outs[k] = toStrings(outs[k])
		}
	}
}

// toStrings converts char values (also inside cells) to strings: a cell of
// char rows becomes a string array.
func toStrings(v value.Value) value.Value {
	switch r := v.Ref().(type) {
	case *value.Cell:
		if t, ok := readTexts(v); ok {
			return stringArray(t.dims.Clone(), t.elems)
		}
		vals := make([]value.Value, len(r.Elems))
		for i, e := range r.Elems {
			vals[i] = toStrings(e)
		}
		return value.FromRef(value.NewCellFrom(r.Size().Clone(), vals))
	}
	if s, ok := v.Text(); ok {
		return value.String(s)
	}
	return v
}

func biRegexp(c *interp.Call) ([]value.Value, error)  { return regexpCall(c, "regexp", false) }
func biRegexpi(c *interp.Call) ([]value.Value, error) { return regexpCall(c, "regexpi", true) }

// rePiece is a piece of a regexprep replacement: literal text, or the
// text of a group (group >= 0; a group the pattern lacks gives nothing).
type rePiece struct {
	lit   string
	group int
}

// parseReplacement reads a regexprep replacement: $N and $<name> refer to
// tokens (outermost groups only, as regexp's tokens), $0 to the whole match, \$ is a dollar sign, and escapes such as
// \n are translated.
func parseReplacement(r string, re *rePattern) ([]rePiece, error) {
	var pieces []rePiece
	var lit strings.Builder
	ref := func(g int) {
		pieces = append(pieces, rePiece{lit: lit.String(), group: -1}, rePiece{group: g})
		lit.Reset()
	}
	for i := 0; i < len(r); i++ {
		ch := r[i]
		switch {
		case ch == '$' && i+1 < len(r) && r[i+1] >= '0' && r[i+1] <= '9':
			j := i + 1
			for j < len(r) && r[j] >= '0' && r[j] <= '9' {
				j++
			}
			ref(re.tokenGroup(r[i+1 : j]))
			i = j - 1
		case ch == '$' && i+1 < len(r) && r[i+1] == '<' && strings.IndexByte(r[i:], '>') > 0:
			j := strings.IndexByte(r[i:], '>')
			g := slices.Index(re.names, r[i+2:i+j])
			if g <= 0 || !slices.Contains(re.tokens, g) {
				g = re.ngroups + 1
			}
			ref(g)
			i += j
		case ch == '$' && i+1 < len(r) && r[i+1] == '{':
			return nil, unsupportedRegexp("dynamic replacement ${...}")
		case ch == '\\' && i+1 < len(r):
			if t, n, ok := escape(r[i+1:]); ok {
				lit.WriteString(t)
				i += n
				continue
			}
			lit.WriteByte(r[i+1])
			i++
		default:
			lit.WriteByte(ch)
		}
	}
	return append(pieces, rePiece{lit: lit.String(), group: -1}), nil
}

// tokenGroup returns the group of the token that $N names in a
// replacement, N given by its digits: 0 is the whole match, tokens count
// only the outermost groups, and a token the pattern lacks gives a group
// past the last, which replaces with nothing.
func (re *rePattern) tokenGroup(digits string) int {
	n, err := strconv.Atoi(digits)
	switch {
	case err != nil || n > len(re.tokens):
		return re.ngroups + 1
	case n == 0:
		return 0
	}
	return re.tokens[n-1]
}

// replaceAll applies one pattern and replacement to s.
func replaceAll(re *rePattern, s string, rep []rePiece, o reOptions) (string, error) {
	ms, err := findMatches(re, s, reOptions{emptyMatch: o.emptyMatch, once: false})
	if err != nil {
		return "", err
	}
	var b strings.Builder
	last := 0
	for k, m := range ms {
		if o.once && k > 0 || o.nth > 0 && k+1 != o.nth {
			continue
		}
		b.WriteString(s[last:m[0]])
		for _, p := range rep {
			if p.group < 0 {
				b.WriteString(p.lit)
			} else if 2*p.group+1 < len(m) && m[2*p.group] >= 0 {
				b.WriteString(s[m[2*p.group]:m[2*p.group+1]])
			}
		}
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), nil
}

func biRegexprep(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 3, -1); err != nil {
		return nil, err
	}
	o, err := parseReOptions(c.Args[3:], true)
	if err != nil {
		return nil, err
	}
	strs, ok := readTexts(c.Args[0])
	pats, ok1 := interp.TextList(c.Args[1])
	reps, ok2 := interp.TextList(c.Args[2])
	if !ok || !ok1 || !ok2 {
		return nil, value.Errorf("MATLAB:regexprep:InvalidInput", "All inputs must be character vectors, string arrays, or cell arrays of character vectors.")
	}
	if len(reps) != 1 && len(reps) != len(pats) {
		return nil, value.Errorf("MATLAB:regexprep:badReplacementCount", "The number of replacements must be one or equal the number of expressions.")
	}
	res := make([]*rePattern, len(pats))
	tmpls := make([][]rePiece, len(pats))
	for i, p := range pats {
		if res[i], err = compileRegexp(p, o); err != nil {
			return nil, err
		}
		r := reps[0]
		if len(reps) > 1 {
			r = reps[i]
		}
		if tmpls[i], err = parseReplacement(r, res[i]); err != nil {
			return nil, err
		}
	}
	if strs.kind == kindChar {
		strs.elems = []string{strings.Join(strs.elems, "")}
		strs.dims = value.Dims{1, 1}
	}
	out := make([]string, len(strs.elems))
	for i, s := range strs.elems {
		for k, re := range res {
			if s, err = replaceAll(re, s, tmpls[k], o); err != nil {
				return nil, err
			}
		}
		out[i] = s
	}
	return one(strs.value(out))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "regexp", Fn: biRegexp, Doc: "[start, end, te, match, tokens, names, split] = regexp(str, expr), regexp(…, 'match'|'tokens'|'names'|'start'|'end'|'split'|'tokenExtents', 'once', 'ignorecase', 'lineanchors', 'dotexceptnewline', 'emptymatch'); str or expr may be cellstr"},
		{Name: "regexpi", Fn: biRegexpi, Doc: "regexpi(str, expr, …): regexp ignoring case"},
		{Name: "regexprep", Fn: biRegexprep, Doc: "s = regexprep(str, expr, rep), regexprep(…, 'once'|'ignorecase'|N); $N and $<name> in rep; expr and rep may be lists applied in turn"},
	})
}
