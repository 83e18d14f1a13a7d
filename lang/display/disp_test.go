package display

import (
	"math"
	"strings"
	"testing"

	"gomat/lang/value"
)

func TestDisp(t *testing.T) {
	cases := []struct {
		name string
		v    value.Value
		f    Format
		want string
	}{
		{"int scalar", num(5), short, "     5\n"},
		{"fraction", num(math.Pi), short, "    3.1416\n"},
		{"pi long", num(math.Pi), long, "   3.141592653589793\n"},
		{"matrix", mat(2, 2, 1, 2, 3, 4), short, "     1     2\n     3     4\n"},
		{"scale factor", row(1, 1000.5), short, "   1.0e+03 *\n\n    0.0010    1.0005\n"},
		{"scale factor compact", row(1, 1000.5), compact, "   1.0e+03 *\n    0.0010    1.0005\n"},
		{"empty", value.Empty(), short, ""},
		{"empty char", value.Str(""), short, ""},
		{"empty cell", cells(value.Dims{0, 0}), short, ""},
		{"char", value.Str("hi"), short, "hi\n"},
		{"char matrix", chars("ab", "cd"), short, "ab\ncd\n"},
		{"logical", value.Bool(true), short, "   1\n"},
		{"logical row", arr(value.Logical, value.Dims{1, 2}, 0, 1), short, "   0   1\n"},
		{"int8 row", arr(value.Int8, value.Dims{1, 2}, 1, 2), short, "   1   2\n"},
		{"string scalar", value.String("hi"), short, "hi\n"},
		{"string missing", missing(), short, "<missing>\n"},
		{"string row", strs(value.Dims{1, 2}, "a", "b"), short, "    \"a\"    \"b\"\n"},
		{"cell", cells(value.Dims{1, 2}, num(1), value.Str("a")), short, "    {[1]}    {'a'}\n"},
		{"struct", structOf("a", num(1), "abc", row(1, 2, 3)), short, "      a: 1\n    abc: [1 2 3]\n"},
		{"struct array", structArr(value.Dims{2, 1}, "a"), short, "  2×1 struct array with fields:\n\n    a\n"},
		{"function handle", fn("sin"), short, "    @sin\n"},
		{"complex", value.Complex(1, -2), short, "   1.0000 - 2.0000i\n"},
		{"object", value.FromRef(propObj{}), compact,
			"  MException with properties:\n    identifier: 'a:b'\n       message: 'oops'\n         cause: {}\n         stack: [0×1 struct]\n"},
		{"displayer", value.FromRef(customObj{}), short, "  categorical\n\n     red \n"},
		{"nd", arr(value.Double, value.Dims{1, 1, 2}, 1, 2), compact, "(:,:,1) =\n     1\n(:,:,2) =\n     2\n"},
		{"undefined", value.Value{}, short, ""},
	}
	for _, c := range cases {
		if got := disp(c.v, c.f, 80); got != c.want {
			t.Errorf("%s:\ngot:\n%q\nwant:\n%q", c.name, got, c.want)
		}
	}
}

func TestDispWraps(t *testing.T) {
	want := "  Columns 1 through 3\n\n     1     2     3\n\n  Column 4\n\n     4\n"
	if got := disp(row(1, 2, 3, 4), short, 20); got != want {
		t.Errorf("got:\n%q\nwant:\n%q", got, want)
	}
}

func TestDisplayUndefined(t *testing.T) {
	if got := display("x", value.Value{}, short, 80); got != "" {
		t.Errorf("got %q", got)
	}
}

func TestWidthDefault(t *testing.T) {
	// A width of 0 (unknown) wraps as an 80-column terminal.
	if a, b := display("x", row(seq(1, 20, 1)...), short, 0), display("x", row(seq(1, 20, 1)...), short, 80); a != b {
		t.Errorf("width 0:\n%s\nwidth 80:\n%s", a, b)
	}
}

func TestLargeMatrixLinear(t *testing.T) {
	n := 300
	data := make([]float64, n*n)
	for i := range data {
		data[i] = float64(i%997) + 0.5
	}
	out := display("x", value.Matrix(n, n, data), short, 80)
	// 38 chunks of 8 columns (the last of 4), each with n rows.
	if got := strings.Count(out, "5000\n"); got != 38*n {
		t.Errorf("row lines = %d, want %d", got, 38*n)
	}
}
