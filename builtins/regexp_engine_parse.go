package builtins

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"gomat/lang/value"
)

// The parser of MATLAB's regular-expression dialect.

// reFlags are the matching modes; (?i) (?s) (?m) (?x) and their negations
// change them for the rest of the enclosing group.
type reFlags struct {
	fold  bool // (?i), 'ignorecase'
	dotNL bool // (?s): '.' matches newline (MATLAB's default)
	multi bool // (?m), 'lineanchors'
	free  bool // (?x), 'freespacing'
}

// reMaxRepeat bounds the counts of {n,m}, as RE2 does.
const reMaxRepeat = 1000

// reParser reads one pattern.
type reParser struct {
	src     []rune
	pos     int
	flags   reFlags
	ngroups int
	names   []string
	// refs are the reBackref and reCond nodes whose ref resolve reads.
	refs      []*reNode
	backtrack string
}

// reSyntaxError reports an invalid pattern.
func reSyntaxError(format string, args ...any) error {
	return value.Errorf("MATLAB:regexp:invalidPattern", "Invalid regular expression: %s.", fmt.Sprintf(format, args...))
}

// parseRegexp parses a MATLAB pattern under the initial flags.
func parseRegexp(p string, f reFlags) (*reTree, error) {
	ps := &reParser{src: []rune(p), flags: f, names: []string{""}}
	root, err := ps.parseAlt()
	if err != nil {
		return nil, err
	}
	if !ps.eof() {
		return nil, reSyntaxError("unexpected ) at position %d", ps.pos+1)
	}
	if err := ps.resolve(); err != nil {
		return nil, err
	}
	return &reTree{root: root, ngroups: ps.ngroups, names: ps.names, backtrack: ps.backtrack}, nil
}

func (ps *reParser) eof() bool { return ps.pos >= len(ps.src) }

// at reports whether the text at the position starts with s.
func (ps *reParser) at(s string) bool {
	i := ps.pos
	for _, r := range s {
		if i >= len(ps.src) || ps.src[i] != r {
			return false
		}
		i++
	}
	return true
}

// needs records a feature that only the backtracking engine has.
func (ps *reParser) needs(feature string) {
	if ps.backtrack == "" {
		ps.backtrack = feature
	}
}

// skipFree skips white space and # comments in free-spacing mode.
func (ps *reParser) skipFree() {
	for ps.flags.free && !ps.eof() {
		switch c := ps.src[ps.pos]; {
		case c == '#':
			for !ps.eof() && ps.src[ps.pos] != '\n' {
				ps.pos++
			}
		case unicode.IsSpace(c):
			ps.pos++
		default:
			return
		}
	}
}

