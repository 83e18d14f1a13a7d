package value

import (
	"math"
	"testing"
)

func TestRangeValues(t *testing.T) {
	row := func(xs ...float64) Value { return opArr(Double, Dims{1, len(xs)}, xs...) }
	cases := []opCase{
		{"1:5", func() (Value, error) { return Range(Num(1), Num(1), Num(5)) }, row(1, 2, 3, 4, 5), ""},
		{"1:0", func() (Value, error) { return Range(Num(1), Num(1), Num(0)) }, opArr(Double, Dims{1, 0}), ""},
		{"10:-3:1", func() (Value, error) { return Range(Num(10), Num(-3), Num(1)) }, row(10, 7, 4, 1), ""},
		{"1:0.5:2.9", func() (Value, error) { return Range(Num(1), Num(0.5), Num(2.9)) }, row(1, 1.5, 2, 2.5), ""},
		{"1:2:6", func() (Value, error) { return Range(Num(1), Num(2), Num(6)) }, row(1, 3, 5), ""},
		{"-3:2:3", func() (Value, error) { return Range(Num(-3), Num(2), Num(3)) }, row(-3, -1, 1, 3), ""},
		{"1:3.7", func() (Value, error) { return Range(Num(1), Num(1), Num(3.7)) }, row(1, 2, 3), ""},
		{"5:5", func() (Value, error) { return Range(Num(5), Num(1), Num(5)) }, Num(5), ""},
		{"zero step", func() (Value, error) { return Range(Num(1), Num(0), Num(5)) }, opArr(Double, Dims{1, 0}), ""},
		{"wrong direction", func() (Value, error) { return Range(Num(5), Num(1), Num(1)) }, opArr(Double, Dims{1, 0}), ""},
		{"nan", func() (Value, error) { return Range(Num(1), Num(1), Num(math.NaN())) }, Num(math.NaN()), ""},
		{"empty operand", func() (Value, error) { return Range(Empty(), Num(1), Num(3)) }, opArr(Double, Dims{1, 0}), ""},
		{"vector operand", func() (Value, error) { return Range(row(2, 9), Num(1), Num(4)) }, row(2, 3, 4), ""},
		{"int8", func() (Value, error) { return Range(Scalar(Int8, 1), Num(1), Num(3)) }, opArr(Int8, Dims{1, 3}, 1, 2, 3), ""},
		{"int8 step rounds", func() (Value, error) { return Range(Scalar(Int8, 1), Num(0.6), Num(3)) }, opArr(Int8, Dims{1, 3}, 1, 2, 3), ""},
		{"uint8 saturated stop", func() (Value, error) { return Range(Num(250), Num(2), Scalar(Uint8, 300)) },
			opArr(Uint8, Dims{1, 3}, 250, 252, 254), ""},
		{"mixed ints", func() (Value, error) { return Range(Scalar(Int8, 1), Num(1), Scalar(Int16, 3)) }, Value{},
			"Colon operands must be all the same type, or mixed with real double scalar values."},
		{"char", func() (Value, error) { return Range(Str("a"), Num(1), Str("e")) }, Str("abcde"), ""},
		{"char half steps", func() (Value, error) { return Range(Str("a"), Num(0.5), Str("b")) },
			opArr(Char, Dims{1, 3}, 'a', 'b', 'b'), ""},
		{"char and double", func() (Value, error) { return Range(Str("a"), Num(1), Num(99)) }, row(97, 98, 99), ""},
		{"logical", func() (Value, error) { return Range(Bool(true), Num(1), Num(3)) }, row(1, 2, 3), ""},
		{"single", func() (Value, error) { return Range(Scalar(Single, 0), Num(0.25), Num(1)) },
			opArr(Single, Dims{1, 5}, 0, 0.25, 0.5, 0.75, 1), ""},
		{"cell", func() (Value, error) { return Range(FromRef(NewCell(Dims{1, 1})), Num(1), Num(2)) }, Value{},
			"Operator ':' is not supported for operands of type 'cell'."},
		{"too long", func() (Value, error) { return Range(Num(1), Num(1), Num(math.Inf(1))) }, Value{},
			"Maximum variable size allowed by the program is exceeded."},
	}
	runOpCases(t, cases)
}

func TestRangeFloatingPoint(t *testing.T) {
	v, err := Range(Num(0), Num(0.1), Num(1))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := v.Array()
	if len(a.Re) != 11 || a.Re[10] != 1 || a.Re[0] != 0 || a.Re[5] != 0.5 {
		t.Fatalf("0:0.1:1 = %v", a.Re)
	}
	if a.Re[3] != 0.30000000000000004 || a.Re[7] != 1-3*0.1 {
		t.Errorf("0:0.1:1 is not computed from both ends: %v", a.Re)
	}
	for _, c := range []struct {
		a, d, b float64
		n       int
	}{
		{0, 0.1, 1, 11}, {0, 0.1, 0.3, 4}, {1, 0.2, 2, 6}, {0, 1.0 / 3, 1, 4}, {0, 0.01, 1, 101},
		{-1, 0.1, 1, 21}, {1, -0.1, 0, 11}, {0, 0.7, 2.1, 4}, {0, 0.1, 0.29999, 3},
		{1, 1, 0, 0}, {0, 0, 1, 0}, {1e15, 1, 1e15 + 3, 4}, {0.5, 1, 3, 3},
	} {
		n := RangeCount(c.a, c.d, c.b)
		if n != c.n {
			t.Errorf("RangeCount(%v,%v,%v) = %d, want %d", c.a, c.d, c.b, n, c.n)
			continue
		}
		v, err := Range(Num(c.a), Num(c.d), Num(c.b))
		if err != nil {
			t.Fatal(err)
		}
		a, _ := v.Array()
		if len(a.Re) != n {
			t.Errorf("Range(%v,%v,%v) has %d elements, want %d", c.a, c.d, c.b, len(a.Re), n)
			continue
		}
		for i := range n {
			if at := RangeAt(c.a, c.d, c.b, n, i); at != a.Re[i] {
				t.Errorf("RangeAt(%v,%v,%v,%d) = %v, Range has %v", c.a, c.d, c.b, i, at, a.Re[i])
			}
		}
		if n > 1 && c.b-c.a == float64(n-1)*c.d && a.Re[n-1] != c.b {
			t.Errorf("Range(%v,%v,%v) ends at %v", c.a, c.d, c.b, a.Re[n-1])
		}
	}
	if RangeCount(1, 1, math.NaN()) != 1 || !math.IsNaN(RangeAt(1, 1, math.NaN(), 1, 0)) {
		t.Error("NaN range")
	}
	if RangeCount(1, 1, math.Inf(1)) < 1<<40 || RangeAt(1, 1, math.Inf(1), RangeCount(1, 1, math.Inf(1)), 5) != 6 {
		t.Error("infinite range")
	}
	v, _ = Range(Scalar(Single, 0), Num(0.1), Num(1))
	if a, _ := v.Array(); len(a.Re) != 11 || a.Re[10] != 1 || a.class != Single {
		t.Errorf("single 0:0.1:1 = %v", a.Re)
	}
}
