package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "real", Fn: complexPart("real", func(re, im float64) (float64, float64) { return re, 0 }), Doc: "real(z): real part"},
		{Name: "imag", Fn: complexPart("imag", func(re, im float64) (float64, float64) { return im, 0 }), Doc: "imag(z): imaginary part"},
		{Name: "conj", Fn: complexPart("conj", func(re, im float64) (float64, float64) { return re, -im }), Doc: "conj(z): complex conjugate"},
		{Name: "angle", Fn: complexPart("angle", func(re, im float64) (float64, float64) { return math.Atan2(im, re), 0 }), Doc: "angle(z): phase angle in radians"},
		{Name: "complex", Fn: complexFn, Doc: "complex(a), complex(a,b): complex array a + b·i, kept complex even when b is zero"},
	})
}

// complexPart builds a function of each element's real and imaginary
// parts.
func complexPart(name string, f func(re, im float64) (float64, float64)) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("z", &x); err != nil {
			return nil, err
		}
		a, err := denseArg(name, x)
		if err != nil {
			return nil, err
		}
		re := make([]float64, len(a.Re))
		im := make([]float64, len(a.Re))
		for i, v := range a.Re {
			w := 0.0
			if a.Im != nil {
				w = a.Im[i]
			}
			re[i], im[i] = f(v, w)
		}
		cl := unaryClass(a.Class())
		if name == "angle" && cl.IsInteger() {
			return nil, badType(name)
		}
		return []value.Value{newResult(cl, a.Size(), re, im)}, nil
	}
}

func complexFn(c *interp.Call) ([]value.Value, error) {
	var a, b value.Value
	if err := c.Unpack("a", &a, "b?", &b); err != nil {
		return nil, err
	}
	if !b.Defined() {
		b = value.Num(0)
	}
	x, err := denseArg("complex", a)
	if err != nil {
		return nil, err
	}
	y, err := denseArg("complex", b)
	if err != nil {
		return nil, err
	}
	if x.IsComplex() || y.IsComplex() {
		return nil, value.Errorf("MATLAB:complex:invalidRealPartInput", "Input A must be real.")
	}
	cl, err := binaryClass(unaryClass(x.Class()), unaryClass(y.Class()))
	if err != nil {
		return nil, err
	}
	d, ox, oy, err := expandDims(x.Size(), y.Size())
	if err != nil {
		return nil, err
	}
	re := make([]float64, len(ox))
	im := make([]float64, len(ox))
	for i := range re {
		re[i], im[i] = x.Re[ox[i]], y.Re[oy[i]]
	}
	castInPlace(cl, re)
	castInPlace(cl, im)
	return []value.Value{value.FromRef(value.NewArrayFrom(cl, d, re, im))}, nil
}
