package interp

import (
	"gomat/lang/ast"
	"gomat/lang/value"
)

// ctl says how a statement ended: normally, or by break, continue or return.
type ctl uint8

const (
	ctlNext ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

// stmtFn runs one compiled statement.
type stmtFn func(fr *frame) (ctl, error)

func (c *compiler) block(stmts []ast.Stmt) []stmtFn {
	out := make([]stmtFn, 0, len(stmts))
	for _, s := range stmts {
		out = append(out, c.stmt(s))
	}
	return out
}

// execBlock runs statements in order until one transfers control.
func (in *Interp) execBlock(fr *frame, body []stmtFn) (ctl, error) {
	for _, s := range body {
		if k, err := s(fr); k != ctlNext || err != nil {
			return k, err
		}
	}
	return ctlNext, nil
}

// runBody runs the body of a function, script or eval in frame fr, which
// is the active frame meanwhile.
func (in *Interp) runBody(fr *frame, body []stmtFn) (ctl, error) {
	prev := in.active
	in.active = fr
	k, err := in.execBlock(fr, body)
	in.active = prev
	return k, err
}

// stmt compiles one statement and wraps it so that errors record the line.
func (c *compiler) stmt(s ast.Stmt) stmtFn {
	run := c.stmtBody(s)
	line := s.Position().Line
	return func(fr *frame) (ctl, error) {
		fr.line = line
		k, err := run(fr)
		if err != nil {
			return k, fr.annotate(err, line)
		}
		return k, nil
	}
}

// annotate adds this frame to an error's stack the first time the error
// passes through it.
func (fr *frame) annotate(err error, line int) error {
	if isExit(err) {
		return err
	}
	me := toMException(err)
	for _, f := range me.frames {
		if f == fr {
			return me
		}
	}
	me.frames = append(me.frames, fr)
	sf := StackFrame{Name: fr.u.displayName(), Line: line}
	if fc := fr.u.file; fc != nil {
		sf.File = fc.path
		sf.Text = fc.line(line)
	}
	me.Stack = append(me.Stack, sf)
	return me
}

func (c *compiler) stmtBody(s ast.Stmt) stmtFn {
	switch s := s.(type) {
	case *ast.ExprStmt:
		return c.exprStmt(s)
	case *ast.AssignStmt:
		return c.assignStmt(s)
	case *ast.CommandStmt:
		return c.commandStmt(s)
	case *ast.IfStmt:
		return c.ifStmt(s)
	case *ast.ForStmt:
		return c.forStmt(s)
	case *ast.WhileStmt:
		return c.whileStmt(s)
	case *ast.SwitchStmt:
		return c.switchStmt(s)
	case *ast.TryStmt:
		return c.tryStmt(s)
	case *ast.BreakStmt:
		return func(*frame) (ctl, error) { return ctlBreak, nil }
	case *ast.ContinueStmt:
		return func(*frame) (ctl, error) { return ctlContinue, nil }
	case *ast.ReturnStmt:
		return func(*frame) (ctl, error) { return ctlReturn, nil }
	case *ast.GlobalStmt:
		return c.globalStmt(s)
	case *ast.PersistentStmt:
		return c.persistentStmt(s)
	}
	panic("interp: unknown statement node")
}

// exprStmt evaluates an expression statement: a variable is displayed under
// its own name, anything else becomes ans.
func (c *compiler) exprStmt(s *ast.ExprStmt) stmtFn {
	if id, ok := s.X.(*ast.Ident); ok {
		slot := c.u.slot(id.Name)
		x := c.expr(id)
		return func(fr *frame) (ctl, error) {
			if v := *fr.vars[slot]; v.Defined() {
				if s.Print {
					fr.in.display(id.Name, v)
				}
				return ctlNext, nil
			}
			vs, err := x.many(fr, 0)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, fr.setAns(vs, s.Print)
		}
	}
	x := c.expr(s.X)
	return func(fr *frame) (ctl, error) {
		var vs []value.Value
		var err error
		if x.many != nil {
			vs, err = x.many(fr, 0)
		} else {
			var v value.Value
			v, err = x.one(fr)
			vs = []value.Value{v}
		}
		if err != nil {
			return ctlNext, err
		}
		if x.cslist {
			// c{:} and s.f of a struct array: each value becomes ans in turn.
			for i := range vs {
				if err := fr.setAns(vs[i:i+1], s.Print); err != nil {
					return ctlNext, err
				}
			}
			return ctlNext, nil
		}
		return ctlNext, fr.setAns(vs, s.Print)
	}
}

// setAns stores the first value of an expression statement in ans.
func (fr *frame) setAns(vs []value.Value, print bool) error {
	if len(vs) == 0 {
		return nil
	}
	store(fr.cellFor("ans", true), vs[0])
	if print {
		fr.in.display("ans", vs[0])
	}
	return nil
}

func (c *compiler) commandStmt(s *ast.CommandStmt) stmtFn {
	site := &callSite{name: s.Name, file: c.u.file, from: c.u}
	slot := c.u.slot(s.Name)
	return func(fr *frame) (ctl, error) {
		if v := *fr.vars[slot]; v.Defined() && len(s.Args) == 0 {
			if s.Print {
				fr.in.display(s.Name, v)
			}
			return ctlNext, nil
		}
		args := make([]value.Value, len(s.Args))
		for i, a := range s.Args {
			args[i] = value.Str(a)
		}
		vs, err := fr.call(site, args, 0)
		if err != nil {
			return ctlNext, err
		}
		return ctlNext, fr.setAns(vs, s.Print)
	}
}

// truth evaluates a condition of if/while/elseif.
func truth(fr *frame, e *cexpr) (bool, error) {
	v, err := e.one(fr)
	if err != nil {
		return false, err
	}
	if inlineScalar(v) && v.Float() == v.Float() {
		return v.Float() != 0, nil
	}
	return value.IsTrue(v)
}

func (c *compiler) ifStmt(s *ast.IfStmt) stmtFn {
	conds := make([]*cexpr, len(s.Clauses))
	bodies := make([][]stmtFn, len(s.Clauses))
	for i, cl := range s.Clauses {
		conds[i] = c.expr(cl.Cond)
		bodies[i] = c.block(cl.Body)
	}
	elseBody := c.block(s.Else)
	return func(fr *frame) (ctl, error) {
		for i, cond := range conds {
			fr.line = s.Clauses[i].Line
			t, err := truth(fr, cond)
			if err != nil {
				return ctlNext, err
			}
			if t {
				return fr.in.execBlock(fr, bodies[i])
			}
		}
		return fr.in.execBlock(fr, elseBody)
	}
}

func (c *compiler) whileStmt(s *ast.WhileStmt) stmtFn {
	cond := c.expr(s.Cond)
	body := c.block(s.Body)
	return func(fr *frame) (ctl, error) {
		in := fr.in
		for {
			if in.interrupted.Load() {
				return ctlNext, errInterrupted()
			}
			fr.line = s.Line
			t, err := truth(fr, cond)
			if err != nil || !t {
				return ctlNext, err
			}
			k, err := in.execBlock(fr, body)
			if err != nil || k == ctlReturn {
				return k, err
			}
			if k == ctlBreak {
				return ctlNext, nil
			}
		}
	}
}

func (c *compiler) switchStmt(s *ast.SwitchStmt) stmtFn {
	x := c.expr(s.X)
	vals := make([]*cexpr, len(s.Cases))
	bodies := make([][]stmtFn, len(s.Cases))
	for i, cs := range s.Cases {
		vals[i] = c.expr(cs.Value)
		bodies[i] = c.block(cs.Body)
	}
	other := c.block(s.Otherwise)
	return func(fr *frame) (ctl, error) {
		v, err := x.one(fr)
		if err != nil {
			return ctlNext, err
		}
		for i, ce := range vals {
			cv, err := ce.one(fr)
			if err != nil {
				return ctlNext, err
			}
			if value.SwitchMatches(v, cv) {
				return fr.in.execBlock(fr, bodies[i])
			}
		}
		return fr.in.execBlock(fr, other)
	}
}

func (c *compiler) tryStmt(s *ast.TryStmt) stmtFn {
	body := c.block(s.Body)
	catch := c.block(s.Catch)
	slot := -1
	if s.CatchVar != "" {
		slot = c.u.slot(s.CatchVar)
	}
	return func(fr *frame) (ctl, error) {
		k, err := fr.in.execBlock(fr, body)
		if err == nil {
			return k, nil
		}
		if isExit(err) {
			return k, err
		}
		me := toMException(err)
		if me.ID == interruptID {
			return k, me
		}
		fr.in.lastErr = me
		if slot >= 0 {
			store(fr.vars[slot], value.FromRef(me))
		}
		return fr.in.execBlock(fr, catch)
	}
}

func (c *compiler) globalStmt(s *ast.GlobalStmt) stmtFn {
	slots := make([]int, len(s.Names))
	for i, n := range s.Names {
		slots[i] = c.u.slot(n)
	}
	return func(fr *frame) (ctl, error) {
		for i, n := range s.Names {
			g := fr.in.globals[n]
			if g == nil {
				g = new(value.Value)
				*g = value.Empty()
				value.Retain(*g)
				fr.in.globals[n] = g
			}
			fr.rebind(slots[i], n, g)
		}
		return ctlNext, nil
	}
}

func (c *compiler) persistentStmt(s *ast.PersistentStmt) stmtFn {
	slots := make([]int, len(s.Names))
	for i, n := range s.Names {
		slots[i] = c.u.slot(n)
	}
	u := c.u
	return func(fr *frame) (ctl, error) {
		if u.persistent == nil {
			u.persistent = map[string]*value.Value{}
		}
		for i, n := range s.Names {
			p := u.persistent[n]
			if p == nil {
				p = new(value.Value)
				*p = value.Empty()
				value.Retain(*p)
				u.persistent[n] = p
			}
			fr.rebind(slots[i], n, p)
		}
		return ctlNext, nil
	}
}

// rebind points a variable at shared storage (a global or persistent).
func (fr *frame) rebind(slot int, name string, cell *value.Value) {
	fr.vars[slot] = cell
	ws := fr.ws
	if ws == fr {
		return
	}
	if ws.u != nil {
		if s, ok := ws.u.slotOf[name]; ok {
			ws.vars[s] = cell
			return
		}
	}
	if ws.extra == nil {
		ws.extra = map[string]*value.Value{}
	}
	ws.extra[name] = cell
}

func (u *unit) displayName() string {
	if u.file == nil {
		return u.name
	}
	if u.kind == anonUnit {
		return "@(...)"
	}
	if u.name != u.file.name && u.kind == functionUnit {
		return u.file.name + ">" + u.name
	}
	return u.name
}
