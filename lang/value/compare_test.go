package value

import (
	"math"
	"testing"
)

func TestCompare(t *testing.T) {
	nan := math.NaN()
	lg := func(xs ...float64) Value { return opArr(Logical, Dims{1, len(xs)}, xs...) }
	row := func(xs ...float64) Value { return opArr(Double, Dims{1, len(xs)}, xs...) }
	strs := func(d Dims, xs ...string) Value { return FromRef(NewStringArray(d, xs)) }
	cases := []opCase{
		{"scalar lt", func() (Value, error) { return Lt(Num(1), Num(2)) }, Bool(true), ""},
		{"scalar gt", func() (Value, error) { return Gt(Num(1), Num(2)) }, Bool(false), ""},
		{"scalar ge", func() (Value, error) { return Ge(Num(2), Num(2)) }, Bool(true), ""},
		{"scalar ne nan", func() (Value, error) { return Ne(Num(nan), Num(nan)) }, Bool(true), ""},
		{"row lt", func() (Value, error) { return Lt(row(1, 2, 3), Num(2)) }, lg(1, 0, 0), ""},
		{"row le", func() (Value, error) { return Le(row(1, 2, 3), Num(2)) }, lg(1, 1, 0), ""},
		{"row gt", func() (Value, error) { return Gt(row(1, 2, 3), Num(2)) }, lg(0, 0, 1), ""},
		{"row ge", func() (Value, error) { return Ge(Num(2), row(1, 2, 3)) }, lg(1, 1, 0), ""},
		{"row eq", func() (Value, error) { return Eq(row(1, 2, 3), row(3, 2, 1)) }, lg(0, 1, 0), ""},
		{"row ne", func() (Value, error) { return Ne(row(1, 2, 3), row(3, 2, 1)) }, lg(1, 0, 1), ""},
		{"nan compares false", func() (Value, error) { return Eq(row(nan, 1), row(nan, 1)) }, lg(0, 1), ""},
		{"broadcast", func() (Value, error) { return Lt(opArr(Double, Dims{2, 1}, 1, 3), row(2, 4)) },
			opArr(Logical, Dims{2, 2}, 1, 0, 1, 1), ""},
		{"mixed int classes", func() (Value, error) { return Eq(Scalar(Int8, 5), Scalar(Uint16, 5)) }, Bool(true), ""},
		{"int vs double", func() (Value, error) { return Lt(Scalar(Int8, 5), Num(5.5)) }, Bool(true), ""},
		{"char vs char", func() (Value, error) { return Eq(Str("abc"), Str("abd")) }, lg(1, 1, 0), ""},
		{"char vs number", func() (Value, error) { return Eq(Str("a"), Num(97)) }, Bool(true), ""},
		{"char size mismatch", func() (Value, error) { return Eq(Str("abc"), Str("ab")) }, Value{},
			"Arrays have incompatible sizes for this operation."},
		{"complex eq", func() (Value, error) { return Eq(Complex(1, 2), Complex(1, 2)) }, Bool(true), ""},
		{"complex eq real part only", func() (Value, error) { return Eq(Complex(1, 2), Num(1)) }, Bool(false), ""},
		{"complex lt real parts", func() (Value, error) { return Lt(Complex(1, 5), Complex(2, -5)) }, Bool(true), ""},
		{"complex ne", func() (Value, error) { return Ne(Complex(1, 2), Num(1)) }, Bool(true), ""},
		{"empty", func() (Value, error) { return Eq(Empty(), Num(1)) }, opArr(Logical, Dims{0, 0}), ""},
		{"cell", func() (Value, error) { return Eq(FromRef(NewCell(Dims{1, 1})), Num(1)) }, Value{},
			"Operator '==' is not supported for operands of type 'cell'."},
		{"string eq", func() (Value, error) { return Eq(String("abc"), String("abc")) }, Bool(true), ""},
		{"string vs char", func() (Value, error) { return Eq(String("abc"), Str("abc")) }, Bool(true), ""},
		{"char vs string ne", func() (Value, error) { return Ne(Str("ab"), String("abc")) }, Bool(true), ""},
		{"string lt", func() (Value, error) { return Lt(String("apple"), String("banana")) }, Bool(true), ""},
		{"string ge", func() (Value, error) { return Ge(String("b"), String("abc")) }, Bool(true), ""},
		{"string gt prefix", func() (Value, error) { return Gt(String("abc"), String("ab")) }, Bool(true), ""},
		{"string array vs scalar", func() (Value, error) { return Eq(strs(Dims{1, 3}, "a", "b", "a"), String("a")) }, lg(1, 0, 1), ""},
		{"string vs cellstr", func() (Value, error) {
			return Eq(String("b"), FromRef(NewCellFrom(Dims{1, 2}, []Value{Str("a"), Str("b")})))
		}, lg(0, 1), ""},
		{"string vs number", func() (Value, error) { return Eq(String("1.5"), Num(1.5)) }, Bool(true), ""},
		{"string vs char matrix", func() (Value, error) {
			return Eq(String("ab"), opArr(Char, Dims{2, 2}, 'a', 'c', 'b', 'd'))
		}, opArr(Logical, Dims{2, 1}, 1, 0), ""},
		{"missing eq", func() (Value, error) {
			return Eq(FromRef(&StringArray{dims: Dims{1, 1}, Elems: []string{""}, Missing: []bool{true}}), String(""))
		}, Bool(false), ""},
		{"missing ne", func() (Value, error) {
			return Ne(FromRef(&StringArray{dims: Dims{1, 1}, Elems: []string{""}, Missing: []bool{true}}), String(""))
		}, Bool(true), ""},
		{"string size mismatch", func() (Value, error) { return Eq(strs(Dims{1, 2}, "a", "b"), strs(Dims{1, 3}, "a", "b", "c")) }, Value{},
			"Arrays have incompatible sizes for this operation."},
		{"string vs struct", func() (Value, error) { return Eq(String("a"), FromRef(NewStruct(Dims{1, 1}, nil))) }, Value{},
			"Operator '==' is not supported for operands of type 'struct'."},
	}
	runOpCases(t, cases)
}

