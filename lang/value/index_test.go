package value

import (
	"math"
	"testing"
)

func TestIndex(t *testing.T) {
	x := ixRow(10, 20, 30)
	m := ixMat(3, 3, 8, 1, 6, 3, 5, 7, 4, 9, 2)
	a := ixSeq(2, 3, 4)
	cases := []struct {
		name string
		v    Value
		subs []Value
		want Value
	}{
		{"scalar", x, ixSubs(Num(2)), Num(20)},
		{"row by row", x, ixSubs(ixRow(1, 3)), ixRow(10, 30)},
		{"row by column keeps row", x, ixSubs(ixCol(1, 3)), ixRow(10, 30)},
		{"column by row keeps column", ixCol(1, 2, 3), ixSubs(ixRow(3, 1)), ixCol(3, 1)},
		{"range", x, ixSubs(ixRow(2, 3)), ixRow(20, 30)},
		{"repeat", x, ixSubs(ixRow(3, 3, 1)), ixRow(30, 30, 10)},
		{"matrix by matrix index", m, ixSubs(ixMat(2, 2, 1, 2, 3, 4)), ixMat(2, 2, 8, 3, 4, 1)},
		{"matrix by row", m, ixSubs(ixRow(1, 2)), ixRow(8, 3)},
		{"colon", m, ixSubs(Colon()), ixCol(8, 3, 4, 1, 5, 9, 6, 7, 2)},
		{"row colon on row", x, ixSubs(Colon()), ixCol(10, 20, 30)},
		{"2-D scalar", m, ixSubs(Num(2), Num(3)), Num(7)},
		{"2-D row", m, ixSubs(Num(2), Colon()), ixRow(3, 5, 7)},
		{"2-D column", m, ixSubs(Colon(), Num(2)), ixCol(1, 5, 9)},
		{"2-D block", m, ixSubs(ixRow(1, 3), ixRow(3, 1)), ixMat(2, 2, 6, 8, 2, 4)},
		{"2-D colon colon", m, ixSubs(Colon(), Colon()), m},
		{"matrix mask gives column", m, ixSubs(ixBools(Dims{3, 3}, true, false, true, false, true, false, false, false, true)), ixCol(8, 4, 5, 2)},
		{"row mask on row", x, ixSubs(ixBools(Dims{1, 3}, true, false, true)), ixRow(10, 30)},
		{"short mask", x, ixSubs(ixBools(Dims{1, 2}, false, true)), Num(20)},
		{"long mask false beyond end", x, ixSubs(ixBools(Dims{1, 5}, true, false, false, false, false)), Num(10)},
		{"column mask on row", x, ixSubs(ixBools(Dims{3, 1}, false, true, true)), ixRow(20, 30)},
		{"scalar true", x, ixSubs(Bool(true)), Num(10)},
		{"scalar false", x, ixSubs(Bool(false)), ixArr(Double, Dims{1, 0})},
		{"mask in 2-D", m, ixSubs(ixBools(Dims{1, 3}, true, false, true), Num(1)), ixCol(8, 4)},
		{"empty index on row", x, ixSubs(Empty()), ixArr(Double, Dims{1, 0})},
		{"empty index on matrix", m, ixSubs(Empty()), ixArr(Double, Dims{0, 0})},
		{"N-d element", a, ixSubs(Num(2), Num(3), Num(4)), Num(24)},
		{"N-d page", a, ixSubs(Colon(), Colon(), Num(2)), ixMat(2, 3, 7, 9, 11, 8, 10, 12)},
		{"N-d folded", a, ixSubs(Num(1), Num(5)), Num(9)},
		{"N-d folded end", a, ixSubs(Num(2), Num(12)), Num(24)},
		{"N-d tube", a, ixSubs(Num(1), Num(1), Colon()), ixArr(Double, Dims{1, 1, 4}, 1, 7, 13, 19)},
		{"extra trailing ones", m, ixSubs(Num(1), Num(1), Num(1)), Num(8)},
		{"char stays char", Str("hello"), ixSubs(ixRow(1, 5)), Str("ho")},
		{"char index uses codes", ixSeq(1, 100), ixSubs(Str("a")), Num(97)},
		{"logical stays logical", ixBools(Dims{1, 3}, true, false, true), ixSubs(Num(2)), Bool(false)},
		{"int8 kept", ixArr(Int8, Dims{1, 3}, 1, 2, 3), ixSubs(Num(3)), Scalar(Int8, 3)},
		{"complex dropped when real", FromRef(NewArrayFrom(Double, Dims{1, 2}, []float64{1, 3}, []float64{2, 0})), ixSubs(Num(2)), Num(3)},
		{"complex kept", FromRef(NewArrayFrom(Double, Dims{1, 2}, []float64{1, 3}, []float64{2, 0})), ixSubs(Num(1)), Complex(1, 2)},
		{"inline scalar", Num(5), ixSubs(Num(1)), Num(5)},
		{"inline scalar repeated", Num(5), ixSubs(ixCol(1, 1)), ixCol(5, 5)},
		{"inline bool", Bool(true), ixSubs(Colon()), Bool(true)},
		{"no subscripts", x, nil, x},
		{"cell paren", ixCell(Dims{1, 3}, Num(1), Str("a"), Num(3)), ixSubs(ixRow(2, 3)), ixCell(Dims{1, 2}, Str("a"), Num(3))},
		{"string array", ixStrs(Dims{1, 3}, "a", "b", "c"), ixSubs(Num(2)), String("b")},
	}
	for _, c := range cases {
		got, err := Index(c.v, c.subs)
		ixCheck(t, c.name, got, err, c.want)
	}
}

