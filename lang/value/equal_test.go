package value

import (
	"math"
	"testing"
)

func TestIsEqual(t *testing.T) {
	nan := Num(math.NaN())
	ab := []string{"a", "b"}
	missing := FromRef(&StringArray{dims: Dims{1, 1}, Elems: []string{""}, Missing: []bool{true}})
	f := FromRef(&Func{Name: "sin"})
	cases := []struct {
		name    string
		a, b    Value
		eq, eqn bool
	}{
		{"numbers", Num(1), Num(1), true, true},
		{"different numbers", Num(1), Num(2), false, false},
		{"NaN", nan, nan, false, true},
		{"NaN in arrays", ixRow(1, math.NaN()), ixRow(1, math.NaN()), false, true},
		{"logical and double", Bool(true), Num(1), true, true},
		{"int8 and double", Scalar(Int8, 3), Num(3), true, true},
		{"char and codes", Str("a"), Num(97), true, true},
		{"row and column", ixRow(1, 2), ixCol(1, 2), false, false},
		{"matrices", ixSeq(2, 3), ixSeq(2, 3), true, true},
		{"complex", Complex(1, 2), Complex(1, 2), true, true},
		{"complex and real", Complex(1, 2), Num(1), false, false},
		{"complex zero imag", FromRef(NewArrayFrom(Double, Dims{1, 1}, []float64{1}, []float64{0})), Num(1), true, true},
		{"empties", Empty(), ixArr(Char, Dims{0, 0}), true, true},
		{"empty sizes", Empty(), ixArr(Double, Dims{1, 0}), false, false},
		{"string and char", String("abc"), Str("abc"), true, true},
		{"char and string", Str("abc"), String("abd"), false, false},
		{"string arrays", ixStrs(Dims{1, 2}, "a", "b"), ixStrs(Dims{1, 2}, "a", "b"), true, true},
		{"missing", missing, missing, false, true},
		{"cells", ixCell(Dims{1, 2}, Num(1), Str("x")), ixCell(Dims{1, 2}, Num(1), Str("x")), true, true},
		{"cells differ", ixCell(Dims{1, 2}, Num(1), Str("x")), ixCell(Dims{1, 2}, Num(1), Str("y")), false, false},
		{"cell and number", ixCell(Dims{1, 1}, Num(1)), Num(1), false, false},
		{"structs any field order", ixStruct(ab, Dims{1, 1}, []Value{Num(1), Num(2)}), ixStruct([]string{"b", "a"}, Dims{1, 1}, []Value{Num(2), Num(1)}), true, true},
		{"structs differ", ixStruct(ab, Dims{1, 1}, []Value{Num(1), Num(2)}), ixStruct(ab, Dims{1, 1}, []Value{Num(1), Num(3)}), false, false},
		{"struct fields differ", ixStruct(ab, Dims{1, 1}, []Value{Num(1), Num(2)}), ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(1)}), false, false},
		{"function handles", f, f, true, true},
		{"same named functions", f, FromRef(&Func{Name: "sin"}), true, true},
		{"undefined", Value{}, Num(1), false, false},
	}
	for _, c := range cases {
		if got := IsEqual(c.a, c.b); got != c.eq {
			t.Errorf("%s: IsEqual = %v", c.name, got)
		}
		if got := IsEqual(c.b, c.a); got != c.eq {
			t.Errorf("%s: IsEqual reversed = %v", c.name, got)
		}
		if got := IsEqualN(c.a, c.b); got != c.eqn {
			t.Errorf("%s: IsEqualN = %v", c.name, got)
		}
	}
}

func TestSwitchMatches(t *testing.T) {
	cases := []struct {
		name string
		x, c Value
		want bool
	}{
		{"numbers", Num(3), Num(3), true},
		{"numbers differ", Num(3), Num(4), false},
		{"int8 and double", Scalar(Int8, 3), Num(3), true},
		{"logical", Bool(true), Num(1), true},
		{"chars", Str("abc"), Str("abc"), true},
		{"prefix", Str("abc"), Str("ab"), false},
		{"string and char", String("abc"), Str("abc"), true},
		{"char and code", Str("a"), Num(97), false},
		{"code and char", Num(97), Str("a"), false},
		{"cell of numbers", Num(3), ixCell(Dims{1, 2}, Num(1), Num(3)), true},
		{"cell of text", Str("b"), ixCell(Dims{1, 2}, Str("a"), Str("b")), true},
		{"cell without match", Str("c"), ixCell(Dims{1, 2}, Str("a"), Str("b")), false},
		{"vector case", Num(1), ixRow(1, 2), false},
		{"empty text", Str(""), Str(""), true},
		{"complex", Complex(1, 2), Complex(1, 2), true},
		{"empty", Empty(), Empty(), false},
	}
	for _, c := range cases {
		if got := SwitchMatches(c.x, c.c); got != c.want {
			t.Errorf("%s: SwitchMatches = %v", c.name, got)
		}
	}
}
