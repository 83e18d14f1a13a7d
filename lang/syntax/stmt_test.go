package syntax

import (
	"testing"
)

type fileCase struct{ src, want string }

func runFileTable(t *testing.T, table []fileCase) {
	t.Helper()
	for _, tc := range table {
		f, err := ParseFile("t.m", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := fileString(f); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

func TestStatements(t *testing.T) {
	runFileTable(t, []fileCase{
		{"x = 1", "(= x 1)"},
		{"x = 1;", "(= x 1);"},
		{"x = 1, y = 2", "(= x 1) (= y 2)"},
		{"x = 1; y = 2;", "(= x 1); (= y 2);"},
		{"x = 1 % comment", "(= x 1)"},
		{"x =1", "(= x 1)"},
		{"x\n", "(expr x)"},
		{"x;", "(expr x);"},
		{"f(1, 2);", "(expr (call f 1 2));"},
		{"a(2,3) = 5", "(= (call a 2 3) 5)"},
		{"s.f{2}(3).g = 1", "(= (. (call (cellidx (. s f) 2) 3) g) 1)"},
		{"s.(n) = 1;", "(= (.() s n) 1);"},
		{"[a, ~, c] = f(x)", "(=[] a ~ c (call f x))"},
		{"[a b] = deal(1,2)", "(=[] a b (call deal 1 2))"},
		{"[a] = f", "(=[] a f)"},
		{"[s.a, c{2}] = f()", "(=[] (. s a) (cellidx c 2) (call f))"},
		{"[~, i] = max(v);", "(=[] ~ i (call max v));"},
		{"x(:) = []", "(= (call x :) [])"},
		{"x(end+1) = 5;", "(= (call x (+ end 1)) 5);"},
		{"if x, y = 1; end", "(if (x (= y 1);))"},
		{"if x\n  y = 1;\nelseif z\n  y = 2;\nelse\n  y = 3;\nend", "(if (x (= y 1);) (z (= y 2);) (else (= y 3);))"},
		{"if x y = 1; end", "(if (x (= y 1);))"},
		{"if x, end", "(if (x ))"},
		{"if (a == 1) && b\nend;", "(if ((&& (== a 1) b) ))"},
		{"for i = 1:3\n  disp(i)\nend", "(for i (: 1 3) (expr (call disp i)))"},
		{"for i=1:3, disp(i), end", "(for i (: 1 3) (expr (call disp i)))"},
		{"for (i = 1:3) x; end", "(for i (: 1 3) (expr x);)"},
		{"parfor i = 1:n\n  x(i) = i;\nend", "(for i (: 1 n) (= (call x i) i);)"},
		{"parfor (i = 1:n, 4)\nend", "(for i (: 1 n) )"},
		{"for k = [1 2 3], end", "(for k [1 2 3] )"},
		{"while n ~= 1\n  n = n - 1;\nend", "(while (~= n 1) (= n (- n 1));)"},
		{"while true, break, end", "(while true (break))"},
		{"switch x\n  case 1\n    y = 1;\n  case {2, 3}\n    y = 2;\n  otherwise\n    y = 0;\nend",
			"(switch x (case 1 (= y 1);) (case {2 3} (= y 2);) (otherwise (= y 0);))"},
		{"switch x, case 'a', y; otherwise, z; end", "(switch x (case 'a' (expr y);) (otherwise (expr z);))"},
		{"switch x\nend", "(switch x)"},
		{"try\n  x = 1;\ncatch ME\n  disp(ME.message);\nend", "(try (= x 1); (catch ME (expr (call disp (. ME message)));))"},
		{"try\n  x = 1;\ncatch\n  y = 2;\nend", "(try (= x 1); (catch  (= y 2);))"},
		{"try, x; catch, y; end", "(try (expr x); (catch  (expr y);))"},
		{"try, x; catch e, y; end", "(try (expr x); (catch e (expr y);))"},
		{"try\n  x\nend", "(try (expr x))"},
		{"for i = 1:3\n  if i == 2, continue; end\n  return\nend", "(for i (: 1 3) (if ((== i 2) (continue))) (return))"},
		{"global a b", "(global a b)"},
		{"persistent count;", "(persistent count)"},
		{"tic;\nx = toc", "(expr tic); (= x toc)"},
		{"x = 1 ...\n  + 2;", "(= x (+ 1 2));"},
		{"x = [1, 2, ...\n  3];", "(= x [1 2 3]);"},
		{"% 中文注释\nx = '中文'; % ok", "(= x '中文');"},
		{"x = 1;\n%{\nthis is ignored\n  %{\n  nested\n  %}\nstill ignored\n%}\ny = 2;", "(= x 1); (= y 2);"},
		{"x = 1; %{ not a block\ny = 2;", "(= x 1); (= y 2);"},
		{"%{\nx = 1;", ""},
		{"\xEF\xBB\xBFx = 1;", "(= x 1);"},
		{"x = 1;\r\ny = 2;\r\n", "(= x 1); (= y 2);"},
		{"", ""},
		{"\n\n;;,\n", ""},
	})
}

func TestCommandSyntax(t *testing.T) {
	runFileTable(t, []fileCase{
		{"format long", `(cmd format ["long"])`},
		{"format long;", `(cmd format ["long"]);`},
		{"hold on", `(cmd hold ["on"])`},
		{"clear all", `(cmd clear ["all"])`},
		{"disp hello world", `(cmd disp ["hello" "world"])`},
		{"warning off all", `(cmd warning ["off" "all"])`},
		{"disp 'hello world'", `(cmd disp ["hello world"])`},
		{"disp 'it''s'", `(cmd disp ["it's"])`},
		{"disp abc'def ghi'", `(cmd disp ["abcdef ghi"])`},
		{"disp \"a b\"", `(cmd disp ["a b"])`},
		{"disp Potato!", `(cmd disp ["Potato!"])`},
		{"cd ..", `(cmd cd [".."])`},
		{"ls ./dir", `(cmd ls ["./dir"])`},
		{"disp -x", `(cmd disp ["-x"])`},
		{"x ==1", `(cmd x ["==1"])`},
		{"x == 1", "(expr (== x 1))"},
		{"x==1", "(expr (== x 1))"},
		{"a -b", `(cmd a ["-b"])`},
		{"a - b", "(expr (- a b))"},
		{"a-b", "(expr (- a b))"},
		{"a(1)", "(expr (call a 1))"},
		{"a (1)", "(expr (call a 1))"},
		{"a = 1", "(= a 1)"},
		{"a.b", "(expr (. a b))"},
		{"a 'b'", `(cmd a ["b"])`},
		{"a ~b", `(cmd a ["~b"])`},
		{"a ~= b", "(expr (~= a b))"},
		{"a @b", `(cmd a ["@b"])`},
		{"a 1 2", `(cmd a ["1" "2"])`},
		{"a ;", "(expr a);"},
		{"a % comment", "(expr a)"},
		{"hold on % comment", `(cmd hold ["on"])`},
		{"hold on, x = 1", `(cmd hold ["on"]) (= x 1)`},
		{"disp hello;disp world", `(cmd disp ["hello"]); (cmd disp ["world"])`},
		{"if x, hold on, end", `(if (x (cmd hold ["on"])))`},
		{"if x\n  y\nelse hold off\nend", `(if (x (expr y)) (else (cmd hold ["off"])))`},
		{"x = 1; x ==1", "(= x 1); (expr (== x 1))"},
		{"x = 1; x -1", "(= x 1); (expr (- x 1))"},
		{"x(2) = 1; x -1", "(= (call x 2) 1); (expr (- x 1))"},
		{"s.f = 1; s -1", "(= (. s f) 1); (expr (- s 1))"},
		{"[a, b] = f; a -1; b -1; c -1", `(=[] a b f); (expr (- a 1)); (expr (- b 1)); (cmd c ["-1"])`},
		{"[a b] = f; b -1", "(=[] a b f); (expr (- b 1))"},
		{"for i=1:3, i -1, end", "(for i (: 1 3) (expr (- i 1)))"},
		{"for (k = 1:3), k -1, end", "(for k (: 1 3) (expr (- k 1)))"},
		{"global g h\ng -1\nh -1", "(global g h) (expr (- g 1)) (expr (- h 1))"},
		{"try, catch e\n e -1\n end", "(try  (catch e (expr (- e 1))))"},
		{"disp ([1 2])", "(expr (call disp [1 2]))"},
		{"x = 3; y = x '", "(= x 3); (= y (' x))"},
		{"help plot.m", `(cmd help ["plot.m"])`},
		{"a ...\n  -b", "(expr (- a b))"},
	})
}

func TestCommandScopes(t *testing.T) {
	runFileTable(t, []fileCase{
		{"function f(a)\n  a -1\n  b -1\nend", `(function f () (a) (expr (- a 1)) (cmd b ["-1"]))`},
		{"function r = f(a)\n  r -1\nend", `(function f (r) (a) (expr (- r 1)))`},
		{"function [p, q] = f\n  p -1\n  f -1\nend", `(function f (p q) () (expr (- p 1)) (cmd f ["-1"]))`},
		{"x = 1;\nfunction g\n  x -1\nend", `(= x 1); (function g () () (cmd x ["-1"]))`},
		{"function f\n  x = 1;\nfunction g\n  x -1", `(function f () () (= x 1);) (function g () () (cmd x ["-1"]))`},
		{"function f\n  x = 1;\n  function g\n    y = 1;\n  end\n  x -1\nend",
			`(function f () () (= x 1); (expr (- x 1)) (function g () () (= y 1);))`},
		{"function f\n  persistent n\n  n -1\nend", `(function f () () (persistent n) (expr (- n 1)))`},
		{"function f(a)\n  x = 1;\n  function g\n    x -1\n    a -1\n    y = 2;\n  end\n  y -1\nend",
			`(function f () (a) (= x 1); (cmd y ["-1"]) (function g () () (expr (- x 1)) (expr (- a 1)) (= y 2);))`},
		{"function f\n  x = 1;\nfunction g\n  x -1", `(function f () () (= x 1);) (function g () () (cmd x ["-1"]))`},
	})
	f, err := ParseREPLVars([]byte("x -1"), func(n string) bool { return n == "x" })
	if err != nil || fileString(f) != "(expr (- x 1))" {
		t.Errorf("ParseREPLVars: %v %v", err, f)
	}
	f, err = ParseREPL([]byte("x -1"))
	if err != nil || fileString(f) != `(cmd x ["-1"])` {
		t.Errorf("ParseREPL: %v %v", err, f)
	}
}

func TestFunctions(t *testing.T) {
	runFileTable(t, []fileCase{
		{"function name\nend", "(function name () () )"},
		{"function name(a, b)\nend", "(function name () (a b) )"},
		{"function r = name(a)\n  r = a;\nend", "(function name (r) (a) (= r a);)"},
		{"function [r1, r2] = name(varargin)\nend", "(function name (r1 r2) (varargin) )"},
		{"function [r1 r2] = name(~, x)\nend", "(function name (r1 r2) (~ x) )"},
		{"function [] = name()\nend", "(function name () () )"},
		{"function varargout = f(varargin)\nend", "(function f (varargout) (varargin) )"},
		{"function a\n  x = 1;\nfunction b\n  y = 2;", "(function a () () (= x 1);) (function b () () (= y 2);)"},
		{"function a\nif x\n  y\nend\nfunction b\nwhile 1, end", "(function a () () (if (x (expr y)))) (function b () () (while 1 ))"},
		{"function a\n  function b\n  end\n  function c\n  end\nend", "(function a () ()  (function b () () ) (function c () () ))"},
		{"function a\n  function b\n    function c\n    end\n  end\nend\nfunction d\nend", "(function a () ()  (function b () ()  (function c () () ))) (function d () () )"},
		{"function obj = set.Value(obj, v)\nend", "(function set.Value (obj) (obj v) )"},
		{"function f, disp(1), end", "(function f () () (expr (call disp 1)))"},
	})
	for _, tc := range []struct {
		src    string
		script bool
	}{
		{"function f\nend", false},
		{"% comment\n\n%{\nblock\n%}\nfunction f\nend", false},
		{"x = 1;\nfunction f\nend", true},
		{"x = 1;", true},
		{"", true},
	} {
		f, err := ParseFile("t.m", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if f.IsScript != tc.script || f.Name != "t.m" {
			t.Errorf("%q: IsScript %v Name %q", tc.src, f.IsScript, f.Name)
		}
	}
}

func TestREPL(t *testing.T) {
	for _, tc := range []fileCase{
		{"x = 1", "(= x 1)"},
		{"function y = sq(x)\n  y = x^2;\nend", "(function sq (y) (x) (= y (^ x 2));)"},
		{"a = 1;\nfunction g\nend\nb = 2", "(= a 1); (= b 2) (function g () () )"},
		{"disp hi", `(cmd disp ["hi"])`},
	} {
		f, err := ParseREPL([]byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := fileString(f); got != tc.want || !f.IsScript {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.want)
		}
	}
}

func TestIncomplete(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"x = 1", false},
		{"if x", true},
		{"if x\n  y\nend", false},
		{"if x, y, end", false},
		{"for i=1:3, disp(i)", true},
		{"while 1\n  if x\n  end", true},
		{"switch x\ncase 1", true},
		{"try", true},
		{"function f", true},
		{"function f\nend", false},
		{"x = [1 2", true},
		{"x = {1, ...", true},
		{"x = f(1,", true},
		{"x = 1 + ...", true},
		{"x = 1 + ...\n", true},
		{"%{\ncomment", true},
		{"%{\ncomment\n%}", false},
		{"x = 'abc", false},
		{"end", false},
		{"x = 1)", false},
		{"x = [1 2]", false},
		{"disp if", false},
		{"s.if = 1", false},
		{"x(end) = 1", false},
	} {
		if got := Incomplete([]byte(tc.src)); got != tc.want {
			t.Errorf("Incomplete(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
