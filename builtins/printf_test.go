package builtins

import "testing"

func TestSprintf(t *testing.T) {
	runCases(t, []evalCase{
		{`s = sprintf('%d', 42);`, "s", "42"},
		{`s = sprintf('%5.2f|', [pi; exp(1)]);`, "s", " 3.14| 2.72|"},
		{`s = sprintf('%d, %d\n', [1 2 3]);`, "s", "1, 2\n3, "},
		{`s = sprintf('%d', 1.5);`, "s", "1.500000e+00"},
		{`s = sprintf('%s', 65);`, "s", "A"},
		{`s = sprintf('%s', 2.5);`, "s", "2.500000e+00"},
		{`s = sprintf('%s-%s', 'ab', 'cd');`, "s", "ab-cd"},
		{`s = sprintf('%d', 'ab');`, "s", "9798"},
		{`s = sprintf('%c', 72, 105);`, "s", "Hi"},
		{`s = sprintf('%x %X %o', 255, 255, 8);`, "s", "ff FF 10"},
		{`s = sprintf('%+d % d %05d %-4d|', 3, 3, 42, 7);`, "s", "+3  3 00042 7   |"},
		{`s = sprintf('%e', 12345.678);`, "s", "1.234568e+04"},
		{`s = sprintf('%g %g', 0.0001, 1e6);`, "s", "0.0001 1e+06"},
		{`s = sprintf('%*d', 5, 3);`, "s", "    3"},
		{`s = sprintf('%.*f', 2, pi);`, "s", "3.14"},
		{`s = sprintf('100%%');`, "s", "100%"},
		{`s = sprintf('a\tb\\c');`, "s", "a\tb\\c"},
		{`s = sprintf('\x41\101');`, "s", "AA"},
		{`s = sprintf('%d %f', Inf, NaN);`, "s", "Inf NaN"},
		{`s = sprintf('%5d|', -Inf);`, "s", " -Inf|"},
		{`s = sprintf('hello %d world');`, "s", "hello "},
		{`s = sprintf('[%s]', '');`, "s", "[]"},
		{`s = sprintf('%d', []);`, "s", ""},
		{`s = sprintf('abc', 1);`, "s", "abc"},
		{`s = sprintf('%d', int8(-5));`, "s", "-5"},
		{`s = sprintf('%d', true);`, "s", "1"},
		{`s = sprintf("%d apples", 3); c = class(s);`, "c", "string"},
		{`s = sprintf('%s', "str");`, "s", "str"},
		{`s = sprintf('%.3s', 'abcdef');`, "s", "abc"},
		{`s = sprintf('%.2e', 1e10);`, "s", "1.00e+10"},
		{`s = sprintf('%d', 2^53);`, "s", "9007199254740992"},
		{`s = sprintf('%s', {1});`, "error", "Function is not defined for 'cell' inputs."},
		{`n = size(sprintf(''), 2);`, "n", []float64{0}},
		{`s = sprintf(' %3$s %2$s %1$s', 'X', 'Y', 'Z');`, "s", " Z Y X"},
		{`s = sprintf('%1$s %2$d %1$s', 'foo', 42);`, "s", "foo 42 foo"},
		{`s = sprintf('%bx', pi);`, "s", "400921fb54442d18"},
		{`s = sprintf('%tX', 1);`, "s", "3F800000"},
	})
}

func TestCompose(t *testing.T) {
	runCases(t, []evalCase{
		{`s = compose('%d', [1 2 3]); c = class(s);`, "c", "cell"},
		{`s = compose("%d", [1 2 3]); c = class(s);`, "c", "string"},
		{`s = compose('%d', [1 2 3]); n = numel(s);`, "n", []float64{3}},
		{`s = compose('%d-%d', [1 2; 3 4]); t = s{2};`, "t", "3-4"},
		{`s = compose("%d-%d-%d", [1 2; 3 4]); t = s(1);`, "t", "1-2-%d"},
		{`s = compose("a%d\t%%"); t = s(1);`, "t", "a%d\t%%"},
	})
}

func TestFprintf(t *testing.T) {
	_, out, err := runSource(t, "fprintf('x=%d\\n', 5); n = fprintf('%s', 'abc');")
	if err != nil {
		t.Fatal(err)
	}
	if out != "x=5\nabc" {
		t.Errorf("output %q", out)
	}
}

func TestErrorUsesSprintf(t *testing.T) {
	runCases(t, []evalCase{
		{`error('my:id', 'value %d too big', 7);`, "error", "value 7 too big"},
	})
}
