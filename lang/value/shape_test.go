package value

import "testing"

func TestReshapeValue(t *testing.T) {
	cases := []struct {
		name string
		v    Value
		d    Dims
		want Value
	}{
		{"row to matrix", ixSeq(1, 6), Dims{2, 3}, ixSeq(2, 3)},
		{"to 3-D", ixSeq(1, 8), Dims{2, 2, 2}, ixSeq(2, 2, 2)},
		{"trailing ones trimmed", ixSeq(2, 3), Dims{6, 1, 1}, ixSeq(6, 1)},
		{"char", Str("abcd"), Dims{2, 2}, ixArr(Char, Dims{2, 2}, 97, 98, 99, 100)},
		{"cell", ixCell(Dims{1, 2}, Num(1), Num(2)), Dims{2, 1}, ixCell(Dims{2, 1}, Num(1), Num(2))},
		{"string", ixStrs(Dims{1, 2}, "a", "b"), Dims{2, 1}, ixStrs(Dims{2, 1}, "a", "b")},
		{"scalar", Num(3), Dims{1, 1}, Num(3)},
		{"struct", ixStruct([]string{"a"}, Dims{1, 2}, []Value{Num(1)}, []Value{Num(2)}), Dims{2, 1}, ixStruct([]string{"a"}, Dims{2, 1}, []Value{Num(1)}, []Value{Num(2)})},
	}
	for _, c := range cases {
		got, err := ReshapeValue(c.v, c.d)
		ixCheck(t, c.name, got, err, c.want)
	}
	_, err := ReshapeValue(ixSeq(1, 6), Dims{4, 2})
	ixCheckErr(t, "numel", err, "Number of elements must not change. Use [] as one of the size inputs to automatically calculate the appropriate size for that dimension.")
	x := ixSeq(1, 4)
	y, _ := ReshapeValue(x, Dims{2, 2})
	y.Ref().(*Array).Re[0] = 99
	if x.Ref().(*Array).Re[0] != 1 {
		t.Errorf("reshape shares storage")
	}
}

func TestPermute(t *testing.T) {
	cases := []struct {
		name  string
		v     Value
		order []int
		want  Value
	}{
		{"transpose", ixMat(2, 3, 1, 2, 3, 4, 5, 6), []int{1, 0}, ixMat(3, 2, 1, 4, 2, 5, 3, 6)},
		{"identity", ixSeq(2, 3), []int{0, 1, 2}, ixSeq(2, 3)},
		{"3-D", ixSeq(2, 3, 4), []int{2, 0, 1}, ixPermuted()},
		{"add dimension", ixRow(1, 2), []int{2, 1, 0}, ixArr(Double, Dims{1, 2}, 1, 2)},
		{"column to page", ixCol(1, 2), []int{2, 1, 0}, ixArr(Double, Dims{1, 1, 2}, 1, 2)},
		{"cell", ixCell(Dims{1, 2}, Num(1), Str("a")), []int{1, 0}, ixCell(Dims{2, 1}, Num(1), Str("a"))},
		{"scalar", Num(4), []int{1, 0}, Num(4)},
	}
	for _, c := range cases {
		got, err := Permute(c.v, c.order)
		ixCheck(t, c.name, got, err, c.want)
	}
	_, err := Permute(ixSeq(2, 3, 4), []int{1, 0})
	ixCheckErr(t, "too few", err, "ORDER must have at least N elements for an N-D array.")
	_, err = Permute(ixSeq(2, 3), []int{0, 0})
	ixCheckErr(t, "repeat", err, "ORDER contains an invalid permutation index.")
	_, err = Permute(ixSeq(2, 3), []int{0, 2})
	ixCheckErr(t, "out of range", err, "ORDER contains an invalid permutation index.")
}

// ixPermuted is permute(reshape(1:24, 2, 3, 4), [3 1 2]) computed by the
// definition B(k,i,j) = A(i,j,k).
func ixPermuted() Value {
	re := make([]float64, 24)
	for i := range 2 {
		for j := range 3 {
			for k := range 4 {
				re[k+4*i+8*j] = float64(1 + i + 2*j + 6*k)
			}
		}
	}
	return ixArr(Double, Dims{4, 2, 3}, re...)
}
