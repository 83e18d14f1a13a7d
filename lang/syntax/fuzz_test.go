package syntax

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"gomat/lang/ast"
)

// rawTypes are the token types whose value is their source text.
var rawTypes = map[int]bool{
	int(tIdent): true, int(tKw): true, int(tEndIdx): true, int(tNumber): true,
	int(tChar): true, int(tStr): true, int(tOp): true, int(tPrefix): true,
	int(tPost): true, int(tPunct): true, int(tTilde): true, int(tCmdName): true,
}

func FuzzLex(f *testing.F) {
	f.Fuzz(func(t *testing.T, src []byte) {
		s := scan("f.m", src, nil)
		Incomplete(src)
		if s.err != nil {
			if s.err.Line < 1 || s.err.Col < 1 {
				t.Fatalf("bad error position %d:%d", s.err.Line, s.err.Col)
			}
			_ = s.err.Error()
			return
		}
		if n := len(s.toks); n == 0 || !s.toks[n-1].EOF() {
			t.Fatal("no EOF token")
		}
		line, col := 1, 0
		for _, tok := range s.toks {
			p := tok.Pos
			if p.Line < line || p.Line == line && p.Column < col {
				t.Fatalf("token %q at %d:%d before %d:%d", tok.Value, p.Line, p.Column, line, col)
			}
			line, col = p.Line, p.Column
			if p.Offset < 0 || !rawTypes[int(tok.Type)] {
				continue
			}
			rowSep := tok.Value == ";" && src[p.Offset] == '\n'
			if !rowSep && !strings.HasPrefix(string(src[p.Offset:]), tok.Value) {
				t.Fatalf("token %q does not match source at %d", tok.Value, p.Offset)
			}
			wantCol := utf8.RuneCount(src[strings.LastIndexByte(string(src[:p.Offset]), '\n')+1:p.Offset]) + 1
			if p.Offset == 0 && strings.HasPrefix(string(src), "\xEF\xBB\xBF") {
				wantCol = 1
			}
			if p.Column != wantCol && !strings.HasPrefix(string(src), "\xEF\xBB\xBF") {
				t.Fatalf("token %q at column %d, want %d", tok.Value, p.Column, wantCol)
			}
		}
	})
}

func FuzzParse(f *testing.F) {
	f.Fuzz(func(t *testing.T, src []byte) {
		Incomplete(src)
		if _, err := ParseREPL(src); err != nil {
			checkError(t, err)
		}
		file, err := ParseFile("f.m", src)
		if err != nil {
			checkError(t, err)
			return
		}
		walkExprs(file, func(e ast.Expr) {
			text := ast.Format(e)
			g, err := ParseFile("g.m", []byte("z = "+text))
			if err != nil {
				t.Fatalf("Format gave %q, which does not parse: %v", text, err)
			}
			if again := ast.Format(g.Stmts[0].(*ast.AssignStmt).RHS); again != text {
				t.Fatalf("Format is not stable: %q then %q", text, again)
			}
		})
	})
}

func checkError(t *testing.T, err error) {
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is a %T", err, err)
	}
	if e.Line < 1 || e.Col < 1 || e.Msg == "" {
		t.Fatalf("bad error %+v", e)
	}
	_ = e.Error()
}

// walkExprs calls fn on the right-hand side of every assignment and every
// expression statement in the file.
func walkExprs(f *ast.File, fn func(ast.Expr)) {
	var stmts func([]ast.Stmt)
	var funcs func([]*ast.Function)
	stmts = func(ss []ast.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *ast.AssignStmt:
				fn(s.RHS)
			case *ast.ExprStmt:
				fn(s.X)
			case *ast.IfStmt:
				for _, c := range s.Clauses {
					fn(c.Cond)
					stmts(c.Body)
				}
				stmts(s.Else)
			case *ast.ForStmt:
				fn(s.Iter)
				stmts(s.Body)
			case *ast.WhileStmt:
				fn(s.Cond)
				stmts(s.Body)
			case *ast.SwitchStmt:
				fn(s.X)
				for _, c := range s.Cases {
					fn(c.Value)
					stmts(c.Body)
				}
				stmts(s.Otherwise)
			case *ast.TryStmt:
				stmts(s.Body)
				stmts(s.Catch)
			}
		}
	}
	funcs = func(fs []*ast.Function) {
		for _, f := range fs {
			stmts(f.Body)
			funcs(f.Nested)
		}
	}
	stmts(f.Stmts)
	funcs(f.Funcs)
}
