package value

import "math"

// errMPowerDims is MATLAB's error for a ^ b with operands that are not a
// square matrix and a scalar.
var errMPowerDims = &Error{ID: "MATLAB:mpower:notScalarAndSquareMatrix", Msg: "Incorrect dimensions for raising a matrix to a power. Check that the matrix is square and the power is a scalar. To operate on each element of the matrix individually, use POWER (.^) for elementwise power."}

// MPower returns the matrix power a ^ b. Two scalars give a .^ b; a square
// matrix raised to a whole number is computed by repeated squaring, with a
// negative power inverting the matrix first (with MATLAB's warnings when it
// is singular). Non-integer powers of matrices and scalars raised to
// matrices are not supported.
func MPower(a, b Value) (Value, error) {
	x, err := denseOperand(a, "^")
	if err != nil {
		return Value{}, err
	}
	y, err := denseOperand(b, "^")
	if err != nil {
		return Value{}, err
	}
	xScalar := len(x.re) == 1 && x.dims.IsMatrix()
	yScalar := len(y.re) == 1 && y.dims.IsMatrix()
	switch {
	case xScalar && yScalar:
		return denseElementwise(opPower, x, y)
	case !yScalar || !x.dims.IsMatrix() || x.dims.Rows() != x.dims.Cols():
		if xScalar && y.dims.IsMatrix() && y.dims.Rows() == y.dims.Cols() {
			return Value{}, &Error{ID: "MATLAB:mpower:unsupported", Msg: "Raising a scalar to a matrix power is not supported."}
		}
		return Value{}, errMPowerDims
	case y.im != nil || !isIntegral(y.re[0]):
		return Value{}, &Error{ID: "MATLAB:mpower:unsupported", Msg: "Raising a matrix to a non-integer power is not supported."}
	}
	if _, err := linalgClass(x.class, y.class, "Integers can only be raised to a matrix power with a scalar exponent."); err != nil {
		return Value{}, err
	}
	p := y.re[0]
	base := a
	if p < 0 {
		if base, err = MLDivide(a, identity(x, y)); err != nil {
			return Value{}, err
		}
		p = -p
	}
	switch {
	case p == 0:
		return identity(x, y), nil
	case p == 1 && y.re[0] > 0:
		return UPlus(a)
	}
	return matrixIntPower(base, p)
}

// matrixIntPower returns base^p for a whole p ≥ 2 by repeated squaring, or
// base itself for p = 1.
func matrixIntPower(base Value, p float64) (Value, error) {
	var result Value
	for {
		if math.Mod(p, 2) == 1 {
			if !result.Defined() {
				result = base
			} else {
				var err error
				if result, err = MTimes(result, base); err != nil {
					return Value{}, err
				}
			}
		}
		p = math.Floor(p / 2)
		if p == 0 {
			break
		}
		var err error
		if base, err = MTimes(base, base); err != nil {
			return Value{}, err
		}
	}
	return result, nil
}

// identity returns the identity matrix of x's size, of the class of x ^ y.
func identity(x, y operand) Value {
	n := x.dims.Rows()
	class := Double
	if x.class == Single || y.class == Single {
		class = Single
	}
	out := &Array{class: class, dims: Dims{n, n}, Re: make([]float64, n*n)}
	for i := range n {
		out.Re[i*n+i] = 1
	}
	return FromRef(out)
}
