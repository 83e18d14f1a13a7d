package builtins

// The parsed form of a MATLAB regular expression. One parser
// (regexp_engine_parse.go) reads MATLAB's dialect into this tree; the tree
// is then either written out in Go's RE2 syntax (regexp_re2.go) or, when it
// uses something RE2 cannot do, compiled for the backtracking matcher
// (regexp_engine_compile.go, regexp_engine_vm.go).

// reKind says what a reNode matches.
type reKind uint8

const (
	reEmpty     reKind = iota // the empty string
	reLit                     // the character r (case-insensitively when fold)
	reClass                   // one character of set
	reBegin                   // ^ (line start when multi) or \A
	reEnd                     // $ (line end when multi) or \z
	reWordB                   // \b
	reNotWordB                // \B
	reWordStart               // \<
	reWordEnd                 // \>
	reConcat                  // subs in sequence
	reAlt                     // one of subs, tried in order
	reGroup                   // capturing group n around subs[0]
	reRepeat                  // subs[0] repeated min..max times (max < 0: no limit)
	reBackref                 // the text group n captured
	reLook                    // lookahead or lookbehind (behind), negative when neg
	reAtomic                  // subs[0] without backtracking into it
	reCond                    // subs[0] if the condition holds, else subs[1]
)

// reNode is one node of a parsed pattern.
type reNode struct {
	kind reKind
	r    rune  // reLit
	set  reSet // reClass: already case-folded and complemented
	fold bool  // reLit, reBackref: compare ignoring case
	// multi makes reBegin and reEnd line anchors.
	multi bool
	// n is the group of reGroup, reBackref and a group test of reCond.
	n int
	// ref is the unresolved reference of reBackref and reCond ("12",
	// "name"); resolve turns it into n.
	ref string
	// min and max bound reRepeat; max < 0 means unbounded.
	min, max   int
	lazy       bool // reRepeat: fewest repetitions first
	possessive bool // reRepeat: no backtracking into the repetitions
	behind     bool // reLook: lookbehind
	neg        bool // reLook: negative
	subs       []*reNode
	// cond is the lookaround condition of reCond (nil: test group n).
	cond *reNode
}

// reTree is a parsed pattern with its groups.
type reTree struct {
	root    *reNode
	ngroups int
	// names[g] is the name of group g ("" when unnamed); names[0] is "".
	names []string
	// backtrack names the first feature RE2 lacks ("" when RE2 can run
	// the pattern).
	backtrack string
}

// reWidth returns the fewest and most characters n can match; most is -1
// when unbounded.
func reWidth(n *reNode) (lo, hi int) {
	switch n.kind {
	case reLit, reClass:
		return 1, 1
	case reConcat:
		for _, s := range n.subs {
			a, b := reWidth(s)
			lo, hi = lo+a, addWidth(hi, b)
		}
		return lo, hi
	case reAlt, reCond:
		lo, hi = reWidth(n.subs[0])
		for _, s := range n.subs[1:] {
			a, b := reWidth(s)
			lo = min(lo, a)
			if hi >= 0 && (b < 0 || b > hi) {
				hi = b
			}
		}
		return lo, hi
	case reGroup, reAtomic:
		return reWidth(n.subs[0])
	case reRepeat:
		a, b := reWidth(n.subs[0])
		lo = a * n.min
		switch {
		case b == 0:
			hi = 0
		case b < 0 || n.max < 0:
			hi = -1
		default:
			hi = b * n.max
		}
		return lo, hi
	case reBackref:
		return 0, -1
	}
	return 0, 0
}

// addWidth adds two widths where -1 means unbounded.
func addWidth(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// outerGroups returns, left to right, the capturing groups of n that lie
// inside no other capturing group.
func outerGroups(n *reNode) []int {
	var gs []int
	var walk func(n *reNode)
	walk = func(n *reNode) {
		if n.kind == reGroup {
			gs = append(gs, n.n)
			return
		}
		if n.cond != nil {
			walk(n.cond)
		}
		for _, s := range n.subs {
			walk(s)
		}
	}
	walk(n)
	return gs
}
