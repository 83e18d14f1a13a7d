package ast_test

import (
	"testing"

	"gomat/lang/ast"
	"gomat/lang/syntax"
)

// rhs parses `z = src` and returns the right-hand side.
func rhs(t *testing.T, src string) ast.Expr {
	t.Helper()
	f, err := syntax.ParseFile("t.m", []byte("z = "+src))
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return f.Stmts[0].(*ast.AssignStmt).RHS
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"@(x) x + 1", "@(x)x+1"},
		{"@(x,y) x.^2 + y'", "@(x,y)x.^2+y'"},
		{"@(x, y) (x + 1) * 2", "@(x,y)(x+1)*2"},
		{"@() disp('it''s')", "@()disp('it''s')"},
		{"@() \"say \"\"hi\"\"\"", "@()\"say \"\"hi\"\"\""},
		{"@(varargin) f(varargin{:})", "@(varargin)f(varargin{:})"},
		{"@(x) [1 2; 3 -4]", "@(x)[1,2;3,-4]"},
		{"@(x) {x, 'a'}", "@(x){x,'a'}"},
		{"@(s) s.a.(n)(end)", "@(s)s.a.(n)(end)"},
		{"@(x) @(y) x + y", "@(x)@(y)x+y"},
		{"@(~) 0", "@(~)0"},
		{"a - (b - c)", "a-(b-c)"},
		{"(a - b) - c", "a-b-c"},
		{"2^3^2", "2^3^2"},
		{"2^(3^2)", "2^(3^2)"},
		{"-2^2", "-2^2"},
		{"(-2)^2", "(-2)^2"},
		{"2^-1", "2^-1"},
		{"2^(-(x^2))", "2^(-x^2)"},
		{"a.^b'", "a.^b'"},
		{"(a.^b)'", "(a.^b)'"},
		{"-a*b", "-a*b"},
		{"-(a*b)", "-(a*b)"},
		{"a*-b", "a*-b"},
		{"a - -b", "a--b"},
		{"~(a == b)", "~(a==b)"},
		{"~a == b", "~a==b"},
		{"a:b:c", "a:b:c"},
		{"(a:b):c", "(a:b):c"},
		{"a == (b:c)", "a==b:c"},
		{"(a == b):c", "(a==b):c"},
		{"(a + b):c", "a+b:c"},
		{"a || b && c", "a||b&&c"},
		{"(a || b) && c", "(a||b)&&c"},
		{"a | b & c", "a|b&c"},
		{"(a | b) & c", "(a|b)&c"},
		{"x(:, end)", "x(:,end)"},
		{"f(x, Name=1)", "f(x,'Name',1)"},
		{"('abc')'", "('abc')'"},
		{"\"abc\"'", "\"abc\"'"},
		{"1.*x", "1.*x"},
		{"(@(x) x)(3)", "(@(x)x)(3)"},
		{"{@(x) x + 1, @sin}", "{@(x)x+1,@sin}"},
		{"(@(x) x) + 1", "(@(x)x)+1"},
		{"0x1Fs16 + 3i", "0x1Fs16+3i"},
		{"a''", "a''"},
		{"(a + b)'", "(a+b)'"},
	} {
		if got := ast.Format(rhs(t, tc.src)); got != tc.want {
			t.Errorf("Format(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestFormatBuilt(t *testing.T) {
	one := &ast.Number{Value: 1, Text: "1."}
	for _, tc := range []struct {
		e    ast.Expr
		want string
	}{
		{&ast.Number{Value: 2.5, Imag: true}, "2.5i"},
		{&ast.Binary{Op: ast.MatMul, X: one, Y: &ast.Ident{Name: "x"}}, "1. *x"},
		{&ast.Unary{Op: ast.Transpose, X: one}, "1..'"},
		{&ast.Matrix{Rows: [][]ast.Expr{}}, "[]"},
		{&ast.FuncHandle{Name: "pkg.fn"}, "@pkg.fn"},
		{&ast.Tilde{}, "~"},
		{&ast.Colon{}, ":"},
	} {
		if got := ast.Format(tc.e); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}
