package value

import (
	"strings"
	"testing"
)

func ixArr(c Class, d Dims, re ...float64) Value {
	return FromRef(NewArrayFrom(c, d, re, nil))
}

func ixRow(xs ...float64) Value { return ixArr(Double, Dims{1, len(xs)}, xs...) }

func ixCol(xs ...float64) Value { return ixArr(Double, Dims{len(xs), 1}, xs...) }

// ixMat builds an r×c double matrix from row-major data, as it is written.
func ixMat(r, c int, rowMajor ...float64) Value {
	re := make([]float64, r*c)
	for i := range r {
		for j := range c {
			re[i+j*r] = rowMajor[i*c+j]
		}
	}
	return ixArr(Double, Dims{r, c}, re...)
}

// ixSeq returns a double array of size d holding 1, 2, 3, ... in
// column-major order.
func ixSeq(d ...int) Value {
	dims := MakeDims(d...)
	re := make([]float64, dims.Numel())
	for i := range re {
		re[i] = float64(i + 1)
	}
	return ixArr(Double, dims, re...)
}

func ixBools(d Dims, bs ...bool) Value {
	re := make([]float64, len(bs))
	for i, b := range bs {
		if b {
			re[i] = 1
		}
	}
	return ixArr(Logical, d, re...)
}

func ixCell(d Dims, elems ...Value) Value { return FromRef(NewCellFrom(d, elems)) }

func ixStrs(d Dims, s ...string) Value { return FromRef(NewStringArray(d, s)) }

// ixStruct builds a struct array of size d; rows holds each element's field
// values in the order of fields.
func ixStruct(fields []string, d Dims, rows ...[]Value) Value {
	s := NewStruct(d, fields)
	for i, r := range rows {
		s.Elems[i] = r
	}
	return FromRef(s)
}

func ixSubs(vs ...Value) []Value { return vs }

// ixCheck fails unless got has want's class, size, complexness and values.
func ixCheck(t *testing.T, name string, got Value, err error, want Value) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: unexpected error %v", name, err)
		return
	}
	if got.ClassName() != want.ClassName() {
		t.Errorf("%s: class %s, want %s", name, got.ClassName(), want.ClassName())
		return
	}
	if !got.Size().Equal(want.Size()) {
		t.Errorf("%s: size %v, want %v", name, got.Size(), want.Size())
		return
	}
	ga, ok1 := got.Ref().(*Array)
	wa, ok2 := want.Ref().(*Array)
	if ok1 && ok2 && ga.IsComplex() != wa.IsComplex() {
		t.Errorf("%s: complex %v, want %v", name, ga.IsComplex(), wa.IsComplex())
	}
	if !IsEqualN(got, want) {
		t.Errorf("%s: got %v, want %v", name, ixShow(got), ixShow(want))
	}
}

// ixCheckErr fails unless err is a *Error with message msg.
func ixCheckErr(t *testing.T, name string, err error, msg string) {
	t.Helper()
	e, ok := err.(*Error)
	switch {
	case err == nil:
		t.Errorf("%s: no error, want %q", name, msg)
	case !ok:
		t.Errorf("%s: error %T %v is not *Error", name, err, err)
	case e.Msg != msg:
		t.Errorf("%s: error %q, want %q", name, e.Msg, msg)
	case e.ID == "":
		t.Errorf("%s: error %q has no identifier", name, msg)
	}
}

func ixShow(v Value) string {
	switch r := v.Ref().(type) {
	case *Array:
		var b strings.Builder
		b.WriteString(r.class.String() + " " + r.dims.String() + " ")
		for _, x := range r.Re {
			b.WriteString(numberText(x) + " ")
		}
		return b.String()
	case *Cell:
		parts := make([]string, len(r.Elems))
		for i, e := range r.Elems {
			parts[i] = ixShow(e)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *StringArray:
		return "string " + strings.Join(r.Elems, "|")
	case nil:
		return numberText(v.Float())
	}
	return v.ClassName()
}

// ixFresh returns an independent copy of v, so that table cases that
// change values in place do not affect each other.
func ixFresh(v Value) Value {
	switch r := v.Ref().(type) {
	case *Array:
		return FromRef(r.Clone())
	case *Cell:
		return FromRef(NewCellFrom(r.dims.Clone(), append([]Value(nil), r.Elems...)))
	case *Struct:
		return FromRef(r.Clone())
	case *StringArray:
		return FromRef(r.Clone())
	}
	return v
}