func TestStringPlus(t *testing.T) {
	strs := func(d Dims, xs ...string) Value { return FromRef(NewStringArray(d, xs)) }
	missing := FromRef(&StringArray{dims: Dims{1, 1}, Elems: []string{""}, Missing: []bool{true}})
	cases := []opCase{
		{"string+string", func() (Value, error) { return Plus(String("a"), String("b")) }, String("ab"), ""},
		{"string+number", func() (Value, error) { return Plus(String("a"), Num(1)) }, String("a1"), ""},
		{"number+string", func() (Value, error) { return Plus(Num(3.14159), String("x")) }, String("3.1416x"), ""},
		{"string+char", func() (Value, error) { return Plus(String("a"), Str("bc")) }, String("abc"), ""},
		{"string+logical", func() (Value, error) { return Plus(String("a"), Bool(true)) }, String("atrue"), ""},
		{"string+int", func() (Value, error) { return Plus(String("n"), Scalar(Int8, -5)) }, String("n-5"), ""},
		{"string+complex", func() (Value, error) { return Plus(String("z"), Complex(1, -2)) }, String("z1-2i"), ""},
		{"string+nan", func() (Value, error) { return Plus(String("v"), Num(math.NaN())) }, String("vNaN"), ""},
		{"broadcast", func() (Value, error) { return Plus(strs(Dims{1, 2}, "a", "b"), strs(Dims{2, 1}, "x", "y")) },
			strs(Dims{2, 2}, "ax", "ay", "bx", "by"), ""},
		{"array+number array", func() (Value, error) { return Plus(String("k"), opArr(Double, Dims{1, 2}, 1, 2)) },
			strs(Dims{1, 2}, "k1", "k2"), ""},
		{"missing", func() (Value, error) { return Plus(missing, String("a")) },
			FromRef(&StringArray{dims: Dims{1, 1}, Elems: []string{""}, Missing: []bool{true}}), ""},
		{"string+cell struct", func() (Value, error) { return Plus(String("a"), FromRef(NewStruct(Dims{1, 1}, nil))) }, Value{},
			"Operator '+' is not supported for operands of type 'struct'."},
	}
	runOpCases(t, cases)
	v, _ := Plus(missing, String("a"))
	if s := v.Ref().(*StringArray); !isMissing(s, 0) {
		t.Error("missing + string is not missing")
	}
}

func TestNumToString(t *testing.T) {
	cases := map[float64]string{
		1: "1", -3: "-3", 0.5: "0.5", math.Pi: "3.1416", 1000 * math.Pi: "3141.5927",
		0.001234567: "0.0012346", 1e10: "10000000000", math.Inf(-1): "-Inf", 123.456789: "123.4568",
	}
	for x, want := range cases {
		if got := numToString(x); got != want {
			t.Errorf("numToString(%v) = %q, want %q", x, got, want)
		}
	}
}
