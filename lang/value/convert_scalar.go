package value

import "math"

// ToFloat64 returns a fresh slice of the real parts of a numeric, logical or
// char value, in column-major order.
func ToFloat64(v Value) ([]float64, error) {
	switch v.k {
	case kindNum, kindBool:
		return []float64{v.f}, nil
	}
	a, ok := v.r.(*Array)
	if !ok {
		return nil, conversionError("double", v)
	}
	return cloneFloats(a.Re), nil
}

// errNotScalar is the error for a value that must be a scalar.
var errNotScalar = &Error{ID: "MATLAB:expectedScalar", Msg: "Expected input to be a scalar."}

// ScalarFloat returns the (real part of the) value of a 1×1 numeric, logical
// or char value.
func ScalarFloat(v Value) (float64, error) {
	switch v.k {
	case kindNum, kindBool:
		return v.f, nil
	}
	a, ok := v.r.(*Array)
	if !ok {
		return 0, conversionError("double", v)
	}
	if len(a.Re) != 1 {
		return 0, errNotScalar
	}
	return a.Re[0], nil
}

// ScalarInt returns the value of an integer-valued real scalar.
func ScalarInt(v Value) (int, error) {
	x, err := ScalarFloat(v)
	if err != nil {
		return 0, err
	}
	if !isIntegral(x) || math.Abs(x) > 1<<53 {
		return 0, &Error{ID: "MATLAB:expectedInteger", Msg: "Expected input to be integer-valued."}
	}
	return int(x), nil
}
