package interp

import (
	"gomat/lang/ast"
	"gomat/lang/value"
)

// accessor is one step of an assignment target: (args), {args}, .name or
// .(expr).
type accessor struct {
	kind byte // '(' '{' '.'
	args *argList
	name func(*frame) (string, error)
}

// target is a compiled assignment target: a variable and the path into it.
type target struct {
	name  string
	slot  int
	path  []accessor
	tilde bool
}

func (c *compiler) target(e ast.Expr) *target {
	if _, ok := e.(*ast.Tilde); ok {
		return &target{tilde: true}
	}
	var path []accessor
	for {
		switch x := e.(type) {
		case *ast.Ident:
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return &target{name: x.Name, slot: c.u.slot(x.Name), path: path}
		case *ast.Index:
			k := byte('(')
			if x.Brace {
				k = '{'
			}
			path = append(path, accessor{kind: k, args: c.argList(x.Args)})
			e = x.X
		case *ast.Field:
			name := x.Name
			path = append(path, accessor{kind: '.', name: func(*frame) (string, error) { return name, nil }})
			e = x.X
		case *ast.DynField:
			n := c.expr(x.Name)
			path = append(path, accessor{kind: '.', name: func(fr *frame) (string, error) { return dynName(fr, n) }})
			e = x.X
		default:
			panic("interp: invalid assignment target")
		}
	}
}

// isDeletion reports whether the right-hand side is the literal [].
func isDeletion(e ast.Expr) bool {
	m, ok := e.(*ast.Matrix)
	if !ok {
		return false
	}
	for _, r := range m.Rows {
		if len(r) > 0 {
			return false
		}
	}
	return true
}

func (c *compiler) assignStmt(s *ast.AssignStmt) stmtFn {
	rhs := c.expr(s.RHS)
	if len(s.LHS) == 1 && !s.Multi || len(s.LHS) == 1 && rhs.many == nil {
		t := c.target(s.LHS[0])
		del := isDeletion(s.RHS)
		if len(t.path) == 0 && !t.tilde {
			return func(fr *frame) (ctl, error) {
				v, err := rhs.one(fr)
				if err != nil {
					return ctlNext, err
				}
				store(fr.vars[t.slot], v)
				if s.Print {
					fr.in.display(t.name, v)
				}
				return ctlNext, nil
			}
		}
		return func(fr *frame) (ctl, error) {
			v, err := rhs.one(fr)
			if err != nil {
				return ctlNext, err
			}
			return ctlNext, fr.assignTo(t, v, del, s.Print)
		}
	}
	targets := make([]*target, len(s.LHS))
	for i, l := range s.LHS {
		targets[i] = c.target(l)
	}
	return func(fr *frame) (ctl, error) {
		counts, spread, total, err := fr.targetCounts(targets)
		if err != nil {
			return ctlNext, err
		}
		vs, err := rhs.values(fr, total)
		if err != nil {
			return ctlNext, err
		}
		if len(vs) < total {
			last := len(targets)
			for last > 0 && targets[last-1].tilde {
				last--
			}
			need := 0
			for _, n := range counts[:last] {
				need += n
			}
			if len(vs) < need {
				if rhs.cslist {
					return ctlNext, value.Errorf("MATLAB:deal:narginchk", "Insufficient number of outputs from right hand side of equal sign to satisfy assignment.")
				}
				return ctlNext, value.Errorf("MATLAB:TooManyOutputs", "Too many output arguments.")
			}
		}
		k := 0
		for i, t := range targets {
			n := counts[i]
			if t.tilde || k >= len(vs) {
				k += n
				continue
			}
			if !spread[i] {
				err = fr.assignTo(t, vs[k], false, s.Print)
			} else {
				err = fr.assignSpread(t, vs[k:min(k+n, len(vs))], s.Print)
			}
			if err != nil {
				return ctlNext, err
			}
			k += n
		}
		return ctlNext, nil
	}
}

// targetCounts says how many values each target of a multiple assignment
// takes: one, or every element for [s.f] over a struct array and [c{…}].
func (fr *frame) targetCounts(targets []*target) (counts []int, spread []bool, total int, err error) {
	counts = make([]int, len(targets))
	spread = make([]bool, len(targets))
	for i, t := range targets {
		counts[i] = 1
		if !t.tilde && len(t.path) == 1 {
			cur := *fr.vars[t.slot]
			switch a := t.path[0]; a.kind {
			case '.':
				if st, ok := cur.Ref().(*value.Struct); ok && len(st.Elems) != 1 {
					counts[i], spread[i] = len(st.Elems), true
				}
			case '{':
				if cur.Defined() {
					subs, err := a.args.eval(fr, cur, false)
					if err != nil {
						return nil, nil, 0, err
					}
					if vs, err := value.BraceIndex(cur, subs); err == nil && len(vs) != 1 {
						counts[i], spread[i] = len(vs), true
					}
				}
			}
		}
		total += counts[i]
	}
	return counts, spread, total, nil
}