func TestIndexInlineResult(t *testing.T) {
	got, _ := Index(ixRow(1, 2, 3), ixSubs(Num(2)))
	if !got.IsNum() {
		t.Errorf("scalar double element is not inline")
	}
	got, _ = Index(ixBools(Dims{1, 2}, true, false), ixSubs(Num(1)))
	if !got.IsBool() {
		t.Errorf("scalar logical element is not inline")
	}
}

func TestIndexStruct(t *testing.T) {
	s := ixStruct([]string{"a"}, Dims{1, 3}, []Value{Num(1)}, []Value{Num(2)}, []Value{Num(3)})
	got, err := Index(s, ixSubs(ixRow(3, 1)))
	if err != nil {
		t.Fatal(err)
	}
	st := got.Ref().(*Struct)
	if !st.dims.Equal(Dims{1, 2}) || !IsEqual(st.Elems[0][0], Num(3)) || !IsEqual(st.Elems[1][0], Num(1)) {
		t.Errorf("struct index: got %v", st.Elems)
	}
	st.Elems[0][0] = Num(99)
	orig := s.Ref().(*Struct)
	if !IsEqual(orig.Elems[2][0], Num(3)) {
		t.Errorf("indexing a struct shares element rows with the source")
	}
}

func TestIndexErrors(t *testing.T) {
	x := ixRow(10, 20, 30)
	m := ixSeq(3, 4)
	bad := "Array indices must be positive integers or logical values."
	cases := []struct {
		name string
		v    Value
		subs []Value
		msg  string
	}{
		{"past end", x, ixSubs(Num(4)), "Index exceeds the number of array elements. Index must not exceed 3."},
		{"past end in vector", x, ixSubs(ixRow(1, 7)), "Index exceeds the number of array elements. Index must not exceed 3."},
		{"empty", Empty(), ixSubs(Num(1)), "Index exceeds the number of array elements. Index must not exceed 0."},
		{"undefined", Value{}, ixSubs(Num(1)), "Index exceeds the number of array elements. Index must not exceed 0."},
		{"2-D column", m, ixSubs(Num(1), Num(5)), "Index in position 2 exceeds array bounds. Index must not exceed 4."},
		{"2-D row", m, ixSubs(Num(4), Num(1)), "Index in position 1 exceeds array bounds. Index must not exceed 3."},
		{"folded", ixSeq(2, 3, 4), ixSubs(Num(1), Num(13)), "Index in position 2 exceeds array bounds. Index must not exceed 12."},
		{"zero", x, ixSubs(Num(0)), bad},
		{"negative", x, ixSubs(Num(-1)), bad},
		{"fraction", x, ixSubs(Num(1.5)), bad},
		{"NaN", x, ixSubs(Num(math.NaN())), bad},
		{"Inf", x, ixSubs(Num(math.Inf(1))), bad},
		{"fraction in vector", x, ixSubs(ixRow(1, 2.5)), bad},
		{"cell index", x, ixSubs(ixCell(Dims{1, 1}, Num(1))), bad},
		{"complex index", x, ixSubs(Complex(1, 1)), bad},
		{"huge", x, ixSubs(Num(1e300)), "Index exceeds the number of array elements. Index must not exceed 3."},
		{"long mask true beyond end", x, ixSubs(ixBools(Dims{1, 4}, false, false, false, true)), "Index exceeds the number of array elements. Index must not exceed 3."},
		{"function handle", FromRef(&Func{Name: "sin"}), ixSubs(Num(1)), "Indexing into a function handle is not supported."},
		{"cell past end", ixCell(Dims{1, 1}, Num(1)), ixSubs(Num(2)), "Index exceeds the number of array elements. Index must not exceed 1."},
	}
	for _, c := range cases {
		_, err := Index(c.v, c.subs)
		ixCheckErr(t, c.name, err, c.msg)
	}
}

