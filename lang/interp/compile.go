package interp

import (
	"gomat/lang/ast"
	"gomat/lang/value"
)

// evalFn computes an expression that yields exactly one value.
type evalFn func(fr *frame) (value.Value, error)

// multiFn computes an expression that may yield several values: a function
// call asked for nargout outputs, or a comma-separated list (c{:}, s.f).
// nargout < 0 asks a comma-separated list for all its values.
type multiFn func(fr *frame, nargout int) ([]value.Value, error)

// cexpr is a compiled expression.
type cexpr struct {
	one    evalFn
	many   multiFn // nil when the expression always yields one value
	cslist bool    // expands to all its values inside argument lists and brackets
	konst  bool    // a constant; val holds it
	val    value.Value
}

func (e *cexpr) values(fr *frame, nargout int) ([]value.Value, error) {
	if e.many != nil {
		return e.many(fr, nargout)
	}
	v, err := e.one(fr)
	if err != nil {
		return nil, err
	}
	return []value.Value{v}, nil
}

// compiler turns the syntax tree of one unit into closures.
type compiler struct {
	u        *unit
	assigned map[string]bool // names the unit assigns, so nargin/nargout stay variables if assigned
}

func newCompiler(u *unit, body []ast.Stmt) *compiler {
	c := &compiler{u: u, assigned: map[string]bool{}}
	collectAssigned(body, c.assigned)
	return c
}

// collectAssigned records the root names of every assignment target.
func collectAssigned(stmts []ast.Stmt, out map[string]bool) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *ast.AssignStmt:
			for _, l := range s.LHS {
				if r := rootIdent(l); r != nil {
					out[r.Name] = true
				}
			}
		case *ast.ForStmt:
			out[s.Var.Name] = true
			collectAssigned(s.Body, out)
		case *ast.WhileStmt:
			collectAssigned(s.Body, out)
		case *ast.IfStmt:
			for _, cl := range s.Clauses {
				collectAssigned(cl.Body, out)
			}
			collectAssigned(s.Else, out)
		case *ast.SwitchStmt:
			for _, cs := range s.Cases {
				collectAssigned(cs.Body, out)
			}
			collectAssigned(s.Otherwise, out)
		case *ast.TryStmt:
			if s.CatchVar != "" {
				out[s.CatchVar] = true
			}
			collectAssigned(s.Body, out)
			collectAssigned(s.Catch, out)
		case *ast.GlobalStmt:
			for _, n := range s.Names {
				out[n] = true
			}
		case *ast.PersistentStmt:
			for _, n := range s.Names {
				out[n] = true
			}
		}
	}
}

// rootIdent returns the variable an assignment target is rooted at.
func rootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.Index:
			e = x.X
		case *ast.Field:
			e = x.X
		case *ast.DynField:
			e = x.X
		default:
			return nil
		}
	}
}

func constExpr(v value.Value) *cexpr {
	value.Retain(v) // held by the code: never modified in place
	return &cexpr{one: func(*frame) (value.Value, error) { return v, nil }, konst: true, val: v}
}

func (c *compiler) expr(e ast.Expr) *cexpr {
	switch e := e.(type) {
	case *ast.Number:
		if e.Imag {
			return constExpr(value.Complex(0, e.Value))
		}
		if e.Class != "" {
			cl, _ := value.ClassByName(e.Class)
			return constExpr(value.Scalar(cl, e.Value))
		}
		return constExpr(value.Num(e.Value))
	case *ast.String:
		if e.Double {
			return constExpr(value.String(e.Value))
		}
		return constExpr(value.Str(e.Value))
	case *ast.Colon:
		return constExpr(value.Colon())
	case *ast.End:
		return &cexpr{one: evalEnd}
	case *ast.Ident:
		return c.ident(e)
	case *ast.Binary:
		return c.binary(e)
	case *ast.Unary:
		return c.unary(e)
	case *ast.Range:
		return c.rangeExpr(e)
	case *ast.Index:
		return c.index(e)
	case *ast.Field:
		fe := c.field(e.X, func(*frame) (string, error) { return e.Name, nil })
		if d := c.dottedCall(e); d != nil {
			return dottedOr(d, fe)
		}
		return fe
	case *ast.DynField:
		name := c.expr(e.Name)
		return c.field(e.X, func(fr *frame) (string, error) { return dynName(fr, name) })
	case *ast.Matrix:
		return c.matrix(e)
	case *ast.CellLit:
		return c.cellLit(e)
	case *ast.AnonFunc:
		return c.anon(e)
	case *ast.FuncHandle:
		return c.funcHandle(e)
	case *ast.Tilde:
		return &cexpr{one: func(*frame) (value.Value, error) {
			return value.Value{}, value.Errorf("MATLAB:parse", "Invalid use of '~'.")
		}}
	}
	panic("interp: unknown expression node")
}

func dynName(fr *frame, name *cexpr) (string, error) {
	v, err := name.one(fr)
	if err != nil {
		return "", err
	}
	s, ok := v.Text()
	if !ok {
		return "", value.Errorf("MATLAB:dynamicFieldName", "Dynamic field names must be character vectors or string scalars.")
	}
	return s, nil
}

