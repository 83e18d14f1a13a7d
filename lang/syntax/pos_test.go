package syntax

import (
	"fmt"
	"testing"

	"gomat/lang/ast"
)

func TestPositions(t *testing.T) {
	src := "x = a + -b(1)';\n" + // 1
		"s = '中文'; t = 1\n" + // 2
		"  [p, ~] = f{2}.g;\n" + // 3
		"if x, y = 1; end\n" + // 4
		"format long\n" + // 5
		"z = @(v) v.^2;\n" + // 6
		"function r = f(q)\n" + // 7
		"  r = q(end):3;\n" + // 8
		"end\n"
	f, err := ParseFile("t.m", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a0 := f.Stmts[0].(*ast.AssignStmt)
	bin := a0.RHS.(*ast.Binary)
	neg := bin.Y.(*ast.Unary)
	tr := neg.X.(*ast.Unary)
	ix := tr.X.(*ast.Index)
	a1 := f.Stmts[2].(*ast.AssignStmt)
	a3 := f.Stmts[3].(*ast.AssignStmt)
	field := a3.RHS.(*ast.Field)
	ifs := f.Stmts[4].(*ast.IfStmt)
	anon := f.Stmts[6].(*ast.AssignStmt).RHS.(*ast.AnonFunc)
	fn := f.Funcs[0]
	rng := fn.Body[0].(*ast.AssignStmt).RHS.(*ast.Range)
	for _, tc := range []struct {
		name string
		n    ast.Node
		want ast.Pos
	}{
		{"assign", a0, ast.Pos{Line: 1, Col: 1}},
		{"lhs", a0.LHS[0], ast.Pos{Line: 1, Col: 1}},
		{"binary", bin, ast.Pos{Line: 1, Col: 5}},
		{"neg", neg, ast.Pos{Line: 1, Col: 9}},
		{"transpose", tr, ast.Pos{Line: 1, Col: 10}},
		{"index", ix, ast.Pos{Line: 1, Col: 10}},
		{"arg", ix.Args[0], ast.Pos{Line: 1, Col: 12}},
		{"after utf-8", a1, ast.Pos{Line: 2, Col: 11}},
		{"multi", a3, ast.Pos{Line: 3, Col: 3}},
		{"tilde", a3.LHS[1], ast.Pos{Line: 3, Col: 7}},
		{"field", field, ast.Pos{Line: 3, Col: 12}},
		{"if", ifs, ast.Pos{Line: 4, Col: 1}},
		{"clause", ifs.Clauses[0], ast.Pos{Line: 4, Col: 1}},
		{"cond", ifs.Clauses[0].Cond, ast.Pos{Line: 4, Col: 4}},
		{"body", ifs.Clauses[0].Body[0], ast.Pos{Line: 4, Col: 7}},
		{"command", f.Stmts[5], ast.Pos{Line: 5, Col: 1}},
		{"anon", anon, ast.Pos{Line: 6, Col: 5}},
		{"function", fn, ast.Pos{Line: 7, Col: 1}},
		{"range", rng, ast.Pos{Line: 8, Col: 7}},
		{"end", rng.Start.(*ast.Index).Args[0], ast.Pos{Line: 8, Col: 9}},
	} {
		if got := tc.n.Position(); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestAnonText(t *testing.T) {
	for _, tc := range []struct{ src, text, format string }{
		{"f = @(x) x + 1;", "(x) x + 1", "@(x)x+1"},
		{"g = {@(x,y) x.^2 + y', 3};", "(x,y) x.^2 + y'", "@(x,y)x.^2+y'"},
		{"h = @() disp('a b')  % comment", "() disp('a b')", "@()disp('a b')"},
		{"k = [@(s) s.end(2) 1]", "(s) s.end(2)", "@(s)s.end(2)"},
		{"m = @(x) [x ...\n  1]", "(x) [x ...\n  1]", "@(x)[x,1]"},
	} {
		f, err := ParseFile("t.m", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		var anon *ast.AnonFunc
		switch r := f.Stmts[0].(*ast.AssignStmt).RHS.(type) {
		case *ast.AnonFunc:
			anon = r
		case *ast.CellLit:
			anon = r.Rows[0][0].(*ast.AnonFunc)
		case *ast.Matrix:
			anon = r.Rows[0][0].(*ast.AnonFunc)
		}
		if anon == nil || anon.Text != tc.text || ast.Format(anon) != tc.format {
			t.Errorf("%q: got %s", tc.src, fmt.Sprintf("%+v", anon))
		}
	}
}
