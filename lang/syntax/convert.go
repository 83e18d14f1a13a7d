package syntax

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"gomat/lang/ast"
)

// converter turns the participle structs into ast nodes and checks what the
// grammar leaves open: assignment targets, `~` and `end` placement,
// statement separators and where functions may be defined.
type converter struct {
	name    string
	src     []byte
	err     *Error
	inIndex int // depth of index arguments, where `end` may appear
}

func (c *converter) fail(p lexer.Position, msg string) {
	if c.err == nil {
		c.err = newError(c.name, c.src, p.Line, p.Column, msg)
	}
}

func pos(p lexer.Position) ast.Pos { return ast.Pos{Line: p.Line, Col: p.Column} }

func (c *converter) file(g *gFile, repl bool) *ast.File {
	f := &ast.File{Name: c.name, IsScript: true}
	seenAny := false
	var open *gSimple
	for _, it := range g.Items {
		switch {
		case it.Sep:
			open = nil
		case it.Func != nil:
			if !seenAny && !repl {
				f.IsScript = false
			}
			seenAny = true
			open = nil
			f.Funcs = append(f.Funcs, c.function(it.Func))
		default:
			seenAny = true
			switch {
			case repl || len(f.Funcs) == 0:
			case f.IsScript:
				c.fail(it.Pos, "Function definitions in a script must appear at the end of the file.\nMove all statements after the \""+f.Funcs[len(f.Funcs)-1].Name+"\" function definition to before the first local function definition.")
			default:
				c.fail(it.Pos, msgOutsideFunc)
			}
			if open != nil {
				c.fail(it.Pos, msgMissingOp)
			}
			f.Stmts = append(f.Stmts, c.stmt(it.Stmt))
			open = unterminated(it.Stmt)
		}
	}
	return f
}

// unterminated returns s when it is a simple statement written without a
// separator after it; another statement may not follow it on the line.
func unterminated(s *gStmt) *gSimple {
	if s.Simple != nil && s.Simple.Term == "" {
		return s.Simple
	}
	return nil
}

// block converts a statement list. Function definitions are allowed only
// where nested is not nil (directly in a function body).
func (c *converter) block(items []*gItem, nested *[]*ast.Function) []ast.Stmt {
	out := []ast.Stmt{}
	var open *gSimple
	for _, it := range items {
		switch {
		case it.Sep:
			open = nil
		case it.Func != nil:
			if nested == nil {
				c.fail(it.Pos, msgFuncContext)
				continue
			}
			open = nil
			*nested = append(*nested, c.function(it.Func))
		default:
			if open != nil {
				c.fail(it.Pos, msgMissingOp)
			}
			out = append(out, c.stmt(it.Stmt))
			open = unterminated(it.Stmt)
		}
	}
	return out
}

func (c *converter) function(g *gFunc) *ast.Function {
	fn := &ast.Function{Pos: pos(g.Pos), Name: strings.Join(g.Name, ""), Params: g.Params}
	if g.Outs != nil {
		if g.Outs.Bracket {
			fn.Outputs = g.Outs.List
		} else {
			fn.Outputs = []string{g.Outs.Single}
		}
	}
	fn.Body = c.block(g.Body, &fn.Nested)
	return fn
}

