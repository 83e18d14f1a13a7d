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
		{`x = regexp('abc', '(?=b)', 'start');`, "x", []float64{}},
		{`x = regexp('abc', '(?=b)', 'start', 'emptymatch');`, "x", []float64{2}},
		{`m = regexp('abab', '(ab)\1', 'match'); s = m{1};`, "s", "abab"},
		{`x = regexp('abc', '(??x)');`, "error", "dynamic expression"},
		{`x = regexp('abc', 'a{2');`, "x", []float64{}},
		{`x = regexp('abc', '(a');`, "error", "missing closing )"},
		{`x = regexp('abc', 'a)');`, "error", "unexpected )"},
		{`x = regexp('abc', '[a');`, "error", "missing closing ]"},
		{`x = regexp('abc', '**');`, "error", "missing argument to repetition operator"},
		{`x = regexp('abc', 'a**');`, "error", "invalid nested repetition operator"},
		{`x = regexp('abc', '\2(a)');`, "error", "nonexistent token"},
		{`x = regexp('abc', '\k<x>(a)');`, "error", "nonexistent token"},
		{`x = regexp('abc', '(?<n>a)(?<n>b)');`, "error", "duplicate token name"},
		{`x = regexp('abc', '\q');`, "error", "invalid escape"},
		{`x = regexp('abc', 'a{1001}');`, "error", "invalid repeat count"},
		{`x = regexp(repmat('a', 1, 40), '(a|aa)+(?=b)');`, "error", "backtracks too much"},
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

// TestRegexpNestedTokens checks MATLAB's token rule on both engines: only
// the outermost groups are tokens, for tokens, tokenExtents, names and $N,
// and a token that takes no part is a 0-by-0 char.
func TestRegexpNestedTokens(t *testing.T) {
	runCases(t, []evalCase{
		{`t = regexp('andrew', 'and(y|rew)', 'tokens', 'once'); s = t{1};`, "s", "rew"},
		{`t = regexp('andrew', '(and(y|rew))', 'tokens', 'once'); n = numel(t);`, "n", []float64{1}},
		{`t = regexp('andrew', '(and(y|rew))', 'tokens', 'once'); s = t{1};`, "s", "andrew"},
		{`t = regexp('andrew', '(and(y|rew))(?=$)', 'tokens', 'once'); s = [t{:}];`, "s", "andrew"},
		{`t = regexp('abcd', '(a(b)c)(d)', 'tokens'); s = [t{1}{:}];`, "s", "abcd"},
		{`t = regexp('abcd', '(a(b)c)\1?(d)', 'tokens'); n = numel(t{1});`, "n", []float64{2}},
		{`x = regexp('xandrew', '(and(y|rew))', 'tokenExtents', 'once');`, "x", []float64{2, 7}},
		{`x = regexp('xandrew', '(?<=x)(and(y|rew))', 'tokenExtents', 'once');`, "x", []float64{2, 7}},
		{`n = regexp('xy', '(?<o>x(?<i>y))', 'names'); k = numel(fieldnames(n));`, "k", []float64{1}},
		{`n = regexp('xy', '(x(?<i>y))', 'names'); k = numel(fieldnames(n));`, "k", []float64{0}},
		{`s = regexprep('abcd', '(a(b)c)(d)', '$2-$1');`, "s", "d-abc"},
		{`s = regexprep('abcd', '(a(b)c)(?=d)(d)', '$2$1$3');`, "s", "dabc"},
		{`s = regexprep('xy', '(?<o>x(?<i>y))', '[$<o>|$<i>]');`, "s", "[xy|]"},
		{`s = regexprep('ab', '(a)(b)', '$0$2$1');`, "s", "abba"},
		{`t = regexp('ab', '(x)?(a)', 'tokens', 'once'); z = size(t{1});`, "z", []float64{0, 0}},
		{`t = regexp('ab', '(x)?(a)(?=b)', 'tokens', 'once'); z = size(t{1});`, "z", []float64{0, 0}},
		{`t = regexp('abc', '(\w)+', 'tokens', 'once'); s = t{1};`, "s", "c"},
	})
}

