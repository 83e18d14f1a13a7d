package value

import "testing"

type concatTestObject struct{ owners }

func (o *concatTestObject) Class() Class      { return ObjectClass }
func (o *concatTestObject) Size() Dims        { return Dims{1, 1} }
func (o *concatTestObject) ClassName() string { return "Joinable" }

func (o *concatTestObject) Concat(vals []Value, dim int) (Value, error) {
	return Num(float64(10*len(vals) + dim)), nil
}

type plainTestObject struct{ owners }

func (o *plainTestObject) Class() Class      { return ObjectClass }
func (o *plainTestObject) Size() Dims        { return Dims{1, 1} }
func (o *plainTestObject) ClassName() string { return "Plain" }

func TestCat(t *testing.T) {
	s1 := ixStruct([]string{"a", "b"}, Dims{1, 1}, []Value{Num(1), Num(2)})
	s2 := ixStruct([]string{"b", "a"}, Dims{1, 1}, []Value{Num(20), Num(10)})
	cases := []struct {
		name string
		dim  int
		vals []Value
		want Value
	}{
		{"scalars", 2, ixSubs(Num(1), Num(2), Num(3)), ixRow(1, 2, 3)},
		{"rows", 1, ixSubs(ixRow(1, 2), ixRow(3, 4)), ixMat(2, 2, 1, 2, 3, 4)},
		{"matrices side by side", 2, ixSubs(ixMat(2, 1, 1, 2), ixMat(2, 2, 3, 4, 5, 6)), ixMat(2, 3, 1, 3, 4, 2, 5, 6)},
		{"pages", 3, ixSubs(ixMat(1, 2, 1, 2), ixMat(1, 2, 3, 4)), ixArr(Double, Dims{1, 2, 2}, 1, 2, 3, 4)},
		{"single value", 2, ixSubs(Str("x")), Str("x")},
		{"nothing", 2, nil, Empty()},
		{"char wins", 2, ixSubs(Str("abc"), Num(65)), Str("abcA")},
		{"empty char makes char", 2, ixSubs(Str(""), Num(65)), Str("A")},
		{"char rows", 1, ixSubs(Str("ab"), Str("cd")), ixArr(Char, Dims{2, 2}, 97, 99, 98, 100)},
		{"int8 wins and saturates", 2, ixSubs(Scalar(Int8, 100), Num(200), Num(2.5)), ixArr(Int8, Dims{1, 3}, 100, 127, 3)},
		{"first integer class", 2, ixSubs(Scalar(Int8, 1), Scalar(Int16, 300)), ixArr(Int8, Dims{1, 2}, 1, 127)},
		{"integer over single", 2, ixSubs(Scalar(Single, 1.5), Scalar(Uint8, 2)), ixArr(Uint8, Dims{1, 2}, 2, 2)},
		{"single over double", 2, ixSubs(Num(0.1), Scalar(Single, 2)), ixArr(Single, Dims{1, 2}, float64(float32(0.1)), 2)},
		{"logical and double", 2, ixSubs(Bool(true), Num(2)), ixRow(1, 2)},
		{"all logical", 2, ixSubs(Bool(true), Bool(false)), ixBools(Dims{1, 2}, true, false)},
		{"complex", 2, ixSubs(Num(1), Complex(0, 2)), FromRef(NewArrayFrom(Double, Dims{1, 2}, []float64{1, 0}, []float64{0, 2}))},
		{"empty skipped", 2, ixSubs(Empty(), Num(1), Empty()), Num(1)},
		{"1x0 skipped", 2, ixSubs(ixArr(Double, Dims{1, 0}), ixCol(1, 2)), ixCol(1, 2)},
		{"all empty", 2, ixSubs(ixArr(Double, Dims{0, 3}), ixArr(Double, Dims{0, 2})), ixArr(Double, Dims{0, 5})},
		{"all 0x0", 1, ixSubs(Empty(), Empty()), Empty()},
		{"int8 empty sets class", 2, ixSubs(ixArr(Int8, Dims{0, 0}), Num(1.5)), Scalar(Int8, 2)},
		{"cell and value", 2, ixSubs(ixCell(Dims{1, 1}, Num(1)), Num(2)), ixCell(Dims{1, 2}, Num(1), Num(2))},
		{"value and cell", 1, ixSubs(ixRow(1, 2), ixCell(Dims{1, 1}, Str("a"))), ixCell(Dims{2, 1}, ixRow(1, 2), Str("a"))},
		{"cells", 2, ixSubs(ixCell(Dims{1, 2}, Num(1), Num(2)), ixCell(Dims{1, 1}, Num(3))), ixCell(Dims{1, 3}, Num(1), Num(2), Num(3))},
		{"cell and []", 2, ixSubs(ixCell(Dims{1, 1}, Num(1)), Empty()), ixCell(Dims{1, 1}, Num(1))},
		{"empty cell", 2, ixSubs(ixCell(Dims{0, 0}), Num(1)), ixCell(Dims{1, 1}, Num(1))},
		{"structs", 2, ixSubs(s1, s2), ixStruct([]string{"a", "b"}, Dims{1, 2}, []Value{Num(1), Num(2)}, []Value{Num(10), Num(20)})},
		{"struct and []", 1, ixSubs(Empty(), s1), s1},
		{"strings", 2, ixSubs(String("a"), Str("bc")), ixStrs(Dims{1, 2}, "a", "bc")},
		{"string and number", 2, ixSubs(String("a"), Num(1), Bool(true)), ixStrs(Dims{1, 3}, "a", "1", "true")},
		{"string and empty char", 2, ixSubs(String("a"), Str("")), ixStrs(Dims{1, 2}, "a", "")},
		{"string and char matrix", 1, ixSubs(String("a"), ixArr(Char, Dims{2, 2}, 98, 100, 99, 101)), ixStrs(Dims{3, 1}, "a", "bc", "de")},
		{"string and complex", 2, ixSubs(String("a"), Complex(1, -2), Num(0.25)), ixStrs(Dims{1, 3}, "a", "1-2i", "0.25")},
		{"strings vertically", 1, ixSubs(String("a"), String("b")), ixStrs(Dims{2, 1}, "a", "b")},
		{"object", 2, ixSubs(Num(1), FromRef(&concatTestObject{})), Num(22)},
	}
	for _, c := range cases {
		got, err := Cat(c.dim, c.vals)
		ixCheck(t, c.name, got, err, c.want)
	}
	got, err := HorzCat(ixSubs(Num(1), Num(2)))
	ixCheck(t, "HorzCat", got, err, ixRow(1, 2))
	got, err = VertCat(ixSubs(Num(1), Num(2)))
	ixCheck(t, "VertCat", got, err, ixCol(1, 2))
}

