package builtins

import (
	"slices"
	"unicode"
)

// Character sets of the regular-expression engines: classes [...], the
// escapes \w \d \s and their negations, '.', and case folding.

// reRange is an inclusive range of code points.
type reRange struct{ lo, hi rune }

// reSet is a set of code points as sorted, disjoint, non-adjacent ranges.
type reSet []reRange

// The code points that case folding can change (as in Go's regexp/syntax).
const (
	reMinFold = 0x0041
	reMaxFold = 0x1E943
)

// Sets of the escapes \w, \d and \s (MATLAB's \s includes \v).
var (
	reWordSet  = reSet{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
	reDigitSet = reSet{{'0', '9'}}
	reSpaceSet = reSet{{'\t', '\r'}, {' ', ' '}}
)

// rePosixSets are the sets of [:name:] inside a class.
var rePosixSets = map[string]reSet{
	"alnum":  {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}},
	"alpha":  {{'A', 'Z'}, {'a', 'z'}},
	"ascii":  {{0, 0x7F}},
	"blank":  {{'\t', '\t'}, {' ', ' '}},
	"cntrl":  {{0, 0x1F}, {0x7F, 0x7F}},
	"digit":  reDigitSet,
	"graph":  {{'!', '~'}},
	"lower":  {{'a', 'z'}},
	"print":  {{' ', '~'}},
	"punct":  {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}},
	"space":  reSpaceSet,
	"upper":  {{'A', 'Z'}},
	"word":   reWordSet,
	"xdigit": {{'0', '9'}, {'A', 'F'}, {'a', 'f'}},
}

// has reports whether r is in s.
func (s reSet) has(r rune) bool {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < s[m].lo:
			hi = m
		case r > s[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// normalized sorts s and merges overlapping and adjacent ranges.
func (s reSet) normalized() reSet {
	out := slices.Clone(s)
	slices.SortFunc(out, func(a, b reRange) int { return int(a.lo - b.lo) })
	k := 0
	for _, r := range out {
		if k > 0 && r.lo <= out[k-1].hi+1 {
			out[k-1].hi = max(out[k-1].hi, r.hi)
			continue
		}
		out[k] = r
		k++
	}
	return out[:k]
}

// negated returns the complement of a normalized set.
func (s reSet) negated() reSet {
	var out reSet
	next := rune(0)
	for _, r := range s {
		if r.lo > next {
			out = append(out, reRange{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, reRange{next, unicode.MaxRune})
	}
	return out
}

// folded adds to a normalized set every case variant of its members.
func (s reSet) folded() reSet {
	out := slices.Clone(s)
	for _, r := range s {
		for c := max(r.lo, reMinFold); c <= min(r.hi, reMaxFold); c++ {
			for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
				if !s.has(f) {
					out = append(out, reRange{f, f})
				}
			}
		}
	}
	return out.normalized()
}

// tableSet converts a Unicode table to a set.
func tableSet(t *unicode.RangeTable) reSet {
	var out reSet
	for _, r := range t.R16 {
		out = appendStrided(out, rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		out = appendStrided(out, rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return out.normalized()
}

// appendStrided appends lo, lo+stride, …, hi to s.
func appendStrided(s reSet, lo, hi, stride rune) reSet {
	if stride == 1 {
		return append(s, reRange{lo, hi})
	}
	for c := lo; c <= hi; c += stride {
		s = append(s, reRange{c, c})
	}
	return s
}

// foldEqual reports whether a and b are equal ignoring case.
func foldEqual(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// hasFold reports whether r has other case forms.
func hasFold(r rune) bool { return unicode.SimpleFold(r) != r }

// isWordRune reports whether r is a word character for \b, \< and \>.
func isWordRune(r rune) bool { return reWordSet.has(r) }
