package builtins

import (
	"math"
	"math/cmplx"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "max", Fn: minMaxFn("max", true), Doc: "max(x), [m,i] = max(x), max(x,[],dim), max(x,[],vecdim), max(x,[],'all'), max(a,b), max(...,'omitnan'|'includenan'): largest elements (NaN ignored by default; complex by modulus)", Num2: scalarMinMax(true)},
		{Name: "min", Fn: minMaxFn("min", false), Doc: "min(x), [m,i] = min(x), min(x,[],dim), min(x,[],vecdim), min(x,[],'all'), min(a,b), min(...,'omitnan'|'includenan'): smallest elements (NaN ignored by default; complex by modulus)", Num2: scalarMinMax(false)},
		{Name: "bounds", Fn: boundsFn, Doc: "[s,l] = bounds(x), bounds(x,dim), bounds(x,vecdim), bounds(x,'all'), bounds(...,'omitnan'|'includenan'): smallest and largest elements"},
	})
}

// nanFlags are the NaN options of min, max and bounds.
var nanFlags = []string{"omitnan", "includenan", "omitmissing", "includemissing"}

// better reports whether element value (kr, ki) beats (br, bi) for max
// (or min): complex values compare by modulus, then by phase angle.
func better(isMax bool, kr, ki, br, bi float64, isComplex bool) bool {
	var x, y float64
	if isComplex {
		x, y = cmplx.Abs(complex(kr, ki)), cmplx.Abs(complex(br, bi))
		if x == y {
			x, y = math.Atan2(ki, kr), math.Atan2(bi, br)
		}
	} else {
		x, y = kr, br
	}
	if isMax {
		return x > y
	}
	return x < y
}

// extremum finds the largest (or smallest) element of a slice and its
// 0-based position; with omitNaN false a NaN wins at once.
func extremum(isMax bool, re, im []float64, omitNaN bool) (r, i float64, pos int) {
	pos = -1
	for k := range re {
		if isNaNAt(re, im, k) {
			if !omitNaN {
				return re[k], imAt(im, k), k
			}
			continue
		}
		if pos < 0 || better(isMax, re[k], imAt(im, k), r, i, im != nil) {
			r, i, pos = re[k], imAt(im, k), k
		}
	}
	if pos < 0 {
		return math.NaN(), 0, 0
	}
	return r, i, pos
}

// imAt returns im[k], or 0 for real data.
func imAt(im []float64, k int) float64 {
	if im == nil {
		return 0
	}
	return im[k]
}

// minMaxClass is the class max and min keep: the input's, with char
// becoming double.
func minMaxClass(c value.Class) value.Class {
	if c == value.Char {
		return value.Double
	}
	return c
}

// minMaxFn builds max and min.
func minMaxFn(fn string, isMax bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if len(c.Args) == 0 {
			return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
		if len(c.Args) >= 2 && !(c.Args[1].IsEmpty() && c.Args[1].Class() == value.Double) {
			if _, isText := c.Args[1].Text(); !isText {
				return pairwiseMinMax(c, fn, isMax)
			}
		}
		a, err := reductionArg(fn, c.Args[0])
		if err != nil {
			return nil, err
		}
		rest := c.Args[1:]
		if len(rest) > 0 && c.Args[1].IsEmpty() {
			rest = rest[1:]
		} else if len(rest) > 0 {
			if s, _ := rest[0].Text(); s != "all" && s != "omitnan" && s != "includenan" && s != "omitmissing" && s != "includemissing" {
				return nil, value.Errorf("MATLAB:"+fn+":secondArgumentMustBeEmpty", "%s with two matrices to compare and a working dimension is not supported.", fn)
			}
		}
		o, err := parseReduceArgs(fn, rest, nanFlags, true)
		if err != nil {
			return nil, err
		}
		vals, idx, err := minMaxReduce(a, o, isMax)
		if err != nil {
			return nil, err
		}
		return []value.Value{vals, idx}, nil
	}
}

// minMaxReduce computes max or min along o's dimensions, with indices.
func minMaxReduce(a *value.Array, o reduceOpts, isMax bool) (value.Value, value.Value, error) {
	d := a.Size()
	if o.dims == nil && !o.all && len(d) == 2 && d[0] == 0 && d[1] == 0 {
		e := value.FromRef(value.NewArray(minMaxClass(a.Class()), value.Dims{0, 0}))
		return e, value.Empty(), nil
	}
	p, err := prepare(a, o, false)
	if err != nil {
		return value.Value{}, value.Value{}, err
	}
	out := p.view.out
	if p.view.n == 0 {
		out = a.Size().Clone()
		if o.all {
			out = value.Dims{0, 0}
		}
		for k := range out {
			if p.view.out.At(k) == 1 && out[k] == 0 {
				out[k] = 0
			}
		}
		e := value.FromRef(value.NewArray(minMaxClass(a.Class()), value.MakeDims(out...)))
		return e, value.FromRef(value.NewArray(value.Double, value.MakeDims(out...))), nil
	}
	idx := make([]float64, p.view.count)
	o2 := 0
	re, im := reduceReading(p, func(xr, xi []float64) (float64, float64) {
		r, i, pos := extremum(isMax, xr, xi, o.omitNaN)
		idx[o2] = float64(pos + 1)
		o2++
		return r, i
	})
	if p.view.n != 0 && len(o.dims) > 1 || o.all {
		for i := range idx {
			idx[i] = linearIndexIn(a.Size(), o, p, i, int(idx[i])-1)
		}
	}
	return newResult(minMaxClass(a.Class()), out, re, im), newResult(value.Double, out, idx, nil), nil
}

