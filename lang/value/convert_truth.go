package value

// IsTrue reports whether v is true as an if or while condition: nonempty
// with every real part nonzero. NaN, strings, cells, structs and other
// non-numeric values are errors, as in MATLAB.
func IsTrue(v Value) (bool, error) {
	switch v.k {
	case kindNum, kindBool:
		if v.f != v.f {
			return false, errNaNLogical
		}
		return v.f != 0, nil
	case kindUndef:
		return false, conversionError("logical", v)
	}
	a, ok := v.r.(*Array)
	if !ok {
		return false, conversionError("logical", v)
	}
	result := len(a.Re) > 0
	for _, x := range a.Re {
		if x != x {
			return false, errNaNLogical
		}
		if x == 0 {
			result = false
		}
	}
	return result, nil
}
