package builtins

import (
	"math"
	"testing"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func TestNewTextFuncsC(t *testing.T) {
	runCases(t, []evalCase{
		{"n = strlength('abc');", "n", []float64{3}},
		{"n = strlength({'ab', ''; 'c', 'def'});", "n", []float64{2, 1, 0, 3}},
		{"n = strlength(['ab'; 'cd']);", "error", "Input must be a string array"},
		{"t = isletter(['a1'; 'B ']);", "t", []float64{1, 1, 0, 0}},
		{"t = isletter(65);", "t", []float64{0}},
		{"t = isstrprop('aB3 ', 'upper');", "t", []float64{0, 1, 0, 0}},
		{"t = isstrprop('aF9g', 'xdigit');", "t", []float64{1, 1, 1, 0}},
		{"t = isstrprop('a,$ ', 'punct');", "t", []float64{0, 1, 1, 0}},
		{"t = isstrprop(['a b'; 'c d'], 'graphic');", "t", []float64{1, 1, 0, 0, 1, 1}},
		{"t = isstrprop(sprintf('a\\tb'), 'cntrl');", "t", []float64{0, 1, 0}},
		{"t = isstrprop(' x', 'print');", "t", []float64{1, 1}},
		{"t = isstrprop([72 49], 'alphanum');", "t", []float64{1, 1}},
		{"c = isstrprop({'a1', 'b'}, 'digit'); t = c{1};", "t", []float64{0, 1}},
		{"c = isstrprop('a1', 'digit', 'ForceCellOutput', true); ok = iscell(c) && isequal(c{1}, [false true]);", "ok", true},
		{"isstrprop('a', 'vowel')", "error", "Category 'vowel' is not valid"},
		{"s = erase('abcabc', {'b', 'bc'});", "s", "aa"},
		{"s = erase(\"aXbX\", 'X');", "s", "ab"},
		{"n = count({'aaaa', 'ab'}, 'aa');", "n", []float64{2, 0}},
		{"n = count('AbAB', {'ab'}, 'IgnoreCase', true);", "n", []float64{2}},
		{"s = insertAfter('abcb', 'b', '-');", "s", "ab-cb-"},
		{"s = insertBefore('abc', 'c', '-');", "s", "ab-c"},
		{"s = insertAfter('abc', 0, '-');", "s", "-abc"},
		{"s = insertBefore('abc', 4, '-');", "s", "abc-"},
		{"insertAfter('abc', 4, '-')", "error", "Numeric position exceeds the number of characters."},
		{"insertBefore('abc', 0, '-')", "error", "Numeric position exceeds the number of characters."},
		{"s = reverse('abc');", "s", "cba"},
		{"s = strjust('  ab ', 'left');", "s", "ab   "},
		{"s = strjust('ab  ');", "s", "  ab"},
		{"s = strjust(' ab    ', 'center');", "s", "  ab   "},
		{"strjust('a', 'top')", "error", "Justification must be"},
		{"s = regexptranslate('escape', 'a+(b)|[c]{1}^$');", "s", `a\+\(b\)\|\[c\]\{1\}\^\$`},
		{"s = regexptranslate('wildcard', 'f?le*.m');", "s", `f.le.*\.m`},
		{"s = regexptranslate('wildcard', {'*.m'}); s = s{1};", "s", `.*\.m`},
		{"s = validatestring('RED', {'red', 'green'});", "s", "red"},
		{"s = validatestring('r', {'red', 'green'}, 'f', 'color', 3);", "s", "red"},
		{"validatestring('b', {'red', 'green'})", "error", "The input, 'b', did not match any of the valid values."},
		{"validatestring('b', {'red'}, 2)", "error", "Expected input number 2 to match one of these values:\n\n'red'\n\n"},
		{"validatestring('b', {'red'}, 'f', 'color')", "error", "Expected color to match"},
		{"validatestring(5, {'red'})", "error", "Instead its type was double."},
		{"s = dec2base(0, 2);", "s", "0"},
		{"s = dec2base(255, 16, 4);", "s", "00FF"},
		{"s = dec2base(35, 36);", "s", "Z"},
		{"dec2base(2.5, 10)", "error", "nonnegative integers"},
		{"dec2base(3, 37)", "error", "Base must be an integer between 2 and 36."},
		{"dec2base(3, 'aa')", "error", "Symbols must be unique"},
		{"d = base2dec(['ff'; ' 1'], 16);", "d", []float64{255, 1}},
		{"d = base2dec({'z'}, 36);", "d", []float64{35}},
		{"base2dec('12', 2)", "error", "digits valid in base 2"},
	})
}

func TestStrlengthMissing(t *testing.T) {
	sa := value.NewStringArray(value.Dims{1, 2}, []string{"abc", ""})
	sa.Missing = []bool{false, true}
	out, err := biStrlength(&interp.Call{Args: []value.Value{value.FromRef(sa)}})
	if err != nil {
		t.Fatal(err)
	}
	xs, _ := value.ToFloat64(out[0])
	if len(xs) != 2 || xs[0] != 3 || !math.IsNaN(xs[1]) {
		t.Errorf("strlength = %v, want [3 NaN]", xs)
	}
}

func TestCelldisp(t *testing.T) {
	_, out, err := runSource(t, "C = {'a', {[]}};\ncelldisp(C)\ncelldisp({2}, 'x')")
	if err != nil {
		t.Fatal(err)
	}
	want := " \nC{1} =\n \na\n \n \nC{2}{1} =\n \n     []\n \n \nx{1} =\n \n     2\n\n \n"
	if out != want {
		t.Errorf("celldisp printed %q, want %q", out, want)
	}
}
