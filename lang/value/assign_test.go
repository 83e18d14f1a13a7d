package value

import (
	"math"
	"testing"
)

func TestAssign(t *testing.T) {
	m := ixMat(2, 2, 1, 2, 3, 4)
	cases := []struct {
		name string
		v    Value
		subs []Value
		rhs  Value
		want Value
	}{
		{"create", Value{}, ixSubs(Num(3)), Num(5), ixRow(0, 0, 5)},
		{"create scalar", Value{}, ixSubs(Num(1)), Num(5), Num(5)},
		{"create 2-D", Value{}, ixSubs(Num(2), Num(2)), Num(1), ixMat(2, 2, 0, 0, 0, 1)},
		{"replace", ixRow(1, 2, 3), ixSubs(Num(2)), Num(9), ixRow(1, 9, 3)},
		{"grow row", ixRow(1, 2), ixSubs(Num(4)), Num(7), ixRow(1, 2, 0, 7)},
		{"grow column", ixCol(1, 2), ixSubs(Num(3)), Num(7), ixCol(1, 2, 7)},
		{"grow scalar", Num(1), ixSubs(Num(3)), Num(7), ixRow(1, 0, 7)},
		{"grow empty", Empty(), ixSubs(Num(2)), Num(7), ixRow(0, 7)},
		{"grow matrix", m, ixSubs(Num(3), Num(3)), Num(9), ixMat(3, 3, 1, 2, 0, 3, 4, 0, 0, 0, 9)},
		{"grow matrix columns", m, ixSubs(Colon(), Num(3)), ixCol(5, 6), ixMat(2, 3, 1, 2, 5, 3, 4, 6)},
		{"grow matrix rows", m, ixSubs(Num(3), Colon()), ixRow(5, 6), ixMat(3, 2, 1, 2, 3, 4, 5, 6)},
		{"grow into 3-D", m, ixSubs(Num(1), Num(1), Num(2)), Num(5), ixArr(Double, Dims{2, 2, 2}, 1, 3, 2, 4, 5, 0, 0, 0)},
		{"broadcast", ixRow(1, 2, 3), ixSubs(ixRow(1, 3)), Num(0), ixRow(0, 2, 0)},
		{"vector", ixRow(1, 2, 3), ixSubs(ixRow(3, 1)), ixRow(7, 8), ixRow(8, 2, 7)},
		{"colon fill", m, ixSubs(Colon()), Num(0), ixMat(2, 2, 0, 0, 0, 0)},
		{"colon reshape", m, ixSubs(Colon()), ixRow(5, 6, 7, 8), ixMat(2, 2, 5, 7, 6, 8)},
		{"row from column", m, ixSubs(Num(1), Colon()), ixCol(8, 9), ixMat(2, 2, 8, 9, 3, 4)},
		{"mask", ixRow(1, 2, 3), ixSubs(ixBools(Dims{1, 3}, true, false, true)), Num(0), ixRow(0, 2, 0)},
		{"mask grows", ixRow(1, 2), ixSubs(ixBools(Dims{1, 3}, false, false, true)), Num(5), ixRow(1, 2, 5)},
		{"empty colon row append", Empty(), ixSubs(Num(1), Colon()), ixRow(1, 2, 3), ixRow(1, 2, 3)},
		{"row append", ixRow(1, 2, 3), ixSubs(Num(2), Colon()), ixRow(4, 5, 6), ixMat(2, 3, 1, 2, 3, 4, 5, 6)},
		{"empty colon column append", Empty(), ixSubs(Colon(), Num(1)), ixCol(1, 2), ixCol(1, 2)},
		{"empty selection", ixRow(1, 2), ixSubs(Empty()), Num(5), ixRow(1, 2)},
		{"N-d page", ixSeq(2, 2, 2), ixSubs(Colon(), Colon(), Num(2)), Num(0), ixArr(Double, Dims{2, 2, 2}, 1, 2, 3, 4, 0, 0, 0, 0)},
		{"int8 saturates", ixArr(Int8, Dims{1, 2}, 1, 2), ixSubs(Num(1)), Num(300), ixArr(Int8, Dims{1, 2}, 127, 2)},
		{"int8 rounds", ixArr(Int8, Dims{1, 2}, 1, 2), ixSubs(Num(2)), Num(2.5), ixArr(Int8, Dims{1, 2}, 1, 3)},
		{"int8 vector converts", ixArr(Int8, Dims{1, 2}, 1, 2), ixSubs(Colon()), ixRow(-1000, 1.4), ixArr(Int8, Dims{1, 2}, -128, 1)},
		{"uint8 NaN", ixArr(Uint8, Dims{1, 2}, 1, 2), ixSubs(Num(2)), Num(math.NaN()), ixArr(Uint8, Dims{1, 2}, 1, 0)},
		{"double keeps class", ixRow(1, 2), ixSubs(Num(1)), Scalar(Int8, 5), ixRow(5, 2)},
		{"double keeps class single", ixRow(1, 2), ixSubs(Num(1)), Scalar(Single, 5), ixRow(5, 2)},
		{"single rounds", ixArr(Single, Dims{1, 2}, 1, 2), ixSubs(Num(1)), Num(0.1), ixArr(Single, Dims{1, 2}, float64(float32(0.1)), 2)},
		{"logical becomes double", ixBools(Dims{1, 3}, true, false, true), ixSubs(Num(2)), Num(5), ixRow(1, 5, 1)},
		{"logical stays logical", ixBools(Dims{1, 2}, true, false), ixSubs(Num(2)), Bool(true), ixBools(Dims{1, 2}, true, true)},
		{"logical grows logical", ixBools(Dims{1, 2}, true, false), ixSubs(Num(4)), Bool(true), ixBools(Dims{1, 4}, true, false, false, true)},
		{"char from double", Str("abc"), ixSubs(Num(2)), Num(65), Str("aAc")},
		{"char from char", Str("abc"), ixSubs(ixRow(1, 2)), Str("xy"), Str("xyc")},
		{"char grows with char(0)", Str("ab"), ixSubs(Num(4)), Str("d"), ixArr(Char, Dims{1, 4}, 97, 98, 0, 100)},
		{"double from char", ixRow(1, 2), ixSubs(Num(2)), Str("a"), ixRow(1, 97)},
		{"empty takes int8", Empty(), ixSubs(Num(2)), Scalar(Int8, 3), ixArr(Int8, Dims{1, 2}, 0, 3)},
		{"empty takes char", Empty(), ixSubs(Num(1)), Str("a"), Str("a")},
		{"undefined takes logical", Value{}, ixSubs(Num(2)), Bool(true), ixBools(Dims{1, 2}, false, true)},
		{"complex into real", ixRow(1, 2), ixSubs(Num(2)), Complex(0, 1), FromRef(NewArrayFrom(Double, Dims{1, 2}, []float64{1, 0}, []float64{0, 1}))},
		{"real into complex", FromRef(NewArrayFrom(Double, Dims{1, 2}, []float64{1, 0}, []float64{3, 1})), ixSubs(Num(2)), Num(4), FromRef(NewArrayFrom(Double, Dims{1, 2}, []float64{1, 4}, []float64{3, 0}))},
		{"string into double", ixRow(1, 2), ixSubs(Num(2)), String("3.5"), ixRow(1, 3.5)},
		{"self assignment", ixRow(1, 2, 3), ixSubs(ixRow(3, 2, 1)), ixRow(1, 2, 3), ixRow(3, 2, 1)},
	}
	for _, c := range cases {
		got, err := Assign(ixFresh(c.v), c.subs, c.rhs)
		ixCheck(t, c.name, got, err, c.want)
	}
}

