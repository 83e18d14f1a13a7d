package builtins

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// bothEngines compiles a pattern for Go's regexp and, forcibly, for the
// backtracking engine; ok is false when the pattern is not valid MATLAB
// or needs backtracking.
func bothEngines(pattern string, f reFlags) (re2 *regexp.Regexp, bt *reBacktrack, ok bool) {
	t, err := parseRegexp(pattern, f)
	if err != nil || t.backtrack != "" {
		return nil, nil, false
	}

	var sb strings.Builder
	re2Syntax(&sb, t)
	re2, err = regexp.Compile(sb.String())
	if err != nil {
		return nil, nil, false
	}
	bt, err = newBacktrack(t)
	return re2, bt, err == nil
}

// compareEngines reports where the two engines disagree on text.
func compareEngines(re2 *regexp.Regexp, bt *reBacktrack, text string) string {
	want := re2.FindAllStringSubmatchIndex(text, -1)
	got, err := bt.findAll(text)
	if err != nil {
		return err.Error()
	}
	if len(want) == 0 && len(got) == 0 {
		return ""
	}
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		return fmt.Sprintf("backtracking %v, RE2 (%s) %v", got, re2, want)
	}
	return ""
}

// TestRegexpEngineDifferential runs patterns that both engines support
// and checks that the backtracking engine finds what RE2 finds.
func TestRegexpEngineDifferential(t *testing.T) {
	patterns := []string{
		`a`, `abc`, `a*`, `a+`, `a?`, `a*?`, `a+?`, `a??`, `a{2}`, `a{2,}`, `a{1,3}`, `a{0,2}?`, `a{2,}?`,
		`.`, `.*`, `.+?b`, `(?-s).*`, `[abc]+`, `[^abc]+`, `[a-c]*x`, `[]a]`, `[^]a]`, `[a-]`, `[\w.]+`, `[\W]`,
		`\w+`, `\W+`, `\d+`, `\D`, `\s+`, `\S+`, `[\s\d]+`, `[^\s]+`, `[[:alpha:]]+`, `[[:^digit:]]+`,
		`(a)(b)?`, `(a|ab)(c|bcd)(d*)`, `(a+)(b+)?`, `(?:ab)+`, `(a*)+b`, `(a|b)*c`, `((a)|b)+`, `(a*)*`, `(a*|b)*`, `(a?)*?c`,
		`^a`, `a$`, `^$`, `(?m)^\w+$`, `(?m)^`, `(?m)$`, `\bab\b`, `\Bb\B`, `\Aa`, `a\z`,
		`(?i)abc`, `(?i)[a-c]+`, `(?i)[^a]`, `(?i)\W`, `a(?i)b|c`, `(?i:a)b`, `(?x) a b # comment`, `(?x)[ ]a`,
		`(?<word>\w+)\s(?<num>\d+)`, `x*`, `\x41`, `\x{263a}`, `\o101`, `\o{101}`, `\t\n`, `\.\*\+`, `a(?#comment)b`,
		`(a|b|c|d)+?d`, `(?:a|(b))+`, `(\d+)-(\d+)|(\w+)`, `colou?r`, `[0-9]{2,4}`, `é+`, `[à-ÿ]+`, `(?s).`, `\pL+`, `\p{Greek}+`,
	}
	texts := []string{
		"", "a", "aaa", "abc", "abcabc", "ab abc\nabd", "aabbcc", "xaaay", "b", "ba", "ac", "abcd", "abbbcd",
		"ABC abc AbC", "hello world 42", "word 123 other 4", "line1\nline2\n", "\n\n", "a.b*c+", "\t\n",
		"colour color colr", "12 1234 123456", "résumé été", "αβγ abc", "Kk\u212a", "\u263a\u263a", "aaaa c", "dddabcd",
	}
	for _, p := range patterns {
		for _, f := range []reFlags{{dotNL: true}, {fold: true, multi: true}} {
			re2, bt, ok := bothEngines(p, f)
			if !ok {
				t.Errorf("%q: does not compile for both engines", p)
				continue
			}
			for _, s := range texts {
				if d := compareEngines(re2, bt, s); d != "" {
					t.Errorf("%q on %q (flags %+v): %s", p, s, f, d)
				}
			}
		}
	}
}

// fuzzFlags turns a fuzz byte into matching modes.
func fuzzFlags(mode uint8) reFlags {
	return reFlags{fold: mode&1 != 0, multi: mode&2 != 0, dotNL: mode&4 == 0, free: mode&8 != 0}
}

// FuzzRegexpEngine checks that the backtracking engine agrees with RE2 on
// the patterns both support, that its matches are ordered and lie on
// character boundaries for the patterns only it supports, and that no
// pattern or text makes it panic. Its seeds are in
// testdata/fuzz/FuzzRegexpEngine.
func FuzzRegexpEngine(f *testing.F) {
	f.Fuzz(func(t *testing.T, pattern, text string, mode uint8) {
		if len(pattern) > 64 || len(text) > 256 {
			return
		}
		tree, err := parseRegexp(pattern, fuzzFlags(mode))
		if err != nil {
			return
		}
		if tree.backtrack == "" {
			if re2, bt, ok := bothEngines(pattern, fuzzFlags(mode)); ok {
				if d := compareEngines(re2, bt, text); d != "" {
					t.Errorf("%q on %q: %s", pattern, text, d)
				}
			}
			return
		}
		bt, err := newBacktrack(tree)
		if err != nil {
			return
		}
		ms, err := bt.findAll(text)
		if err != nil {
			return
		}
		prev := 0
		for _, m := range ms {
			if len(m) != 2*(tree.ngroups+1) || m[0] < prev || m[1] < m[0] {
				t.Fatalf("%q on %q: bad match %v after %d", pattern, text, m, prev)
			}
			for _, x := range m {
				if x < -1 || x > len(text) || x >= 0 && x < len(text) && utf8.ValidString(text) && !utf8.RuneStart(text[x]) {
					t.Fatalf("%q on %q: offset %d of %v is not a character boundary", pattern, text, x, m)
				}
			}
			prev = m[1]
		}
	})
}
