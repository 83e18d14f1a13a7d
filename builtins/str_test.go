package builtins

import "testing"

func TestNum2str(t *testing.T) {
	runCases(t, []evalCase{
		{`s = num2str(pi);`, "s", "3.1416"},
		{`s = num2str(42);`, "s", "42"},
		{`s = num2str(-7);`, "s", "-7"},
		{`s = num2str([1 2 3]);`, "s", "1  2  3"},
		{`s = num2str([10 -2 3]);`, "s", "10  -2   3"},
		{`s = num2str(123.456);`, "s", "123.456"},
		{`s = num2str(0.1);`, "s", "0.1"},
		{`s = num2str(1e-5);`, "s", "1e-05"},
		{`s = num2str(pi, 8);`, "s", "3.1415927"},
		{`s = num2str(pi, '%10.5f');`, "s", "3.14159"},
		{`s = num2str(true);`, "s", "1"},
		{`s = num2str('abc');`, "s", "abc"},
		{`s = num2str(3+4i);`, "s", "3+4i"},
		{`s = num2str(NaN);`, "s", "NaN"},
		{`s = num2str(int8(-5));`, "s", "-5"},
		{`s = num2str([1;22]); n = size(s);`, "n", []float64{2, 2}},
		{`s = int2str(2.5);`, "s", "3"},
		{`s = mat2str([1 2;3 4]);`, "s", "[1 2;3 4]"},
		{`s = mat2str(pi, 4);`, "s", "3.142"},
		{`s = mat2str([true false]);`, "s", "[true false]"},
		{`s = mat2str('hi');`, "s", "'hi'"},
		{`s = mat2str(int8([1 -1]), 'class');`, "s", "int8([1 -1])"},
		{`s = mat2str([]);`, "s", "zeros(0,0)"},
		{`s = mat2str([1+2i 3-4i]);`, "s", "[1+2i 3-4i]"},
		{`x = str2double('3.5e2');`, "x", []float64{350}},
		{`x = str2double('1,200');`, "x", []float64{1200}},
		{`x = isnan(str2double('abc'));`, "x", true},
		{`x = str2double({'1', 'x', '-Inf'});`, "x", []float64{1, nan(), inf(-1)}},
		{`x = str2double(5); y = isnan(x);`, "y", true},
		{`x = imag(str2double('1+2i'));`, "x", []float64{2}},
		{`x = str2num('[1 2 3]*2');`, "x", []float64{2, 4, 6}},
		{`[x, ok] = str2num('1+');`, "ok", false},
		{`s = dec2bin(5);`, "s", "101"},
		{`s = dec2bin(5, 8);`, "s", "00000101"},
		{`s = dec2hex(255);`, "s", "FF"},
		{`x = bin2dec('1010');`, "x", []float64{10}},
		{`x = hex2dec('ff');`, "x", []float64{255}},
	})
}

func TestTextTransforms(t *testing.T) {
	runCases(t, []evalCase{
		{`s = upper('abc');`, "s", "ABC"},
		{`s = lower("ABC"); c = class(s);`, "c", "string"},
		{`c = upper({'a','b'}); s = c{2};`, "s", "B"},
		{`s = strtrim(sprintf('  a b \t'));`, "s", "a b"},
		{`c = strtrim({' x ', 'y  '}); s = [c{:}];`, "s", "xy"},
		{`s = deblank('ab   ');`, "s", "ab"},
		{`s = strip('__a__', '_');`, "s", "a"},
		{`s = strip('  a  ', 'left');`, "s", "a  "},
		{`s = blanks(3);`, "s", "   "},
		{`s = ['a' newline 'b'];`, "s", "a\nb"},
		{`s = pad('ab', 5);`, "s", "ab   "},
		{`s = pad('ab', 5, 'left', '*');`, "s", "***ab"},
		{`c = pad({'a', 'abc'}); s = c{1};`, "s", "a  "},
		{`s = strrep('hello world', 'o', '0');`, "s", "hell0 w0rld"},
		{`s = strrep('abc 2 def 22 ghi 222 jkl 2222', '22', '*');`, "s", "abc 2 def * ghi ** jkl ***"},
		{`s = replace('a-b-c', '-', '+');`, "s", "a+b+c"},
		{`s = strcat('a ', 'b ', 'c');`, "s", "abc"},
		{`c = strcat({'a '}, 'b'); s = c{1};`, "s", "a b"},
		{`s = strcat("a ", 'b');`, "s", "a b"},
		{`s = strvcat('a', 'bcd'); n = size(s);`, "n", []float64{2, 3}},
	})
}

