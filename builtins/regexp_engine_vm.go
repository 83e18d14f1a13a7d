package builtins

// The backtracking matcher: it runs a compiled program (see
// regexp_engine_compile.go) over the characters of the text with an
// explicit stack of choice points and undo records, and gives up after a
// budget of steps.

// reFrame is an entry of the backtracking stack: a choice point to resume
// at, or an undo record of a capture slot or loop register.
type reFrame struct {
	kind    uint8
	at, pos int // frameBranch: pc and position; frameCap, frameReg: index and old value
}

const (
	frameBranch uint8 = iota
	frameCap
	frameReg
)

// reVM is the state of one search.
type reVM struct {
	prog  []reInst
	text  []rune
	caps  []int
	regs  []int
	stack []reFrame
	steps int
	limit int
	// over is set when the step budget ran out.
	over bool
}

// run executes from pc at pos until an opDone that is reached at stop
// (any position when stop < 0), backtracking on failure. It returns the
// end position; choice points and undo records it leaves above its start
// stay on the stack.
func (vm *reVM) run(pc, pos, stop int) (int, bool) {
	base := len(vm.stack)
	for {
		vm.steps++
		if vm.steps > vm.limit {
			vm.over = true
			return -1, false
		}
		in := &vm.prog[pc]
		ok := true
		switch in.op {
		case opChar:
			ok = pos < len(vm.text) && vm.text[pos] == in.r
			pc, pos = pc+1, pos+1
		case opCharFold:
			ok = pos < len(vm.text) && foldEqual(vm.text[pos], in.r)
			pc, pos = pc+1, pos+1
		case opSet:
			ok = pos < len(vm.text) && in.set.has(vm.text[pos])
			pc, pos = pc+1, pos+1
		case opSplit:
			vm.stack = append(vm.stack, reFrame{frameBranch, in.y, pos})
			pc = in.x
		case opJmp:
			pc = in.x
		case opSave:
			vm.stack = append(vm.stack, reFrame{frameCap, in.n, vm.caps[in.n]})
			vm.caps[in.n] = pos
			pc++
		case opMark:
			vm.stack = append(vm.stack, reFrame{frameReg, in.n, vm.regs[in.n]})
			vm.regs[in.n] = pos
			pc++
		case opSkipEmpty:
			pc++
			if pos == vm.regs[in.n] {
				pc = in.x
			}
		case opLoop:
			ok = pos != vm.regs[in.n]
			pc = in.x
		case opAssert:
			ok = vm.assert(reKind(in.n), in.multi, pos)
			pc++
		case opBackref:
			pos, ok = vm.backref(in, pos)
			pc++
		case opLook:
			ok = vm.look(in, pc+1, pos)
			pc = in.x
		case opAtomic:
			pos, ok = vm.once(pc+1, pos, -1)
			pc = in.x
		case opCond:
			// As MATLAB documents Mr(s?)\..*?(?(1)her|his), a token
			// holds when it matched some text.
			pc = in.y
			if vm.caps[2*in.n+1] > vm.caps[2*in.n] {
				pc = in.x
			}
		case opCondLook:
			body := pc + 1
			pc = in.y
			if vm.look(in, body, pos) {
				pc = in.x
			}
		case opDone:
			if stop < 0 || pos == stop {
				return pos, true
			}
			ok = false
		}
		if vm.over {
			return -1, false
		}
		if !ok {
			if pc, pos, ok = vm.backtrack(base); !ok {
				return -1, false
			}
		}
	}
}

// backtrack pops the stack down to base, undoing what the frames record,
// and returns the first choice point found.
func (vm *reVM) backtrack(base int) (int, int, bool) {
	for len(vm.stack) > base {
		f := vm.stack[len(vm.stack)-1]
		vm.stack = vm.stack[:len(vm.stack)-1]
		switch f.kind {
		case frameBranch:
			return f.at, f.pos, true
		case frameCap:
			vm.caps[f.at] = f.pos
		case frameReg:
			vm.regs[f.at] = f.pos
		}
	}
	return 0, 0, false
}

// once runs a body to stop (atomic groups, lookarounds): on success its
// choice points are dropped, while its undo records stay so that failing
// later restores the captures it set.
func (vm *reVM) once(body, pos, stop int) (int, bool) {
	base := len(vm.stack)
	end, ok := vm.run(body, pos, stop)
	if ok {
		keep := vm.stack[:base]
		for _, f := range vm.stack[base:] {
			if f.kind != frameBranch {
				keep = append(keep, f)
			}
		}
		vm.stack = keep
	}
	return end, ok
}

// look reports whether the lookaround in, with its body at body, holds at
// pos. A lookbehind tries the starts from the nearest one back, within
// the widths its body can match.
func (vm *reVM) look(in *reInst, body, pos int) bool {
	base := len(vm.stack)
	found := false
	if !in.behind {
		_, found = vm.once(body, pos, -1)
	} else {
		lo := 0
		if in.maxW >= 0 {
			lo = max(0, pos-in.maxW)
		}
		for q := pos - in.minW; q >= lo && !found && !vm.over; q-- {
			_, found = vm.once(body, q, pos)
		}
	}
	if found && in.neg {
		vm.backtrack(base)
	}
	return found != in.neg
}

// backref matches at pos the text that group in.n captured; a group that
// did not take part fails.
func (vm *reVM) backref(in *reInst, pos int) (int, bool) {
	a, b := vm.caps[2*in.n], vm.caps[2*in.n+1]
	if a < 0 || b < 0 || pos+b-a > len(vm.text) {
		return pos, false
	}
	for i := a; i < b; i++ {
		c := vm.text[pos+i-a]
		if c != vm.text[i] && !(in.fold && foldEqual(c, vm.text[i])) {
			return pos, false
		}
	}
	return pos + b - a, true
}

// assert evaluates a zero-width test at pos.
func (vm *reVM) assert(kind reKind, multi bool, pos int) bool {
	n := len(vm.text)
	before := pos > 0 && isWordRune(vm.text[pos-1])
	after := pos < n && isWordRune(vm.text[pos])
	switch kind {
	case reBegin:
		return pos == 0 || multi && vm.text[pos-1] == '\n'
	case reEnd:
		return pos == n || multi && vm.text[pos] == '\n'
	case reWordB:
		return before != after
	case reNotWordB:
		return before == after
	case reWordStart:
		return !before && after
	case reWordEnd:
		return before && !after
	}
	return false
}
