package builtins

import (
	"math"
	"sort"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "median", Fn: medianFn, Doc: "median(x), median(x,dim), median(x,vecdim), median(x,'all'), median(...,'omitnan'|'includenan'): middle value"},
		{Name: "mode", Fn: modeFn, Doc: "mode(x), mode(x,dim), mode(x,vecdim), mode(x,'all'), [m,f] = mode(...): most frequent value (the smallest of ties; NaN ignored)"},
		{Name: "std", Fn: stdVarFn("std", true), Doc: "std(x), std(x,w), std(x,w,dim), std(x,w,vecdim), std(x,w,'all'), std(...,'omitnan'|'includenan'), [s,m] = std(...): standard deviation (w = 0: N-1, w = 1: N)"},
		{Name: "var", Fn: stdVarFn("var", false), Doc: "var(x), var(x,w), var(x,w,dim), var(x,w,vecdim), var(x,w,'all'), var(...,'omitnan'|'includenan'), [v,m] = var(...): variance (w = 0: N-1, w = 1: N)"},
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
	freq := make([]float64, p.view.count)
	k := 0
	re, _ := reduceComplex(p, func(xs, _ []float64) (float64, float64) {
		ys := withoutNaN(xs)
		sort.Float64s(ys)
		best, bestN := math.NaN(), 0
		for i := 0; i < len(ys); {
			j := i
			for j < len(ys) && ys[j] == ys[i] {
				j++
			}
			if j-i > bestN {
				best, bestN = ys[i], j-i
			}
			i = j
		}
		freq[k] = float64(bestN)
		k++
		return best, 0
	})
	cl := a.Class()
	if cl == value.Char {
		cl = value.Double
	}
	return []value.Value{newResult(cl, p.view.out, re, nil), newResult(value.Double, p.view.out, freq, nil)}, nil
}

// stdVarFn builds std and var.
func stdVarFn(fn string, isStd bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if len(c.Args) == 0 {
			return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
		a, err := realReduction(fn, c.Args[0])
		if err != nil {
			return nil, err
		}
		rest := c.Args[1:]
		w := 0.0
		if len(rest) > 0 {
			if _, isText := rest[0].Text(); !isText {
				if !rest[0].IsEmpty() {
					x, err := value.ScalarFloat(rest[0])
					if err != nil || x != 0 && x != 1 {
						return nil, value.Errorf("gomat:notImplemented", "%s: the weight must be 0 or 1; weight vectors are not supported.", fn)
					}
					w = x
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
		means := make([]float64, p.view.count)
		k := 0
		re, _ := reduceComplex(p, func(xs, _ []float64) (float64, float64) {
			ys := xs
			if o.omitNaN {
				ys = withoutNaN(xs)
			}
			n := float64(len(ys))
			m, _ := sumOf(ys, nil, false)
			m /= n
			means[k] = m
			k++
			if len(ys) == 0 {
				return math.NaN(), 0
			}
			ss := 0.0
			for _, y := range ys {
				ss += (y - m) * (y - m)
			}
			div := n - 1
			if w == 1 || n == 1 {
				div = n
			}
			v := ss / div
			if isStd {
				v = math.Sqrt(v)
			}
			return v, 0
		})
		cl := statsClass(a.Class(), false)
		return []value.Value{newResult(cl, p.view.out, re, nil), newResult(cl, p.view.out, means, nil)}, nil
	}
}
