package value

import (
	"math"
	"testing"
)

func TestLogicalOps(t *testing.T) {
	nanMsg := "NaN's cannot be converted to logicals."
	lg := func(xs ...float64) Value { return opArr(Logical, Dims{1, len(xs)}, xs...) }
	row := func(xs ...float64) Value { return opArr(Double, Dims{1, len(xs)}, xs...) }
	cases := []opCase{
		{"and scalars", func() (Value, error) { return And(Num(1), Num(0)) }, Bool(false), ""},
		{"or scalars", func() (Value, error) { return Or(Num(1), Num(0)) }, Bool(true), ""},
		{"and arrays", func() (Value, error) { return And(row(1, 0, 2, 0), row(1, 1, 0, 0)) }, lg(1, 0, 0, 0), ""},
		{"or arrays", func() (Value, error) { return Or(row(1, 0, 2, 0), row(1, 1, 0, 0)) }, lg(1, 1, 1, 0), ""},
		{"and broadcast", func() (Value, error) { return And(opArr(Double, Dims{2, 1}, 1, 0), lg(1, 1)) },
			opArr(Logical, Dims{2, 2}, 1, 0, 1, 0), ""},
		{"and char", func() (Value, error) { return And(Str("ab"), Num(1)) }, lg(1, 1), ""},
		{"or int", func() (Value, error) { return Or(Scalar(Int8, 0), Scalar(Uint8, 0)) }, Bool(false), ""},
		{"or complex", func() (Value, error) { return Or(Complex(0, 1), Num(0)) }, Bool(true), ""},
		{"and nan", func() (Value, error) { return And(row(1, math.NaN()), Num(1)) }, Value{}, nanMsg},
		{"or nan scalar", func() (Value, error) { return Or(Num(0), Num(math.NaN())) }, Value{}, nanMsg},
		{"and size", func() (Value, error) { return And(row(1, 1), row(1, 1, 1)) }, Value{},
			"Arrays have incompatible sizes for this operation."},
		{"and cell", func() (Value, error) { return And(FromRef(NewCell(Dims{1, 1})), Num(1)) }, Value{},
			"Operator '&' is not supported for operands of type 'cell'."},
		{"or string", func() (Value, error) { return Or(String("a"), Num(1)) }, Value{},
			"Operator '|' is not supported for operands of type 'string'."},
		{"not num", func() (Value, error) { return Not(Num(0)) }, Bool(true), ""},
		{"not bool", func() (Value, error) { return Not(Bool(true)) }, Bool(false), ""},
		{"not array", func() (Value, error) { return Not(row(0, 1, -2)) }, lg(1, 0, 0), ""},
		{"not empty", func() (Value, error) { return Not(Empty()) }, opArr(Logical, Dims{0, 0}), ""},
		{"not complex", func() (Value, error) { return Not(opCplx(Dims{1, 2}, []float64{0, 0}, []float64{1, 0})) }, lg(0, 1), ""},
		{"not nan", func() (Value, error) { return Not(Num(math.NaN())) }, Value{}, nanMsg},
		{"not nan array", func() (Value, error) { return Not(row(1, math.NaN())) }, Value{}, nanMsg},
		{"not struct", func() (Value, error) { return Not(FromRef(NewStruct(Dims{1, 1}, nil))) }, Value{},
			"Operator '~' is not supported for operands of type 'struct'."},
	}
	runOpCases(t, cases)
}
