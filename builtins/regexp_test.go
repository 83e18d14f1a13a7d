package builtins

import "testing"

func TestRegexp(t *testing.T) {
	runCases(t, []evalCase{
		{`m = regexp('ab12cd345', '\d+', 'match'); s = [m{:}];`, "s", "12345"},
		{`[s, e] = regexp('ab12cd345', '\d+');`, "s", []float64{3, 7}},
		{`[s, e] = regexp('ab12cd345', '\d+');`, "e", []float64{4, 9}},
		{`t = regexp('k1=v1', '(\w+)=(\w+)', 'tokens'); s = t{1}{2};`, "s", "v1"},
		{`n = regexp('2024-03', '(?<y>\d+)-(?<m>\d+)', 'names'); s = n.m;`, "s", "03"},
		{`m = regexp('aXbXc', 'X', 'split'); s = [m{:}];`, "s", "abc"},
		{`m = regexp('abc123', '\d', 'match', 'once');`, "m", "1"},
		{`m = regexp('abc', '\d', 'match', 'once'); n = numel(m);`, "n", []float64{0}},
		{`m = regexpi('ABC', 'b', 'match'); s = m{1};`, "s", "B"},
		{`m = regexp('aaa', 'a*?', 'match'); n = numel(m);`, "n", []float64{0}},
		{`m = regexp('<a><b>', '<.*?>', 'match'); n = numel(m);`, "n", []float64{2}},
		{`m = regexp(sprintf('a\nb'), 'a.b', 'match'); n = numel(m);`, "n", []float64{1}},
		{`c = regexp({'a1','b22'}, '\d+', 'match'); s = c{2}{1};`, "s", "22"},
		{`[tok, mat] = regexp('x=1', '(\w)=(\d)', 'tokens', 'match'); s = mat{1};`, "s", "x=1"},
		{`x = regexp('abc', '(?=b)', 'match');`, "error", "lookahead (?=...) is not supported."},
		{`x = regexp('abab', '(ab)\1', 'match');`, "error", "backreference"},
	})
}

func TestRegexprep(t *testing.T) {
	runCases(t, []evalCase{
		{`s = regexprep('hello world', 'o', '0');`, "s", "hell0 w0rld"},
		{`s = regexprep('abc', '(a)(b)', '$2$1');`, "s", "bac"},
		{`s = regexprep('aaa', 'a', 'b', 'once');`, "s", "baa"},
		{`s = regexprep('Hello', 'hello', 'bye', 'ignorecase');`, "s", "bye"},
		{`s = regexprep('a b', '\s', '\n');`, "s", "a\nb"},
		{`s = regexprep('cost', 't', '$$');`, "s", "cos$$"},
		{`c = regexprep({'a1', 'b2'}, '\d', ''); s = [c{:}];`, "s", "ab"},
		{`s = regexprep('abc', {'a', 'b'}, {'1', '2'});`, "s", "12c"},
		{`s = regexprep('2024-03', '(?<y>\d+)-(?<m>\d+)', '$<m>/$<y>');`, "s", "03/2024"},
	})
}
