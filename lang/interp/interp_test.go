package interp_test

import (
	"bytes"
	"strings"
	"testing"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func runSrc(t *testing.T, src string) (*interp.Interp, string, error) {
	t.Helper()
	var out bytes.Buffer
	in := interp.New(&out, &out)
	err := in.RunString("", src)
	in.Flush()
	return in, out.String(), err
}

// TestScalars checks the values of variables after running small programs.
func TestScalars(t *testing.T) {
	tests := []struct {
		src  string
		name string
		want float64
	}{
		{"x = 1 + 2 * 3;", "x", 7},
		{"x = -2^2;", "x", -4},
		{"x = 2^-1;", "x", 0.5},
		{"x = 2^3^2;", "x", 64},
		{"x = (1 + 2) * 3;", "x", 9},
		{"x = 7 \\ 14;", "x", 2},
		{"x = 1 < 2;", "x", 1},
		{"x = ~0;", "x", 1},
		{"x = 3 > 2 && 2 > 1;", "x", 1},
		{"x = 0 || 5;", "x", 1},
		{"s = 0; for i = 1:10, s = s + i; end", "s", 55},
		{"s = 0; for i = 10:-2:1, s = s + i; end", "s", 30},
		{"s = 0; i = 0; while i < 5, i = i + 1; s = s + i; end", "s", 15},
		{"s = 0; for i = 1:10, if i == 5, break; end, s = s + i; end", "s", 10},
		{"s = 0; for i = 1:5, if i == 2 || i == 4, continue; end, s = s + i; end", "s", 9},
		{"x = 3; if x > 5, y = 1; elseif x > 2, y = 2; else, y = 3; end", "y", 2},
		{"switch 3, case {1, 2}, y = 1; case 3, y = 2; otherwise, y = 3; end", "y", 2},
		{"switch 'abc', case 'x', y = 1; case {'abc', 'd'}, y = 2; end", "y", 2},
		{"try, error('boom'); y = 1; catch, y = 2; end", "y", 2},
		{"try, error('a:b', 'boom'); catch e, y = e.identifier(1) == 'a' && e.message(4) == 'm'; end", "y", 1},
		{"f = @(x) x.^2 + 1; y = f(3);", "y", 10},
		{"a = 2; f = @(x) a * x; a = 10; y = f(3);", "y", 6},
		{"function r = add(a, b)\nr = a + b;\nend\ng = @add; y = g(2, 3);", "y", 5},
		{"a = [1 2 3]; a(5) = 9; y = a(4) + a(end);", "y", 9},
		{"a = []; for i = 1:3, a(i) = i * i; end; y = a(3);", "y", 9},
		{"a = [1 2 3]; b = a; b(1) = 100; y = a(1);", "y", 1},
		{"c = {1, 'two', [3 4]}; y = c{3}(2);", "y", 4},
		{"s.a = 1; s.b.c = 5; y = s.b.c;", "y", 5},
		{"s(2).x = 7; y = s(2).x;", "y", 7},
		{"a = [8 1 6; 3 5 7; 4 9 2]; y = a(end, end) + a(end);", "y", 4},
		{"function [m, i] = mx(v)\nm = v(1); i = 1;\nfor k = 2:3, if v(k) > m, m = v(k); i = k; end, end\nend\n[m, i] = mx([3 9 2]); y = i;", "y", 2},
		{"x = 1:5; x(2) = []; y = x(2);", "y", 3},
		{"function r = add(a, b)\nr = a + b;\nend\nc = {1, 2, 3}; y = add(c{2:3});", "y", 5},
		{"eval('z = 4;'); y = z;", "y", 4},
		{"y = feval(@(a, b) a - b, 10, 4);", "y", 6},
	}
	for _, tt := range tests {
		in, out, err := runSrc(t, tt.src)
		if err != nil {
			t.Errorf("%q: %v\n%s", tt.src, interp.Report(err), out)
			continue
		}
		name := tt.name
		v, ok := in.Var(name)
		if !ok {
			t.Errorf("%q: %s undefined", tt.src, name)
			continue
		}
		got, err := value.ScalarFloat(v)
		if err != nil || got != tt.want {
			t.Errorf("%q: %s = %v (%v), want %v", tt.src, name, got, err, tt.want)
		}
	}
}

// TestErrors checks MATLAB's error messages for common mistakes.
func TestErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"y = x + 1;", "Unrecognized function or variable 'x'."},
		{"a = [1 2 3]; a(4)", "Index exceeds the number of array elements. Index must not exceed 3."},
		{"[1 2] + [1 2 3]", "Arrays have incompatible sizes for this operation."},
		{"error('my:id', 'value too big')", "value too big"},
		{"f = @(x) x; f(1, 2)", "Too many input arguments."},
		{"if [1 2] && 1, end", "Operands to the logical AND (&&) and OR (||) operators must be convertible to logical scalar values. Use the ANY or ALL functions to reduce operands to logical scalar values."},
	}
	for _, tt := range tests {
		_, _, err := runSrc(t, tt.src)
		if err == nil {
			t.Errorf("%q: no error", tt.src)
			continue
		}
		if got := interp.AsMException(err).Msg; got != tt.want {
			t.Errorf("%q: error %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestRecursionLimit checks that unbounded recursion is a MATLAB error.
func TestRecursionLimit(t *testing.T) {
	for _, src := range []string{
		"function r = f(n)\nr = f(n + 1);\nend\nf(1)\n",
		"f = @(g, n) g(g, n + 1); f(f, 1)",
	} {
		_, _, err := runSrc(t, src)
		if err == nil || !strings.Contains(interp.AsMException(err).Msg, "Maximum recursion limit of 500 reached.") {
			t.Errorf("%q: got %v", src, err)
		}
	}
}
