package value

import "unicode/utf16"

// Empty returns the 0×0 double matrix [].
func Empty() Value { return Value{k: kindRef, r: NewArray(Double, Dims{0, 0})} }

// Str returns a 1×n char row vector holding s.
func Str(s string) Value {
	var re []float64
	if isASCII(s) {
		re = make([]float64, len(s))
		for i := 0; i < len(s); i++ {
			re[i] = float64(s[i])
		}
	} else {
		u := utf16.Encode([]rune(s))
		re = make([]float64, len(u))
		for i, c := range u {
			re[i] = float64(c)
		}
	}
	d := Dims{1, len(re)}
	if len(re) == 0 {
		d = Dims{0, 0}
	}
	return Value{k: kindRef, r: &Array{class: Char, dims: d, Re: re}}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// String returns a 1×1 string array holding s.
func String(s string) Value {
	return Value{k: kindRef, r: NewStringArray(Dims{1, 1}, []string{s})}
}

// Complex returns the complex double scalar re + im·i.
func Complex(re, im float64) Value {
	return Value{k: kindRef, r: &Array{class: Double, dims: Dims{1, 1}, Re: []float64{re}, Im: []float64{im}}}
}

// Scalar returns a 1×1 value of numeric or logical class c holding x (x must
// already be valid for c).
func Scalar(c Class, x float64) Value {
	if c == Double {
		return Num(x)
	}
	if c == Logical {
		return Bool(x != 0)
	}
	return Value{k: kindRef, r: &Array{class: c, dims: Dims{1, 1}, Re: []float64{x}}}
}

// RowVector returns a 1×n double row vector.
func RowVector(xs []float64) Value {
	return FromRef(&Array{class: Double, dims: Dims{1, len(xs)}, Re: xs})
}

// ColVector returns an n×1 double column vector.
func ColVector(xs []float64) Value {
	return FromRef(&Array{class: Double, dims: Dims{len(xs), 1}, Re: xs})
}

// Matrix returns an r×c double matrix from column-major data.
func Matrix(r, c int, data []float64) Value {
	return FromRef(&Array{class: Double, dims: Dims{r, c}, Re: data})
}

// CharData returns the text of a char array, reading its elements in
// column-major order, as Go UTF-8.
func (a *Array) CharData() string {
	b := make([]byte, len(a.Re))
	for i, x := range a.Re {
		if x >= 0x80 || x < 0 {
			return a.charDataUTF16()
		}
		b[i] = byte(x)
	}
	return string(b)
}

func (a *Array) charDataUTF16() string {
	u := make([]uint16, len(a.Re))
	for i, x := range a.Re {
		u[i] = uint16(x)
	}
	return string(utf16.Decode(u))
}

// Text returns the text of a char row vector or string scalar; ok is false
// for other values.
func (v Value) Text() (s string, ok bool) {
	switch r := v.Ref().(type) {
	case *Array:
		if r.class == Char && (r.dims.Rows() == 1 || r.dims.Numel() == 0) && len(r.dims) == 2 {
			return r.CharData(), true
		}
	case *StringArray:
		if len(r.Elems) == 1 && r.Missing == nil {
			return r.Elems[0], true
		}
	}
	return "", false
}
