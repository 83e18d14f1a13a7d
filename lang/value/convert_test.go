package value

import (
	"math"
	"testing"
)

func TestIsTrue(t *testing.T) {
	cases := []struct {
		name string
		v    Value
		want bool
		err  string
	}{
		{"one", Num(1), true, ""},
		{"zero", Num(0), false, ""},
		{"true", Bool(true), true, ""},
		{"nan", Num(math.NaN()), false, "NaN's cannot be converted to logicals."},
		{"all nonzero", opArr(Double, Dims{1, 3}, 1, 2, -3), true, ""},
		{"some zero", opArr(Double, Dims{1, 3}, 1, 0, 3), false, ""},
		{"array nan", opArr(Double, Dims{1, 2}, 1, math.NaN()), false, "NaN's cannot be converted to logicals."},
		{"empty", Empty(), false, ""},
		{"char", Str("abc"), true, ""},
		{"empty char", Str(""), false, ""},
		{"int", Scalar(Uint8, 3), true, ""},
		{"complex real part zero", Complex(0, 1), false, ""},
		{"string", String("a"), false, "Conversion to logical from string is not possible."},
		{"cell", FromRef(NewCell(Dims{1, 1})), false, "Conversion to logical from cell is not possible."},
		{"struct", FromRef(NewStruct(Dims{1, 1}, nil)), false, "Conversion to logical from struct is not possible."},
		{"handle", FromRef(&Func{Name: "f"}), false, "Conversion to logical from function_handle is not possible."},
	}
	for _, c := range cases {
		got, err := IsTrue(c.v)
		switch {
		case c.err != "":
			if err == nil || err.Error() != c.err {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
		case err != nil || got != c.want:
			t.Errorf("%s: %v, %v; want %v", c.name, got, err, c.want)
		}
	}
}

func TestConvertTo(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	row := func(xs ...float64) Value { return opArr(Double, Dims{1, len(xs)}, xs...) }
	conv := func(v Value, c Class) func() (Value, error) { return func() (Value, error) { return ConvertTo(v, c) } }
	cases := []opCase{
		{"int8 rounding", conv(row(2.5, -2.5, 1.4, -1.6), Int8), opArr(Int8, Dims{1, 4}, 3, -3, 1, -2), ""},
		{"int8 saturation", conv(row(300, -300, inf, -inf), Int8), opArr(Int8, Dims{1, 4}, 127, -128, 127, -128), ""},
		{"uint8 nan", conv(row(nan, -1, 255.5), Uint8), opArr(Uint8, Dims{1, 3}, 0, 0, 255), ""},
		{"int32", conv(Num(2.5e9), Int32), Scalar(Int32, 2147483647), ""},
		{"uint16 from char", conv(Str("A"), Uint16), Scalar(Uint16, 65), ""},
		{"int16 from logical", conv(Bool(true), Int16), Scalar(Int16, 1), ""},
		{"int complex", conv(Complex(1.6, -2.5), Int8),
			FromRef(&Array{class: Int8, dims: Dims{1, 1}, Re: []float64{2}, Im: []float64{-3}}), ""},
		{"single", conv(Num(0.1), Single), Scalar(Single, float64(float32(0.1))), ""},
		{"single overflow", conv(Num(1e300), Single), Scalar(Single, inf), ""},
		{"double from int", conv(Scalar(Int8, -5), Double), Num(-5), ""},
		{"double from char", conv(Str("ab"), Double), row(97, 98), ""},
		{"double keeps complex", conv(Complex(1, 2), Double), Complex(1, 2), ""},
		{"logical", conv(row(0, 2, -1), Logical), opArr(Logical, Dims{1, 3}, 0, 1, 1), ""},
		{"logical nan", conv(row(1, nan), Logical), Value{}, "NaN's cannot be converted to logicals."},
		{"logical complex", conv(Complex(1, 1), Logical), Value{}, "Complex values cannot be converted to logicals."},
		{"char", conv(row(72, 105.4), Char), Str("Hi"), ""},
		{"char clamps", func() (Value, error) { return ConvertTo(row(-5, 70000, nan), Char) },
			opArr(Char, Dims{1, 3}, 0, 65535, 0), ""},
		{"char from complex", conv(Complex(65, 1), Char), Str("A"), ""},
		{"char from int", conv(Scalar(Uint8, 65), Char), Str("A"), ""},
		{"char from string", conv(String("hey"), Char), Str("hey"), ""},
		{"char from strings", conv(FromRef(NewStringArray(Dims{2, 1}, []string{"a", "bcd"})), Char),
			opArr(Char, Dims{2, 3}, 'a', 'b', ' ', 'c', ' ', 'd'), ""},
		{"char from cellstr", conv(FromRef(NewCellFrom(Dims{1, 2}, []Value{Str("ab"), Str("c")})), Char),
			opArr(Char, Dims{2, 2}, 'a', 'c', 'b', ' '), ""},
		{"double from string", conv(FromRef(NewStringArray(Dims{1, 3}, []string{"3.5", " 1e3 ", "abc"})), Double),
			row(3.5, 1000, nan), ""},
		{"double from string inf", conv(String("-Inf"), Double), Num(-inf), ""},
		{"single from string", conv(String("0.1"), Single), Scalar(Single, float64(float32(0.1))), ""},
		{"string from number", conv(row(1, 2.5), StringClass), FromRef(NewStringArray(Dims{1, 2}, []string{"1", "2.5"})), ""},
		{"string from char", conv(Str("abc"), StringClass), String("abc"), ""},
		{"string from cellstr", conv(FromRef(NewCellFrom(Dims{2, 1}, []Value{Str("ab"), Str("c")})), StringClass),
			FromRef(NewStringArray(Dims{2, 1}, []string{"ab", "c"})), ""},
		{"string copy", conv(String("x"), StringClass), String("x"), ""},
		{"int8 from string", conv(String("5"), Int8), Value{}, "Conversion to int8 from string is not possible."},
		{"logical from string", conv(String("5"), Logical), Value{}, "Conversion to logical from string is not possible."},
		{"double from cell", conv(FromRef(NewCell(Dims{1, 1})), Double), Value{}, "Conversion to double from cell is not possible."},
		{"char from cell of numbers", conv(FromRef(NewCellFrom(Dims{1, 1}, []Value{Num(1)})), Char), Value{},
			"Conversion to char from cell is not possible."},
		{"double from struct", conv(FromRef(NewStruct(Dims{1, 1}, nil)), Double), Value{}, "Conversion to double from struct is not possible."},
		{"cell from double", conv(Num(1), CellClass), Value{}, "Conversion to cell from double is not possible."},
	}
	runOpCases(t, cases)
}

func TestScalarAccessors(t *testing.T) {
	xs, err := ToFloat64(opArr(Int8, Dims{1, 2}, 1, -2))
	if err != nil || !opSameFloats(xs, []float64{1, -2}) {
		t.Errorf("ToFloat64 int8: %v %v", xs, err)
	}
	if xs, err := ToFloat64(Bool(true)); err != nil || !opSameFloats(xs, []float64{1}) {
		t.Errorf("ToFloat64 bool: %v %v", xs, err)
	}
	if xs, err := ToFloat64(Complex(3, 4)); err != nil || !opSameFloats(xs, []float64{3}) {
		t.Errorf("ToFloat64 complex: %v %v", xs, err)
	}
	src := opArr(Double, Dims{1, 2}, 1, 2)
	xs, _ = ToFloat64(src)
	xs[0] = 7
	if a, _ := src.Array(); a.Re[0] != 1 {
		t.Error("ToFloat64 aliases its argument")
	}
	if _, err := ToFloat64(String("a")); err == nil || err.Error() != "Conversion to double from string is not possible." {
		t.Errorf("ToFloat64 string: %v", err)
	}

	floatCases := []struct {
		v    Value
		want float64
		err  string
	}{
		{Num(2.5), 2.5, ""},
		{Bool(true), 1, ""},
		{Str("a"), 97, ""},
		{Scalar(Uint8, 9), 9, ""},
		{opArr(Double, Dims{1, 2}, 1, 2), 0, "Expected input to be a scalar."},
		{Empty(), 0, "Expected input to be a scalar."},
		{FromRef(NewCell(Dims{1, 1})), 0, "Conversion to double from cell is not possible."},
	}
	for _, c := range floatCases {
		got, err := ScalarFloat(c.v)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("ScalarFloat: error %v, want %q", err, c.err)
			}
		} else if err != nil || got != c.want {
			t.Errorf("ScalarFloat = %v, %v; want %v", got, err, c.want)
		}
	}

	intCases := []struct {
		v    Value
		want int
		err  string
	}{
		{Num(3), 3, ""},
		{Num(-4), -4, ""},
		{Scalar(Int32, 12), 12, ""},
		{Num(2.5), 0, "Expected input to be integer-valued."},
		{Num(math.NaN()), 0, "Expected input to be integer-valued."},
		{Num(math.Inf(1)), 0, "Expected input to be integer-valued."},
		{opArr(Double, Dims{1, 2}, 1, 2), 0, "Expected input to be a scalar."},
	}
	for _, c := range intCases {
		got, err := ScalarInt(c.v)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("ScalarInt: error %v, want %q", err, c.err)
			}
		} else if err != nil || got != c.want {
			t.Errorf("ScalarInt = %v, %v; want %v", got, err, c.want)
		}
	}
}
