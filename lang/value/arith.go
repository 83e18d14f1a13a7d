package value

import "math"

// Plus returns a + b with implicit expansion. Strings concatenate: a number
// or char operand is first converted to a string.
func Plus(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(a.f + b.f), nil
	}
	if isString(a) || isString(b) {
		return stringPlus(a, b)
	}
	return elementwise(opPlus, "+", a, b)
}

// Minus returns a - b with implicit expansion.
func Minus(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(a.f - b.f), nil
	}
	return elementwise(opMinus, "-", a, b)
}

// Times returns a .* b with implicit expansion.
func Times(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(a.f * b.f), nil
	}
	return elementwise(opTimes, ".*", a, b)
}

// RDivide returns a ./ b with implicit expansion. Integer results round, so
// int32(7)./int32(2) is 4.
func RDivide(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(a.f / b.f), nil
	}
	return elementwise(opRDiv, "./", a, b)
}

// LDivide returns a .\ b, that is b ./ a, with implicit expansion.
func LDivide(a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Num(b.f / a.f), nil
	}
	return elementwise(opRDiv, ".\\", b, a)
}

// Power returns a .^ b with implicit expansion. A negative real base with a
// non-integer exponent gives a complex result, as in MATLAB.
func Power(a, b Value) (Value, error) {
	if inlinePair(a, b) && (a.f >= 0 || isIntegral(b.f) || b.f != b.f || b.f-b.f != 0) {
		return Num(math.Pow(a.f, b.f)), nil
	}
	return elementwise(opPower, ".^", a, b)
}

// inlinePair reports whether both values are inline real scalars (double or
// logical), whose arithmetic is plain double arithmetic.
func inlinePair(a, b Value) bool {
	return (a.k == kindNum || a.k == kindBool) && (b.k == kindNum || b.k == kindBool)
}

// isString reports whether v is a string array.
func isString(v Value) bool {
	_, ok := v.Ref().(*StringArray)
	return ok
}