func TestAssignSelfAlias(t *testing.T) {
	x := ixRow(1, 2, 3)
	got, err := Assign(x, ixSubs(ixRow(3, 2, 1)), x)
	ixCheck(t, "aliased rhs", got, err, ixRow(3, 2, 1))
	c := ixCell(Dims{1, 2}, Num(1), Num(2))
	got, err = Assign(c, ixSubs(ixRow(2, 1)), c)
	ixCheck(t, "aliased cell", got, err, ixCell(Dims{1, 2}, Num(2), Num(1)))
}

func TestAssignContainers(t *testing.T) {
	c := ixCell(Dims{1, 2}, Num(1), Num(2))
	ab := []string{"a", "b"}
	s := ixStruct(ab, Dims{1, 1}, []Value{Num(1), Num(2)})
	ba := ixStruct([]string{"b", "a"}, Dims{1, 1}, []Value{Num(20), Num(10)})
	cases := []struct {
		name string
		v    Value
		subs []Value
		rhs  Value
		want Value
	}{
		{"cell element", c, ixSubs(Num(2)), ixCell(Dims{1, 1}, Str("x")), ixCell(Dims{1, 2}, Num(1), Str("x"))},
		{"cell grows with []", c, ixSubs(Num(4)), ixCell(Dims{1, 1}, Num(4)), ixCell(Dims{1, 4}, Num(1), Num(2), Empty(), Num(4))},
		{"cell broadcast", c, ixSubs(Colon()), ixCell(Dims{1, 1}, Num(0)), ixCell(Dims{1, 2}, Num(0), Num(0))},
		{"cell from undefined", Value{}, ixSubs(Num(2)), ixCell(Dims{1, 1}, Num(5)), ixCell(Dims{1, 2}, Empty(), Num(5))},
		{"cell from empty", Empty(), ixSubs(Num(1)), ixCell(Dims{1, 1}, Num(5)), ixCell(Dims{1, 1}, Num(5))},
		{"struct reorders fields", s, ixSubs(Num(1)), ba, ixStruct(ab, Dims{1, 1}, []Value{Num(10), Num(20)})},
		{"struct grows", s, ixSubs(Num(3)), ba, ixStruct(ab, Dims{1, 3}, []Value{Num(1), Num(2)}, []Value{Empty(), Empty()}, []Value{Num(10), Num(20)})},
		{"struct from undefined", Value{}, ixSubs(Num(2)), ba, ixStruct([]string{"b", "a"}, Dims{1, 2}, []Value{Empty(), Empty()}, []Value{Num(20), Num(10)})},
		{"string element", ixStrs(Dims{1, 2}, "a", "b"), ixSubs(Num(2)), String("z"), ixStrs(Dims{1, 2}, "a", "z")},
		{"string from char", ixStrs(Dims{1, 2}, "a", "b"), ixSubs(Num(1)), Str("xyz"), ixStrs(Dims{1, 2}, "xyz", "b")},
		{"string from number", ixStrs(Dims{1, 1}, "a"), ixSubs(Num(2)), Num(2.5), ixStrs(Dims{1, 2}, "a", "2.5")},
		{"string from undefined", Value{}, ixSubs(Num(2)), String("b"), FromRef(&StringArray{dims: Dims{1, 2}, Elems: []string{"", "b"}, Missing: []bool{true, false}})},
		{"function handle replaced", FromRef(&Func{Name: "sin"}), ixSubs(Num(1)), FromRef(&Func{Name: "cos"}), FromRef(&Func{Name: "cos"})},
	}
	for _, tc := range cases {
		got, err := Assign(ixFresh(tc.v), tc.subs, tc.rhs)
		ixCheck(t, tc.name, got, err, tc.want)
	}
}