func (c *converter) stmt(g *gStmt) ast.Stmt {
	switch {
	case g.If != nil:
		s := &ast.IfStmt{Pos: pos(g.If.Pos)}
		s.Clauses = append(s.Clauses, &ast.IfClause{Pos: pos(g.If.Pos), Cond: c.expr(g.If.Cond), Body: c.block(g.If.Body, nil)})
		for _, e := range g.If.Elseif {
			s.Clauses = append(s.Clauses, &ast.IfClause{Pos: pos(e.Pos), Cond: c.expr(e.Cond), Body: c.block(e.Body, nil)})
		}
		if g.If.Else != nil {
			s.Else = c.block(g.If.Else.Body, nil)
		}
		return s
	case g.For != nil:
		h := g.For.Head
		if h == nil {
			h = g.For.Paren
		}
		return &ast.ForStmt{Pos: pos(g.For.Pos), Var: &ast.Ident{Pos: pos(h.Pos), Name: h.Var},
			Iter: c.expr(h.Iter), Body: c.block(g.For.Body, nil)}
	case g.While != nil:
		return &ast.WhileStmt{Pos: pos(g.While.Pos), Cond: c.expr(g.While.Cond), Body: c.block(g.While.Body, nil)}
	case g.Switch != nil:
		s := &ast.SwitchStmt{Pos: pos(g.Switch.Pos), X: c.expr(g.Switch.X)}
		for _, k := range g.Switch.Cases {
			s.Cases = append(s.Cases, &ast.SwitchCase{Pos: pos(k.Pos), Value: c.expr(k.Value), Body: c.block(k.Body, nil)})
		}
		if g.Switch.Otherwise != nil {
			s.Otherwise = c.block(g.Switch.Otherwise.Body, nil)
		}
		return s
	case g.Try != nil:
		s := &ast.TryStmt{Pos: pos(g.Try.Pos), Body: c.block(g.Try.Body, nil)}
		if k := g.Try.Catch; k != nil {
			s.CatchVar = k.Var
			s.Catch = c.block(k.Body, nil)
		}
		return s
	}
	return c.simple(g.Simple)
}

func (c *converter) simple(g *gSimple) ast.Stmt {
	p := pos(g.Pos)
	print := g.Term != ";"
	switch {
	case g.Break:
		return &ast.BreakStmt{Pos: p}
	case g.Continue:
		return &ast.ContinueStmt{Pos: p}
	case g.Return:
		return &ast.ReturnStmt{Pos: p}
	case g.Decl == "global":
		return &ast.GlobalStmt{Pos: p, Names: g.Names}
	case g.Decl == "persistent":
		return &ast.PersistentStmt{Pos: p, Names: g.Names}
	case g.Cmd != "":
		return &ast.CommandStmt{Pos: p, Name: g.Cmd, Args: g.Args, Print: print}
	case g.RHS == nil:
		return &ast.ExprStmt{Pos: p, X: c.expr(g.X), Print: print}
	}
	s := &ast.AssignStmt{Pos: p, Print: print}
	if m := g.X.primary(); m != nil && m.Matrix != nil {
		s.Multi = true
		if len(m.Matrix.Rows) != 1 {
			c.fail(g.Pos, msgTarget)
		}
		for _, row := range m.Matrix.Rows {
			for _, e := range row.Elems {
				if t := e.primary(); t != nil && t.Tilde {
					s.LHS = append(s.LHS, &ast.Tilde{Pos: pos(t.Pos)})
					continue
				}
				s.LHS = append(s.LHS, c.target(e))
			}
		}
	} else {
		s.LHS = []ast.Expr{c.target(g.X)}
	}
	s.RHS = c.expr(g.RHS)
	return s
}

// target converts an assignment target: a name or an indexing chain rooted
// at a name.
func (c *converter) target(g *gExpr) ast.Expr {
	e := c.expr(g)
	for x := e; ; {
		switch t := x.(type) {
		case *ast.Ident:
			return e
		case *ast.Index:
			x = t.X
		case *ast.Field:
			x = t.X
		case *ast.DynField:
			x = t.X
		default:
			c.fail(lexer.Position{Line: e.Position().Line, Column: e.Position().Col}, msgTarget)
			return e
		}
	}
}

// primary returns the primary expression g consists of, when it has no
// operators, indexing or transposes; otherwise nil.
func (g *gExpr) primary() *gPrimary {
	if len(g.Rest) > 0 || len(g.X.Pre) > 0 || len(g.X.Ops) > 0 {
		return nil
	}
	return g.X.X
}

var astOps = map[string]ast.Op{
	"+": ast.Add, "-": ast.Sub, "*": ast.MatMul, ".*": ast.ElMul, "/": ast.MatDiv,
	"./": ast.ElDiv, "\\": ast.MatLeftDiv, ".\\": ast.ElLeftDiv, "^": ast.MatPow,
	".^": ast.ElPow, "<": ast.Lt, "<=": ast.Le, ">": ast.Gt, ">=": ast.Ge,
	"==": ast.Eq, "~=": ast.Ne, "&": ast.And, "|": ast.Or, "&&": ast.AndAnd,
	"||": ast.OrOr,
}

