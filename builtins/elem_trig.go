package builtins

import (
	"math"
	"math/cmplx"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// radPerDeg and degPerRad convert between degrees and radians as MATLAB's
// deg2rad and rad2deg do.
const (
	radPerDeg = math.Pi / 180
	degPerRad = 180 / math.Pi
)

func init() {
	inv1 := func(x float64) bool { return x > -1 && x < 1 }
	outside1 := func(x float64) bool { return x < -1 || x > 1 }
	// toRad applies f to a complex angle in degrees whose real part is
	// first reduced by f's period, so tand(180+1i) has a zero real part.
	toRad := func(f func(complex128) complex128, period float64) func(complex128) complex128 {
		return func(z complex128) complex128 {
			return f(complex(math.Mod(real(z), period), imag(z)) * radPerDeg)
		}
	}
	toDeg := func(f func(complex128) complex128) func(complex128) complex128 {
		return func(z complex128) complex128 { return f(z) * degPerRad }
	}
	recip := func(f func(complex128) complex128) func(complex128) complex128 {
		return func(z complex128) complex128 { return 1 / f(z) }
	}
	ofRecip := func(f func(complex128) complex128) func(complex128) complex128 {
		return func(z complex128) complex128 { return f(1 / z) }
	}
	fns := []unaryMath{
		{name: "sind", doc: "sind(x): sine of degrees (exact at multiples of 90)", re: sindReal, c: toRad(cmplx.Sin, 360)},
		{name: "cosd", doc: "cosd(x): cosine of degrees (exact at multiples of 90)", re: cosdReal, c: toRad(cmplx.Cos, 360)},
		{name: "tand", doc: "tand(x): tangent of degrees (Inf at odd multiples of 90, exact at multiples of 45)", re: tandReal, c: toRad(cmplx.Tan, 180)},
		{name: "asind", doc: "asind(x): inverse sine in degrees (complex for |x| > 1)", re: func(x float64) float64 { return math.Asin(x) * degPerRad }, toComplex: outside1, c: toDeg(cmplx.Asin),
			realC: func(x float64) complex128 { return asinOutside(x) * degPerRad }},
		{name: "acosd", doc: "acosd(x): inverse cosine in degrees (complex for |x| > 1)", re: func(x float64) float64 { return math.Acos(x) * degPerRad }, toComplex: outside1, c: toDeg(cmplx.Acos),
			realC: func(x float64) complex128 { return acosOutside(x) * degPerRad }},
		{name: "atand", doc: "atand(x): inverse tangent in degrees", re: func(x float64) float64 { return math.Atan(x) * degPerRad }, c: toDeg(cmplx.Atan)},
		{name: "sec", doc: "sec(x): secant of radians, 1./cos(x)", re: func(x float64) float64 { return 1 / math.Cos(x) }, c: recip(cmplx.Cos)},
		{name: "csc", doc: "csc(x): cosecant of radians, 1./sin(x)", re: func(x float64) float64 { return 1 / math.Sin(x) }, c: recip(cmplx.Sin)},
		{name: "cot", doc: "cot(x): cotangent of radians, 1./tan(x)", re: func(x float64) float64 { return 1 / math.Tan(x) }, c: recip(cmplx.Tan)},
		{name: "asec", doc: "asec(x): inverse secant in radians, acos(1./x) (complex for |x| < 1)", re: func(x float64) float64 { return math.Acos(1 / x) }, toComplex: inv1, c: ofRecip(cmplx.Acos),
			realC: func(x float64) complex128 { return acosOutside(1 / x) }},
		{name: "acsc", doc: "acsc(x): inverse cosecant in radians, asin(1./x) (complex for |x| < 1)", re: func(x float64) float64 { return math.Asin(1 / x) }, toComplex: inv1, c: ofRecip(cmplx.Asin),
			realC: func(x float64) complex128 { return asinOutside(1 / x) }},
		{name: "acot", doc: "acot(x): inverse cotangent in radians, atan(1./x)", re: func(x float64) float64 { return math.Atan(1 / x) }, c: ofRecip(cmplx.Atan)},
	}
	table := make([]interp.Builtin, 0, len(fns)+3)
	for _, f := range fns {
		table = append(table, interp.Builtin{Name: f.name, Fn: f.builtin(), Doc: f.doc, Num1: f.scalar()})
	}
	table = append(table,
		interp.Builtin{Name: "deg2rad", Fn: angleScaleFn("deg2rad", radPerDeg), Doc: "deg2rad(x): degrees to radians, (pi/180)*x (single or double)"},
		interp.Builtin{Name: "rad2deg", Fn: angleScaleFn("rad2deg", degPerRad), Doc: "rad2deg(x): radians to degrees, (180/pi)*x (single or double)"},
		interp.Builtin{Name: "nthroot", Fn: nthrootFn, Doc: "nthroot(X,N): real N-th root of real X (X negative needs an odd integer N); X and N expand to a common size"},
	)
	interp.Register(table)
}

// degreeParts reduces an angle in degrees as MATLAB's sind and cosd do:
// x = 90·n + z with |z| ≤ 45, returning n mod 4 and z in radians, so that
// multiples of 90 give exact results. ok is false for Inf and NaN.
func degreeParts(x float64) (quadrant int, z float64, ok bool) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, 0, false
	}
	r := math.Mod(x, 360)
	n := math.Round(r / 90)
	q := int(n) % 4
	if q < 0 {
		q += 4
	}
	return q, (r - 90*n) * radPerDeg, true
}

