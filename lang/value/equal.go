package value

import (
	"math"
	"reflect"
)

// IsEqual implements isequal(a, b): same size and equal values, whatever
// the numeric class (NaN is not equal to itself); cells and structs
// compare element by element (field order does not matter); a string
// scalar equals a char row vector with the same text.
func IsEqual(a, b Value) bool { return equalValues(a, b, false) }

// IsEqualN implements isequaln: like IsEqual, but NaN equals NaN and
// <missing> equals <missing>.
func IsEqualN(a, b Value) bool { return equalValues(a, b, true) }

func sameFloat(x, y float64, nanEqual bool) bool {
	return x == y || nanEqual && math.IsNaN(x) && math.IsNaN(y)
}

func equalValues(a, b Value, nanEqual bool) bool {
	if a.k != kindRef && b.k != kindRef {
		return a.Defined() && b.Defined() && sameFloat(a.f, b.f, nanEqual)
	}
	if !a.Defined() || !b.Defined() {
		return false
	}
	if sa, ok := a.Ref().(*StringArray); ok {
		return equalString(sa, b, nanEqual)
	}
	if sb, ok := b.Ref().(*StringArray); ok {
		return equalString(sb, a, nanEqual)
	}
	if x, ok := a.Array(); ok {
		y, ok := b.Array()
		return ok && equalArrays(x, y, nanEqual)
	}
	switch x := a.r.(type) {
	case *Cell:
		y, ok := b.Ref().(*Cell)
		return ok && equalCells(x, y, nanEqual)
	case *Struct:
		y, ok := b.Ref().(*Struct)
		return ok && equalStructs(x, y, nanEqual)
	case *Func:
		y, ok := b.Ref().(*Func)
		return ok && (x == y || x.Name != "" && x.Name == y.Name)
	}
	ra, rb := a.Ref(), b.Ref()
	return reflect.TypeOf(ra) == reflect.TypeOf(rb) && reflect.TypeOf(ra).Comparable() && ra == rb
}

func equalArrays(x, y *Array, nanEqual bool) bool {
	if !x.dims.Equal(y.dims) {
		return false
	}
	for i := range x.Re {
		if !sameFloat(x.Re[i], y.Re[i], nanEqual) || !sameFloat(imagAt(x, i), imagAt(y, i), nanEqual) {
			return false
		}
	}
	return true
}

func imagAt(a *Array, i int) float64 {
	if a.Im == nil {
		return 0
	}
	return a.Im[i]
}

func equalCells(x, y *Cell, nanEqual bool) bool {
	if !x.dims.Equal(y.dims) {
		return false
	}
	for i := range x.Elems {
		if !equalValues(x.Elems[i], y.Elems[i], nanEqual) {
			return false
		}
	}
	return true
}

func equalStructs(x, y *Struct, nanEqual bool) bool {
	perm, ok := fieldOrder(x.Fields, y.Fields)
	if !ok || !x.dims.Equal(y.dims) {
		return false
	}
	for i, row := range x.Elems {
		for j, v := range row {
			if !equalValues(v, y.Elems[i][perm[j]], nanEqual) {
				return false
			}
		}
	}
	return true
}

// equalString compares string array s with b, a string array or a char
// row vector (which equals a string scalar with the same text).
func equalString(s *StringArray, b Value, nanEqual bool) bool {
	t, ok := b.Ref().(*StringArray)
	if !ok {
		text, isText := b.Text()
		return isText && s.dims.IsScalar() && (s.Missing == nil || !s.Missing[0]) && s.Elems[0] == text
	}
	if !s.dims.Equal(t.dims) {
		return false
	}
	for i := range s.Elems {
		ms, mt := s.Missing != nil && s.Missing[i], t.Missing != nil && t.Missing[i]
		switch {
		case ms || mt:
			if !(ms && mt && nanEqual) {
				return false
			}
		case s.Elems[i] != t.Elems[i]:
			return false
		}
	}
	return true
}

// SwitchMatches reports whether the value x of a switch statement matches
// the case value c: text (char or string) by strcmp, numbers by ==, and a
// cell case when any of its elements matches.
func SwitchMatches(x, c Value) bool {
	if cc, ok := c.Ref().(*Cell); ok {
		for _, e := range cc.Elems {
			if switchMatchOne(x, e) {
				return true
			}
		}
		return false
	}
	return switchMatchOne(x, c)
}

func switchMatchOne(x, c Value) bool {
	xt, xText := x.Text()
	ct, cText := c.Text()
	if xText || cText {
		return xText && cText && xt == ct
	}
	if x.k != kindRef && c.k != kindRef {
		return x.Defined() && c.Defined() && x.f == c.f
	}
	xa, ok1 := x.Array()
	ca, ok2 := c.Array()
	if !ok1 || !ok2 || len(xa.Re) != 1 || len(ca.Re) != 1 {
		return false
	}
	return xa.Re[0] == ca.Re[0] && imagAt(xa, 0) == imagAt(ca, 0)
}
