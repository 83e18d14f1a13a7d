package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "bitand", Fn: bitwiseFn("bitand", func(a, b uint64) uint64 { return a & b }), Doc: "bitand(a,b): bit-wise AND of nonnegative integers (double or unsigned integer classes)"},
		{Name: "bitor", Fn: bitwiseFn("bitor", func(a, b uint64) uint64 { return a | b }), Doc: "bitor(a,b): bit-wise OR of nonnegative integers"},
		{Name: "bitxor", Fn: bitwiseFn("bitxor", func(a, b uint64) uint64 { return a ^ b }), Doc: "bitxor(a,b): bit-wise XOR of nonnegative integers"},
		{Name: "bitshift", Fn: biBitshift, Doc: "bitshift(a,k): shift nonnegative integers left (k > 0) or right (k < 0)"},
		{Name: "idivide", Fn: biIdivide, Doc: "idivide(a,b), idivide(a,b,'fix'|'round'|'floor'|'ceil'): integer division of integer arrays (default 'fix')"},
	})
}

// bitOperand checks that x is a nonnegative integer below 2^53.
func bitOperand(fn string, x float64) (uint64, error) {
	if x < 0 || x != math.Trunc(x) || x >= 1<<53 {
		return 0, value.Errorf("MATLAB:bitfun:nonNegativeInteger", "Double inputs must have integer values in the range of ASSUMEDTYPE.")
	}
	return uint64(x), nil
}

// bitwiseFn builds a bit-wise built-in; the result takes the class of an
// integer operand, or double.
func bitwiseFn(fn string, op func(a, b uint64) uint64) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var a, b value.Value
		if err := c.Unpack("a", &a, "b", &b); err != nil {
			return nil, err
		}
		var opErr error
		r, err := binaryReal(fn, a, b, func(x, y float64) float64 {
			ux, e1 := bitOperand(fn, x)
			uy, e2 := bitOperand(fn, y)
			if e1 != nil || e2 != nil {
				opErr = value.Errorf("MATLAB:bitfun:nonNegativeInteger", "Double inputs must have integer values in the range of ASSUMEDTYPE.")
				return 0
			}
			return float64(op(ux, uy))
		})
		if opErr != nil {
			return nil, opErr
		}
		return oneResult(r, err)
	}
}

func biBitshift(c *interp.Call) ([]value.Value, error) {
	var a, k value.Value
	if err := c.Unpack("a", &a, "k", &k); err != nil {
		return nil, err
	}
	var opErr error
	bits := 53.0
	if cl := a.Class(); cl.IsInteger() {
		lo, hi := cl.IntRange()
		bits = math.Log2(hi - lo + 1)
	}
	r, err := binaryReal("bitshift", a, k, func(x, s float64) float64 {
		u, e := bitOperand("bitshift", x)
		if e != nil {
			opErr = e
			return 0
		}
		if s >= 0 {
			return math.Mod(float64(u<<uint(s)), math.Pow(2, bits))
		}
		return float64(u >> uint(-s))
	})
	if opErr != nil {
		return nil, opErr
	}
	return oneResult(r, err)
}

func biIdivide(c *interp.Call) ([]value.Value, error) {
	var a, b value.Value
	mode := "fix"
	if err := c.Unpack("a", &a, "b", &b, "opt?", &mode); err != nil {
		return nil, err
	}
	if !a.Class().IsInteger() && !b.Class().IsInteger() {
		return nil, value.Errorf("MATLAB:idivide:invalidInput", "At least one input argument must belong to an integer class.")
	}
	var round func(float64) float64
	switch mode {
	case "fix":
		round = math.Trunc
	case "round":
		round = math.Round
	case "floor":
		round = math.Floor
	case "ceil":
		round = math.Ceil
	default:
		return nil, value.Errorf("MATLAB:idivide:InvalidRoundingOption", "Rounding option must be 'fix', 'round', 'floor' or 'ceil'.")
	}
	x, err := value.ConvertTo(a, value.Double)
	if err != nil {
		return nil, err
	}
	y, err := value.ConvertTo(b, value.Double)
	if err != nil {
		return nil, err
	}
	q, err := binaryReal("idivide", x, y, func(p, d float64) float64 { return round(p / d) })
	if err != nil {
		return nil, err
	}
	cls := a.Class()
	if !cls.IsInteger() {
		cls = b.Class()
	}
	return oneResult(value.ConvertTo(q, cls))
}
