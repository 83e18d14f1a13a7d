package value

import (
	"fmt"
	"math"
	"testing"
)

// ixOddValues is a spread of values of every kind and awkward size.
func ixOddValues() []Value {
	return []Value{
		{}, Num(1), Num(0), Num(-1), Num(2.5), Num(math.NaN()), Num(math.Inf(1)), Num(1e300), Num(3e9),
		Bool(true), Bool(false), Empty(), ixArr(Double, Dims{1, 0}), ixArr(Double, Dims{0, 3}),
		ixRow(1, 2, 3), ixCol(3, 1), ixSeq(2, 3), ixSeq(2, 2, 2), Str("ab"), Str(""),
		ixArr(Int8, Dims{1, 2}, 1, 2), Complex(1, 1), ixBools(Dims{1, 4}, true, false, false, true),
		ixBools(Dims{2, 2}, true, true, false, true), ixCell(Dims{1, 2}, Num(1), Str("x")), ixCell(Dims{0, 0}),
		ixStruct([]string{"a"}, Dims{1, 2}, []Value{Num(1)}, []Value{Num(2)}), ixStruct(nil, Dims{0, 0}),
		ixStrs(Dims{1, 2}, "a", "b"), FromRef(&StringArray{dims: Dims{1, 1}, Elems: []string{""}, Missing: []bool{true}}),
		FromRef(&Func{Name: "sin"}), FromRef(&plainTestObject{}), FromRef(&concatTestObject{}), Colon(),
	}
}

func TestNoPanics(t *testing.T) {
	vals := ixOddValues()
	subsets := [][]Value{nil}
	for _, a := range vals {
		subsets = append(subsets, []Value{a})
		for _, b := range []Value{Num(1), Colon(), Num(2), Empty(), ixRow(1, 2)} {
			subsets = append(subsets, []Value{a, b}, []Value{b, a}, []Value{b, a, Num(1)})
		}
	}
	try := func(what string, f func()) {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("%s panicked: %v", what, r)
			}
		}()
		f()
	}
	for vi, v := range vals {
		for si, subs := range subsets {
			what := fmt.Sprintf("value %d subs %d", vi, si)
			try("Index "+what, func() { _, _ = Index(ixFresh(v), subs) })
			try("BraceIndex "+what, func() { _, _ = BraceIndex(ixFresh(v), subs) })
			try("Delete "+what, func() { _, _ = Delete(ixFresh(v), subs) })
			for ri, rhs := range []Value{Num(7), Empty(), ixRow(1, 2), ixCell(Dims{1, 1}, Num(1)), String("s"), vals[si%len(vals)]} {
				w := fmt.Sprintf("%s rhs %d", what, ri)
				try("Assign "+w, func() { _, _ = Assign(ixFresh(v), subs, rhs) })
				try("BraceAssign "+w, func() { _, _ = BraceAssign(ixFresh(v), subs, rhs) })
			}
		}
		for wi, w := range vals {
			what := fmt.Sprintf("values %d %d", vi, wi)
			try("Cat "+what, func() {
				for dim := 0; dim <= 3; dim++ {
					_, _ = Cat(dim, []Value{v, w})
				}
			})
			try("IsEqual "+what, func() { IsEqual(v, w); IsEqualN(v, w); SwitchMatches(v, w) })
			try("SetField "+what, func() { _, _ = SetField(ixFresh(v), "f", w) })
		}
		what := fmt.Sprintf("value %d", vi)
		try("GetField "+what, func() { _, _ = GetField(v, "a") })
		try("EndValue "+what, func() { EndValue(v, 0, 1); EndValue(v, 1, 2); EndValue(v, 5, 3) })
		try("ReshapeValue "+what, func() { _, _ = ReshapeValue(v, Dims{1, v.Numel()}); _, _ = ReshapeValue(v, Dims{-1, 2}) })
		try("Permute "+what, func() {
			_, _ = Permute(v, []int{1, 0})
			_, _ = Permute(v, []int{2, 1, 0})
			_, _ = Permute(v, []int{-1})
		})
	}
}