func TestStringGrowthIsMissing(t *testing.T) {
	got, err := Assign(String("a"), ixSubs(Num(3)), String("c"))
	if err != nil {
		t.Fatal(err)
	}
	s := got.Ref().(*StringArray)
	if len(s.Missing) != 3 || s.Missing[0] || !s.Missing[1] || s.Missing[2] {
		t.Errorf("missing = %v, want [false true false]", s.Missing)
	}
}

func TestAssignErrors(t *testing.T) {
	m := ixMat(2, 2, 1, 2, 3, 4)
	s := ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(1)})
	cases := []struct {
		name string
		v    Value
		subs []Value
		rhs  Value
		msg  string
	}{
		{"numel", ixRow(1, 2, 3), ixSubs(ixRow(1, 2)), ixRow(1, 2, 3), "Unable to perform assignment because the left and right sides have a different number of elements."},
		{"size", m, ixSubs(Num(1), ixRow(1, 2)), ixRow(1, 2, 3), "Unable to perform assignment because the size of the left side is 1-by-2 and the size of the right side is 1-by-3."},
		{"same numel other shape", ixSeq(3, 3), ixSubs(ixRow(1, 2), ixRow(1, 2, 3)), ixSeq(3, 2), "Unable to perform assignment because the size of the left side is 2-by-3 and the size of the right side is 3-by-2."},
		{"ambiguous growth", m, ixSubs(Num(5)), Num(1), "Attempt to grow array along ambiguous dimension."},
		{"ambiguous folded growth", ixSeq(2, 2, 2), ixSubs(Num(1), Num(5)), Num(1), "Attempt to grow array along ambiguous dimension."},
		{"zero", ixRow(1, 2), ixSubs(Num(0)), Num(1), "Array indices must be positive integers or logical values."},
		{"fraction", ixRow(1, 2), ixSubs(Num(1), Num(1.5)), Num(1), "Array indices must be positive integers or logical values."},
		{"huge", Value{}, ixSubs(Num(1e15)), Num(1), "Requested array exceeds the maximum possible size."},
		{"huge 2-D", Value{}, ixSubs(Num(1e6), Num(1e6)), Num(1), "Requested array exceeds the maximum possible size."},
		{"Inf", Value{}, ixSubs(Num(math.Inf(1))), Num(1), "Array indices must be positive integers or logical values."},
		{"no subscripts", ixRow(1), nil, Num(1), "Array indices must be positive integers or logical values."},
		{"double into cell", ixCell(Dims{1, 1}, Num(1)), ixSubs(Num(1)), Num(5), "Conversion to cell from double is not possible."},
		{"cell into double", ixRow(1, 2), ixSubs(Num(1)), ixCell(Dims{1, 1}, Num(1)), "Conversion to double from cell is not possible."},
		{"double into struct", s, ixSubs(Num(2)), Num(1), "Conversion to struct from double is not possible."},
		{"dissimilar structs", s, ixSubs(Num(2)), ixStruct([]string{"b"}, Dims{1, 1}, []Value{Num(1)}), "Subscripted assignment between dissimilar structures."},
		{"function handle array", FromRef(&Func{Name: "sin"}), ixSubs(Num(2)), FromRef(&Func{Name: "cos"}), "Nonscalar arrays of function handles are not allowed; use cell arrays instead."},
		{"undefined rhs", ixRow(1), ixSubs(Num(1)), Value{}, "Unable to perform assignment because the left and right sides have a different number of elements."},
	}
	for _, c := range cases {
		_, err := Assign(c.v, c.subs, c.rhs)
		ixCheckErr(t, c.name, err, c.msg)
	}
}