func TestSplitJoin(t *testing.T) {
	runCases(t, []evalCase{
		{`c = strsplit('a b  c'); n = numel(c);`, "n", []float64{3}},
		{`c = strsplit('a,b,,c', ','); n = numel(c);`, "n", []float64{3}},
		{`c = strsplit('a,b,,c', ',', 'CollapseDelimiters', false); n = numel(c);`, "n", []float64{4}},
		{`c = strsplit(' a '); n = numel(c);`, "n", []float64{3}},
		{`c = strsplit('a1b22c', '\d+', 'DelimiterType', 'RegularExpression'); s = [c{:}];`, "s", "abc"},
		{`s = strjoin({'a','b','c'}, ', ');`, "s", "a, b, c"},
		{`s = strjoin({'a','b'});`, "s", "a b"},
		{`s = strjoin({'a','b','c'}, {'1', '2'});`, "s", "a1b2c"},
		{`s = strjoin({'a','b'}, '\n');`, "s", "a\nb"},
		{`p = split("a b c"); n = size(p);`, "n", []float64{3, 1}},
		{`s = join(["a" "b"], "-");`, "s", "a-b"},
		{`p = split(["a b" "c d"]); n = size(p);`, "n", []float64{1, 2, 2}},
		{`p = split("a,b", ",", 2); n = size(p);`, "n", []float64{1, 2}},
		{`[p, m] = split('a;b;c', ';'); n = numel(m);`, "n", []float64{2}},
		{`s = join(["x" "y" "z"; "a" "b" "c"], [" + " " = "; " - " " = "]); t = s(2);`, "t", "a - b = c"},
		{`s = join(["a" "b"; "c" "d"], "-", 1); t = s(2);`, "t", "b-d"},
		{`c = join({'a', 'b'}); k = class(c);`, "k", "cell"},
		{`s = dec2hex(-16);`, "s", "F0"},
		{`s = extractBefore('hello world', ' ');`, "s", "hello"},
		{`s = extractAfter('hello world', ' ');`, "s", "world"},
		{`s = extractBefore('hello', 3);`, "s", "he"},
		{`s = string(42);`, "s", "42"},
		{`s = string(pi);`, "s", "3.1416"},
		{`s = string({'a', 'b'}); n = numel(s);`, "n", []float64{2}},
	})
}

func TestCompareFind(t *testing.T) {
	runCases(t, []evalCase{
		{`tf = strcmp('a', 'a');`, "tf", true},
		{`tf = strcmp('a', 'A');`, "tf", false},
		{`tf = strcmp('a', 5);`, "tf", false},
		{`tf = strcmp({'a','b','a'}, 'a');`, "tf", []float64{1, 0, 1}},
		{`tf = strcmp({'a','b'}, {'a','c'});`, "tf", []float64{1, 0}},
		{`tf = strcmpi('ABC', 'abc');`, "tf", true},
		{`tf = strncmp('abcdef', 'abcxyz', 3);`, "tf", true},
		{`tf = strncmpi('ABCdef', 'abcxyz', 4);`, "tf", false},
		{`tf = strcmp("a", 'a');`, "tf", true},
		{`tf = strcmp({'a','b'}, {'a','b','c'});`, "error", "Inputs must be the same size or either one can be a scalar."},
		{`k = strfind('abcabc', 'bc');`, "k", []float64{2, 5}},
		{`k = strfind('aaa', 'aa');`, "k", []float64{1, 2}},
		{`k = size(strfind('abc', 'z'));`, "k", []float64{1, 0}},
		{`c = strfind({'ab','b'}, 'b'); k = c{2};`, "k", []float64{1}},
		{`tf = contains('Hello', 'ell');`, "tf", true},
		{`tf = contains('Hello', 'ELL', 'IgnoreCase', true);`, "tf", true},
		{`tf = contains({'abc','xyz'}, {'b','q'});`, "tf", []float64{1, 0}},
		{`tf = startsWith("data.csv", "data");`, "tf", true},
		{`tf = endsWith('data.csv', '.txt');`, "tf", false},
	})
}

func TestScan(t *testing.T) {
	runCases(t, []evalCase{
		{`x = sscanf('1 2 3', '%d');`, "x", []float64{1, 2, 3}},
		{`x = sscanf('3.5, 4.5', '%f,');`, "x", []float64{3.5, 4.5}},
		{`s = sscanf('hello world', '%s');`, "s", "helloworld"},
		{`[x, n] = sscanf('10 abc', '%d');`, "n", []float64{1}},
		{`x = sscanf('1 2 3 4', '%d', [2 2]);`, "x", []float64{1, 2, 3, 4}},
	})
}
