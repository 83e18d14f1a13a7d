package value

// errNaNLogical is MATLAB's error for converting NaN to logical.
var errNaNLogical = &Error{ID: "MATLAB:nologicalnan", Msg: "NaN's cannot be converted to logicals."}

// And returns a & b element-wise with implicit expansion.
func And(a, b Value) (Value, error) { return logicalOp(opAnd, "&", a, b) }

// Or returns a | b element-wise with implicit expansion.
func Or(a, b Value) (Value, error) { return logicalOp(opOr, "|", a, b) }

// logicalOp runs & or | on numeric, logical or char operands; NaN is an
// error.
func logicalOp(op binOp, sym string, a, b Value) (Value, error) {
	x, err := denseOperand(a, sym)
	if err != nil {
		return Value{}, err
	}
	y, err := denseOperand(b, sym)
	if err != nil {
		return Value{}, err
	}
	if hasNaN(x) || hasNaN(y) {
		return Value{}, errNaNLogical
	}
	return denseElementwise(op, x, y)
}

// Not returns ~a as a logical array; NaN is an error.
func Not(a Value) (Value, error) {
	if a.k == kindBool || a.k == kindNum {
		if a.f != a.f {
			return Value{}, errNaNLogical
		}
		return Bool(a.f == 0), nil
	}
	x, err := denseOperand(a, "~")
	if err != nil {
		return Value{}, err
	}
	if hasNaN(x) {
		return Value{}, errNaNLogical
	}
	out := &Array{class: Logical, dims: x.dims.Clone(), Re: make([]float64, len(x.re))}
	if x.im == nil {
		for i, v := range x.re {
			out.Re[i] = b2f(v == 0)
		}
	} else {
		for i, v := range x.re {
			out.Re[i] = b2f(v == 0 && x.im[i] == 0)
		}
	}
	return FromRef(out), nil
}

// hasNaN reports whether any element of a dense operand is NaN.
func hasNaN(x operand) bool {
	if !x.class.IsFloat() {
		return false
	}
	for _, v := range x.re {
		if v != v {
			return true
		}
	}
	for _, v := range x.im {
		if v != v {
			return true
		}
	}
	return false
}