// TestRegexpBacktrack checks the features of the backtracking engine
// against MATLAB's documentation.
func TestRegexpBacktrack(t *testing.T) {
	poe := `poe = ['While I nodded, nearly napping, ' 'suddenly there came a tapping,']; `
	runCases(t, []evalCase{
		// Tokens in Regular Expressions: doubled letters.
		{poe + `m = regexp(poe, '(\S)\1', 'match'); s = [m{:}];`, "s", "ddppddpp"},
		{poe + `e = regexp(poe, '(\S)\1', 'tokenExtents'); x = cat(1, e{:});`, "x", []float64{11, 26, 35, 57, 11, 26, 35, 57}},
		{`m = regexp('<!c><a name="7"></a><b>Default</b>', '<(\w+).*?>.*?</\1>', 'match'); s = m{2};`, "s", "<b>Default</b>"},
		{`n = regexp('<title>Some text</title>', '<(?<tag>\w+).*>.*</\k<tag>>', 'names'); s = n.tag;`, "s", "title"},
		// Lookaround assertions.
		{`m = regexp('Flying, not falling.', '\w*(?=ing)', 'match'); s = strjoin(m, ',');`, "s", "Fly,fall"},
		{`x = regexp('the ring is mine', 'i(?!ng)');`, "x", []float64{10, 14}},
		{`m = regexp('renew, reuse, recycle', '(?<=re)\w*', 'match'); s = strjoin(m, ',');`, "s", "new,use,cycle"},
		{`m = regexp('1 22 3 444 5', '(?<!\d)(\d)(?!\d)', 'match'); s = [m{:}];`, "s", "135"},
		{`m = regexp('abcdei', '(?=[a-z])[^aeiou]', 'match'); s = [m{:}];`, "s", "bcd"},
		{`m = regexp('abcdei', '(?![aeiou])[a-z]', 'match'); s = [m{:}];`, "s", "bcd"},
		{`x = regexp('ab12ab3', '(?<=[a-z]+)\d');`, "x", []float64{3, 7}},
		// Atomic groups and possessive quantifiers.
		{`n = numel(regexp('AtoZ', 'A(?>.*)Z', 'match'));`, "n", []float64{0}},
		{`n = numel(regexp('AtoZ', 'A(?:.*)Z', 'match'));`, "n", []float64{1}},
		{`n = numel(regexp('aaa', 'a++a', 'match'));`, "n", []float64{0}},
		{`m = regexp('aaab', 'a*+b', 'match'); s = m{1};`, "s", "aaab"},
		{`m = regexp('"a" "b"', '"[^"]*+"', 'match'); s = [m{:}];`, "s", `"a""b"`},
		// Conditionals.
		{`m = regexp('Mrs. Smith and her dog; Mr. Smith and his cat', 'Mr(s?)\..*?(?(1)her|his) \w*', 'match'); s = strjoin(m, '|');`, "s", "Mrs. Smith and her dog|Mr. Smith and his cat"},
		{`m = regexp('Mrs. Jones and her cat', 'Mr(?<sex>s?)\..*?(?(sex)her|his) \w*', 'match'); s = m{1};`, "s", "Mrs. Jones and her cat"},
		{`m = regexp('a1 b1 a2', '(?(?=a)a\d|b)', 'match'); s = [m{:}];`, "s", "a1ba2"},
		// Word anchors and mode modifiers.
		{`m = regexp('nine nonce now ONE', '\<n\w*', 'match'); s = strjoin(m, ',');`, "s", "nine,nonce,now"},
		{`m = regexp('one more time', '\w*e\>', 'match'); s = strjoin(m, ',');`, "s", "one,more,time"},
		{`x = regexp('abab', 'b\>');`, "x", []float64{4}},
		{`m = regexp('aA Aa', '(?i)(a)\1', 'match'); s = strjoin(m, ',');`, "s", "aA,Aa"},
		{`m = regexp('aA aa', '(a)(?i:\1)', 'match'); s = strjoin(m, ',');`, "s", "aA,aa"},
		{`m = regexp(sprintf('ab\nab'), '(?m)^(a)(?=b)', 'match'); n = numel(m);`, "n", []float64{2}},
		{`m = regexp(sprintf('a\nb'), '(?-s)(a).(?<=a)', 'match'); n = numel(m);`, "n", []float64{0}},
		{`m = regexp(sprintf('ab\nab'), '(a)(?=b)$', 'match', 'lineanchors'); n = numel(m);`, "n", []float64{0}},
		{`m = regexp(sprintf('a\nb'), 'a.(?<=b)', 'match', 'dotexceptnewline'); n = numel(m);`, "n", []float64{0}},
		{`m = regexp('ABAB', '(ab)\1', 'match', 'ignorecase'); s = m{1};`, "s", "ABAB"},
		{`m = regexpi('xYy', '(y)\1', 'match'); s = m{1};`, "s", "Yy"},
		{`m = regexp('ab ab', '(?x) (a b) \s \1 # repeated', 'match'); s = m{1};`, "s", "ab ab"},
		{`m = regexp('ab ab', '(a b)\s\1', 'match', 'freespacing'); n = numel(m);`, "n", []float64{1}},
		{`m = regexp('ab ab', '(a b)\s\1', 'match'); n = numel(m);`, "n", []float64{0}},
		{`m = regexp('ab ab', '(ab)\s\1(?#comment)', 'match'); s = m{1};`, "s", "ab ab"},
		// Escapes and classes.
		{`m = regexp(sprintf('x\ty\ty'), '(\t)y\1', 'match'); n = numel(m{1});`, "n", []float64{3}},
		{`m = regexp('AA BB', '(\x41)\1', 'match'); s = m{1};`, "s", "AA"},
		{`m = regexp('AA BB', '(\o102)\1', 'match'); s = m{1};`, "s", "BB"},
		{`m = regexp('a.a a*a', '([.*])(?=a)', 'match'); s = [m{:}];`, "s", ".*"},
		{`m = regexp('a1b22c333', '(\d)\1+', 'match'); s = strjoin(m, ',');`, "s", "22,333"},
		{`m = regexp('x-y_z', '[\W_](?=\w)', 'match'); s = [m{:}];`, "s", "-_"},
		// Tokens that do not take part, positions in characters.
		{`t = regexp('ac', '(a)(b)?(?=c)', 'tokens'); s = t{1}{2}; n = numel(t{1});`, "n", []float64{2}},
		{`e = regexp('ac', '(a)(b)?(?=c)', 'tokenExtents'); x = e{1};`, "x", []float64{1, 1, 1, 0}},
		{`x = regexp('héé hé', '(é)\1');`, "x", []float64{2}},
		{`[s, e] = regexp('€€ ab', '(?<=\s)(a)');`, "e", []float64{4}},
		// regexprep with the backtracking engine.
		{`s = regexprep('hello  world', '(\s)\1+', '$1');`, "s", "hello world"},
		{`s = regexprep('price: 100 dollars', '\d+(?= dollars)', '<$0>');`, "s", "price: <100> dollars"},
		{`s = regexprep('aaa bbb', '(?<c>\w)\k<c>+', '$<c>');`, "s", "a b"},
		{`s = regexprep('abab', '(?<=a)b', 'X', 'once');`, "s", "aXab"},
		{`s = regexprep('abab', '(?<=a)b', 'X', 2);`, "s", "abaX"},
	})
}
