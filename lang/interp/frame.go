package interp

import "gomat/lang/value"

// frame is one activation: a function call, a script run, the base
// workspace, or an eval. vars maps the running unit's slots to variable
// cells; scripts and evals point their slots at the cells of the workspace
// they run in.
type frame struct {
	in      *Interp
	u       *unit
	vars    []*value.Value
	extra   map[string]*value.Value // variables the unit's code does not name (eval, load, scripts)
	nargin  int
	nargout int
	line    int    // line of the statement running now
	ws      *frame // the workspace this frame's variables live in (itself for functions)
	caller  *frame
	ends    []endCtx
	depth   int
	cells   []value.Value // a function frame's own variable storage

	// callSite is the call this frame is making now, from the moment its
	// arguments are evaluated until a built-in takes it (Call.InputName).
	callSite *callSite

	// Small functions keep their variables and outputs inside the frame, so
	// that a call costs one allocation.
	smallCells [smallFrame]value.Value
	smallVars  [smallFrame]*value.Value
	outBuf     [2]value.Value
}

// smallFrame is how many variables a frame holds without extra allocation.
const smallFrame = 4

// endCtx is what `end` means inside the innermost index being evaluated.
type endCtx struct {
	v    value.Value
	k, n int
	call bool // the indexed name is a function: `end` is an error
}

// cellFor returns the variable cell for name in this frame's workspace,
// creating an undefined one when asked to.
func (f *frame) cellFor(name string, create bool) *value.Value {
	ws := f.ws
	if ws.u != nil {
		if s, ok := ws.u.slotOf[name]; ok {
			return ws.vars[s]
		}
	}
	if c, ok := ws.extra[name]; ok {
		return c
	}
	if !create {
		return nil
	}
	if ws.extra == nil {
		ws.extra = map[string]*value.Value{}
	}
	c := new(value.Value)
	ws.extra[name] = c
	return c
}

// lookupVar returns the value of a variable in this frame's workspace.
func (f *frame) lookupVar(name string) (value.Value, bool) {
	c := f.cellFor(name, false)
	if c == nil || !c.Defined() {
		return value.Value{}, false
	}
	return *c, true
}

// varNames lists the defined variables of the workspace.
func (f *frame) varNames() []string {
	ws := f.ws
	var names []string
	if ws.u != nil {
		for i, n := range ws.u.names {
			if ws.vars[i].Defined() {
				names = append(names, n)
			}
		}
	}
	for n, c := range ws.extra {
		if c.Defined() {
			names = append(names, n)
		}
	}
	return names
}

// store puts v into a variable cell, keeping the ownership counts right.
func store(cell *value.Value, v value.Value) {
	old := *cell
	if old.Ref() != nil && old.Ref() == v.Ref() {
		*cell = v
		return
	}
	value.Retain(v)
	value.Release(old)
	*cell = v
}

// clearCell makes a variable undefined.
func clearCell(cell *value.Value) {
	value.Release(*cell)
	*cell = value.Value{}
}

// bindWorkspace points a script or eval unit's slots at the cells of the
// workspace frame ws.
func bindWorkspace(in *Interp, u *unit, ws *frame, caller *frame) *frame {
	f := &frame{in: in, u: u, vars: make([]*value.Value, len(u.names)), ws: ws, caller: caller}
	for i, n := range u.names {
		f.vars[i] = ws.cellFor(n, true)
	}
	if caller != nil {
		f.depth = caller.depth
		f.nargin, f.nargout = caller.nargin, caller.nargout
	}
	return f
}

// newFunctionFrame makes the frame of a function call with fresh cells.
func newFunctionFrame(in *Interp, u *unit, caller *frame) *frame {
	f := &frame{}
	f.init(in, u, caller)
	return f
}

// init prepares a zeroed frame for a call of u.
func (f *frame) init(in *Interp, u *unit, caller *frame) {
	n := len(u.names)
	f.in, f.u, f.caller, f.ws = in, u, caller, f
	if n <= smallFrame {
		f.cells, f.vars = f.smallCells[:n], f.smallVars[:n]
	} else {
		f.cells, f.vars = make([]value.Value, n), make([]*value.Value, n)
	}
	for i := range f.cells {
		f.vars[i] = &f.cells[i]
	}
	if caller != nil {
		f.depth = caller.depth + 1
	}
}

// getFrame returns a frame for a call of u, reusing a pooled one when u is
// small enough.
func (in *Interp) getFrame(u *unit, caller *frame) *frame {
	if k := len(in.framePool); k > 0 && len(u.names) <= smallFrame {
		f := in.framePool[k-1]
		in.framePool = in.framePool[:k-1]
		*f = frame{}
		f.init(in, u, caller)
		return f
	}
	return newFunctionFrame(in, u, caller)
}

// putFrame returns a finished frame that nothing refers to any more.
func (in *Interp) putFrame(f *frame) {
	if len(f.cells) <= smallFrame && len(in.framePool) < 256 {
		in.framePool = append(in.framePool, f)
	}
}

// releaseLocals gives back the ownership counts a finished function frame
// held, so values it shared with its caller become unique again.
func (f *frame) releaseLocals() {
	for i := range f.cells {
		if f.vars[i] == &f.cells[i] {
			value.Release(f.cells[i])
		}
	}
}