func TestCatMissing(t *testing.T) {
	m := FromRef(&StringArray{dims: Dims{1, 1}, Elems: []string{""}, Missing: []bool{true}})
	got, err := HorzCat(ixSubs(String("a"), m))
	if err != nil {
		t.Fatal(err)
	}
	s := got.Ref().(*StringArray)
	if len(s.Missing) != 2 || s.Missing[0] || !s.Missing[1] {
		t.Errorf("missing = %v", s.Missing)
	}
}

func TestCatErrors(t *testing.T) {
	dimMsg := "Dimensions of arrays being concatenated are not consistent."
	f := FromRef(&Func{Name: "sin"})
	cases := []struct {
		name string
		dim  int
		vals []Value
		msg  string
	}{
		{"rows differ", 1, ixSubs(ixRow(1, 2), Num(3)), dimMsg},
		{"columns differ", 2, ixSubs(ixCol(1, 2), Num(3)), dimMsg},
		{"char rows differ", 1, ixSubs(Str("abc"), Str("de")), dimMsg},
		{"3-D mismatch", 3, ixSubs(ixRow(1, 2), Num(1)), dimMsg},
		{"cells differ", 1, ixSubs(ixCell(Dims{1, 2}, Num(1), Num(2)), ixCell(Dims{1, 1}, Num(1))), dimMsg},
		{"struct fields", 2, ixSubs(ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(1)}), ixStruct([]string{"b"}, Dims{1, 1}, []Value{Num(1)})), "Names of fields in structure arrays being concatenated do not match."},
		{"struct and number", 2, ixSubs(ixStruct([]string{"a"}, Dims{1, 1}, []Value{Num(1)}), Num(1)), "Conversion to struct from double is not possible."},
		{"function handles", 2, ixSubs(f, f), "Nonscalar arrays of function handles are not allowed; use cell arrays instead."},
		{"plain objects", 2, ixSubs(FromRef(&plainTestObject{}), Num(1)), "Concatenation of Plain values is not supported."},
		{"bad dim", 0, ixSubs(Num(1), Num(2)), "Dimension argument must be a positive integer scalar within indexing range."},
		{"undefined", 2, ixSubs(Num(1), Value{}), dimMsg},
	}
	for _, c := range cases {
		_, err := Cat(c.dim, c.vals)
		ixCheckErr(t, c.name, err, c.msg)
	}
	got, err := HorzCat(ixSubs(f, Empty()))
	if err != nil || got.Ref() != f.Ref() {
		t.Errorf("[f, []] = %v, %v", ixShow(got), err)
	}
}
