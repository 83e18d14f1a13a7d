package display

import (
	"math"
	"testing"

	"gomat/lang/value"
)

func TestSummary(t *testing.T) {
	cases := []struct {
		v    value.Value
		f    Format
		want string
	}{
		{row(1, 2, 3), short, "[1 2 3]"},
		{mat(3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9), short, "[3×3 double]"},
		{value.Str("abc"), short, "'abc'"},
		{value.Str(""), short, "''"},
		{chars("ab", "cd"), short, "[2×2 char]"},
		{cells(value.Dims{1, 2}, num(1), num(2)), short, "{1×2 cell}"},
		{cells(value.Dims{0, 0}), short, "{}"},
		{structOf("a", num(1)), short, "[1×1 struct]"},
		{structArr(value.Dims{1, 3}, "a"), short, "[1×3 struct]"},
		{fn("@(x)x+1"), short, "@(x)x+1"},
		{fn("sin"), short, "@sin"},
		{missing(), short, "<missing>"},
		{value.String("str"), short, `"str"`},
		{strs(value.Dims{1, 2}, "a", "b"), short, "[1×2 string]"},
		{arr(value.Int8, value.Dims{2, 2}, 1, 2, 3, 4), short, "[2×2 int8]"},
		{arr(value.Int8, value.Dims{1, 3}, 1, -2, 3), short, "[1 -2 3]"},
		{arr(value.Uint16, value.Dims{1, 1}, 7), short, "7"},
		{value.Empty(), short, "[]"},
		{arr(value.Double, value.Dims{0, 3}), short, "[0×3 double]"},
		{arr(value.Logical, value.Dims{0, 0}), short, "[0×0 logical]"},
		{row(seq(1, 30, 1)...), short, "[1×30 double]"},
		{row(seq(1, 10, 1)...), short, "[1 2 3 4 5 6 7 8 9 10]"},
		{col(1, 2), short, "[2×1 double]"},
		{row(1.5, 2.25), short, "[1.5000 2.2500]"},
		{row(1, 1.5), short, "[1 1.5000]"},
		{num(1.5), short, "1.5000"},
		{num(-2), short, "-2"},
		{num(123456.7), short, "1.2346e+05"},
		{num(math.NaN()), short, "NaN"},
		{num(math.Pi), long, "3.141592653589793"},
		{value.Bool(true), short, "1"},
		{arr(value.Logical, value.Dims{1, 3}, 1, 0, 1), short, "[1 0 1]"},
		{value.Complex(1, 2), short, "1.0000 + 2.0000i"},
		{cplx(value.Dims{1, 2}, []float64{1, 2}, []float64{1, 1}), short, "[1×2 double]"},
		{single(float64(float32(math.Pi))), short, "3.1416"},
		{value.FromRef(plainObj{}), short, "[1×1 Widget]"},
		{arr(value.Double, value.Dims{2, 2, 2}, 1, 2, 3, 4, 5, 6, 7, 8), short, "[2×2×2 double]"},
		{value.Value{}, short, "[]"},
	}
	for _, c := range cases {
		if got := Summary(c.v, c.f); got != c.want {
			t.Errorf("Summary(%v) = %q, want %q", c.want, got, c.want)
		}
	}
}

func TestFormatScalar(t *testing.T) {
	cases := []struct {
		x      float64
		single bool
		f      Format
		want   string
	}{
		{5, false, short, "5"},
		{0.5, false, short, "0.5000"},
		{1e-4, false, short, "1.0000e-04"},
		{math.Inf(-1), false, short, "-Inf"},
		{math.Pi, false, shortE, "3.1416e+00"},
		{math.Pi, false, shortG, "3.1416"},
		{math.Pi, false, longG, "3.14159265358979"},
		{float64(float32(math.Pi)), true, long, "3.1415927"},
		{float64(float32(math.Pi)), true, longG, "3.141593"},
		{1234.5, false, shortEng, "1.2345e+003"},
	}
	for _, c := range cases {
		if got := FormatScalar(c.x, c.single, c.f); got != c.want {
			t.Errorf("FormatScalar(%v, %v, %v) = %q, want %q", c.x, c.single, c.f.Style, got, c.want)
		}
	}
	if got := FormatComplex(3, -4, false, short); got != "3.0000 - 4.0000i" {
		t.Errorf("FormatComplex = %q", got)
	}
}