func TestBraceIndex(t *testing.T) {
	c := ixCell(Dims{2, 2}, Num(1), Str("b"), Num(3), ixRow(4, 5))
	cases := []struct {
		name string
		subs []Value
		want []Value
	}{
		{"scalar", ixSubs(Num(2)), []Value{Str("b")}},
		{"colon", ixSubs(Colon()), []Value{Num(1), Str("b"), Num(3), ixRow(4, 5)}},
		{"2-D", ixSubs(Num(2), Num(2)), []Value{ixRow(4, 5)}},
		{"row of cell", ixSubs(Num(1), Colon()), []Value{Num(1), Num(3)}},
		{"empty", ixSubs(Empty()), []Value{}},
	}
	for _, tc := range cases {
		got, err := BraceIndex(c, tc.subs)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: %d values, want %d", tc.name, len(got), len(tc.want))
			continue
		}
		for i := range got {
			ixCheck(t, tc.name, got[i], nil, tc.want[i])
		}
	}
	_, err := BraceIndex(ixRow(1, 2), ixSubs(Num(1)))
	ixCheckErr(t, "non-cell", err, "Brace indexing is not supported for variables of this type.")
	_, err = BraceIndex(c, ixSubs(Num(5)))
	ixCheckErr(t, "past end", err, "Index exceeds the number of array elements. Index must not exceed 4.")
}

func TestEndValue(t *testing.T) {
	a := ixSeq(2, 3, 4)
	cases := []struct {
		v       Value
		k, n    int
		want    int
		comment string
	}{
		{a, 0, 1, 24, "linear"},
		{a, 0, 2, 2, "rows"},
		{a, 1, 2, 12, "folded columns"},
		{a, 1, 3, 3, "columns"},
		{a, 2, 3, 4, "pages"},
		{a, 3, 4, 1, "beyond"},
		{Num(5), 0, 1, 1, "scalar"},
		{Empty(), 1, 2, 0, "empty"},
	}
	for _, c := range cases {
		if got := EndValue(c.v, c.k, c.n); got != c.want {
			t.Errorf("%s: EndValue = %d, want %d", c.comment, got, c.want)
		}
	}
}

func TestIndexAllocs(t *testing.T) {
	x := ixSeq(1, 100)
	subs := ixSubs(Num(7))
	subs2 := ixSubs(Num(1), Num(7))
	var sink Value
	n := testing.AllocsPerRun(100, func() {
		sink, _ = Index(x, subs)
		sink, _ = Index(x, subs2)
	})
	if n != 0 {
		t.Errorf("scalar Index allocates %v times", n)
	}
	if !IsEqual(sink, Num(7)) {
		t.Errorf("got %v", ixShow(sink))
	}
}
