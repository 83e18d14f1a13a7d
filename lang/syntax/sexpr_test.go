package syntax

import (
	"fmt"
	"strings"

	"gomat/lang/ast"
)

// sexpr prints an expression compactly for test expectations.
func sexpr(e ast.Expr) string {
	switch e := e.(type) {
	case nil:
		return "nil"
	case *ast.Ident:
		return e.Name
	case *ast.Number:
		s := e.Text
		if e.Class != "" {
			s += "<" + e.Class + ">"
		}
		return s
	case *ast.String:
		if e.Double {
			return fmt.Sprintf("%q", e.Value)
		}
		return "'" + e.Value + "'"
	case *ast.Colon:
		return ":"
	case *ast.End:
		return "end"
	case *ast.Tilde:
		return "~"
	case *ast.Binary:
		return "(" + e.Op.String() + " " + sexpr(e.X) + " " + sexpr(e.Y) + ")"
	case *ast.Unary:
		name := map[ast.Op]string{ast.Neg: "neg", ast.Plus: "pos", ast.Not: "not", ast.CTranspose: "'", ast.Transpose: ".'"}[e.Op]
		return "(" + name + " " + sexpr(e.X) + ")"
	case *ast.Range:
		if e.Step == nil {
			return "(: " + sexpr(e.Start) + " " + sexpr(e.Stop) + ")"
		}
		return "(: " + sexpr(e.Start) + " " + sexpr(e.Step) + " " + sexpr(e.Stop) + ")"
	case *ast.Index:
		head := "call"
		if e.Brace {
			head = "cellidx"
		}
		return "(" + head + " " + sexpr(e.X) + list(e.Args) + ")"
	case *ast.Field:
		return "(. " + sexpr(e.X) + " " + e.Name + ")"
	case *ast.DynField:
		return "(.() " + sexpr(e.X) + " " + sexpr(e.Name) + ")"
	case *ast.Matrix:
		return "[" + rowsString(e.Rows) + "]"
	case *ast.CellLit:
		return "{" + rowsString(e.Rows) + "}"
	case *ast.AnonFunc:
		return "(@ (" + strings.Join(e.Params, " ") + ") " + sexpr(e.Body) + ")"
	case *ast.FuncHandle:
		return "@" + e.Name
	}
	return fmt.Sprintf("?%T", e)
}

func list(es []ast.Expr) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(" " + sexpr(e))
	}
	return b.String()
}

func rowsString(rows [][]ast.Expr) string {
	parts := make([]string, len(rows))
	for i, r := range rows {
		parts[i] = strings.TrimPrefix(list(r), " ")
	}
	return strings.Join(parts, "; ")
}

// stmtString prints a statement list compactly.
func stmtString(ss []ast.Stmt) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = stmtSexpr(s)
	}
	return strings.Join(parts, " ")
}

func printMark(p bool) string {
	if p {
		return ""
	}
	return ";"
}

func stmtSexpr(s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.ExprStmt:
		return "(expr " + sexpr(s.X) + ")" + printMark(s.Print)
	case *ast.AssignStmt:
		head := "="
		if s.Multi {
			head = "=[]"
		}
		return "(" + head + list(s.LHS) + " " + sexpr(s.RHS) + ")" + printMark(s.Print)
	case *ast.CommandStmt:
		return fmt.Sprintf("(cmd %s %q)", s.Name, s.Args) + printMark(s.Print)
	case *ast.IfStmt:
		var b strings.Builder
		b.WriteString("(if")
		for _, c := range s.Clauses {
			b.WriteString(" (" + sexpr(c.Cond) + " " + stmtString(c.Body) + ")")
		}
		if s.Else != nil {
			b.WriteString(" (else " + stmtString(s.Else) + ")")
		}
		return b.String() + ")"
	case *ast.ForStmt:
		return "(for " + s.Var.Name + " " + sexpr(s.Iter) + " " + stmtString(s.Body) + ")"
	case *ast.WhileStmt:
		return "(while " + sexpr(s.Cond) + " " + stmtString(s.Body) + ")"
	case *ast.SwitchStmt:
		var b strings.Builder
		b.WriteString("(switch " + sexpr(s.X))
		for _, c := range s.Cases {
			b.WriteString(" (case " + sexpr(c.Value) + " " + stmtString(c.Body) + ")")
		}
		if s.Otherwise != nil {
			b.WriteString(" (otherwise " + stmtString(s.Otherwise) + ")")
		}
		return b.String() + ")"
	case *ast.TryStmt:
		str := "(try " + stmtString(s.Body)
		if s.Catch != nil {
			str += " (catch " + s.CatchVar + " " + stmtString(s.Catch) + ")"
		}
		return str + ")"
	case *ast.BreakStmt:
		return "(break)"
	case *ast.ContinueStmt:
		return "(continue)"
	case *ast.ReturnStmt:
		return "(return)"
	case *ast.GlobalStmt:
		return "(global " + strings.Join(s.Names, " ") + ")"
	case *ast.PersistentStmt:
		return "(persistent " + strings.Join(s.Names, " ") + ")"
	}
	return fmt.Sprintf("?%T", s)
}

// funcString prints a function definition compactly.
func funcString(f *ast.Function) string {
	s := fmt.Sprintf("(function %s (%s) (%s) %s", f.Name, strings.Join(f.Outputs, " "), strings.Join(f.Params, " "), stmtString(f.Body))
	for _, n := range f.Nested {
		s += " " + funcString(n)
	}
	return s + ")"
}

// fileString prints a whole file compactly.
func fileString(f *ast.File) string {
	parts := []string{}
	if len(f.Stmts) > 0 {
		parts = append(parts, stmtString(f.Stmts))
	}
	for _, fn := range f.Funcs {
		parts = append(parts, funcString(fn))
	}
	return strings.Join(parts, " ")
}
