package builtins

import (
	"math"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "sum", Fn: sumProdFn("sum", false), Doc: "sum(x), sum(x,dim), sum(x,vecdim), sum(x,'all'), sum(...,'double'|'native'|'default'), sum(...,'omitnan'|'includenan'): sum of elements (integer classes saturate)"},
		{Name: "prod", Fn: sumProdFn("prod", true), Doc: "prod(x), prod(x,dim), prod(x,vecdim), prod(x,'all'), prod(...,'double'|'native'|'default'), prod(...,'omitnan'|'includenan'): product of elements"},
		{Name: "mean", Fn: meanFn, Doc: "mean(x), mean(x,dim), mean(x,vecdim), mean(x,'all'), mean(...,'double'|'native'|'default'), mean(...,'omitnan'|'includenan'): average of elements"},
		{Name: "cumsum", Fn: cumFn("cumsum", false), Doc: "cumsum(x), cumsum(x,dim), cumsum(...,'forward'|'reverse'), cumsum(...,'omitnan'|'includenan'): cumulative sum"},
		{Name: "cumprod", Fn: cumFn("cumprod", true), Doc: "cumprod(x), cumprod(x,dim), cumprod(...,'forward'|'reverse'), cumprod(...,'omitnan'|'includenan'): cumulative product"},
	})
}

// reductionArg returns the data argument of a reduction, which must be
// numeric, logical or char.
func reductionArg(fn string, v value.Value) (*value.Array, error) {
	a, ok := v.Array()
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":invalidType", "Invalid data type. First argument must be numeric or logical.")
	}
	return a, nil
}

// sumClass is the class of sum and prod results for an input class and
// outtype.
func sumClass(fn string, c value.Class, outType string) (value.Class, error) {
	switch outType {
	case "double":
		return value.Double, nil
	case "native":
		if c == value.Char {
			return 0, value.Errorf("MATLAB:"+fn+":nativeChar", "'native' is not supported for char input.")
		}
		return c, nil
	}
	if c.IsNumeric() {
		return c, nil
	}
	return value.Double, nil
}

// sumProdFn builds sum and prod.
func sumProdFn(fn string, isProd bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		a, err := firstReductionArg(c, fn)
		if err != nil {
			return nil, err
		}
		o, err := parseReduceArgs(fn, c.Args[1:], []string{"double", "native", "default", "omitnan", "includenan", "omitmissing", "includemissing"}, false)
		if err != nil {
			return nil, err
		}
		cl, err := sumClass(fn, a.Class(), o.outType)
		if err != nil {
			return nil, err
		}
		p, err := prepare(a, o, true)
		if err != nil {
			return nil, err
		}
		re, im := reduceReading(p, func(xr, xi []float64) (float64, float64) {
			if isProd {
				return prodOf(xr, xi, o.omitNaN)
			}
			return sumOf(xr, xi, o.omitNaN)
		})
		if cl == value.Logical {
			for i, x := range re {
				re[i] = b2f(x != 0)
			}
		}
		return []value.Value{newResult(cl, p.view.out, re, im)}, nil
	}
}

// b2f converts a bool to 0 or 1.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// reduceComplex applies f to every slice; im is nil for real data. f gets
// a copy of each slice and may reorder it (median sorts it).
func reduceComplex(p prepared, f func(re, im []float64) (float64, float64)) ([]float64, []float64) {
	return reduceSlices(p, false, f)
}

// reduceReading is reduceComplex for an f that only reads its slices:
// slices that lie contiguous in memory are passed without a copy.
func reduceReading(p prepared, f func(re, im []float64) (float64, float64)) ([]float64, []float64) {
	return reduceSlices(p, true, f)
}

func reduceSlices(p prepared, readOnly bool, f func(re, im []float64) (float64, float64)) ([]float64, []float64) {
	v := p.view
	re := make([]float64, v.count)
	var im []float64
	if p.a.Im != nil {
		im = make([]float64, v.count)
	}
	bufR := make([]float64, 0, v.n)
	var bufI []float64
	for o := range v.count {
		if readOnly && v.stride == 1 {
			b := v.base(o)
			bufR = p.a.Re[b : b+v.n]
			if im != nil {
				bufI = p.a.Im[b : b+v.n]
			}
		} else {
			bufR = v.gather(p.a.Re, o, bufR)
			if im != nil {
				bufI = v.gather(p.a.Im, o, bufI)
			}
		}
		if im != nil {
			re[o], im[o] = f(bufR, bufI)
		} else {
			re[o], _ = f(bufR, nil)
		}
	}
	return re, im
}

// isNaNAt reports whether element i of a possibly complex slice is NaN.
func isNaNAt(re, im []float64, i int) bool {
	return re[i] != re[i] || im != nil && im[i] != im[i]
}