// linearIndexIn converts position pos within merged slice o of a
// multi-dimension reduction to a 1-based linear index of the original
// array.
func linearIndexIn(d value.Dims, o reduceOpts, p prepared, slice, pos int) float64 {
	if o.all {
		return float64(pos + 1)
	}
	nd := len(d)
	for _, k := range o.dims {
		nd = max(nd, k+1)
	}
	sub := make([]int, nd)
	r := pos
	for _, k := range o.dims {
		sub[k] = r % d.At(k)
		r /= d.At(k)
	}
	r = slice
	for k := range nd {
		if !containsInt(o.dims, k) {
			sub[k] = r % d.At(k)
			r /= d.At(k)
		}
	}
	lin, stride := 0, 1
	for k := range nd {
		lin += sub[k] * stride
		stride *= d.At(k)
	}
	return float64(lin + 1)
}

// containsInt reports whether xs holds x.
func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// pairwiseMinMax is max(a,b) and min(a,b): element-wise with implicit
// expansion, NaN ignored unless 'includenan' is given.
func pairwiseMinMax(c *interp.Call, fn string, isMax bool) ([]value.Value, error) {
	if c.Nargout > 1 {
		return nil, value.Errorf("MATLAB:"+fn+":TwoInTwoOutCaseNotSupported", "%s with two matrices to compare and two output arguments is not supported.", fn)
	}
	o, err := parseReduceArgs(fn, c.Args[2:], nanFlags, true)
	if err != nil {
		return nil, err
	}
	if o.all || o.dims != nil {
		return nil, value.Errorf("MATLAB:"+fn+":secondArgumentMustBeEmpty", "%s with two matrices to compare and a working dimension is not supported.", fn)
	}
	x, err := reductionArg(fn, c.Args[0])
	if err != nil {
		return nil, err
	}
	y, err := reductionArg(fn, c.Args[1])
	if err != nil {
		return nil, err
	}
	cl := x.Class()
	if x.Class() != y.Class() {
		if cl, err = binaryClass(minMaxClass(x.Class()), minMaxClass(y.Class())); err != nil {
			return nil, err
		}
	}
	cl = minMaxClass(cl)
	d, ox, oy, err := expandDims(x.Size(), y.Size())
	if err != nil {
		return nil, err
	}
	isComplex := x.IsComplex() || y.IsComplex()
	re := make([]float64, len(ox))
	var im []float64
	if isComplex {
		im = make([]float64, len(ox))
	}
	for k := range re {
		ar, ai := x.Re[ox[k]], imAt(x.Im, ox[k])
		br, bi := y.Re[oy[k]], imAt(y.Im, oy[k])
		aNaN, bNaN := ar != ar || ai != ai, br != br || bi != bi
		pickB := false
		switch {
		case aNaN || bNaN:
			pickB = aNaN == o.omitNaN && (!bNaN || !o.omitNaN)
			if !o.omitNaN {
				pickB = bNaN && !aNaN
			}
		default:
			pickB = better(isMax, br, bi, ar, ai, isComplex)
		}
		if pickB {
			ar, ai = br, bi
		}
		re[k] = ar
		if im != nil {
			im[k] = ai
		}
	}
	return []value.Value{newResult(cl, d, re, im)}, nil
}

func boundsFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, err := reductionArg("bounds", c.Args[0])
	if err != nil {
		return nil, err
	}
	o, err := parseReduceArgs("bounds", c.Args[1:], nanFlags, true)
	if err != nil {
		return nil, err
	}
	lo, _, err := minMaxReduce(a, o, false)
	if err != nil {
		return nil, err
	}
	hi, _, err := minMaxReduce(a, o, true)
	if err != nil {
		return nil, err
	}
	return []value.Value{lo, hi}, nil
}

// scalarMinMax is the interpreter's allocation-free kernel for max(a,b) and
// min(a,b) of two real double scalars; NaN loses to a number, as in MATLAB.
func scalarMinMax(isMax bool) func(a, b float64) (float64, bool) {
	return func(a, b float64) (float64, bool) {
		switch {
		case a != a:
			return b, true
		case b != b:
			return a, true
		case isMax == (b > a):
			return b, true
		}
		return a, true
	}
}
