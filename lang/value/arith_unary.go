package value

// Negate returns -a. Logical and char operands give double; integer results
// saturate (-int8(-128) is 127).
func Negate(a Value) (Value, error) {
	if a.k == kindNum || a.k == kindBool {
		return Num(-a.f), nil
	}
	x, err := denseOperand(a, "-")
	if err != nil {
		return Value{}, err
	}
	out := &Array{class: unaryClass(x.class), dims: x.dims.Clone(), Re: make([]float64, len(x.re))}
	for i, v := range x.re {
		out.Re[i] = -v
	}
	if x.im != nil {
		out.Im = make([]float64, len(x.im))
		for i, v := range x.im {
			out.Im[i] = -v
		}
	}
	finishArray(out)
	return FromRef(out), nil
}

// UPlus returns +a: a copy of a, with logical and char operands converted to
// double.
func UPlus(a Value) (Value, error) {
	if a.k == kindNum || a.k == kindBool {
		return Num(a.f), nil
	}
	x, err := denseOperand(a, "+")
	if err != nil {
		return Value{}, err
	}
	out := &Array{class: unaryClass(x.class), dims: x.dims.Clone(), Re: cloneFloats(x.re)}
	if x.im != nil {
		out.Im = cloneFloats(x.im)
	}
	return FromRef(out), nil
}

// unaryClass is the class of an arithmetic result with one operand: numeric
// classes are kept, logical and char become double.
func unaryClass(c Class) Class {
	if c.IsNumeric() {
		return c
	}
	return Double
}

// cloneFloats returns a fresh copy of xs (non-nil even when empty).
func cloneFloats(xs []float64) []float64 {
	return append(make([]float64, 0, len(xs)), xs...)
}
