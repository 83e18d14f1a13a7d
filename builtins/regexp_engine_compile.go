package builtins

// Compilation of a parsed pattern to the instructions of the backtracking
// matcher (regexp_engine_vm.go).

// reOp is the operation of an instruction.
type reOp uint8

const (
	opChar      reOp = iota // match the character r
	opCharFold              // match r ignoring case
	opSet                   // match a character of set
	opSplit                 // continue at x; on failure at y
	opJmp                   // continue at x
	opSave                  // slot n of the captures = position
	opMark                  // register n = position (start of a loop iteration)
	opLoop                  // loop again at x; fail when the iteration (from register n) was empty
	opSkipEmpty             // continue at x when nothing was matched since register n
	opAssert                // the zero-width test n (reBegin, reWordB, …)
	opBackref               // match the text of group n
	opLook                  // lookaround whose body starts next; then continue at x
	opAtomic                // atomic group whose body starts next; then continue at x
	opCond                  // continue at x when group n matched some text, else at y
	opCondLook              // lookaround body starts next; continue at x when it holds, else at y
	opDone                  // end of the pattern or of a body
)

// reInst is one instruction.
type reInst struct {
	op         reOp
	r          rune
	set        reSet
	fold       bool
	behind     bool // opLook, opCondLook
	neg        bool // opLook, opCondLook
	multi      bool // opAssert of reBegin and reEnd
	n, x, y    int
	minW, maxW int // widths of a lookbehind body (maxW < 0: unbounded)
}

// reMaxProgram bounds the instructions of a pattern (counted repetitions
// are compiled as copies).
const reMaxProgram = 100000

// reCompiler builds a program.
type reCompiler struct {
	prog  []reInst
	nregs int
}

// compileBacktrack compiles a tree; the program ends in opDone.
func compileBacktrack(t *reTree) ([]reInst, int, error) {
	c := &reCompiler{}
	c.node(t.root)
	c.emit(reInst{op: opDone})
	if len(c.prog) > reMaxProgram {
		return nil, 0, reSyntaxError("expression is too large")
	}
	return c.prog, c.nregs, nil
}

// emit appends an instruction and returns its index.
func (c *reCompiler) emit(in reInst) int {
	c.prog = append(c.prog, in)
	return len(c.prog) - 1
}

// node compiles n.
func (c *reCompiler) node(n *reNode) {
	if len(c.prog) > reMaxProgram {
		return
	}
	switch n.kind {
	case reLit:
		op := opChar
		if n.fold {
			op = opCharFold
		}
		c.emit(reInst{op: op, r: n.r})
	case reClass:
		c.emit(reInst{op: opSet, set: n.set})
	case reBegin, reEnd, reWordB, reNotWordB, reWordStart, reWordEnd:
		c.emit(reInst{op: opAssert, n: int(n.kind), multi: n.multi})
	case reConcat:
		for _, s := range n.subs {
			c.node(s)
		}
	case reAlt:
		var exits []int
		for _, s := range n.subs[:len(n.subs)-1] {
			split := c.emit(reInst{op: opSplit})
			c.prog[split].x = split + 1
			c.node(s)
			exits = append(exits, c.emit(reInst{op: opJmp}))
			c.prog[split].y = len(c.prog)
		}
		c.node(n.subs[len(n.subs)-1])
		for _, j := range exits {
			c.prog[j].x = len(c.prog)
		}
	case reGroup:
		c.emit(reInst{op: opSave, n: 2 * n.n})
		c.node(n.subs[0])
		c.emit(reInst{op: opSave, n: 2*n.n + 1})
	case reRepeat:
		if n.possessive {
			c.body(reInst{op: opAtomic}, &reNode{kind: reRepeat, min: n.min, max: n.max, subs: n.subs})
			return
		}
		c.repeat(n)
	case reBackref:
		c.emit(reInst{op: opBackref, n: n.n, fold: n.fold})
	case reLook:
		lo, hi := reWidth(n.subs[0])
		c.body(reInst{op: opLook, behind: n.behind, neg: n.neg, minW: lo, maxW: hi}, n.subs[0])
	case reAtomic:
		c.body(reInst{op: opAtomic}, n.subs[0])
	case reCond:
		var at int
		if n.cond != nil {
			lo, hi := reWidth(n.cond.subs[0])
			at = c.body(reInst{op: opCondLook, behind: n.cond.behind, neg: n.cond.neg, minW: lo, maxW: hi}, n.cond.subs[0])
		} else {
			at = c.emit(reInst{op: opCond, n: n.n})
			c.prog[at].x = at + 1
		}
		c.node(n.subs[0])
		exit := c.emit(reInst{op: opJmp})
		c.prog[at].y = len(c.prog)
		c.node(n.subs[1])
		c.prog[exit].x = len(c.prog)
	}
}

// body emits in followed by a sub-program for sub ending in opDone; in.x
// becomes the instruction after it. It returns the index of in.
func (c *reCompiler) body(in reInst, sub *reNode) int {
	at := c.emit(in)
	c.node(sub)
	c.emit(reInst{op: opDone})
	c.prog[at].x = len(c.prog)
	return at
}

// repeat compiles a greedy or lazy repetition: min copies, then either a
// loop or max-min optional copies.
func (c *reCompiler) repeat(n *reNode) {
	sub := n.subs[0]
	branch := func(split int) {
		c.prog[split].x, c.prog[split].y = split+1, len(c.prog)
		if n.lazy {
			c.prog[split].x, c.prog[split].y = c.prog[split].y, c.prog[split].x
		}
	}
	lo, _ := reWidth(sub)
	copies := n.min
	if n.max < 0 && lo == 0 {
		copies = max(n.min-1, 0)
	}
	for range copies {
		c.node(sub)
	}
	if n.max >= 0 {
		var splits []int
		for range n.max - n.min {
			splits = append(splits, c.emit(reInst{op: opSplit}))
			c.node(sub)
		}
		for _, s := range splits {
			branch(s)
		}
		return
	}
	if lo > 0 {
		loop := c.emit(reInst{op: opSplit})
		c.node(sub)
		c.emit(reInst{op: opJmp, x: loop})
		branch(loop)
		return
	}
	// A body that can match nothing, as RE2 runs it: x* is (x+)? and x+
	// is x followed by a loop; when that first x matched nothing the loop
	// is skipped, and later iterations must not be empty.
	first := -1
	if n.min == 0 {
		first = c.emit(reInst{op: opSplit})
	}
	reg := c.nregs
	c.nregs += 2
	c.emit(reInst{op: opMark, n: reg})
	c.node(sub)
	skip := c.emit(reInst{op: opSkipEmpty, n: reg})
	loop := c.emit(reInst{op: opSplit})
	c.emit(reInst{op: opMark, n: reg + 1})
	c.node(sub)
	c.emit(reInst{op: opLoop, n: reg + 1, x: loop})
	branch(loop)
	c.prog[skip].x = len(c.prog)
	if first >= 0 {
		branch(first)
	}
}