func TestAssignInPlace(t *testing.T) {
	x := ixRow(1, 2, 3)
	a := x.Ref().(*Array)
	got, err := Assign(x, ixSubs(ixRow(1, 2)), ixRow(7, 8))
	if err != nil || got.Ref() != Ref(a) || a.Re[0] != 7 || a.Re[1] != 8 {
		t.Errorf("unique array not changed in place: %v %v", ixShow(got), err)
	}
	got, _ = Assign(x, ixSubs(Num(5)), Num(1))
	if got.Ref() != Ref(a) || !a.dims.Equal(Dims{1, 5}) {
		t.Errorf("unique array not grown in place")
	}
}

func TestAssignCopiesShared(t *testing.T) {
	x := ixRow(1, 2, 3)
	Retain(x)
	Retain(x)
	got, err := Assign(x, ixSubs(Num(1)), Num(9))
	ixCheck(t, "copy", got, err, ixRow(9, 2, 3))
	ixCheck(t, "original", x, nil, ixRow(1, 2, 3))
	got, err = Assign(x, ixSubs(Num(5)), Num(9))
	ixCheck(t, "copy grown", got, err, ixRow(1, 2, 3, 0, 9))
	ixCheck(t, "original after growth", x, nil, ixRow(1, 2, 3))

	inner := ixRow(1, 2)
	c := ixCell(Dims{1, 2}, inner, Num(0))
	Retain(c)
	Retain(c)
	got, err = Assign(c, ixSubs(Num(2)), ixCell(Dims{1, 1}, Num(5)))
	ixCheck(t, "cell copy", got, err, ixCell(Dims{1, 2}, ixRow(1, 2), Num(5)))
	ixCheck(t, "cell original", c, nil, ixCell(Dims{1, 2}, ixRow(1, 2), Num(0)))
	if Unique(inner) {
		t.Errorf("element shared by two cells is unique")
	}

	s := ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(1)})
	Retain(s)
	Retain(s)
	got, err = Assign(s, ixSubs(Num(2)), ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(2)}))
	if err != nil {
		t.Fatal(err)
	}
	got.Ref().(*Struct).Elems[0][0] = Num(99)
	if !IsEqual(s.Ref().(*Struct).Elems[0][0], Num(1)) {
		t.Errorf("struct copy shares element rows with the original")
	}
}