// parseAlt parses alternatives up to ')' or the end.
func (ps *reParser) parseAlt() (*reNode, error) {
	var alts []*reNode
	for {
		n, err := ps.parseConcat()
		if err != nil {
			return nil, err
		}
		alts = append(alts, n)
		if ps.eof() || ps.src[ps.pos] != '|' {
			break
		}
		ps.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &reNode{kind: reAlt, subs: alts}, nil
}

// parseConcat parses a sequence of quantified atoms.
func (ps *reParser) parseConcat() (*reNode, error) {
	var items []*reNode
	for {
		ps.skipFree()
		if ps.eof() || ps.src[ps.pos] == '|' || ps.src[ps.pos] == ')' {
			break
		}
		atom, err := ps.parseAtom()
		if err != nil {
			return nil, err
		}
		if atom == nil {
			continue
		}
		if atom, err = ps.parseQuantifier(atom); err != nil {
			return nil, err
		}
		items = append(items, atom)
	}
	switch len(items) {
	case 0:
		return &reNode{kind: reEmpty}, nil
	case 1:
		return items[0], nil
	}
	return &reNode{kind: reConcat, subs: items}, nil
}

// quantifier reads a quantifier at the position without consuming it;
// n is its length in runes (0: none).
func (ps *reParser) quantifier() (lo, hi, n int) {
	if ps.eof() {
		return 0, 0, 0
	}
	switch ps.src[ps.pos] {
	case '*':
		return 0, -1, 1
	case '+':
		return 1, -1, 1
	case '?':
		return 0, 1, 1
	case '{':
		i := ps.pos + 1
		num := func() (int, bool) {
			j := i
			for i < len(ps.src) && ps.src[i] >= '0' && ps.src[i] <= '9' {
				i++
			}
			v, err := strconv.Atoi(string(ps.src[j:i]))
			return v, err == nil
		}
		lo, ok := num()
		if !ok || i >= len(ps.src) {
			return 0, 0, 0
		}
		hi = lo
		if ps.src[i] == ',' {
			i++
			hi = -1
			if v, ok := num(); ok {
				hi = v
			}
		}
		if i >= len(ps.src) || ps.src[i] != '}' {
			return 0, 0, 0
		}
		return lo, hi, i + 1 - ps.pos
	}
	return 0, 0, 0
}

// parseQuantifier applies a quantifier that follows atom, with its lazy
// (?) or possessive (+) suffix.
func (ps *reParser) parseQuantifier(atom *reNode) (*reNode, error) {
	ps.skipFree()
	lo, hi, n := ps.quantifier()
	if n == 0 {
		return atom, nil
	}
	start := ps.pos
	text := string(ps.src[ps.pos : ps.pos+n])
	if lo > reMaxRepeat || hi > reMaxRepeat || hi >= 0 && hi < lo {
		return nil, reSyntaxError("invalid repeat count: %s", text)
	}
	ps.pos += n
	rep := &reNode{kind: reRepeat, min: lo, max: hi, subs: []*reNode{atom}}
	switch {
	case ps.at("?"):
		rep.lazy = true
		ps.pos++
	case ps.at("+"):
		rep.possessive = true
		ps.needs("possessive quantifier " + text + "+")
		ps.pos++
	}
	ps.skipFree()
	if _, _, m := ps.quantifier(); m > 0 {
		return nil, reSyntaxError("invalid nested repetition operator: %s", string(ps.src[start:ps.pos+m]))
	}
	return rep, nil
}

// parseAtom parses one atom; it returns nil for what matches nothing by
// itself (comments, mode modifiers).
func (ps *reParser) parseAtom() (*reNode, error) {
	c := ps.src[ps.pos]
	switch c {
	case '(':
		return ps.parseGroup()
	case '[':
		return ps.parseClass()
	case '\\':
		return ps.parseEscape()
	case '.':
		ps.pos++
		set := reSet{{0, unicode.MaxRune}}
		if !ps.flags.dotNL {
			set = reSet{{'\n', '\n'}}.negated()
		}
		return &reNode{kind: reClass, set: set}, nil
	case '^':
		ps.pos++
		return &reNode{kind: reBegin, multi: ps.flags.multi}, nil
	case '$':
		ps.pos++
		return &reNode{kind: reEnd, multi: ps.flags.multi}, nil
	case '*', '+', '?', '{':
		if _, _, n := ps.quantifier(); n > 0 {
			return nil, reSyntaxError("missing argument to repetition operator: %s", string(ps.src[ps.pos:ps.pos+n]))
		}
	}
	ps.pos++
	return ps.literal(c), nil
}

// literal makes the node of the character r.
func (ps *reParser) literal(r rune) *reNode {
	return &reNode{kind: reLit, r: r, fold: ps.flags.fold && hasFold(r)}
}

// groupBody parses the alternatives of a group and its closing ')'; mode
// changes inside do not outlast the group.
func (ps *reParser) groupBody() (*reNode, error) {
	saved := ps.flags
	n, err := ps.parseAlt()
	ps.flags = saved
	if err != nil {
		return nil, err
	}
	if ps.eof() {
		return nil, reSyntaxError("missing closing )")
	}
	ps.pos++
	return n, nil
}

// lookarounds are the openings of lookaround groups.
var lookarounds = []struct {
	open, what  string
	behind, neg bool
}{
	{"(?=", "lookahead (?=...)", false, false},
	{"(?!", "negative lookahead (?!...)", false, true},
	{"(?<=", "lookbehind (?<=...)", true, false},
	{"(?<!", "negative lookbehind (?<!...)", true, true},
}

// parseGroup parses a group starting at '('.
func (ps *reParser) parseGroup() (*reNode, error) {
	for _, l := range lookarounds {
		if ps.at(l.open) {
			ps.needs(l.what)
			ps.pos += len(l.open)
			body, err := ps.groupBody()
			if err != nil {
				return nil, err
			}
			return &reNode{kind: reLook, behind: l.behind, neg: l.neg, subs: []*reNode{body}}, nil
		}
	}
	switch {
	case ps.at("(?#"):
		for !ps.eof() && ps.src[ps.pos] != ')' {
			ps.pos++
		}
		if ps.eof() {
			return nil, reSyntaxError("missing ) after comment")
		}
		ps.pos++
		return nil, nil
	case ps.at("(?:"):
		ps.pos += 3
		return ps.groupBody()
	case ps.at("(?>"):
		ps.needs("atomic group (?>...)")
		ps.pos += 3
		body, err := ps.groupBody()
		if err != nil {
			return nil, err
		}
		return &reNode{kind: reAtomic, subs: []*reNode{body}}, nil
	case ps.at("(?("):
		return ps.parseConditional()
	case ps.at("(??"), ps.at("(?@"):
		return nil, unsupportedRegexp("dynamic expression (??...) or (?@...)")
	case ps.at("(?<"), ps.at("(?P<"):
		ps.pos += 3
		if ps.at("<") {
			ps.pos++
		}
		name, err := ps.groupName('>')
		if err != nil {
			return nil, err
		}
		return ps.capture(name)
	case ps.at("(?"):
		return ps.parseModes()
	}
	ps.pos++
	return ps.capture("")
}

// capture parses the body of capturing group, named name when not "".
func (ps *reParser) capture(name string) (*reNode, error) {
	if name != "" && slices.Contains(ps.names, name) {
		return nil, reSyntaxError("duplicate token name %s", name)
	}
	ps.ngroups++
	n := ps.ngroups
	ps.names = append(ps.names, name)
	body, err := ps.groupBody()
	if err != nil {
		return nil, err
	}
	return &reNode{kind: reGroup, n: n, subs: []*reNode{body}}, nil
}

// groupName reads a token name ending in close.
func (ps *reParser) groupName(close rune) (string, error) {
	start := ps.pos
	for !ps.eof() && ps.src[ps.pos] != close {
		ps.pos++
	}
	if ps.eof() {
		return "", reSyntaxError("missing %c after token name", close)
	}
	name := string(ps.src[start:ps.pos])
	ps.pos++
	if !isValidName(name) {
		return "", reSyntaxError("invalid token name '%s'", name)
	}
	return name, nil
}

// isValidName reports whether s can name a token: a letter, then
// letters, digits and underscores.
func isValidName(s string) bool {
	for i, r := range s {
		if !(r < 0x80 && (unicode.IsLetter(r) || i > 0 && (r == '_' || unicode.IsDigit(r)))) {
			return false
		}
	}
	return s != ""
}

// parseModes parses (?flags) and (?flags:...), where flags are letters
// of imsx, optionally with some after a '-' to turn off.
func (ps *reParser) parseModes() (*reNode, error) {
	start := ps.pos
	ps.pos += 2
	f := ps.flags
	on := true
	for !ps.eof() {
		c := ps.src[ps.pos]
		ps.pos++
		switch {
		case c == '-' && on:
			on = false
		case c == 'i':
			f.fold = on
		case c == 's':
			f.dotNL = on
		case c == 'm':
			f.multi = on
		case c == 'x':
			f.free = on
		case c == ')':
			ps.flags = f
			return nil, nil
		case c == ':':
			saved := ps.flags
			ps.flags = f
			body, err := ps.groupBody()
			ps.flags = saved
			return body, err
		default:
			return nil, reSyntaxError("invalid or unsupported group %s", string(ps.src[start:ps.pos]))
		}
	}
	return nil, reSyntaxError("missing closing )")
}

// parseConditional parses (?(cond)yes|no) where cond is a token number, a
// token name or a lookaround.
func (ps *reParser) parseConditional() (*reNode, error) {
	ps.needs("conditional expression (?(cond)...)")
	ps.pos += 2
	node := &reNode{kind: reCond}
	if ps.at("(?=") || ps.at("(?!") || ps.at("(?<=") || ps.at("(?<!") {
		look, err := ps.parseGroup()
		if err != nil {
			return nil, err
		}
		node.cond = look
	} else {
		ps.pos++
		start := ps.pos
		for !ps.eof() && ps.src[ps.pos] != ')' {
			ps.pos++
		}
		if ps.eof() {
			return nil, reSyntaxError("missing ) in condition")
		}
		node.ref = strings.Trim(string(ps.src[start:ps.pos]), "<>'")
		ps.pos++
		ps.refs = append(ps.refs, node)
	}
	body, err := ps.groupBody()
	if err != nil {
		return nil, err
	}
	node.subs = []*reNode{body, {kind: reEmpty}}
	if body.kind == reAlt {
		if len(body.subs) > 2 {
			return nil, reSyntaxError("conditional expression has more than two branches")
		}
		node.subs = body.subs
	}
	return node, nil
}
