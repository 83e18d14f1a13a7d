package value

import "testing"

func TestDelete(t *testing.T) {
	m := ixMat(3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	cases := []struct {
		name string
		v    Value
		subs []Value
		want Value
	}{
		{"row vector", ixRow(1, 2, 3, 4, 5), ixSubs(ixRow(2, 4)), ixRow(1, 3, 5)},
		{"column vector", ixCol(1, 2, 3), ixSubs(Num(1)), ixCol(2, 3)},
		{"duplicates", ixRow(1, 2, 3), ixSubs(ixRow(2, 2)), ixRow(1, 3)},
		{"mask", ixRow(1, 2, 3), ixSubs(ixBools(Dims{1, 3}, true, false, true)), Num(2)},
		{"matrix linear gives row", m, ixSubs(Num(2)), ixRow(1, 7, 2, 5, 8, 3, 6, 9)},
		{"all linear", ixRow(1, 2), ixSubs(ixRow(1, 2)), ixArr(Double, Dims{1, 0})},
		{"colon", m, ixSubs(Colon()), ixArr(Double, Dims{0, 0})},
		{"scalar", Num(5), ixSubs(Num(1)), ixArr(Double, Dims{1, 0})},
		{"nothing", m, ixSubs(Empty()), m},
		{"row", m, ixSubs(Num(2), Colon()), ixMat(2, 3, 1, 2, 3, 7, 8, 9)},
		{"column", m, ixSubs(Colon(), ixRow(1, 3)), ixCol(2, 5, 8)},
		{"full range counts as colon", m, ixSubs(ixRow(1, 2, 3), Num(2)), ixMat(3, 2, 1, 3, 4, 6, 7, 9)},
		{"all rows", m, ixSubs(Colon(), Colon()), ixArr(Double, Dims{0, 3})},
		{"page", ixSeq(2, 2, 3), ixSubs(Colon(), Colon(), Num(2)), ixArr(Double, Dims{2, 2, 2}, 1, 2, 3, 4, 9, 10, 11, 12)},
		{"folded", ixSeq(2, 2, 2), ixSubs(Colon(), Num(3)), ixMat(2, 3, 1, 3, 7, 2, 4, 8)},
		{"char", Str("hello"), ixSubs(Num(1)), Str("ello")},
		{"int8", ixArr(Int8, Dims{1, 3}, 1, 2, 3), ixSubs(Num(3)), ixArr(Int8, Dims{1, 2}, 1, 2)},
		{"cell", ixCell(Dims{1, 3}, Num(1), Str("a"), Num(3)), ixSubs(Num(2)), ixCell(Dims{1, 2}, Num(1), Num(3))},
		{"string", ixStrs(Dims{1, 3}, "a", "b", "c"), ixSubs(Num(1)), ixStrs(Dims{1, 2}, "b", "c")},
		{"struct", ixStruct([]string{"a"}, Dims{1, 2}, []Value{Num(1)}, []Value{Num(2)}), ixSubs(Num(1)), ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(2)})},
		{"undefined nothing", Value{}, ixSubs(Empty()), Empty()},
	}
	for _, c := range cases {
		got, err := Delete(ixFresh(c.v), c.subs)
		ixCheck(t, c.name, got, err, c.want)
	}
}

func TestDeleteErrors(t *testing.T) {
	m := ixSeq(3, 3)
	cases := []struct {
		name string
		v    Value
		subs []Value
		msg  string
	}{
		{"two non-colon", m, ixSubs(Num(1), Num(2)), "A null assignment can have only one non-colon index."},
		{"out of range", ixRow(1, 2, 3), ixSubs(Num(7)), "Matrix index is out of range for deletion."},
		{"out of range 2-D", m, ixSubs(Num(4), Colon()), "Matrix index is out of range for deletion."},
		{"bad index", m, ixSubs(Num(0)), "Array indices must be positive integers or logical values."},
		{"no subscripts", m, nil, "Array indices must be positive integers or logical values."},
		{"function handle", FromRef(&Func{Name: "sin"}), ixSubs(Num(1)), "Deleting elements of a function_handle value is not supported."},
	}
	for _, c := range cases {
		_, err := Delete(c.v, c.subs)
		ixCheckErr(t, c.name, err, c.msg)
	}
}
