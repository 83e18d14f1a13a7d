package builtins

import (
	"regexp"
	"strconv"
	"strings"
)

// Patterns that need nothing beyond RE2 run on Go's regexp package: the
// parsed MATLAB pattern is written out in Go's syntax, with every mode
// already applied to its nodes (case-folded classes, '.' as a class,
// anchors as \A \z or (?m:^) (?m:$)).

// reMatcher finds the successive non-overlapping matches of a pattern as
// regexp.FindAllStringSubmatchIndex reports them: byte offsets of each
// match and of its groups, -1 for a group that did not take part.
type reMatcher interface {
	findAll(s string) ([][]int, error)
}

// rePattern is a compiled pattern with its groups.
type rePattern struct {
	m       reMatcher
	ngroups int
	// names[g] is the name of group g ("" when unnamed).
	names []string
	// tokens are the groups MATLAB reports as tokens, in order: only the
	// outermost capturing groups, since "only the highest level
	// parentheses are used" (MATLAB, Tokens in Regular Expressions).
	tokens []int
}

// re2Matcher runs a pattern on Go's regexp package.
type re2Matcher struct{ re *regexp.Regexp }

func (m re2Matcher) findAll(s string) ([][]int, error) {
	return m.re.FindAllStringSubmatchIndex(s, -1), nil
}

// compileRegexp parses a MATLAB pattern under the options and compiles it
// for Go's regexp, or for the backtracking engine when it needs features
// RE2 lacks.
func compileRegexp(p string, o reOptions) (*rePattern, error) {
	t, err := parseRegexp(p, reFlags{fold: o.ignoreCase, dotNL: o.dotAll, multi: o.lineAnchors, free: o.freeSpacing})
	if err != nil {
		return nil, err
	}
	pat := &rePattern{ngroups: t.ngroups, names: t.names, tokens: outerGroups(t.root)}
	if t.backtrack != "" {
		b, err := newBacktrack(t)
		if err != nil {
			return nil, err
		}
		pat.m = b
		return pat, nil
	}
	var sb strings.Builder
	re2Syntax(&sb, t)
	re, err := regexp.Compile(sb.String())
	if err != nil {
		return nil, badRegexp(err)
	}
	pat.m = re2Matcher{re}
	return pat, nil
}

// translateRegexp rewrites a MATLAB pattern in Go's regexp syntax for
// callers that need a *regexp.Regexp; a pattern that needs the
// backtracking engine is reported as unsupported.
func translateRegexp(p string) (string, error) {
	t, err := parseRegexp(p, reFlags{dotNL: true})
	if err != nil {
		return "", err
	}
	if t.backtrack != "" {
		return "", unsupportedRegexp(t.backtrack)
	}
	var sb strings.Builder
	re2Syntax(&sb, t)
	return sb.String(), nil
}

// re2Syntax writes a tree that needs no backtracking in Go's syntax.
func re2Syntax(b *strings.Builder, t *reTree) {
	var node func(n *reNode)
	node = func(n *reNode) {
		switch n.kind {
		case reEmpty:
			b.WriteString("(?:)")
		case reLit:
			if n.fold {
				b.WriteString("(?i:")
				re2Rune(b, n.r)
				b.WriteString(")")
			} else {
				re2Rune(b, n.r)
			}
		case reClass:
			b.WriteByte('[')
			if len(n.set) == 0 {
				b.WriteString(`^\x00-\x{10FFFF}`)
			}
			for _, r := range n.set {
				re2Rune(b, r.lo)
				if r.hi != r.lo {
					b.WriteByte('-')
					re2Rune(b, r.hi)
				}
			}
			b.WriteByte(']')
		case reBegin:
			b.WriteString(map[bool]string{false: `\A`, true: `(?m:^)`}[n.multi])
		case reEnd:
			b.WriteString(map[bool]string{false: `\z`, true: `(?m:$)`}[n.multi])
		case reWordB:
			b.WriteString(`\b`)
		case reNotWordB:
			b.WriteString(`\B`)
		case reConcat:
			for _, s := range n.subs {
				node(s)
			}
		case reAlt:
			b.WriteString("(?:")
			for i, s := range n.subs {
				if i > 0 {
					b.WriteByte('|')
				}
				node(s)
			}
			b.WriteString(")")
		case reGroup:
			b.WriteByte('(')
			if name := t.names[n.n]; name != "" {
				b.WriteString("?P<" + name + ">")
			}
			node(n.subs[0])
			b.WriteByte(')')
		case reRepeat:
			b.WriteString("(?:")
			node(n.subs[0])
			b.WriteString(")" + re2Quantifier(n.min, n.max))
			if n.lazy {
				b.WriteByte('?')
			}
		}
	}
	node(t.root)
}

// re2Rune writes a character: ASCII letters and digits as themselves,
// others as \x{…}.
func re2Rune(b *strings.Builder, r rune) {
	if r < 0x80 && (r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
		b.WriteRune(r)
		return
	}
	b.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
}

// re2Quantifier writes the counts of a repetition.
func re2Quantifier(lo, hi int) string {
	switch {
	case lo == 0 && hi < 0:
		return "*"
	case lo == 1 && hi < 0:
		return "+"
	case lo == 0 && hi == 1:
		return "?"
	case hi < 0:
		return "{" + strconv.Itoa(lo) + ",}"
	case lo == hi:
		return "{" + strconv.Itoa(lo) + "}"
	}
	return "{" + strconv.Itoa(lo) + "," + strconv.Itoa(hi) + "}"
}
