package builtins

import (
	"math"
	"math/cmplx"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// unaryMath describes an element-wise function of one argument.
type unaryMath struct {
	name string
	doc  string
	re   func(float64) float64
	// toComplex reports whether a real argument has a complex result
	// (sqrt of a negative number); nil when none has.
	toComplex func(float64) bool
	// c computes complex arguments; nil when the function is real-only.
	c func(complex128) complex128
	// realC, when set, computes the complex result of a real argument (or
	// complex one with zero imaginary part) for which toComplex holds, on
	// MATLAB's side of the branch cut, which can differ from c(x+0i).
	realC func(float64) complex128
	// ints says the function is defined for integer classes.
	ints bool
}

func init() {
	neg := func(x float64) bool { return x < 0 }
	outside1 := func(x float64) bool { return x < -1 || x > 1 }
	fns := []unaryMath{
		{name: "sqrt", doc: "sqrt(x): square root (complex for negative x)", re: math.Sqrt, toComplex: neg, c: cmplx.Sqrt},
		{name: "exp", doc: "exp(x): exponential", re: math.Exp, c: cmplx.Exp},
		{name: "expm1", doc: "expm1(x): exp(x)-1, accurate for small x", re: math.Expm1, c: func(z complex128) complex128 { return cmplx.Exp(z) - 1 }},
		{name: "log", doc: "log(x): natural logarithm (complex for negative x)", re: math.Log, toComplex: neg, c: cmplx.Log},
		{name: "log1p", doc: "log1p(x): log(1+x), accurate for small x (complex for x < -1)", re: math.Log1p, toComplex: func(x float64) bool { return x < -1 }, c: func(z complex128) complex128 { return cmplx.Log(1 + z) }},
		{name: "log10", doc: "log10(x): common logarithm (complex for negative x)", re: math.Log10, toComplex: neg, c: cmplx.Log10},
		{name: "sin", doc: "sin(x): sine of radians", re: math.Sin, c: cmplx.Sin},
		{name: "cos", doc: "cos(x): cosine of radians", re: math.Cos, c: cmplx.Cos},
		{name: "tan", doc: "tan(x): tangent of radians", re: math.Tan, c: cmplx.Tan},
		{name: "asin", doc: "asin(x): inverse sine in radians (complex for |x| > 1)", re: math.Asin, toComplex: outside1, c: cmplx.Asin, realC: asinOutside},
		{name: "acos", doc: "acos(x): inverse cosine in radians (complex for |x| > 1)", re: math.Acos, toComplex: outside1, c: cmplx.Acos, realC: acosOutside},
		{name: "atan", doc: "atan(x): inverse tangent in radians", re: math.Atan, c: cmplx.Atan},
		{name: "sinh", doc: "sinh(x): hyperbolic sine", re: math.Sinh, c: cmplx.Sinh},
		{name: "cosh", doc: "cosh(x): hyperbolic cosine", re: math.Cosh, c: cmplx.Cosh},
		{name: "tanh", doc: "tanh(x): hyperbolic tangent", re: math.Tanh, c: cmplx.Tanh},
		{name: "asinh", doc: "asinh(x): inverse hyperbolic sine", re: math.Asinh, c: cmplx.Asinh},
		{name: "acosh", doc: "acosh(x): inverse hyperbolic cosine (complex for x < 1)", re: math.Acosh, toComplex: func(x float64) bool { return x < 1 }, c: cmplx.Acosh},
		{name: "atanh", doc: "atanh(x): inverse hyperbolic tangent (complex for |x| > 1)", re: math.Atanh, toComplex: outside1, c: cmplx.Atanh, realC: atanhOutside},
		{name: "gamma", doc: "gamma(x): gamma function (Inf at 0 and negative integers)", re: gammaReal},
		{name: "sign", doc: "sign(x): -1, 0 or 1 by sign (x./abs(x) for complex x)", re: signReal, c: signComplex, ints: true},
	}
	table := make([]interp.Builtin, 0, len(fns)+8)
	for _, f := range fns {
		table = append(table, interp.Builtin{Name: f.name, Fn: f.builtin(), Doc: f.doc, Num1: f.scalar()})
	}
	table = append(table,
		interp.Builtin{Name: "abs", Fn: absFn, Doc: "abs(x): absolute value, or modulus of complex x (integer classes saturate)", Num1: realScalar(math.Abs)},
		interp.Builtin{Name: "log2", Fn: log2Fn, Doc: "log2(x): base-2 logarithm; [f,e] = log2(x): mantissa f in [0.5,1) and exponent e with x = f.*2.^e"},
		interp.Builtin{Name: "pow2", Fn: pow2Fn, Doc: "pow2(e): 2.^e; pow2(f,e): f.*2.^e"},
		interp.Builtin{Name: "atan2", Fn: binaryFn("atan2", math.Atan2), Doc: "atan2(y,x): four-quadrant inverse tangent of real arrays", Num2: realScalar2(math.Atan2)},
		interp.Builtin{Name: "hypot", Fn: binaryFn("hypot", math.Hypot), Doc: "hypot(a,b): sqrt(abs(a).^2+abs(b).^2) without overflow", Num2: realScalar2(math.Hypot)},
	)
	interp.Register(table)
}

// scalar returns the allocation-free kernel the interpreter uses for a real
// double scalar argument; it declines arguments with complex results.
func (f unaryMath) scalar() func(float64) (float64, bool) {
	if f.re == nil {
		return nil
	}
	return func(x float64) (float64, bool) {
		if f.toComplex != nil && f.toComplex(x) {
			return 0, false
		}
		return f.re(x), true
	}
}

// realScalar adapts a real function to the interpreter's scalar kernel.
func realScalar(f func(float64) float64) func(float64) (float64, bool) {
	return func(x float64) (float64, bool) { return f(x), true }
}

// realScalar2 adapts a real two-argument function to the interpreter's
// scalar kernel.
func realScalar2(f func(x, y float64) float64) func(x, y float64) (float64, bool) {
	return func(x, y float64) (float64, bool) { return f(x, y), true }
}

// builtin returns the built-in computing f element-wise.
func (f unaryMath) builtin() interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("x", &x); err != nil {
			return nil, err
		}
		return oneResult(f.apply(x))
	}
}

