package builtins

import (
	"gomat/lang/value"
)

// castInPlace makes computed float64 data valid for class c: single rounds
// to float32, integer classes round half away from zero and saturate (NaN
// becomes 0), logical becomes 0 or 1.
func castInPlace(c value.Class, xs []float64) {
	switch {
	case c == value.Single:
		for i, x := range xs {
			xs[i] = float64(float32(x))
		}
	case c.IsInteger():
		lo, hi := c.IntRange()
		for i, x := range xs {
			xs[i] = value.SaturateInt(x, lo, hi)
		}
	case c == value.Logical:
		for i, x := range xs {
			if x != 0 {
				xs[i] = 1
			}
		}
	}
}

// newResult wraps computed data as a value of class c, casting it and
// dropping an imaginary part that is zero everywhere.
func newResult(c value.Class, d value.Dims, re, im []float64) value.Value {
	castInPlace(c, re)
	if im != nil {
		castInPlace(c, im)
		if allZeroFloats(im) {
			im = nil
		}
	}
	return value.FromRef(value.NewArrayFrom(c, d.Clone(), re, im))
}

// allZeroFloats reports whether every element of xs is zero.
func allZeroFloats(xs []float64) bool {
	for _, x := range xs {
		if x != 0 {
			return false
		}
	}
	return true
}

// denseArg returns a numeric, logical or char argument as an array, or
// MATLAB's error for calling fn on another type.
func denseArg(fn string, v value.Value) (*value.Array, error) {
	if a, ok := v.Array(); ok {
		return a, nil
	}
	return nil, undefinedFor(fn, v)
}

// undefinedFor is MATLAB's error for a function called on a type it has no
// method for.
func undefinedFor(fn string, v value.Value) error {
	return value.Errorf("MATLAB:UndefinedFunction", "Undefined function '%s' for input arguments of type '%s'.", fn, v.ClassName())
}

// badType is MATLAB's error for an argument of a numeric class a function
// does not support (sin of an integer, …).
func badType(fn string) error {
	return value.Errorf("MATLAB:UndefinedFunction", "Check for incorrect argument data type or missing argument in call to function '%s'.", fn)
}

// unaryClass is the class of an element-wise function's result: double and
// single and integer classes are kept, logical and char become double.
func unaryClass(c value.Class) value.Class {
	if c.IsNumeric() {
		return c
	}
	return value.Double
}

// binaryClass is the class of an element-wise result with two operands:
// an integer class wins (two different integer classes are an error), then
// single, else double.
func binaryClass(a, b value.Class) (value.Class, error) {
	switch {
	case a.IsInteger() && b.IsInteger():
		if a != b {
			return 0, value.Errorf("MATLAB:mixedClasses", "Integers can only be combined with integers of the same class, or scalar doubles.")
		}
		return a, nil
	case a.IsInteger():
		return a, nil
	case b.IsInteger():
		return b, nil
	case a == value.Single || b == value.Single:
		return value.Single, nil
	}
	return value.Double, nil
}

// expandDims returns the size of an element-wise result of operands of
// sizes a and b (implicit expansion) and, for each, the offset of every
// result element in the operand.
func expandDims(a, b value.Dims) (value.Dims, []int, []int, error) {
	n := max(len(a), len(b))
	out := make([]int, n)
	for k := range n {
		x, y := a.At(k), b.At(k)
		switch {
		case x == y:
			out[k] = x
		case x == 1:
			out[k] = y
		case y == 1:
			out[k] = x
		default:
			return nil, nil, nil, value.Errorf("MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.")
		}
	}
	d := value.MakeDims(out...)
	return d, expandOffsets(a, d), expandOffsets(b, d), nil
}

// expandOffsets maps each element of an array of size out to the element
// of an operand of size in that implicit expansion reads.
func expandOffsets(in, out value.Dims) []int {
	total := out.Numel()
	offs := make([]int, total)
	if in.Equal(out) {
		for i := range offs {
			offs[i] = i
		}
		return offs
	}
	strides := in.Strides()
	ctr := make([]int, len(out))
	for i := range total {
		off := 0
		for k, c := range ctr {
			if k < len(in) && in[k] != 1 {
				off += c * strides[k]
			}
		}
		offs[i] = off
		for k := range ctr {
			ctr[k]++
			if ctr[k] < out[k] {
				break
			}
			ctr[k] = 0
		}
	}
	return offs
}

// binaryReal applies f element-wise to two real operands with implicit
// expansion and MATLAB's class rules. Complex operands are an error naming
// fn.
func binaryReal(fn string, a, b value.Value, f func(x, y float64) float64) (value.Value, error) {
	x, err := denseArg(fn, a)
	if err != nil {
		return value.Value{}, err
	}
	y, err := denseArg(fn, b)
	if err != nil {
		return value.Value{}, err
	}
	if x.IsComplex() || y.IsComplex() {
		return value.Value{}, value.Errorf("MATLAB:"+fn+":complexArgument", "Input arguments must be real.")
	}
	c, err := binaryClass(x.Class(), y.Class())
	if err != nil {
		return value.Value{}, err
	}
	d, ox, oy, err := expandDims(x.Size(), y.Size())
	if err != nil {
		return value.Value{}, err
	}
	re := make([]float64, len(ox))
	for i := range re {
		re[i] = f(x.Re[ox[i]], y.Re[oy[i]])
	}
	return newResult(c, d, re, nil), nil
}