// sindReal is sin of x degrees; a zero result is +0.
func sindReal(x float64) float64 {
	q, z, ok := degreeParts(x)
	if !ok {
		return math.NaN()
	}
	y := [4]float64{math.Sin(z), math.Cos(z), -math.Sin(z), -math.Cos(z)}[q]
	return y + 0
}

// cosdReal is cos of x degrees; a zero result is +0.
func cosdReal(x float64) float64 {
	q, z, ok := degreeParts(x)
	if !ok {
		return math.NaN()
	}
	y := [4]float64{math.Cos(z), -math.Sin(z), -math.Cos(z), math.Sin(z)}[q]
	return y + 0
}

// tandReal is tan of x degrees: sind(x)/cosd(x), so odd multiples of 90
// give ±Inf, with odd multiples of 45 exactly ±1.
func tandReal(x float64) float64 {
	s, c := sindReal(x), cosdReal(x)
	if math.Abs(math.Mod(x, 90)) == 45 {
		return math.Copysign(1, s*c)
	}
	return s / c
}

// angleScaleFn builds deg2rad and rad2deg, which multiply single or double
// data (real or complex) by a constant.
func angleScaleFn(fn string, f float64) interp.BuiltinFunc {
	scale := unaryMath{name: fn, re: func(x float64) float64 { return f * x },
		c: func(z complex128) complex128 { return complex(f*real(z), f*imag(z)) }}
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("x", &x); err != nil {
			return nil, err
		}
		if a, ok := x.Array(); ok && !a.Class().IsFloat() {
			return nil, value.Errorf("MATLAB:"+fn+":nonFloatInput", "Input must be floating point.")
		}
		return oneResult(scale.apply(x))
	}
}

func nthrootFn(c *interp.Call) ([]value.Value, error) {
	var x, n value.Value
	if err := c.Unpack("X", &x, "N", &n); err != nil {
		return nil, err
	}
	for _, v := range []value.Value{x, n} {
		a, err := denseArg("nthroot", v)
		if err != nil {
			return nil, err
		}
		if a.IsComplex() {
			return nil, value.Errorf("MATLAB:nthroot:ComplexInput", "Both X and N are required to be real.")
		}
		if !a.Class().IsFloat() {
			return nil, badType("nthroot")
		}
	}
	negEven := false
	y, err := binaryReal("nthroot", x, n, func(x, n float64) float64 {
		if x < 0 && (n != math.Trunc(n) || math.Mod(n, 2) == 0) {
			negEven = true
		}
		return nthrootReal(x, n)
	})
	if err == nil && negEven {
		err = value.Errorf("MATLAB:nthroot:NegXNotOddIntegerN", "If X is negative, N must be an odd integer.")
	}
	if err != nil {
		return nil, err
	}
	return []value.Value{y}, nil
}

// nthrootReal is the real n-th root of x, sign(x)·|x|^(1/n) refined by one
// Newton step so that exact roots (64 and 3 give 4) come out exact.
func nthrootReal(x, n float64) float64 {
	y := math.Copysign(math.Pow(math.Abs(x), 1/n), x)
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(y) || n == 0 || math.IsInf(n, 0) || math.IsInf(y, 0) || y == 0 {
		return y
	}
	return y - (math.Pow(y, n)-x)/(n*math.Pow(y, n-1))
}
