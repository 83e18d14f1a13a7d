package syntax

import (
	"math"
	"testing"

	"gomat/lang/ast"
)

// parseExpr parses `z = src` and returns the right-hand side as an
// S-expression.
func parseExpr(t *testing.T, src string) string {
	t.Helper()
	f, err := ParseFile("t.m", []byte("z = "+src))
	if err != nil {
		t.Errorf("%q: %v", src, err)
		return ""
	}
	if len(f.Stmts) != 1 {
		t.Errorf("%q: %d statements", src, len(f.Stmts))
		return ""
	}
	a, ok := f.Stmts[0].(*ast.AssignStmt)
	if !ok {
		t.Errorf("%q: got %s", src, stmtSexpr(f.Stmts[0]))
		return ""
	}
	return sexpr(a.RHS)
}

func runExprTable(t *testing.T, table []struct{ src, want string }) {
	t.Helper()
	for _, tc := range table {
		if got := parseExpr(t, tc.src); got != tc.want && got != "" {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

func TestPrecedence(t *testing.T) {
	runExprTable(t, []struct{ src, want string }{
		{"a || b && c", "(|| a (&& b c))"},
		{"a && b || c", "(|| (&& a b) c)"},
		{"a && b | c", "(&& a (| b c))"},
		{"a | b & c", "(| a (& b c))"},
		{"a & b | c & d", "(| (& a b) (& c d))"},
		{"a & b == c", "(& a (== b c))"},
		{"a < b < c", "(< (< a b) c)"},
		{"a == b ~= c", "(~= (== a b) c)"},
		{"a <= b >= c > d", "(> (>= (<= a b) c) d)"},
		{"a == b:c", "(== a (: b c))"},
		{"a:b", "(: a b)"},
		{"a:b:c", "(: a b c)"},
		{"a:b:c:d", "(: (: a b c) d)"},
		{"a:b+c", "(: a (+ b c))"},
		{"a-1:-1:1", "(: (- a 1) (neg 1) 1)"},
		{"a + b * c", "(+ a (* b c))"},
		{"a - b - c", "(- (- a b) c)"},
		{"a * b / c \\ d", "(\\ (/ (* a b) c) d)"},
		{"a .* b ./ c .\\ d", "(.\\ (./ (.* a b) c) d)"},
		{"-a*b", "(* (neg a) b)"},
		{"a*-b", "(* a (neg b))"},
		{"-a + b", "(+ (neg a) b)"},
		{"a - -b", "(- a (neg b))"},
		{"+a", "(pos a)"},
		{"~a == b", "(== (not a) b)"},
		{"!a", "(not a)"},
		{"~~a", "(not (not a))"},
		{"-2^2", "(neg (^ 2 2))"},
		{"2^3^2", "(^ (^ 2 3) 2)"},
		{"2^-1", "(^ 2 (neg 1))"},
		{"2^-2^2", "(^ (^ 2 (neg 2)) 2)"},
		{"2^~x", "(^ 2 (not x))"},
		{"a.^b'", "(.^ a (' b))"},
		{"a^b.'", "(^ a (.' b))"},
		{"a'*b", "(* (' a) b)"},
		{"-a'", "(neg (' a))"},
		{"(a+b)*c", "(* (+ a b) c)"},
		{"(a)'", "(' a)"},
		{"x.y(3).z{2}", "(cellidx (. (call (. x y) 3) z) 2)"},
		{"f(x)(2)", "(call (call f x) 2)"},
		{"s.(name)", "(.() s name)"},
		{"s.('a' + b).c", "(. (.() s (+ 'a' b)) c)"},
		{"a(1).b", "(. (call a 1) b)"},
		{"f()", "(call f)"},
		{"c{}", "(cellidx c)"},
		{"f(:)", "(call f :)"},
		{"f(:, 1)", "(call f : 1)"},
		{"f(1:end)", "(call f (: 1 end))"},
		{"x(:)'", "(' (call x :))"},
		{"f(x, Name=3, b='c')", "(call f x 'Name' 3 'b' 'c')"},
		{"f(a==1)", "(call f (== a 1))"},
		{"@sin", "@sin"},
		{"@pkg.fn", "@pkg.fn"},
		{"@(x) x.^2", "(@ (x) (.^ x 2))"},
		{"@() 42", "(@ () 42)"},
		{"@(x, y) x + y", "(@ (x y) (+ x y))"},
		{"@(~, y) y", "(@ (~ y) y)"},
		{"@(varargin) f(varargin{:})", "(@ (varargin) (call f (cellidx varargin :)))"},
		{"@(x) @(y) x + y", "(@ (x) (@ (y) (+ x y)))"},
		{"@(x) 'str'", "(@ (x) 'str')"},
	})
}

func TestTransposeVersusString(t *testing.T) {
	runExprTable(t, []struct{ src, want string }{
		{"a'", "(' a)"},
		{"a''", "(' (' a))"},
		{"a.'", "(.' a)"},
		{"a.''", "(' (.' a))"},
		{"x(1)'", "(' (call x 1))"},
		{"[1 2]'", "(' [1 2])"},
		{"{1}'", "(' {1})"},
		{"3'", "(' 3)"},
		{"'abc' '", "(' 'abc')"},
		{"x(end')", "(call x (' end))"},
		{"b '", "(' b)"},
		{"'abc'", "'abc'"},
		{"'it''s'", "'it's'"},
		{"''", "''"},
		{"f('a')", "(call f 'a')"},
		{"['a' 'b']", "['a' 'b']"},
		{"[a 'b']", "[a 'b']"},
		{"[a' 'b']", "[(' a) 'b']"},
		{"[a' b']", "[(' a) (' b)]"},
		{"[a']", "[(' a)]"},
		{"[a ' b']", "[a ' b']"},
		{"[a(1) 'x']", "[(call a 1) 'x']"},
		{"{a 'b'}", "{a 'b'}"},
		{"[f(a ')]", "[(call f (' a))]"},
		{"\"abc\"", "\"abc\""},
		{"\"he said \"\"hi\"\"\"", "\"he said \\\"hi\\\"\""},
		{"\"it's\"", "\"it's\""},
		{"[\"a\" \"b\"]", "[\"a\" \"b\"]"},
		{"\"a\"'", "(' \"a\")"},
		{"'中文'", "'中文'"},
		{"'%not a comment'", "'%not a comment'"},
		{"'...'", "'...'"},
	})
}

func TestBracketWhitespace(t *testing.T) {
	runExprTable(t, []struct{ src, want string }{
		{"[1 -2]", "[1 (neg 2)]"},
		{"[1 - 2]", "[(- 1 2)]"},
		{"[1 -2 + 3]", "[1 (+ (neg 2) 3)]"},
		{"[1-2]", "[(- 1 2)]"},
		{"[1 +2]", "[1 (pos 2)]"},
		{"[1 ++ 1]", "[1 (pos (pos 1))]"},
		{"[1 + + 1]", "[(+ 1 (pos 1))]"},
		{"[a - b]", "[(- a b)]"},
		{"[a -b]", "[a (neg b)]"},
		{"[a - -b]", "[(- a (neg b))]"},
		{"[a(1) -b]", "[(call a 1) (neg b)]"},
		{"[a' -b']", "[(' a) (neg (' b))]"},
		{"[-1 -2]", "[(neg 1) (neg 2)]"},
		{"[ -1]", "[(neg 1)]"},
		{"[a (1)]", "[a 1]"},
		{"[f (1)]", "[f 1]"},
		{"[f(1) (2)]", "[(call f 1) 2]"},
		{"[a{1} {2}]", "[(cellidx a 1) {2}]"},
		{"[a ~b]", "[a (not b)]"},
		{"[a ~= b]", "[(~= a b)]"},
		{"[a == b]", "[(== a b)]"},
		{"[a.b c]", "[(. a b) c]"},
		{"[1e3 .5]", "[1e3 .5]"},
		{"[1, 2\n 3]", "[1 2; 3]"},
		{"[1 2; 3 4]", "[1 2; 3 4]"},
		{"[1 2;]", "[1 2]"},
		{"[;1 2;;3 4;]", "[1 2; 3 4]"},
		{"[1 2\n]", "[1 2]"},
		{"[\n1 2\n3 4\n]", "[1 2; 3 4]"},
		{"[1,]", "[1]"},
		{"[1 , 2]", "[1 2]"},
		{"[1 ;2]", "[1; 2]"},
		{"[1 2 ... comment\n 3]", "[1 2 3]"},
		{"[1 2 % comment\n 3]", "[1 2; 3]"},
		{"[f(1,\n2) 3]", "[(call f 1 2) 3]"},
		{"[]", "[]"},
		{"{}", "{}"},
		{"{1, 'a'; [], {}}", "{1 'a'; [] {}}"},
		{"[[1 2] [3]]", "[[1 2] [3]]"},
		{"[x (1:3)']", "[x (' (: 1 3))]"},
		{"c{1 + 1}", "(cellidx c (+ 1 1))"},
		{"c{end -1}", "(cellidx c (- end 1))"},
		{"f(1 -1)", "(call f (- 1 1))"},
		{"x([1 end])", "(call x [1 end])"},
		{"{@(x) x+1, 2}", "{(@ (x) (+ x 1)) 2}"},
		{"{@(x) x + 1 @sin}", "{(@ (x) (+ x 1)) @sin}"},
		{"[a.' b]", "[(.' a) b]"},
		{"[1 2]+[3 4]", "(+ [1 2] [3 4])"},
		{"[a' ; b']", "[(' a); (' b)]"},
		{"[\"x\" 'y']", "[\"x\" 'y']"},
	})
}

func TestNumbers(t *testing.T) {
	runExprTable(t, []struct{ src, want string }{
		{"1e-3", "1e-3"},
		{".5", ".5"},
		{"1.", "1."},
		{"3i", "3i"},
		{"2.5j", "2.5j"},
		{"1E+3", "1E+3"},
		{"1d3", "1d3"},
		{"0x1F", "0x1F<uint8>"},
		{"0x1Fs16", "0x1Fs16<int16>"},
		{"0xFFu32", "0xFFu32<uint32>"},
		{"0x100", "0x100<uint16>"},
		{"0x10000", "0x10000<uint32>"},
		{"0x100000000", "0x100000000<uint64>"},
		{"0b101", "0b101<uint8>"},
		{"0B11u16", "0B11u16<uint16>"},
		{"1.*2", "(.* 1 2)"},
		{"1./x", "(./ 1 x)"},
		{"1.\\x", "(.\\ 1 x)"},
		{"1.^2", "(.^ 1 2)"},
		{"1.'", "(.' 1)"},
		{"1.5.*2", "(.* 1.5 2)"},
		{"2i*3", "(* 2i 3)"},
	})
	for _, tc := range []struct {
		text  string
		value float64
		imag  bool
		class string
	}{
		{"1e-3", 1e-3, false, ""},
		{".5", 0.5, false, ""},
		{"1.", 1, false, ""},
		{"3i", 3, true, ""},
		{"2.5J", 2.5, true, ""},
		{"1d3", 1000, false, ""},
		{"0x1F", 31, false, "uint8"},
		{"0xFF", 255, false, "uint8"},
		{"0xFFs8", -1, false, "int8"},
		{"0x7Fs8", 127, false, "int8"},
		{"0x1Fs16", 31, false, "int16"},
		{"0xFFFFs16", -1, false, "int16"},
		{"0x100", 256, false, "uint16"},
		{"0b101", 5, false, "uint8"},
		{"0b101u32", 5, false, "uint32"},
		{"0xFFFFFFFFFFFFFFFFs64", -1, false, "int64"},
		{"1e999", math.Inf(1), false, ""},
	} {
		v, imag, class, msg := parseNumber(tc.text)
		if msg != "" || v != tc.value || imag != tc.imag || class != tc.class {
			t.Errorf("parseNumber(%q) = %v %v %q %q, want %v %v %q", tc.text, v, imag, class, msg, tc.value, tc.imag, tc.class)
		}
	}
	for _, bad := range []string{"0x1FFu8", "0x12345678901234567", "0b111111111s8"} {
		if _, _, _, msg := parseNumber(bad); msg == "" {
			t.Errorf("parseNumber(%q) accepted", bad)
		}
	}
}

func TestEndInIndex(t *testing.T) {
	runExprTable(t, []struct{ src, want string }{
		{"x(end)", "(call x end)"},
		{"x{end-1}", "(cellidx x (- end 1))"},
		{"x(end).y(end)", "(call (. (call x end) y) end)"},
		{"x(end, end)", "(call x end end)"},
		{"x(min(end, 3))", "(call x (call min end 3))"},
		{"s.end", "(. s end)"},
		{"s.end.if", "(. (. s end) if)"},
		{"s.function(2)", "(call (. s function) 2)"},
		{"c{end}{end}", "(cellidx (cellidx c end) end)"},
	})
}
