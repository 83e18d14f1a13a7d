package builtins

import (
	"slices"

	"gomat/lang/value"
)

// The backtracking engine runs the patterns that need what Go's RE2
// cannot do (backreferences, lookaround, atomic groups, possessive
// quantifiers, conditionals, \< and \>). It finds matches as
// regexp.FindAllStringSubmatchIndex does, so that both engines feed the
// same output code.

// The step budget of one search: a base plus an allowance per character.
const (
	reStepBudget   = 10_000_000
	reStepsPerChar = 1000
)

// reBacktrack is a pattern compiled for the backtracking matcher.
type reBacktrack struct {
	prog  []reInst
	nregs int
	ncaps int
	// anchored: matches can only start at the beginning of the text.
	anchored bool
	// first, when firstOK, is the character every match starts with.
	first   rune
	firstOK bool
}

// newBacktrack compiles a parsed pattern for the backtracking matcher.
func newBacktrack(t *reTree) (*reBacktrack, error) {
	prog, nregs, err := compileBacktrack(t)
	if err != nil {
		return nil, err
	}
	b := &reBacktrack{prog: prog, nregs: nregs, ncaps: 2 * (t.ngroups + 1)}
	lead := t.root
	for lead.kind == reConcat && len(lead.subs) > 0 || lead.kind == reGroup || lead.kind == reAtomic {
		lead = lead.subs[0]
	}
	b.anchored = lead.kind == reBegin && !lead.multi
	b.first, b.firstOK = lead.r, lead.kind == reLit && !lead.fold
	return b, nil
}

// findAll returns the byte offsets of the successive non-overlapping
// matches of s and their groups (-1 for a group that did not take part).
// Like Go's regexp, an empty match right after a match is skipped.
func (b *reBacktrack) findAll(s string) ([][]int, error) {
	text := make([]rune, 0, len(s))
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		text = append(text, r)
		offs = append(offs, i)
	}
	offs = append(offs, len(s))
	vm := &reVM{prog: b.prog, text: text, caps: make([]int, b.ncaps), regs: make([]int, b.nregs), limit: reStepBudget + reStepsPerChar*len(text)}
	var out [][]int
	prevEnd := -1
	for pos := 0; pos <= len(text); {
		m := b.search(vm, pos)
		if vm.over {
			return nil, value.Errorf("gomat:regexp:backtrackLimit", "Regular expression matching was stopped after %d steps: the pattern backtracks too much on this text. Atomic groups (?>...) or possessive quantifiers can prevent that.", vm.limit)
		}
		if m == nil {
			break
		}
		accept := true
		if m[1] == pos {
			accept = m[0] != prevEnd
			pos++
		} else {
			pos = m[1]
		}
		prevEnd = m[1]
		if accept {
			for i, x := range m {
				if x >= 0 {
					m[i] = offs[x]
				}
			}
			out = append(out, m)
		}
	}
	return out, nil
}

// search returns the captures of the leftmost match starting at or after
// from (in characters), or nil.
func (b *reBacktrack) search(vm *reVM, from int) []int {
	for start := from; start <= len(vm.text); start++ {
		if b.anchored && start > 0 {
			return nil
		}
		if b.firstOK && (start == len(vm.text) || vm.text[start] != b.first) {
			continue
		}
		for i := range vm.caps {
			vm.caps[i] = -1
		}
		vm.stack = vm.stack[:0]
		end, ok := vm.run(0, start, -1)
		if vm.over {
			return nil
		}
		if ok {
			vm.caps[0], vm.caps[1] = start, end
			return slices.Clone(vm.caps)
		}
	}
	return nil
}
