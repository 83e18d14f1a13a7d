package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "zeros", Fn: fillFn("zeros", 0, numericOrLogical), Doc: "zeros, zeros(n), zeros(m,n,...), zeros([m n ...]), zeros(...,classname), zeros(...,'like',p): array of zeros"},
		{Name: "ones", Fn: fillFn("ones", 1, numericOrLogical), Doc: "ones, ones(n), ones(m,n,...), ones([m n ...]), ones(...,classname), ones(...,'like',p): array of ones"},
		{Name: "true", Fn: fillFn("true", 1, isLogical), Doc: "true, true(n), true(m,n,...), true([m n ...]): logical array of true values"},
		{Name: "false", Fn: fillFn("false", 0, isLogical), Doc: "false, false(n), false(m,n,...), false([m n ...]): logical array of false values"},
		{Name: "nan", Fn: fillFn("nan", math.NaN(), floatClass), Doc: "nan, nan(n), nan(m,n,...), nan(sz), nan(...,'single'|'double'), nan(...,'like',p): Not-a-Number array"},
		{Name: "NaN", Fn: fillFn("NaN", math.NaN(), floatClass), Doc: "NaN, NaN(n), NaN(m,n,...), NaN(sz), NaN(...,'single'|'double'), NaN(...,'like',p): Not-a-Number array"},
		{Name: "inf", Fn: fillFn("inf", math.Inf(1), floatClass), Doc: "inf, inf(n), inf(m,n,...), inf(sz), inf(...,'single'|'double'), inf(...,'like',p): array of positive infinity"},
		{Name: "Inf", Fn: fillFn("Inf", math.Inf(1), floatClass), Doc: "Inf, Inf(n), Inf(m,n,...), Inf(sz), Inf(...,'single'|'double'), Inf(...,'like',p): array of positive infinity"},
		{Name: "pi", Fn: fillFn("pi", math.Pi, floatClass), Doc: "pi, pi(n), pi(m,n,...), pi(...,'single'|'double'), pi(...,'like',p): the constant π"},
		{Name: "eye", Fn: eyeFn, Doc: "eye, eye(n), eye(m,n), eye([m n]), eye(...,classname), eye(...,'like',p): identity matrix"},
		{Name: "eps", Fn: epsFn, Doc: "eps, eps(x), eps('double'|'single'), eps('like',p): floating-point relative accuracy, or the spacing of numbers at x"},
		{Name: "realmax", Fn: floatLimitFn("realmax", math.MaxFloat64, math.MaxFloat32), Doc: "realmax, realmax('double'|'single'), realmax('like',p): largest finite floating-point number"},
		{Name: "realmin", Fn: floatLimitFn("realmin", 0x1p-1022, 0x1p-126), Doc: "realmin, realmin('double'|'single'), realmin('like',p): smallest normalized floating-point number"},
		{Name: "flintmax", Fn: floatLimitFn("flintmax", 0x1p53, 0x1p24), Doc: "flintmax, flintmax('double'|'single'), flintmax('like',p): largest consecutive integer in floating point"},
		{Name: "intmax", Fn: intLimitFn("intmax", true), Doc: "intmax, intmax(classname), intmax('like',p): largest value of an integer class (default int32)"},
		{Name: "intmin", Fn: intLimitFn("intmin", false), Doc: "intmin, intmin(classname), intmin('like',p): smallest value of an integer class (default int32)"},
		{Name: "i", Fn: imagUnit, Doc: "i: the imaginary unit 0+1i"},
		{Name: "j", Fn: imagUnit, Doc: "j: the imaginary unit 0+1i"},
	})
}

// isLogical accepts only the logical class.
func isLogical(c value.Class) bool { return c == value.Logical }

// fillFn builds a constructor of arrays filled with x.
func fillFn(name string, x float64, classOK func(value.Class) bool) interp.BuiltinFunc {
	def := value.Double
	if classOK(value.Logical) && !classOK(value.Double) {
		def = value.Logical
	}
	return func(c *interp.Call) ([]value.Value, error) {
		spec, err := parseSizeArgs(name, c.Args, def, classOK)
		if err != nil {
			return nil, err
		}
		return []value.Value{filled(spec, x)}, nil
	}
}

func eyeFn(c *interp.Call) ([]value.Value, error) {
	spec, err := parseSizeArgs("eye", c.Args, value.Double, numericOrLogical)
	if err != nil {
		return nil, err
	}
	if len(spec.dims) > 2 {
		return nil, value.Errorf("MATLAB:eye:NDarray", "N-dimensional arrays are not supported.")
	}
	out := filled(spec, 0)
	a, _ := out.Array()
	a = a.Clone()
	m := spec.dims.Rows()
	for k := range min(m, spec.dims.Cols()) {
		a.Re[k*m+k] = 1
	}
	return []value.Value{value.FromRef(a)}, nil
}

// epsOf returns the distance from |x| to the next larger number of its
// class (double or single).
func epsOf(x float64, single bool) float64 {
	x = math.Abs(x)
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	mant, tiny := 53, 0x1p-1074
	if single {
		mant, tiny = 24, 0x1p-149
		x = float64(float32(x))
	}
	if x == 0 {
		return tiny
	}
	_, e := math.Frexp(x)
	return math.Max(math.Ldexp(1, e-mant), tiny)
}

func epsFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 1 {
		if _, isText := c.Args[0].Text(); !isText {
			a, err := denseArg("eps", c.Args[0])
			if err != nil {
				return nil, err
			}
			if !a.Class().IsFloat() {
				return nil, value.Errorf("MATLAB:eps:invalidClassName", "Class must be 'single' or 'double'.")
			}
			single := a.Class() == value.Single
			re := make([]float64, len(a.Re))
			for i, x := range a.Re {
				re[i] = epsOf(x, single)
			}
			return []value.Value{newResult(a.Class(), a.Size(), re, nil)}, nil
		}
	}
	cl, err := floatClassArg("eps", c.Args)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.Scalar(cl, epsOf(1, cl == value.Single))}, nil
}

// floatClassArg reads the optional class argument of eps, realmax and the
// like: none (double), 'double', 'single' or 'like', p.
func floatClassArg(name string, args []value.Value) (value.Class, error) {
	spec, err := parseSizeArgs(name, args, value.Double, floatClass)
	if err != nil {
		return 0, err
	}
	if !spec.dims.IsScalar() || len(args) > 2 {
		return 0, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	return spec.class, nil
}

// floatLimitFn builds realmax, realmin and flintmax.
func floatLimitFn(name string, d, s float64) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		cl, err := floatClassArg(name, c.Args)
		if err != nil {
			return nil, err
		}
		if cl == value.Single {
			return []value.Value{value.Scalar(value.Single, s)}, nil
		}
		return []value.Value{value.Num(d)}, nil
	}
}

// intLimitFn builds intmax and intmin.
func intLimitFn(name string, upper bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		spec, err := parseSizeArgs(name, c.Args, value.Int32, func(cl value.Class) bool { return cl.IsInteger() })
		if err != nil {
			return nil, value.Errorf("MATLAB:"+name+":invalidClassName", "Invalid class name.")
		}
		if !spec.dims.IsScalar() || len(c.Args) > 2 {
			return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
		}
		lo, hi := spec.class.IntRange()
		if upper {
			return []value.Value{value.Scalar(spec.class, hi)}, nil
		}
		return []value.Value{value.Scalar(spec.class, lo)}, nil
	}
}

func imagUnit(c *interp.Call) ([]value.Value, error) {
	if err := c.Unpack(); err != nil {
		return nil, err
	}
	return []value.Value{value.Complex(0, 1)}, nil
}
