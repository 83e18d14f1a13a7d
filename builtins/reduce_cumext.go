package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "cummax", Fn: cumExtremeFn("cummax", true), Doc: "cummax(A), cummax(A,dim), cummax(...,'forward'|'reverse'), cummax(...,'omitnan'|'includenan'): cumulative maximum (NaN ignored by default; complex by modulus)"},
		{Name: "cummin", Fn: cumExtremeFn("cummin", false), Doc: "cummin(A), cummin(A,dim), cummin(...,'forward'|'reverse'), cummin(...,'omitnan'|'includenan'): cumulative minimum (NaN ignored by default; complex by modulus)"},
		{Name: "cumtrapz", Fn: cumtrapzFn, Doc: "cumtrapz(Y), cumtrapz(X,Y), cumtrapz(Y,dim), cumtrapz(X,Y,dim): cumulative trapezoidal integration (unit spacing, scalar spacing X, or coordinates X)"},
	})
}

// cumExtremeFn builds cummax and cummin.
func cumExtremeFn(fn string, isMax bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		a, err := firstReductionArg(c, fn)
		if err != nil {
			return nil, err
		}
		if a.Class() == value.Char {
			return nil, value.Errorf("MATLAB:"+fn+":invalidType", "Invalid data type. First argument must be numeric or logical.")
		}
		reverse, flags := directionArg(c.Args[1:])
		o, err := parseReduceArgs(fn, flags, nanFlags, true)
		if err != nil {
			return nil, err
		}
		v, re, im, err := cumulativeView(a, o)
		if err != nil {
			return nil, err
		}
		for s := range v.count {
			b := v.base(s)
			var br, bi float64
			have, sticky := false, false
			for j := range v.n {
				if reverse {
					j = v.n - 1 - j
				}
				p := b + j*v.stride
				xr, xi := a.Re[p], imAt(a.Im, p)
				switch {
				case sticky:
				case isNaNAt(a.Re, a.Im, p):
					if !o.omitNaN {
						br, bi, sticky = xr, xi, true
					} else if !have {
						br, bi = math.NaN(), 0
					}
				case !have || better(isMax, xr, xi, br, bi, im != nil):
					br, bi, have = xr, xi, true
				}
				re[p] = br
				if im != nil {
					im[p] = bi
				}
			}
		}
		return []value.Value{newResult(a.Class(), a.Size(), re, im)}, nil
	}
}

func cumtrapzFn(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	if len(args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	if len(args) > 3 {
		return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	yv := args[0]
	var xv, dimv value.Value
	switch {
	case len(args) == 3:
		xv, yv, dimv = args[0], args[1], args[2]
	case len(args) == 2 && args[1].Numel() == 1:
		dimv = args[1]
	case len(args) == 2:
		xv, yv = args[0], args[1]
	}
	a, err := reductionArg("cumtrapz", yv)
	if err != nil {
		return nil, err
	}
	k := defaultDim(a.Size())
	if dimv.Defined() {
		ds, err := dimsArg(dimv)
		if err != nil || len(ds) != 1 {
			return nil, errDimArg()
		}
		k = ds[0]
	}
	v := viewAlong(a.Size(), k)
	cl := statsClass(a.Class(), false)
	// As MATLAB computes it: with coordinates the running sum adds
	// diff(x)/2 .* (y(j-1)+y(j)); otherwise it adds y(j-1)+y(j) and is
	// halved, then multiplied by a scalar spacing.
	var dx []float64
	scale := 1.0
	if xv.Defined() {
		xa, err := denseArg("cumtrapz", xv)
		if err != nil {
			return nil, err
		}
		if xa.Class() == value.Single {
			cl = value.Single
		}
		switch xs := xa.Re; {
		case len(xs) == 1:
			scale = xs[0]
		case len(xs) == v.n && xa.Size().IsVector():
			dx = make([]float64, len(xs))
			for j := 1; j < len(xs); j++ {
				dx[j] = (xs[j] - xs[j-1]) / 2
			}
		default:
			return nil, value.Errorf("MATLAB:cumtrapz:LengthXMismatchY", "length(x) must equal the length of the first non-singleton dimension of y.")
		}
	}
	re := cumTrapzPart(v, a.Re, dx, scale)
	var im []float64
	if a.Im != nil {
		im = cumTrapzPart(v, a.Im, dx, scale)
	}
	return []value.Value{newResult(cl, a.Size(), re, im)}, nil
}

// cumTrapzPart integrates one part (real or imaginary) of the data along
// view v: with dx (half the coordinate steps) the sums of dx(j)·(y(j-1)+y(j)),
// else scale·(running sum of y(j-1)+y(j))/2.
func cumTrapzPart(v sliceView, ys, dx []float64, scale float64) []float64 {
	out := make([]float64, len(ys))
	for s := range v.count {
		b := v.base(s)
		acc := 0.0
		for j := 1; j < v.n; j++ {
			p, q := b+j*v.stride, b+(j-1)*v.stride
			if dx != nil {
				acc += dx[j] * (ys[q] + ys[p])
				out[p] = acc
			} else {
				acc += ys[q] + ys[p]
				out[p] = scale * (acc / 2)
			}
		}
	}
	return out
}
