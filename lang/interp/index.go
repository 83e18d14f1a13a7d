package interp

import (
	"gomat/lang/ast"
	"gomat/lang/value"
)

// argList is a compiled argument or subscript list.
type argList struct {
	exprs  []*cexpr
	hasEnd []bool // the argument uses `end` of the indexed value
	anyEnd bool
	anyCS  bool
}

func (c *compiler) argList(args []ast.Expr) *argList {
	a := &argList{exprs: make([]*cexpr, len(args)), hasEnd: make([]bool, len(args))}
	for i, e := range args {
		a.exprs[i] = c.expr(e)
		a.hasEnd[i] = usesEnd(e)
		a.anyEnd = a.anyEnd || a.hasEnd[i]
		a.anyCS = a.anyCS || a.exprs[i].cslist
	}
	return a
}

// inputRefs records which call arguments are bare identifiers.
func (c *compiler) inputRefs(args []ast.Expr, a *argList) []inputRef {
	if a.anyCS {
		return nil
	}
	var refs []inputRef
	for i, e := range args {
		if id, ok := e.(*ast.Ident); ok {
			if refs == nil {
				refs = make([]inputRef, len(args))
				for j := range refs {
					refs[j].slot = -1
				}
			}
			refs[i] = inputRef{name: id.Name, slot: c.u.slot(id.Name)}
		}
	}
	return refs
}

// usesEnd reports whether e contains an `end` that belongs to the index
// enclosing e (not to an index nested inside e).
func usesEnd(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.End:
		return true
	case *ast.Binary:
		return usesEnd(e.X) || usesEnd(e.Y)
	case *ast.Unary:
		return usesEnd(e.X)
	case *ast.Range:
		return usesEnd(e.Start) || (e.Step != nil && usesEnd(e.Step)) || usesEnd(e.Stop)
	case *ast.Matrix:
		return rowsUseEnd(e.Rows)
	case *ast.CellLit:
		return rowsUseEnd(e.Rows)
	case *ast.Field:
		return usesEnd(e.X)
	case *ast.DynField:
		return usesEnd(e.X) || usesEnd(e.Name)
	case *ast.Index:
		return usesEnd(e.X)
	}
	return false
}

func rowsUseEnd(rows [][]ast.Expr) bool {
	for _, r := range rows {
		for _, e := range r {
			if usesEnd(e) {
				return true
			}
		}
	}
	return false
}