func evalEnd(fr *frame) (value.Value, error) {
	if len(fr.ends) == 0 {
		return value.Value{}, value.Errorf("MATLAB:parse", "'end' is not valid outside of an index expression.")
	}
	e := fr.ends[len(fr.ends)-1]
	if e.call {
		return value.Value{}, value.Errorf("MATLAB:badFunctionEnd", "'end' cannot be used in a function call.")
	}
	if !e.v.Defined() {
		return value.Num(0), nil
	}
	return value.Num(float64(value.EndValue(e.v, e.k, e.n))), nil
}

// ident compiles a name: a variable when it holds a value, otherwise a call
// of the function of that name with no arguments.
func (c *compiler) ident(e *ast.Ident) *cexpr {
	if c.u.kind == functionUnit && !c.assigned[e.Name] {
		switch e.Name {
		case "nargin":
			return &cexpr{one: func(fr *frame) (value.Value, error) { return value.Num(float64(fr.nargin)), nil }}
		case "nargout":
			return &cexpr{one: func(fr *frame) (value.Value, error) { return value.Num(float64(fr.nargout)), nil }}
		}
	}
	s := c.u.slot(e.Name)
	site := &callSite{name: e.Name, file: c.u.file, from: c.u}
	return &cexpr{
		one: func(fr *frame) (value.Value, error) {
			if v := *fr.vars[s]; v.Defined() {
				return v, nil
			}
			return fr.callOne(site, nil)
		},
		many: func(fr *frame, nargout int) ([]value.Value, error) {
			if v := *fr.vars[s]; v.Defined() {
				return []value.Value{v}, nil
			}
			return fr.call(site, nil, max(nargout, 0))
		},
	}
}

func (c *compiler) rangeExpr(e *ast.Range) *cexpr {
	start, stop := c.expr(e.Start), c.expr(e.Stop)
	var step *cexpr
	if e.Step != nil {
		step = c.expr(e.Step)
	}
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		a, err := start.one(fr)
		if err != nil {
			return a, err
		}
		st := value.Num(1)
		if step != nil {
			if st, err = step.one(fr); err != nil {
				return st, err
			}
		}
		b, err := stop.one(fr)
		if err != nil {
			return b, err
		}
		return value.Range(a, st, b)
	}}
}

// gather evaluates a list of elements, expanding comma-separated lists.
func gather(fr *frame, elems []*cexpr) ([]value.Value, error) {
	out := make([]value.Value, 0, len(elems))
	for _, e := range elems {
		if e.cslist {
			vs, err := e.many(fr, -1)
			if err != nil {
				return nil, err
			}
			out = append(out, vs...)
			continue
		}
		v, err := e.one(fr)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (c *compiler) rows(rows [][]ast.Expr) [][]*cexpr {
	out := make([][]*cexpr, 0, len(rows))
	for _, r := range rows {
		if len(r) == 0 {
			continue
		}
		cr := make([]*cexpr, len(r))
		for i, e := range r {
			cr[i] = c.expr(e)
		}
		out = append(out, cr)
	}
	return out
}

func (c *compiler) matrix(e *ast.Matrix) *cexpr {
	rows := c.rows(e.Rows)
	if len(rows) == 0 {
		return &cexpr{one: func(*frame) (value.Value, error) { return value.Empty(), nil }}
	}
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		rowVals := make([]value.Value, len(rows))
		for i, r := range rows {
			vs, err := gather(fr, r)
			if err != nil {
				return value.Value{}, err
			}
			if rowVals[i], err = value.HorzCat(vs); err != nil {
				return value.Value{}, err
			}
		}
		if len(rowVals) == 1 {
			return rowVals[0], nil
		}
		return value.VertCat(rowVals)
	}}
}

func (c *compiler) cellLit(e *ast.CellLit) *cexpr {
	rows := c.rows(e.Rows)
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		if len(rows) == 0 {
			return value.FromRef(value.NewCell(value.Dims{0, 0})), nil
		}
		rowVals := make([]value.Value, 0, len(rows))
		for _, r := range rows {
			vs, err := gather(fr, r)
			if err != nil {
				return value.Value{}, err
			}
			if len(vs) == 0 {
				continue
			}
			row := value.NewCellFrom(value.Dims{1, len(vs)}, vs)
			rowVals = append(rowVals, value.FromRef(row))
		}
		switch len(rowVals) {
		case 0:
			return value.FromRef(value.NewCell(value.Dims{0, 0})), nil
		case 1:
			return rowVals[0], nil
		}
		return value.VertCat(rowVals)
	}}
}

// dottedOr calls the dotted-name function when the root is not a variable,
// and reads the field otherwise.
func dottedOr(d *dottedFunc, fe *cexpr) *cexpr {
	many := func(fr *frame, nargout int) ([]value.Value, error) {
		if !(*fr.vars[d.root]).Defined() {
			return fr.call(d.site, nil, max(nargout, 0))
		}
		return fe.many(fr, nargout)
	}
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		if !(*fr.vars[d.root]).Defined() {
			return fr.callOne(d.site, nil)
		}
		return fe.one(fr)
	}, many: many, cslist: true}
}