// apply computes f on every element of x.
func (f unaryMath) apply(x value.Value) (value.Value, error) {
	a, err := denseArg(f.name, x)
	if err != nil {
		return value.Value{}, err
	}
	if a.Class().IsInteger() && !f.ints {
		return value.Value{}, badType(f.name)
	}
	cl := unaryClass(a.Class())
	useComplex := a.IsComplex()
	if !useComplex && f.toComplex != nil {
		for _, v := range a.Re {
			if f.toComplex(v) {
				useComplex = true
				break
			}
		}
	}
	re := make([]float64, len(a.Re))
	if !useComplex {
		for i, v := range a.Re {
			re[i] = f.re(v)
		}
		return newResult(cl, a.Size(), re, nil), nil
	}
	if f.c == nil {
		return value.Value{}, value.Errorf("MATLAB:"+f.name+":complexArgument", "Input must be real.")
	}
	im := make([]float64, len(a.Re))
	for i, v := range a.Re {
		var w complex128
		switch {
		case a.Im != nil && a.Im[i] != 0:
			w = f.c(complex(v, a.Im[i]))
		case f.realC != nil && f.toComplex(v):
			w = f.realC(v)
		default:
			w = f.c(complex(v, 0))
		}
		re[i], im[i] = real(w), imag(w)
	}
	return newResult(cl, a.Size(), re, im), nil
}

// asinOutside is asin of a real |x| > 1 as MATLAB gives it, odd in x:
// asin(2) = pi/2 - 1.3170i and asin(-2) = -pi/2 + 1.3170i.
func asinOutside(x float64) complex128 {
	s := math.Copysign(1, x)
	return complex(s*math.Pi/2, -s*math.Acosh(math.Abs(x)))
}

// acosOutside is acos of a real |x| > 1 as MATLAB gives it, pi/2 - asin(x):
// acos(2) = 1.3170i and acos(-2) = pi - 1.3170i.
func acosOutside(x float64) complex128 {
	if x > 0 {
		return complex(0, math.Acosh(x))
	}
	return complex(math.Pi, -math.Acosh(-x))
}

// atanhOutside is atanh of a real |x| > 1 as MATLAB gives it, odd in x:
// atanh(2) = 0.5493 + 1.5708i and atanh(-2) = -0.5493 - 1.5708i.
func atanhOutside(x float64) complex128 {
	s := math.Copysign(1, x)
	return complex(math.Atanh(1/x), s*math.Pi/2)
}

// gammaReal is the gamma function with MATLAB's Inf at the poles.
func gammaReal(x float64) float64 {
	if x <= 0 && x == math.Trunc(x) {
		return math.Inf(1)
	}
	return math.Gamma(x)
}

// signReal is sign of a real number (NaN stays NaN).
func signReal(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return x
}

// signComplex is z/|z| (0 at 0).
func signComplex(z complex128) complex128 {
	if z == 0 {
		return 0
	}
	return z / complex(cmplx.Abs(z), 0)
}

func absFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	a, err := denseArg("abs", x)
	if err != nil {
		return nil, err
	}
	re := make([]float64, len(a.Re))
	for i, v := range a.Re {
		if a.Im != nil {
			re[i] = math.Hypot(v, a.Im[i])
		} else {
			re[i] = math.Abs(v)
		}
	}
	return []value.Value{newResult(unaryClass(a.Class()), a.Size(), re, nil)}, nil
}

func log2Fn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	if c.Nargout < 2 {
		f := unaryMath{name: "log2", re: math.Log2, toComplex: func(x float64) bool { return x < 0 },
			c: func(z complex128) complex128 { return cmplx.Log(z) / math.Ln2 }}
		return oneResult(f.apply(x))
	}
	a, err := denseArg("log2", x)
	if err != nil {
		return nil, err
	}
	if !a.Class().IsFloat() && a.Class() != value.Logical && a.Class() != value.Char {
		return nil, badType("log2")
	}
	fs := make([]float64, len(a.Re))
	es := make([]float64, len(a.Re))
	for i, v := range a.Re {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			fs[i] = v
			continue
		}
		fr, e := math.Frexp(v)
		fs[i], es[i] = fr, float64(e)
	}
	cl := unaryClass(a.Class())
	return []value.Value{newResult(cl, a.Size(), fs, nil), newResult(cl, a.Size(), es, nil)}, nil
}

func pow2Fn(c *interp.Call) ([]value.Value, error) {
	var f, e value.Value
	if err := c.Unpack("f", &f, "e?", &e); err != nil {
		return nil, err
	}
	if !e.Defined() {
		u := unaryMath{name: "pow2", re: func(x float64) float64 { return math.Pow(2, x) },
			c: func(z complex128) complex128 { return cmplx.Pow(2, z) }}
		return oneResult(u.apply(f))
	}
	return oneResult(binaryReal("pow2", f, e, func(x, y float64) float64 { return x * math.Pow(2, y) }))
}

// binaryFn builds a real element-wise function of two arguments.
func binaryFn(name string, f func(x, y float64) float64) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var a, b value.Value
		if err := c.Unpack("a", &a, "b", &b); err != nil {
			return nil, err
		}
		return oneResult(binaryReal(name, a, b, f))
	}
}
