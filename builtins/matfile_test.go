package builtins

import (
	"fmt"
	"math"
	"testing"
	"time"

	"gomat/lang/value"
)

// matSame reports whether two values are identical: class, size,
// complexity, every element bit for bit (so NaN equals NaN and -0 differs
// from 0), field names and order.
func matSame(a, b value.Value) bool {
	if a.ClassName() != b.ClassName() || !a.Size().Equal(b.Size()) {
		return false
	}
	switch x := a.Ref().(type) {
	case *value.Cell:
		y := b.Ref().(*value.Cell)
		for i := range x.Elems {
			if !matSame(x.Elems[i], y.Elems[i]) {
				return false
			}
		}
		return true
	case *value.Struct:
		y := b.Ref().(*value.Struct)
		if fmt.Sprint(x.Fields) != fmt.Sprint(y.Fields) {
			return false
		}
		for i := range x.Elems {
			for j := range x.Elems[i] {
				if !matSame(x.Elems[i][j], y.Elems[i][j]) {
					return false
				}
			}
		}
		return true
	}
	x, ok1 := a.Array()
	y, ok2 := b.Array()
	if !ok1 || !ok2 || (x.Im == nil) != (y.Im == nil) {
		return false
	}
	return sameBits(x.Re, y.Re) && sameBits(x.Im, y.Im)
}

// sameBits reports whether two slices hold the same bits (any NaN equals
// any NaN).
func sameBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) && !(math.IsNaN(a[i]) && math.IsNaN(b[i])) {
			return false
		}
	}
	return true
}

// describeMat writes a value for test messages.
func describeMat(v value.Value) string {
	if !v.Defined() {
		return "<undefined>"
	}
	switch r := v.Ref().(type) {
	case *value.Cell:
		s := fmt.Sprintf("cell %v {", r.Size())
		for _, e := range r.Elems {
			s += describeMat(e) + "; "
		}
		return s + "}"
	case *value.Struct:
		s := fmt.Sprintf("struct %v %v {", r.Size(), r.Fields)
		for _, row := range r.Elems {
			for _, e := range row {
				s += describeMat(e) + "; "
			}
		}
		return s + "}"
	}
	if a, ok := v.Array(); ok {
		return fmt.Sprintf("%s %v re=%v im=%v", a.Class(), a.Size(), a.Re, a.Im)
	}
	return v.ClassName()
}

// arr builds an array value of class c and size d.
func arr(c value.Class, d value.Dims, re, im []float64) value.Value {
	return value.FromRef(value.NewArrayFrom(c, d, re, im))
}

// cellOf builds a cell array value.
func cellOf(d value.Dims, elems ...value.Value) value.Value {
	return value.FromRef(value.NewCellFrom(d, elems))
}

