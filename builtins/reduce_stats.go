package builtins

import (
	"math"
	"slices"
	"sort"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "median", Fn: medianFn, Doc: "median(x), median(x,dim), median(x,vecdim), median(x,'all'), median(...,'omitnan'|'includenan'): middle value"},
		{Name: "mode", Fn: modeFn, Doc: "mode(x), mode(x,dim), mode(x,vecdim), mode(x,'all'), [m,f,c] = mode(...): most frequent value (the smallest of ties; NaN ignored), its frequency, and all values of that frequency"},
		{Name: "std", Fn: stdVarFn("std", true), Doc: "std(x), std(x,w), std(x,w,dim), std(x,w,vecdim), std(x,w,'all'), std(...,'omitnan'|'includenan'), [s,m] = std(...): standard deviation (w = 0: N-1, w = 1: N, or a vector of weights)"},
		{Name: "var", Fn: stdVarFn("var", false), Doc: "var(x), var(x,w), var(x,w,dim), var(x,w,vecdim), var(x,w,'all'), var(...,'omitnan'|'includenan'), [v,m] = var(...): variance (w = 0: N-1, w = 1: N, or a vector of weights)"},
	})
}

// statsClass is the class of median, mode, std and var results: single
// stays single, other classes give double (integers keep their class for
// median and mode).
func statsClass(c value.Class, keepInt bool) value.Class {
	switch {
	case c == value.Single:
		return c
	case keepInt && c.IsInteger():
		return c
	}
	return value.Double
}

// realReduction checks that a statistic's data is real.
func realReduction(fn string, v value.Value) (*value.Array, error) {
	a, err := reductionArg(fn, v)
	if err != nil {
		return nil, err
	}
	if a.IsComplex() {
		return nil, value.Errorf("gomat:notImplemented", "%s: complex input is not supported.", fn)
	}
	return a, nil
}

// withoutNaN returns the non-NaN values of xs (sharing no storage).
func withoutNaN(xs []float64) []float64 {
	out := make([]float64, 0, len(xs))
	for _, x := range xs {
		if x == x {
			out = append(out, x)
		}
	}
	return out
}

func medianFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, err := realReduction("median", c.Args[0])
	if err != nil {
		return nil, err
	}
	o, err := parseReduceArgs("median", c.Args[1:], nanFlags, false)
	if err != nil {
		return nil, err
	}
	p, err := prepare(a, o, true)
	if err != nil {
		return nil, err
	}
	re, _ := reduceComplex(p, func(xs, _ []float64) (float64, float64) {
		ys := withoutNaN(xs)
		if len(ys) != len(xs) && !o.omitNaN || len(ys) == 0 {
			return math.NaN(), 0
		}
		sort.Float64s(ys)
		n := len(ys)
		if n%2 == 1 {
			return ys[n/2], 0
		}
		lo, hi := ys[n/2-1], ys[n/2]
		if math.IsInf(lo, 0) && lo == hi {
			return lo, 0
		}
		return lo + (hi-lo)/2, 0
	})
	return []value.Value{newResult(statsClass(a.Class(), true), p.view.out, re, nil)}, nil
}

func modeFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, err := realReduction("mode", c.Args[0])
	if err != nil {
		return nil, err
	}
	o, err := parseReduceArgs("mode", c.Args[1:], nil, true)
	if err != nil {
		return nil, err
	}
	p, err := prepare(a, o, true)
	if err != nil {
		return nil, err
	}
	cl := a.Class()
	if cl == value.Char {
		cl = value.Double
	}
	freq := make([]float64, p.view.count)
	ties := make([]value.Value, p.view.count)
	k := 0
	re, _ := reduceComplex(p, func(xs, _ []float64) (float64, float64) {
		ys := withoutNaN(xs)
		sort.Float64s(ys)
		best, bestN := math.NaN(), 0
		var tied []float64
		for i := 0; i < len(ys); {
			j := i
			for j < len(ys) && ys[j] == ys[i] {
				j++
			}
			switch {
			case j-i > bestN:
				best, bestN = ys[i], j-i
				tied = append(tied[:0], ys[i])
			case j-i == bestN:
				tied = append(tied, ys[i])
			}
			i = j
		}
		if len(xs) > 0 && len(ys) == 0 {
			tied = []float64{math.NaN()}
		}
		freq[k] = float64(bestN)
		ties[k] = newResult(cl, value.Dims{len(tied), 1}, tied, nil)
		k++
		return best, 0
	})
	out := []value.Value{newResult(cl, p.view.out, re, nil), newResult(value.Double, p.view.out, freq, nil)}
	if c.Nargout > 2 {
		out = append(out, value.FromRef(value.NewCellFrom(p.view.out.Clone(), ties)))
	}
	return out, nil
}