// sumOf adds the elements of a slice.
func sumOf(re, im []float64, omitNaN bool) (float64, float64) {
	var sr, si float64
	if im == nil && !omitNaN {
		for _, x := range re {
			sr += x
		}
		return sr, 0
	}
	for i, x := range re {
		if omitNaN && isNaNAt(re, im, i) {
			continue
		}
		sr += x
		if im != nil {
			si += im[i]
		}
	}
	return sr, si
}

// prodOf multiplies the elements of a slice.
func prodOf(re, im []float64, omitNaN bool) (float64, float64) {
	pr, pi := 1.0, 0.0
	for i, x := range re {
		if omitNaN && isNaNAt(re, im, i) {
			continue
		}
		if im == nil {
			pr *= x
			continue
		}
		pr, pi = pr*x-pi*im[i], pr*im[i]+pi*x
	}
	return pr, pi
}

func meanFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, err := reductionArg("mean", c.Args[0])
	if err != nil {
		return nil, err
	}
	o, err := parseReduceArgs("mean", c.Args[1:], []string{"double", "native", "default", "omitnan", "includenan", "omitmissing", "includemissing"}, false)
	if err != nil {
		return nil, err
	}
	cl := value.Double
	switch {
	case o.outType == "native":
		if a.Class() == value.Logical || a.Class() == value.Char {
			return nil, value.Errorf("MATLAB:mean:nativeType", "'native' is not supported for logical or char input.")
		}
		cl = a.Class()
	case o.outType == "default" && a.Class() == value.Single:
		cl = value.Single
	}
	p, err := prepare(a, o, true)
	if err != nil {
		return nil, err
	}
	re, im := reduceReading(p, func(xr, xi []float64) (float64, float64) {
		sr, si := sumOf(xr, xi, o.omitNaN)
		n := len(xr)
		if o.omitNaN {
			n = 0
			for i := range xr {
				if !isNaNAt(xr, xi, i) {
					n++
				}
			}
		}
		return sr / float64(n), si / float64(n)
	})
	return []value.Value{newResult(cl, p.view.out, re, im)}, nil
}

// cumFn builds cumsum and cumprod.
func cumFn(fn string, isProd bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		a, err := firstReductionArg(c, fn)
		if err != nil {
			return nil, err
		}
		reverse, rest := directionArg(c.Args[1:])
		o, err := parseReduceArgs(fn, rest, []string{"omitnan", "includenan", "omitmissing", "includemissing"}, false)
		if err != nil {
			return nil, err
		}
		v, re, im, err := cumulativeView(a, o)
		if err != nil {
			return nil, err
		}
		for s := range v.count {
			b := v.base(s)
			accR, accI := 0.0, 0.0
			if isProd {
				accR = 1
			}
			for j := range v.n {
				jj := j
				if reverse {
					jj = v.n - 1 - j
				}
				p := b + jj*v.stride
				xr, xi := a.Re[p], 0.0
				if im != nil {
					xi = a.Im[p]
				}
				if !(o.omitNaN && (math.IsNaN(xr) || math.IsNaN(xi))) {
					switch {
					case !isProd:
						accR, accI = accR+xr, accI+xi
					case im == nil:
						accR *= xr
					default:
						accR, accI = accR*xr-accI*xi, accR*xi+accI*xr
					}
				}
				re[p] = accR
				if im != nil {
					im[p] = accI
				}
			}
		}
		cl, _ := sumClass(fn, a.Class(), "default")
		return []value.Value{newResult(cl, a.Size(), re, im)}, nil
	}
}

// cumulativeView reads the dimension argument of a cumulative function
// (cumsum, cummax, …): one dimension at most, the first non-singleton by
// default; it returns the slices along it and zeroed result storage.
func cumulativeView(a *value.Array, o reduceOpts) (sliceView, []float64, []float64, error) {
	if o.all || len(o.dims) > 1 {
		return sliceView{}, nil, nil, errDimArg()
	}
	d := a.Size()
	k := defaultDim(d)
	if o.dims != nil {
		k = o.dims[0]
	}
	re := make([]float64, len(a.Re))
	var im []float64
	if a.Im != nil {
		im = make([]float64, len(a.Re))
	}
	return viewAlong(d, k), re, im, nil
}

// directionArg takes the 'forward' or 'reverse' flags of a cumulative
// function out of its arguments (the last one wins) and returns the rest.
func directionArg(args []value.Value) (reverse bool, rest []value.Value) {
	for _, arg := range args {
		if s, ok := arg.Text(); ok && (strings.EqualFold(s, "reverse") || strings.EqualFold(s, "forward")) {
			reverse = strings.EqualFold(s, "reverse")
			continue
		}
		rest = append(rest, arg)
	}
	return reverse, rest
}

// firstReductionArg reads a reduction's data argument, the first one.
func firstReductionArg(c *interp.Call, fn string) (*value.Array, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	return reductionArg(fn, c.Args[0])
}

// firstRealReduction is firstReductionArg for real data only.
func firstRealReduction(c *interp.Call, fn string) (*value.Array, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	return realReduction(fn, c.Args[0])
}
