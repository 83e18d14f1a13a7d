package builtins

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Escapes and character classes of MATLAB's regular expressions, and the
// resolution of token references once every group is known.

// parseEscape parses an escape outside a class, at the backslash.
func (ps *reParser) parseEscape() (*reNode, error) {
	ps.pos++
	if ps.eof() {
		return nil, reSyntaxError("trailing backslash at end of expression")
	}
	c := ps.src[ps.pos]
	switch c {
	case '1', '2', '3', '4', '5', '6', '7', '8', '9':
		start := ps.pos
		for !ps.eof() && ps.src[ps.pos] >= '0' && ps.src[ps.pos] <= '9' {
			ps.pos++
		}
		ps.needs("backreference \\" + string(ps.src[start:ps.pos]))
		return ps.reference(string(ps.src[start:ps.pos])), nil
	case 'k':
		if ps.pos+1 < len(ps.src) && ps.src[ps.pos+1] == '<' {
			ps.pos += 2
			name, err := ps.groupName('>')
			if err != nil {
				return nil, err
			}
			ps.needs("named backreference \\k<" + name + ">")
			return ps.reference(name), nil
		}
	case '<', '>':
		ps.pos++
		ps.needs("word anchor \\" + string(c))
		if c == '<' {
			return &reNode{kind: reWordStart}, nil
		}
		return &reNode{kind: reWordEnd}, nil
	case 'b', 'B', 'A', 'z':
		ps.pos++
		kind := map[rune]reKind{'b': reWordB, 'B': reNotWordB, 'A': reBegin, 'z': reEnd}[c]
		return &reNode{kind: kind}, nil
	}
	if set, ok, err := ps.setEscape(); ok || err != nil {
		return &reNode{kind: reClass, set: set}, err
	}
	r, err := ps.escapedRune()
	if err != nil {
		return nil, err
	}
	return ps.literal(r), nil
}

// reference makes a backreference to be resolved.
func (ps *reParser) reference(ref string) *reNode {
	n := &reNode{kind: reBackref, ref: ref, fold: ps.flags.fold}
	ps.refs = append(ps.refs, n)
	return n
}

// setEscape parses \w \W \d \D \s \S \pX \p{Name} \PX \P{Name} at the
// letter after the backslash; ok is false for other escapes.
func (ps *reParser) setEscape() (set reSet, ok bool, err error) {
	c := ps.src[ps.pos]
	switch unicode.ToLower(c) {
	case 'w':
		set = reWordSet
	case 'd':
		set = reDigitSet
	case 's':
		set = reSpaceSet
	case 'p':
		ps.pos++
		name := ""
		switch {
		case ps.at("{"):
			end := strings.IndexRune(string(ps.src[ps.pos:]), '}')
			if end < 0 {
				return nil, true, reSyntaxError("missing } in \\%c{...}", c)
			}
			name = string(ps.src[ps.pos:])[1:end]
			ps.pos += len([]rune(name)) + 1
		case !ps.eof():
			name = string(ps.src[ps.pos])
		}
		t := unicode.Categories[name]
		if t == nil {
			t = unicode.Scripts[name]
		}
		if t == nil {
			return nil, true, reSyntaxError("invalid character class \\%c{%s}", c, name)
		}
		set = tableSet(t)
	default:
		return nil, false, nil
	}
	ps.pos++
	return ps.setItem(set, unicode.IsUpper(c)), true, nil
}

// setItem folds a set under 'ignorecase' and then complements it when neg.
func (ps *reParser) setItem(set reSet, neg bool) reSet {
	if ps.flags.fold {
		set = set.folded()
	}
	if neg {
		set = set.negated()
	}
	return set
}

// escapedRune parses a character escape at the letter after the
// backslash: \t \n \r \f \v \a \e \xNN \x{N} \oNNN \o{N} \0NN, or an
// escaped non-alphanumeric character standing for itself.
func (ps *reParser) escapedRune() (rune, error) {
	c := ps.src[ps.pos]
	ps.pos++
	if r, ok := map[rune]rune{'t': '\t', 'n': '\n', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'e': 0x1B}[c]; ok {
		return r, nil
	}
	switch {
	case c == 'x':
		return ps.codePoint(16, 2, c)
	case c == 'o':
		return ps.codePoint(8, 3, c)
	case c == '0':
		ps.pos--
		return ps.codePoint(8, 3, c)
	case c < 0x80 && !unicode.IsLetter(c) && !unicode.IsDigit(c):
		return c, nil
	}
	return 0, reSyntaxError("invalid escape sequence \\%c", c)
}