// varianceOf returns the variance and mean of ys: with weights ws (nil
// for none) the weighted variance, else normalised by N-1 (w = 0) or N
// (w = 1, or a single element).
func varianceOf(ys, ws []float64, w float64) (float64, float64) {
	if len(ys) == 0 {
		return math.NaN(), math.NaN()
	}
	if ws != nil {
		sw, m := 0.0, 0.0
		for i, y := range ys {
			sw += ws[i]
			m += ws[i] * y
		}
		m /= sw
		ss := 0.0
		for i, y := range ys {
			ss += ws[i] * (y - m) * (y - m)
		}
		return ss / sw, m
	}
	n := float64(len(ys))
	m, _ := sumOf(ys, nil, false)
	m /= n
	ss := 0.0
	for _, y := range ys {
		ss += (y - m) * (y - m)
	}
	div := n - 1
	if w == 1 || n == 1 {
		div = n
	}
	return ss / div, m
}

// stdVarFn builds std and var.
func stdVarFn(fn string, isStd bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		a, err := firstRealReduction(c, fn)
		if err != nil {
			return nil, err
		}
		rest := c.Args[1:]
		w := 0.0
		var wv []float64 // a weight vector, nil for the scalar weights 0 and 1
		if len(rest) > 0 {
			if _, isText := rest[0].Text(); !isText {
				if !rest[0].IsEmpty() {
					xs, err := value.ToFloat64(rest[0])
					if err != nil || !rest[0].Size().IsVector() || slices.ContainsFunc(xs, func(x float64) bool { return !(x >= 0) || math.IsInf(x, 0) }) {
						return nil, value.Errorf("MATLAB:"+fn+":invalidWgts", "W must be a vector of nonnegative weights, or a scalar 0 or 1.")
					}
					switch {
					case len(xs) == 1 && (xs[0] == 0 || xs[0] == 1):
						w = xs[0]
					case len(xs) == 1 && a.Size().Numel() != 1:
						return nil, value.Errorf("MATLAB:"+fn+":invalidWgts", "W must be a vector of nonnegative weights, or a scalar 0 or 1.")
					default:
						wv = xs
					}
				}
				rest = rest[1:]
			}
		}
		o, err := parseReduceArgs(fn, rest, nanFlags, false)
		if err != nil {
			return nil, err
		}
		p, err := prepare(a, o, true)
		if err != nil {
			return nil, err
		}
		if wv != nil && len(wv) != p.view.n {
			return nil, value.Errorf("MATLAB:"+fn+":invalidSizeWgts", "The length of the weight vector must equal the number of elements in the operating dimension.")
		}
		means := make([]float64, p.view.count)
		k := 0
		re, _ := reduceComplex(p, func(xs, _ []float64) (float64, float64) {
			ys, ws := xs, wv
			if o.omitNaN {
				ys, ws = nil, nil
				for i, x := range xs {
					if x == x {
						ys = append(ys, x)
						if wv != nil {
							ws = append(ws, wv[i])
						}
					}
				}
			}
			v, m := varianceOf(ys, ws, w)
			means[k] = m
			k++
			if isStd {
				v = math.Sqrt(v)
			}
			return v, 0
		})
		cl := statsClass(a.Class(), false)
		return []value.Value{newResult(cl, p.view.out, re, nil), newResult(cl, p.view.out, means, nil)}, nil
	}
}
