package syntax

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"gomat/lang/ast"
)

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
