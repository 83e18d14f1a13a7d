package builtins

import (
	"math"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "floor", Fn: roundingFn("floor", math.Floor), Doc: "floor(x): round toward negative infinity", Num1: realScalar(math.Floor)},
		{Name: "ceil", Fn: roundingFn("ceil", math.Ceil), Doc: "ceil(x): round toward positive infinity", Num1: realScalar(math.Ceil)},
		{Name: "fix", Fn: roundingFn("fix", math.Trunc), Doc: "fix(x): round toward zero", Num1: realScalar(math.Trunc)},
		{Name: "round", Fn: roundFn, Doc: "round(x): round to nearest integer, halves away from zero; round(x,n): to n decimal places (n < 0: to tens, hundreds…); round(x,n,'significant'|'decimals')", Num1: realScalar(math.Round)},
		{Name: "mod", Fn: binaryFn("mod", modReal), Doc: "mod(a,b): remainder after division with the sign of b; mod(a,0) is a", Num2: realScalar2(modReal)},
		{Name: "rem", Fn: binaryFn("rem", remReal), Doc: "rem(a,b): remainder after division with the sign of a; rem(a,0) is NaN", Num2: realScalar2(remReal)},
	})
}

// modReal is MATLAB's mod for real numbers.
func modReal(x, y float64) float64 {
	if y == 0 {
		return x
	}
	r := remReal(x, y)
	if r != 0 && (r < 0) != (y < 0) {
		r += y
	}
	return r
}

// remReal is MATLAB's rem for real numbers: math.Mod, computed with integer
// division when both operands are integers small enough to be exact.
func remReal(x, y float64) float64 {
	const exact = 1 << 53
	if x == math.Trunc(x) && y == math.Trunc(y) && math.Abs(x) < exact && math.Abs(y) < exact && y != 0 {
		r := float64(int64(x) % int64(y))
		if r == 0 && math.Signbit(x) {
			return math.Copysign(0, -1)
		}
		return r
	}
	return math.Mod(x, y)
}

// roundingFn builds floor, ceil and fix; complex parts round separately.
func roundingFn(name string, f func(float64) float64) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("x", &x); err != nil {
			return nil, err
		}
		return oneResult(roundEach(name, x, f))
	}
}

// roundEach applies f to the real and imaginary parts of every element.
func roundEach(name string, x value.Value, f func(float64) float64) (value.Value, error) {
	a, err := denseArg(name, x)
	if err != nil {
		return value.Value{}, err
	}
	re := make([]float64, len(a.Re))
	for i, v := range a.Re {
		re[i] = f(v)
	}
	var im []float64
	if a.Im != nil {
		im = make([]float64, len(a.Im))
		for i, v := range a.Im {
			im[i] = f(v)
		}
	}
	return newResult(unaryClass(a.Class()), a.Size(), re, im), nil
}

func roundFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	n := 0
	mode := "decimals"
	if err := c.Unpack("x", &x, "n?", &n, "type?", &mode); err != nil {
		return nil, err
	}
	if len(c.Args) == 1 {
		return oneResult(roundEach("round", x, math.Round))
	}
	switch strings.ToLower(mode) {
	case "decimals":
		return oneResult(roundEach("round", x, func(v float64) float64 { return roundDigits(v, n) }))
	case "significant":
		if n <= 0 {
			return nil, value.Errorf("MATLAB:round:invalidDigits", "N must be a positive integer when rounding to significant digits.")
		}
		return oneResult(roundEach("round", x, func(v float64) float64 {
			if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
				return v
			}
			return roundDigits(v, n-int(math.Floor(math.Log10(math.Abs(v))))-1)
		}))
	}
	return nil, value.Errorf("MATLAB:round:invalidType", "Type must be 'decimals' or 'significant'.")
}

// roundDigits rounds x to n decimal places (to 10^-n), halves away from
// zero.
func roundDigits(x float64, n int) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	if n >= 0 {
		s := math.Pow(10, float64(n))
		y := math.Round(x*s) / s
		if math.IsInf(x*s, 0) {
			return x
		}
		return y
	}
	s := math.Pow(10, float64(-n))
	return math.Round(x/s) * s
}