// assignSpread assigns one value to each element a [s.f] or [c{…}] target
// names, in column-major order.
func (fr *frame) assignSpread(t *target, vs []value.Value, print bool) error {
	cell := fr.vars[t.slot]
	cur := *cell
	a := t.path[0]
	switch a.kind {
	case '.':
		name, err := a.name(fr)
		if err != nil {
			return err
		}
		for k, v := range vs {
			idx := []value.Value{value.Num(float64(k + 1))}
			elem, err := value.Index(cur, idx)
			if err != nil {
				return err
			}
			if elem, err = value.SetField(elem, name, v); err != nil {
				return err
			}
			if cur, err = value.Assign(cur, idx, elem); err != nil {
				return err
			}
		}
	default:
		subs, err := a.args.eval(fr, cur, false)
		if err != nil {
			return err
		}
		idx, err := value.Index(value.FromRef(linearIndices(cur.Size())), subs)
		if err != nil {
			return err
		}
		pos, err := value.ToFloat64(idx)
		if err != nil {
			return err
		}
		for k, v := range vs {
			if cur, err = value.BraceAssign(cur, []value.Value{value.Num(pos[k])}, v); err != nil {
				return err
			}
		}
	}
	store(cell, cur)
	if print {
		fr.in.display(t.name, cur)
	}
	return nil
}

// linearIndices is the array 1:numel shaped like d, used to find which
// elements a subscript list selects.
func linearIndices(d value.Dims) *value.Array {
	a := value.NewArray(value.Double, d.Clone())
	for i := range a.Re {
		a.Re[i] = float64(i + 1)
	}
	return a
}

// assignTo stores v into a target, through its index path.
func (fr *frame) assignTo(t *target, v value.Value, del, print bool) error {
	if t.tilde {
		return nil
	}
	cell := fr.vars[t.slot]
	nv, err := fr.assignPath(*cell, t.path, v, del)
	if err != nil {
		return err
	}
	store(cell, nv)
	if print {
		fr.in.display(t.name, nv)
	}
	return nil
}

// assignPath returns cur with the element at path replaced by rhs. A child
// of a shared container is counted once more while it is changed, so that
// the change copies it instead of altering what the other holders see.
func (fr *frame) assignPath(cur value.Value, path []accessor, rhs value.Value, del bool) (value.Value, error) {
	if len(path) == 0 {
		return rhs, nil
	}
	a := path[0]
	last := len(path) == 1
	switch a.kind {
	case '.':
		name, err := a.name(fr)
		if err != nil {
			return cur, err
		}
		if last {
			return value.SetField(cur, name, rhs)
		}
		var child value.Value
		if cur.Defined() && (cur.Class() == value.StructClass || cur.Class() == value.ObjectClass) {
			if vs, err := getField(fr, cur, name, 1); err == nil && len(vs) == 1 {
				child = vs[0]
			}
		}
		nc, err := fr.assignChild(cur, child, path[1:], rhs, del)
		if err != nil {
			return cur, err
		}
		return value.SetField(cur, name, nc)
	case '(':
		subs, err := a.args.eval(fr, cur, false)
		if err != nil {
			return cur, err
		}
		if last {
			if em, ok := rhs.Ref().(EmptyMaker); ok && !cur.Defined() && !del {
				cur = em.EmptyLike()
			}
			if pa, ok := cur.Ref().(ParenAssigner); ok {
				return pa.ParenAssign(subs, rhs)
			}
			if del {
				return value.Delete(cur, subs)
			}
			return value.Assign(cur, subs, rhs)
		}
		if nr, ok := cur.Ref().(NestedAssignRefuser); ok {
			return cur, nr.NestedAssignError()
		}
		cur = fr.withPathField(cur, path[1])
		var child value.Value
		if cur.Defined() {
			if c, err := value.Index(cur, subs); err == nil {
				child = c
			} else if s, ok := cur.Ref().(*value.Struct); ok {
				child = value.FromRef(value.NewStruct(value.Dims{1, 1}, s.Fields))
			}
		}
		nc, err := fr.assignChild(cur, child, path[1:], rhs, del)
		if err != nil {
			return cur, err
		}
		return value.Assign(cur, subs, nc)
	default:
		subs, err := a.args.eval(fr, cur, false)
		if err != nil {
			return cur, err
		}
		if last {
			if ba, ok := cur.Ref().(BraceAssigner); ok {
				return ba.BraceAssign(subs, rhs)
			}
			return value.BraceAssign(cur, subs, rhs)
		}
		var child value.Value
		if cur.Defined() && cur.Class() == value.CellClass {
			if vs, err := value.BraceIndex(cur, subs); err == nil && len(vs) == 1 {
				child = vs[0]
			}
		}
		nc, err := fr.assignChild(cur, child, path[1:], rhs, del)
		if err != nil {
			return cur, err
		}
		return value.BraceAssign(cur, subs, nc)
	}
}

// withPathField prepares s(k).name = v on a struct array: when name is a
// new field, every element of (a copy of) the array gets it, empty, as
// MATLAB adds a field to the whole array.
func (fr *frame) withPathField(cur value.Value, next accessor) value.Value {
	s, ok := cur.Ref().(*value.Struct)
	if !ok || next.kind != '.' {
		return cur
	}
	name, err := next.name(fr)
	if err != nil || s.FieldIndex(name) >= 0 {
		return cur
	}
	t := s.Clone()
	t.AddField(name)
	return value.FromRef(t)
}

func (fr *frame) assignChild(parent, child value.Value, path []accessor, rhs value.Value, del bool) (value.Value, error) {
	if !value.Unique(parent) {
		value.Retain(child)
		defer value.Release(child)
	}
	return fr.assignPath(child, path, rhs, del)
}
