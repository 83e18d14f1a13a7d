package value

// conversionError is MATLAB's error for a conversion between classes that
// it does not support.
func conversionError(to string, from Value) error {
	return Errorf("MATLAB:invalidConversion", "Conversion to %s from %s is not possible.", to, from.ClassName())
}

// ConvertTo converts v to class c as double(v), single(v), int8(v) …,
// logical(v), char(v) and string(v) do: integer classes round half away from
// zero and saturate, with NaN becoming 0; logical of NaN or of a complex
// value is an error; char rounds to UTF-16 code units (dropping imaginary
// parts). The result never shares data with v.
func ConvertTo(v Value, c Class) (Value, error) {
	switch r := v.Ref().(type) {
	case *StringArray:
		return convertString(r, v, c)
	case *Cell:
		return convertCell(r, v, c)
	}
	a, ok := v.Array()
	if !ok {
		return Value{}, conversionError(c.String(), v)
	}
	if c == StringClass {
		s, err := stringOperand(v, "string")
		if err != nil {
			return Value{}, conversionError(c.String(), v)
		}
		return FromRef(s), nil
	}
	if !c.IsDense() {
		return Value{}, conversionError(c.String(), v)
	}
	out := &Array{class: c, dims: a.dims.Clone(), Re: cloneFloats(a.Re)}
	switch c {
	case Logical:
		if a.Im != nil {
			return Value{}, &Error{ID: "MATLAB:nologicalcomplex", Msg: "Complex values cannot be converted to logicals."}
		}
		for i, x := range out.Re {
			if x != x {
				return Value{}, errNaNLogical
			}
			out.Re[i] = b2f(x != 0)
		}
	default:
		castData(c, out.Re)
		if a.Im != nil && c != Char {
			out.Im = cloneFloats(a.Im)
			castData(c, out.Im)
		}
	}
	return FromRef(out), nil
}