// precedence of the binary operators, lowest first as MATLAB orders them.
// Prefix operators bind between * and ^.
var precedence = map[string]int{
	"||": 1, "&&": 2, "|": 3, "&": 4,
	"<": 5, "<=": 5, ">": 5, ">=": 5, "==": 5, "~=": 5,
	":": 6, "+": 7, "-": 7,
	"*": 8, "/": 8, "\\": 8, ".*": 8, "./": 8, ".\\": 8,
	"^": 10, ".^": 10,
}

var prefixOps = map[string]ast.Op{"+": ast.Plus, "-": ast.Neg, "~": ast.Not, "!": ast.Not}

func binary(op string, x, y ast.Expr) ast.Expr {
	return &ast.Binary{Pos: x.Position(), Op: astOps[op], X: x, Y: y}
}

// climber resolves precedence over a flat operand/operator chain. After n
// operands have been taken, ops[n-1] is the operator that follows.
type climber struct {
	c     *converter
	first *gOperand
	ops   []*gBinOp
	n     int
}

func (c *converter) expr(g *gExpr) ast.Expr {
	k := &climber{c: c, first: g.X, ops: g.Rest}
	return k.climb(1)
}

// take consumes the next operand (and so the operator before it).
func (k *climber) take() *gOperand {
	k.n++
	if k.n == 1 {
		return k.first
	}
	return k.ops[k.n-2].Y
}

// op returns the operator after the last operand taken, or "".
func (k *climber) op() string {
	if k.n-1 < len(k.ops) {
		return k.ops[k.n-1].Op
	}
	return ""
}

// climb parses operators of precedence at least min; all binary operators
// are left-associative, and ':' chains are gathered into ranges.
func (k *climber) climb(min int) ast.Expr {
	x := k.operand()
	for op := k.op(); op != "" && precedence[op] >= min; op = k.op() {
		if op == ":" {
			x = k.rangeExpr(x)
			continue
		}
		x = binary(op, x, k.climb(precedence[op]+1))
	}
	return x
}

// rangeExpr builds a:b or a:b:c; a:b:c:d is (a:b:c):d.
func (k *climber) rangeExpr(x ast.Expr) ast.Expr {
	var parts []ast.Expr
	for k.op() == ":" {
		parts = append(parts, k.climb(precedence[":"]+1))
	}
	for len(parts) > 0 {
		r := &ast.Range{Pos: x.Position(), Start: x}
		if len(parts) == 1 {
			r.Stop, parts = parts[0], nil
		} else {
			r.Step, r.Stop, parts = parts[0], parts[1], parts[2:]
		}
		x = r
	}
	return x
}

// operand parses a prefixed power chain: the prefix operators apply to the
// whole chain (-2^2 is -(2^2)), while those of an exponent apply to it alone
// (2^-2^2 is (2^-2)^2).
func (k *climber) operand() ast.Expr {
	first := k.take()
	x := k.c.postfix(first)
	for op := k.op(); op == "^" || op == ".^"; op = k.op() {
		y := k.take()
		x = binary(op, x, prefix(y.Pre, k.c.postfix(y)))
	}
	return prefix(first.Pre, x)
}

// prefix applies prefix operators, the last one innermost.
func prefix(ops []lexer.Token, x ast.Expr) ast.Expr {
	for i := len(ops) - 1; i >= 0; i-- {
		x = &ast.Unary{Pos: pos(ops[i].Pos), Op: prefixOps[ops[i].Value], X: x}
	}
	return x
}