// codePoint reads the digits of \x or \o: {digits} or up to most digits
// in base.
func (ps *reParser) codePoint(base, most int, letter rune) (rune, error) {
	isDigit := func(r rune) bool {
		v, err := strconv.ParseUint(string(r), base, 8)
		return err == nil && v < uint64(base)
	}
	start, end := ps.pos, ps.pos
	if ps.at("{") {
		start++
		end = start
		for end < len(ps.src) && isDigit(ps.src[end]) {
			end++
		}
		if end >= len(ps.src) || ps.src[end] != '}' {
			return 0, reSyntaxError("invalid escape \\%c{...}", letter)
		}
		ps.pos = end + 1
	} else {
		for end < len(ps.src) && end-start < most && isDigit(ps.src[end]) {
			end++
		}
		ps.pos = end
	}
	v, err := strconv.ParseUint(string(ps.src[start:end]), base, 32)
	if err != nil || v > unicode.MaxRune {
		return 0, reSyntaxError("invalid escape \\%c%s", letter, string(ps.src[start:end]))
	}
	return rune(v), nil
}

// parseClass parses [...] at '['.
func (ps *reParser) parseClass() (*reNode, error) {
	ps.pos++
	neg := ps.at("^")
	if neg {
		ps.pos++
	}
	// Sets such as \w come folded from classItem; the characters and
	// ranges (lits) are folded here.
	var set, lits reSet
	for first := true; ; first = false {
		if ps.eof() {
			return nil, reSyntaxError("missing closing ]")
		}
		if ps.src[ps.pos] == ']' && !first {
			ps.pos++
			break
		}
		lo, sub, err := ps.classItem()
		if err != nil {
			return nil, err
		}
		if sub != nil {
			set = append(set, sub...)
			continue
		}
		hi := lo
		if ps.at("-") && ps.pos+1 < len(ps.src) && ps.src[ps.pos+1] != ']' {
			ps.pos++
			if hi, sub, err = ps.classItem(); err != nil {
				return nil, err
			}
			if sub != nil || hi < lo {
				return nil, reSyntaxError("invalid character class range %c-%c", lo, hi)
			}
		}
		lits = append(lits, reRange{lo, hi})
	}
	set = append(set, ps.setItem(lits.normalized(), false)...).normalized()
	if neg {
		set = set.negated()
	}
	return &reNode{kind: reClass, set: set}, nil
}

// classItem parses one member of a class: a character, or a set (\w,
// [:alpha:], …).
func (ps *reParser) classItem() (rune, reSet, error) {
	c := ps.src[ps.pos]
	switch {
	case c == '\\':
		ps.pos++
		if ps.eof() {
			return 0, nil, reSyntaxError("missing closing ]")
		}
		if ps.src[ps.pos] == 'b' {
			ps.pos++
			return '\b', nil, nil
		}
		if set, ok, err := ps.setEscape(); ok || err != nil {
			return 0, set, err
		}
		r, err := ps.escapedRune()
		return r, nil, err
	case c == '[' && ps.pos+1 < len(ps.src) && ps.src[ps.pos+1] == ':':
		rest := string(ps.src[ps.pos+2:])
		if end := strings.Index(rest, ":]"); end >= 0 {
			name := rest[:end]
			neg := strings.HasPrefix(name, "^")
			if set, ok := rePosixSets[strings.TrimPrefix(name, "^")]; ok {
				ps.pos += 2 + len([]rune(name)) + 2
				return 0, ps.setItem(set, neg), nil
			}
		}
	}
	ps.pos++
	return c, nil, nil
}

// resolve binds backreferences and conditions to their groups. A numeric
// reference uses the longest prefix of its digits that names a group; the
// other digits are literal characters.
func (ps *reParser) resolve() error {
	for _, n := range ps.refs {
		if g := slices.Index(ps.names, n.ref); g > 0 {
			n.n = g
			continue
		}
		digits := n.ref
		k := len(digits)
		for ; k > 0; k-- {
			if g, err := strconv.Atoi(digits[:k]); err == nil && g >= 1 && g <= ps.ngroups {
				n.n = g
				break
			}
		}
		if k < len(digits) && n.kind == reCond {
			k = 0
		}
		if k == 0 {
			return reSyntaxError("reference to nonexistent token %s", n.ref)
		}
		if k < len(digits) {
			ref := *n
			n.kind, n.subs = reConcat, []*reNode{&ref}
			for _, d := range digits[k:] {
				n.subs = append(n.subs, &reNode{kind: reLit, r: d})
			}
		}
	}
	return nil
}