// eval computes the arguments; base is the value `end` refers to (call
// marks a function call, where `end` is an error).
func (a *argList) eval(fr *frame, base value.Value, call bool) ([]value.Value, error) {
	n := len(a.exprs)
	out := make([]value.Value, 0, n)
	for k, e := range a.exprs {
		if a.hasEnd[k] {
			fr.ends = append(fr.ends, endCtx{v: base, k: k, n: n, call: call})
		}
		var err error
		if e.cslist {
			var vs []value.Value
			vs, err = e.many(fr, -1)
			out = append(out, vs...)
		} else {
			var v value.Value
			v, err = e.one(fr)
			out = append(out, v)
		}
		if a.hasEnd[k] {
			fr.ends = fr.ends[:len(fr.ends)-1]
		}
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// single reports whether the list is one argument that yields one value,
// so that callers can evaluate it without building a slice.
func (a *argList) single() bool { return len(a.exprs) == 1 && !a.anyCS }

func (c *compiler) index(e *ast.Index) *cexpr {
	args := c.argList(e.Args)
	brace := e.Brace
	if id, ok := e.X.(*ast.Ident); ok && !(c.u.kind == functionUnit && !c.assigned[id.Name] && (id.Name == "nargin" || id.Name == "nargout")) {
		s := c.u.slot(id.Name)
		site := &callSite{name: id.Name, file: c.u.file, from: c.u, inputs: c.inputRefs(e.Args, args)}
		scalarCall := !brace && (len(args.exprs) == 1 || len(args.exprs) == 2) && !args.anyCS && !args.anyEnd
		many := func(fr *frame, nargout int) ([]value.Value, error) {
			if v := *fr.vars[s]; v.Defined() {
				return indexValues(fr, v, args, brace, nargout)
			}
			if brace {
				return nil, undefinedError(id.Name)
			}
			vs, err := args.eval(fr, value.Value{}, true)
			if err != nil {
				return nil, err
			}
			return fr.call(site, vs, max(nargout, 0))
		}
		one := func(fr *frame) (value.Value, error) {
			if v := *fr.vars[s]; v.Defined() {
				if !brace && args.single() && !args.anyEnd {
					if a, ok := v.Ref().(*value.Array); ok {
						i, err := args.exprs[0].one(fr)
						if err != nil {
							return i, err
						}
						var buf [1]value.Value
						buf[0] = i
						return value.Index(value.FromRef(a), buf[:])
					}
				}
				if brace && args.single() && !args.anyEnd {
					if c, ok := v.Ref().(*value.Cell); ok {
						i, err := args.exprs[0].one(fr)
						if err != nil {
							return i, err
						}
						if e, ok := cellElement(c, i); ok {
							return e, nil
						}
						var buf [1]value.Value
						buf[0] = i
						return firstOf(value.BraceIndex(v, buf[:]))
					}
				}
				return firstOf(indexValues(fr, v, args, brace, 1))
			}
			if scalarCall {
				return scalarBuiltinCall(fr, site, args)
			}
			return firstOf(many(fr, 1))
		}
		return &cexpr{one: one, many: many, cslist: brace}
	}
	if f, ok := e.X.(*ast.Field); ok && !brace {
		base := c.expr(f.X)
		name := f.Name
		dotted := c.dottedCall(f)
		many := func(fr *frame, nargout int) ([]value.Value, error) {
			if dotted != nil && !(*fr.vars[dotted.root]).Defined() {
				vs, err := args.eval(fr, value.Value{}, true)
				if err != nil {
					return nil, err
				}
				return fr.call(dotted.site, vs, max(nargout, 0))
			}
			b, err := base.one(fr)
			if err != nil {
				return nil, err
			}
			if m := methodFor(b, name); m != nil && !hasProperty(b, name) {
				vs, err := args.eval(fr, value.Value{}, true)
				if err != nil {
					return nil, err
				}
				return fr.callBuiltin(m, append([]value.Value{b}, vs...), max(nargout, 0))
			}
			fv, err := firstOf(getField(fr, b, name, 1))
			if err != nil {
				return nil, err
			}
			return indexValues(fr, fv, args, false, nargout)
		}
		return &cexpr{one: func(fr *frame) (value.Value, error) { return firstOf(many(fr, 1)) }, many: many}
	}
	base := c.expr(e.X)
	many := func(fr *frame, nargout int) ([]value.Value, error) {
		b, err := base.one(fr)
		if err != nil {
			return nil, err
		}
		return indexValues(fr, b, args, brace, nargout)
	}
	return &cexpr{one: func(fr *frame) (value.Value, error) { return firstOf(many(fr, 1)) }, many: many, cslist: brace}
}

func hasProperty(v value.Value, name string) bool {
	g, ok := v.Ref().(value.PropertyGetter)
	if !ok {
		return false
	}
	_, err := g.GetProperty(name)
	return err == nil
}

// firstOf returns the first value of a list, or MATLAB's error when the
// list is empty.
func firstOf(vs []value.Value, err error) (value.Value, error) {
	if err != nil {
		return value.Value{}, err
	}
	if len(vs) == 0 {
		return value.Value{}, value.Errorf("MATLAB:index:expected_one_output_from_expression", "Insufficient number of outputs from right hand side of equal sign to satisfy assignment.")
	}
	return vs[0], nil
}

// indexValues applies (args) or {args} to v; a function handle is called.
func indexValues(fr *frame, v value.Value, args *argList, brace bool, nargout int) ([]value.Value, error) {
	if fh, ok := v.Ref().(*value.Func); ok && !brace {
		vs, err := args.eval(fr, v, true)
		if err != nil {
			return nil, err
		}
		return fr.in.callHandle(fr, fh, vs, max(nargout, 0))
	}
	subs, err := args.eval(fr, v, false)
	if err != nil {
		return nil, err
	}
	if brace {
		if bi, ok := v.Ref().(BraceIndexer); ok {
			return bi.BraceIndex(subs)
		}
		return value.BraceIndex(v, subs)
	}
	if pi, ok := v.Ref().(ParenIndexer); ok {
		r, err := pi.ParenIndex(subs)
		if err != nil {
			return nil, err
		}
		return []value.Value{r}, nil
	}
	r, err := value.Index(v, subs)
	if err != nil {
		return nil, err
	}
	return []value.Value{r}, nil
}

// getField reads v.name: struct fields, object properties, or a method
// called without parentheses.
func getField(fr *frame, v value.Value, name string, nargout int) ([]value.Value, error) {
	if g, ok := v.Ref().(value.PropertyGetter); ok {
		r, err := g.GetProperty(name)
		if err == nil {
			return []value.Value{r}, nil
		}
		if m := methodFor(v, name); m != nil {
			return fr.callBuiltin(m, []value.Value{v}, max(nargout, 0))
		}
		return nil, err
	}
	if m := methodFor(v, name); m != nil {
		return fr.callBuiltin(m, []value.Value{v}, max(nargout, 0))
	}
	return value.GetField(v, name)
}

func (c *compiler) field(xe ast.Expr, name func(*frame) (string, error)) *cexpr {
	base := c.expr(xe)
	many := func(fr *frame, nargout int) ([]value.Value, error) {
		b, err := base.one(fr)
		if err != nil {
			return nil, err
		}
		n, err := name(fr)
		if err != nil {
			return nil, err
		}
		return getField(fr, b, n, nargout)
	}
	one := func(fr *frame) (value.Value, error) {
		b, err := base.one(fr)
		if err != nil {
			return b, err
		}
		n, err := name(fr)
		if err != nil {
			return value.Value{}, err
		}
		if s, ok := b.Ref().(*value.Struct); ok && len(s.Elems) == 1 {
			if k := s.FieldIndex(n); k >= 0 {
				return s.Elems[0][k], nil
			}
		}
		return firstOf(getField(fr, b, n, 1))
	}
	return &cexpr{one: one, many: many, cslist: true}
}

// cellElement returns c{i} for a real integer scalar index in range.
func cellElement(c *value.Cell, i value.Value) (value.Value, bool) {
	if !i.IsNum() {
		return value.Value{}, false
	}
	k := int(i.Float())
	if float64(k) != i.Float() || k < 1 || k > len(c.Elems) {
		return value.Value{}, false
	}
	return c.Elems[k-1], true
}

func undefinedError(name string) error {
	return &MException{ID: "MATLAB:UndefinedFunction", Msg: "Unrecognized function or variable '" + name + "'."}
}

// scalarBuiltinCall calls a function with one or two plain arguments for
// one output. When the name resolves to a built-in with a scalar kernel and
// the arguments are real double scalars, no allocation happens.
func scalarBuiltinCall(fr *frame, site *callSite, args *argList) (value.Value, error) {
	var buf [2]value.Value
	n := len(args.exprs)
	for i, e := range args.exprs {
		v, err := e.one(fr)
		if err != nil {
			return v, err
		}
		buf[i] = v
	}
	if t, err := fr.in.resolve(site); err == nil && !site.methods {
		if u, ok := t.(*unit); ok && u.kind == functionUnit {
			return u.invoke1(fr, buf[:n])
		}
		if b, ok := t.(*Builtin); ok {
			if n == 1 && b.Num1 != nil && buf[0].IsNum() {
				if r, ok := b.Num1(buf[0].Float()); ok {
					return value.Num(r), nil
				}
			}
			if n == 2 && b.Num2 != nil && buf[0].IsNum() && buf[1].IsNum() {
				if r, ok := b.Num2(buf[0].Float(), buf[1].Float()); ok {
					return value.Num(r), nil
				}
			}
		}
	}
	vs := make([]value.Value, n)
	copy(vs, buf[:n])
	return fr.callOne(site, vs)
}

// dottedFunc is a dotted name such as gomat.strict or matlab.lang.x that
// calls a function of that name when its first part is not a variable.
type dottedFunc struct {
	root int
	site *callSite
}

// dottedCall returns the dotted-name call a field chain rooted at a name
// may stand for, or nil.
func (c *compiler) dottedCall(f *ast.Field) *dottedFunc {
	name := f.Name
	e := f.X
	for {
		switch x := e.(type) {
		case *ast.Field:
			name = x.Name + "." + name
			e = x.X
			continue
		case *ast.Ident:
			name = x.Name + "." + name
			return &dottedFunc{root: c.u.slot(x.Name), site: &callSite{name: name, file: c.u.file, from: c.u}}
		}
		return nil
	}
}