// postfix converts an operand's primary and postfix operations (not its
// prefix operators).
func (c *converter) postfix(g *gOperand) ast.Expr {
	x := c.primary(g.X)
	for _, op := range g.Ops {
		p := x.Position()
		switch {
		case op.Paren:
			x = &ast.Index{Pos: p, X: x, Args: c.args(op.PArgs, false)}
		case op.Brace:
			x = &ast.Index{Pos: p, X: x, Args: c.args(op.BArgs, true), Brace: true}
		case op.DynField != nil:
			x = &ast.DynField{Pos: p, X: x, Name: c.expr(op.DynField)}
		case op.Field != "":
			x = &ast.Field{Pos: p, X: x, Name: op.Field}
		case op.Transpose == "'":
			x = &ast.Unary{Pos: p, Op: ast.CTranspose, X: x}
		default:
			x = &ast.Unary{Pos: p, Op: ast.Transpose, X: x}
		}
	}
	return x
}

// args converts index or call arguments; Name=Value becomes 'Name', Value.
func (c *converter) args(gs []*gArg, brace bool) []ast.Expr {
	c.inIndex++
	defer func() { c.inIndex-- }()
	out := []ast.Expr{}
	for _, a := range gs {
		switch {
		case a.Colon:
			out = append(out, &ast.Colon{Pos: pos(a.Pos)})
		case a.Name != "":
			if brace {
				c.fail(a.Pos, msgEquals)
			}
			out = append(out, &ast.String{Pos: pos(a.Pos), Value: a.Name}, c.expr(a.Value))
		default:
			out = append(out, c.expr(a.X))
		}
	}
	return out
}

func (c *converter) primary(g *gPrimary) ast.Expr {
	p := pos(g.Pos)
	switch {
	case g.Number != "":
		v, imag, class, _ := parseNumber(g.Number)
		return &ast.Number{Pos: p, Value: v, Imag: imag, Class: class, Text: g.Number}
	case g.Char != "":
		return &ast.String{Pos: p, Value: unquote(g.Char)}
	case g.Str != "":
		return &ast.String{Pos: p, Value: unquote(g.Str), Double: true}
	case g.Ident != "":
		return &ast.Ident{Pos: p, Name: g.Ident}
	case g.End:
		if c.inIndex == 0 {
			c.fail(g.Pos, `Illegal use of reserved keyword "end".`)
		}
		return &ast.End{Pos: p}
	case g.Tilde:
		c.fail(g.Pos, msgTilde)
		return &ast.Tilde{Pos: p}
	case g.Paren != nil:
		return c.expr(g.Paren)
	case g.Matrix != nil:
		return &ast.Matrix{Pos: p, Rows: c.rows(g.Matrix.Rows)}
	case g.Cell != nil:
		return &ast.CellLit{Pos: p, Rows: c.rows(g.Cell.Rows)}
	case g.Anon != nil:
		return c.anon(g.Anon, p)
	}
	return &ast.FuncHandle{Pos: p, Name: strings.Join(g.Handle.Name, "")}
}

func (c *converter) rows(gs []*gRow) [][]ast.Expr {
	out := [][]ast.Expr{}
	for _, r := range gs {
		row := make([]ast.Expr, len(r.Elems))
		for i, e := range r.Elems {
			row[i] = c.expr(e)
		}
		out = append(out, row)
	}
	return out
}

// anon converts an anonymous function; Text is its source after the '@'.
func (c *converter) anon(g *gAnon, p ast.Pos) ast.Expr {
	saved := c.inIndex
	c.inIndex = 0
	body := c.expr(g.Body)
	c.inIndex = saved
	f := &ast.AnonFunc{Pos: p, Params: g.Params, Body: body}
	if f.Params == nil {
		f.Params = []string{}
	}
	start := g.Tokens[0].Pos.Offset + 1
	for i := len(g.Tokens) - 1; i >= 0; i-- {
		if t := g.Tokens[i]; t.Pos.Offset >= 0 {
			f.Text = strings.TrimSpace(string(c.src[start : t.Pos.Offset+len(t.Value)]))
			break
		}
	}
	return f
}

// unquote removes the quotes of a '…' or "…" literal and collapses doubled
// quotes.
func unquote(lit string) string {
	q := lit[:1]
	return strings.ReplaceAll(lit[1:len(lit)-1], q+q, q)
}