// roundTripValues covers every class, complex data, empties, N-d arrays,
// nested cells and structs, and struct arrays.
func roundTripValues() map[string]value.Value {
	sa := value.NewStruct(value.Dims{2, 2}, []string{"name", "inner", "a_much_longer_field_name_over_thirty_two_chars"})
	inner := value.NewStruct(value.Dims{1, 1}, []string{"deep"})
	inner.Elems[0][0] = cellOf(value.Dims{1, 1}, value.Str("nested"))
	for i := range sa.Elems {
		sa.Elems[i][0] = value.Str(fmt.Sprint("elem", i))
		sa.Elems[i][1] = value.FromRef(inner.Clone())
		sa.Elems[i][2] = value.Num(float64(i))
	}
	nd := make([]float64, 24)
	for i := range nd {
		nd[i] = float64(i) - 3.5
	}
	vals := map[string]value.Value{
		"dscalar":  value.Num(math.Pi),
		"dints":    value.RowVector([]float64{0, 255}),
		"dneg":     value.RowVector([]float64{-128, 127}),
		"d16":      value.RowVector([]float64{-300, 65535}),
		"d32":      value.RowVector([]float64{-70000, 4e9}),
		"dspecial": value.RowVector([]float64{math.NaN(), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 1e300, 5e-324}),
		"dnd":      arr(value.Double, value.Dims{2, 3, 4}, nd, nil),
		"dcomplex": arr(value.Double, value.Dims{2, 1}, []float64{1.5, -2}, []float64{0.25, 3}),
		"single":   arr(value.Single, value.Dims{1, 2}, []float64{float64(float32(0.1)), -2}, nil),
		"csingle":  arr(value.Single, value.Dims{1, 1}, []float64{1}, []float64{-1}),
		"int8":     arr(value.Int8, value.Dims{1, 3}, []float64{-128, 0, 127}, nil),
		"cint8":    arr(value.Int8, value.Dims{1, 1}, []float64{-3}, []float64{4}),
		"uint8":    arr(value.Uint8, value.Dims{2, 2}, []float64{0, 1, 254, 255}, nil),
		"int16":    arr(value.Int16, value.Dims{1, 2}, []float64{-32768, 32767}, nil),
		"uint16":   arr(value.Uint16, value.Dims{1, 2}, []float64{0, 65535}, nil),
		"int32":    arr(value.Int32, value.Dims{1, 2}, []float64{-2147483648, 2147483647}, nil),
		"uint32":   arr(value.Uint32, value.Dims{1, 2}, []float64{0, 4294967295}, nil),
		"int64":    arr(value.Int64, value.Dims{1, 3}, []float64{-9007199254740993, 0, 9007199254740992}, nil),
		"uint64":   arr(value.Uint64, value.Dims{1, 2}, []float64{0, 18014398509481984}, nil),
		"logical":  arr(value.Logical, value.Dims{2, 1, 2}, []float64{1, 0, 0, 1}, nil),
		"ltrue":    value.Bool(true),
		"char":     value.Str("hello, world"),
		"charmat":  arr(value.Char, value.Dims{2, 2}, []float64{'a', 'c', 'b', 'd'}, nil),
		"unicode":  value.Str("héllo € 😀"),
		"empty":    value.Empty(),
		"empty03":  arr(value.Double, value.Dims{0, 3}, []float64{}, nil),
		"emptyi8":  arr(value.Int8, value.Dims{1, 0}, []float64{}, nil),
		"emptych":  arr(value.Char, value.Dims{0, 0}, []float64{}, nil),
		"emptych1": arr(value.Char, value.Dims{1, 0}, []float64{}, nil),
		"cellnest": cellOf(value.Dims{2, 2}, value.Num(1), value.Str("x"), cellOf(value.Dims{1, 2}, value.Bool(false), cellOf(value.Dims{0, 0})), value.Empty()),
		"cellnd":   cellOf(value.Dims{1, 1, 2}, value.Num(1), value.Num(2)),
		"cellnil":  cellOf(value.Dims{0, 0}),
		"structs":  value.FromRef(sa),
		"sempty":   value.FromRef(value.NewStruct(value.Dims{0, 0}, []string{"a", "b"})),
		"snofield": value.FromRef(value.NewStruct(value.Dims{1, 3}, nil)),
	}
	return vals
}

func TestMatRoundTrip(t *testing.T) {
	for _, compress := range []bool{false, true} {
		for name, v := range roundTripValues() {
			elem, err := encodeVariable(name, v, compress)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			data := append(matHeader(time.Now()), elem...)
			got := readAll(t, data)
			if !matSame(got[name], v) {
				t.Errorf("compress=%v %s:\n got %s\nwant %s", compress, name, describeMat(got[name]), describeMat(v))
			}
		}
	}
}

func TestMatSaveUnsupported(t *testing.T) {
	for _, v := range []value.Value{value.String("s"), value.FromRef(&value.Func{Name: "sin"})} {
		if _, err := encodeVariable("v", v, true); err == nil {
			t.Errorf("%s: saved without error", v.ClassName())
		}
	}
}