func TestAssignAllocs(t *testing.T) {
	x := ixSeq(1, 100)
	m := ixSeq(10, 10)
	i := ixSubs(Num(7))
	ij := ixSubs(Num(3), Num(4))
	n := testing.AllocsPerRun(100, func() {
		x, _ = Assign(x, i, Num(1.5))
		m, _ = Assign(m, ij, Num(2.5))
		x, _ = Assign(x, i, Bool(true))
	})
	if n != 0 {
		t.Errorf("in-place scalar Assign allocates %v times", n)
	}
	if x.Ref().(*Array).Re[6] != 1 || m.Ref().(*Array).Re[32] != 2.5 {
		t.Errorf("in-place assignment lost")
	}
}

func TestAssignAppendAmortised(t *testing.T) {
	var x Value
	subs := make([]Value, 1)
	const n = 4096
	allocs := testing.AllocsPerRun(1, func() {
		x = Value{}
		for k := 1; k <= n; k++ {
			subs[0] = Num(float64(k))
			x, _ = Assign(x, subs, Num(float64(k)))
		}
	})
	if allocs > 2*n {
		t.Errorf("appending %d elements allocated %v times", n, allocs)
	}
	a := x.Ref().(*Array)
	if !a.dims.Equal(Dims{1, n}) || a.Re[n-1] != n || a.Re[0] != 1 {
		t.Errorf("append result wrong: %v", a.dims)
	}
	if cap(a.Re) > 2*n {
		t.Errorf("capacity %d grew past 2n", cap(a.Re))
	}
}

func TestBraceAssign(t *testing.T) {
	c := ixCell(Dims{1, 2}, Num(1), Num(2))
	cases := []struct {
		name string
		v    Value
		subs []Value
		rhs  Value
		want Value
	}{
		{"undefined", Value{}, ixSubs(Num(2)), Str("x"), ixCell(Dims{1, 2}, Empty(), Str("x"))},
		{"empty double", Empty(), ixSubs(Num(1)), Num(3), ixCell(Dims{1, 1}, Num(3))},
		{"replace", c, ixSubs(Num(1)), ixRow(1, 2), ixCell(Dims{1, 2}, ixRow(1, 2), Num(2))},
		{"grow", c, ixSubs(Num(4)), Num(4), ixCell(Dims{1, 4}, Num(1), Num(2), Empty(), Num(4))},
		{"2-D grow", c, ixSubs(Num(2), Num(1)), Num(3), ixCell(Dims{2, 2}, Num(1), Num(3), Num(2), Empty())},
		{"store cell", c, ixSubs(Num(2)), ixCell(Dims{1, 1}, Num(5)), ixCell(Dims{1, 2}, Num(1), ixCell(Dims{1, 1}, Num(5)))},
	}
	for _, tc := range cases {
		got, err := BraceAssign(ixFresh(tc.v), tc.subs, tc.rhs)
		ixCheck(t, tc.name, got, err, tc.want)
	}
	_, err := BraceAssign(Num(5), ixSubs(Num(1)), Num(2))
	ixCheckErr(t, "non-cell", err, "Unable to perform assignment because brace indexing is not supported for variables of this type.")
	_, err = BraceAssign(ixCell(Dims{1, 3}), ixSubs(ixRow(1, 2)), Num(2))
	ixCheckErr(t, "several", err, "Insufficient number of outputs from right hand side of equal sign to satisfy assignment.")
	_, err = BraceAssign(c, ixSubs(Num(0)), Num(2))
	ixCheckErr(t, "zero", err, "Array indices must be positive integers or logical values.")

	rhs := ixRow(1, 2, 3)
	out, _ := BraceAssign(Value{}, ixSubs(Num(1)), rhs)
	Retain(rhs)
	if Unique(rhs) {
		t.Errorf("BraceAssign did not retain its right-hand side")
	}
	cell := out.Ref().(*Cell)
	out2, _ := BraceAssign(out, ixSubs(Num(1)), Num(0))
	if out2.Ref() != Ref(cell) {
		t.Errorf("unique cell not changed in place")
	}
}

func TestBraceAssignAllocs(t *testing.T) {
	c := ixCell(Dims{1, 10}, Num(0), Num(0), Num(0), Num(0), Num(0), Num(0), Num(0), Num(0), Num(0), Num(0))
	subs := ixSubs(Num(3))
	n := testing.AllocsPerRun(100, func() {
		c, _ = BraceAssign(c, subs, Num(1))
	})
	if n != 0 {
		t.Errorf("in-place BraceAssign allocates %v times", n)
	}
}
