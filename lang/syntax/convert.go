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

// file converts a whole input. A file whose first definition or statement
// is a function is a function file; only functions may follow. A script's
// local functions come after its statements. The REPL allows any order.
func (c *converter) file(g *gFile, repl bool) *ast.File {
	f := &ast.File{Name: c.name, IsScript: true}
	var last *gFunc
	seenStmt := false
	for _, it := range g.Items {
		switch {
		case it.Func != nil:
			if last == nil && !seenStmt && !repl {
				f.IsScript = false
			}
			last = it.Func
		case it.Stmt == nil || repl:
		case last == nil:
			seenStmt = true
		case f.IsScript:
			c.fail(it.Stmt.pos(), "Function definitions in a script must appear at the end of the file.\nMove all statements after the \""+strings.Join(last.Name, "")+"\" function definition to before the first local function definition.")
		default:
			c.fail(it.Stmt.pos(), msgOutsideFunc)
		}
	}
	f.Stmts = c.block(g.Items, &f.Funcs)
	return f
}

// unterminated reports whether s is a simple statement written without a
// separator after it; another statement may not follow it on the line.
func unterminated(s *gStmt) bool {
	return s.Simple != nil && s.Simple.Term == ""
}

// block converts a statement list. Function definitions are allowed only
// where nested is not nil (directly in a function body).
func (c *converter) block(items []*gItem, nested *[]*ast.Function) []ast.Stmt {
	out := []ast.Stmt{}
	open := false
	for _, it := range items {
		switch {
		case it.Sep:
			open = false
		case it.Func != nil:
			if nested == nil {
				c.fail(it.Func.Pos, msgFuncContext)
				continue
			}
			open = false
			*nested = append(*nested, c.function(it.Func))
		default:
			if open {
				c.fail(it.Stmt.pos(), msgMissingOp)
			}
			out = append(out, c.stmt(it.Stmt))
			open = unterminated(it.Stmt)
		}
	}
	return out
}

// function converts a function definition and the functions nested in it.
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

// pos is the position of the statement's first token.
func (g *gStmt) pos() lexer.Position {
	switch {
	case g.If != nil:
		return g.If.Pos
	case g.For != nil:
		return g.For.Pos
	case g.While != nil:
		return g.While.Pos
	case g.Switch != nil:
		return g.Switch.Pos
	case g.Try != nil:
		return g.Try.Pos
	}
	return g.Simple.Pos
}

// stmt converts a compound or simple statement.
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

// simple converts a one-line statement: an assignment, an expression, a
// command, break/continue/return or a global/persistent declaration.
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
