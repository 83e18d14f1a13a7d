package builtins

import (
	"math"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "rescale", Fn: rescaleFn, Doc: "rescale(A), rescale(A,l,u), rescale(...,'InputMin',m,'InputMax',M) with scalar m and M: scale the entries of A to the interval [l,u] (default [0,1])"},
		{Name: "normalize", Fn: normalizeFn, Doc: "normalize(A), normalize(A,dim), normalize(...,method,option) with method 'zscore' ('std'|'robust'), 'norm' (p), 'scale' ('std'|'mad'|'first'|s), 'range' ([a b]) or 'center' ('mean'|'median'|c); [N,C,S] = normalize(...) with N = (A-C)./S; NaN values are ignored"},
		{Name: "prctile", Fn: quantileFn("prctile", 100), Doc: "prctile(X,p), prctile(X,p,dim), prctile(X,p,'all'), prctile(...,'Method','exact'): percentiles (p in [0,100]) of the sorted data at 100*(0.5:n-0.5)/n with linear interpolation; NaN ignored"},
		{Name: "quantile", Fn: quantileFn("quantile", 1), Doc: "quantile(X,p), quantile(X,N), quantile(X,p,dim), quantile(X,p,'all'), quantile(...,'Method','exact'): quantiles (p in [0,1], or N evenly spaced ones) by the prctile rule"},
		{Name: "discretize", Fn: discretizeFn, Doc: "discretize(X,edges), discretize(X,edges,values), discretize(...,'IncludedEdge','left'|'right'): bin index of each element of X (NaN outside the edges)"},
	})
}

// scaleClass is single for single data and double otherwise.
func scaleClass(c value.Class) value.Class {
	if c == value.Single {
		return c
	}
	return value.Double
}

func rescaleFn(c *interp.Call) ([]value.Value, error) {
	var av value.Value
	l, u := 0.0, 1.0
	inMin, inMax := math.NaN(), math.NaN()
	if err := c.Unpack("A", &av, "l?", &l, "u?", &u, "-InputMin", &inMin, "-InputMax", &inMax); err != nil {
		return nil, err
	}
	if npos := positionalCount(c.Args); npos == 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, err := realReduction("rescale", av)
	if err != nil {
		return nil, err
	}
	if l > u {
		return nil, value.Errorf("MATLAB:rescale:lowerBoundGreaterThanUpperBound", "Lower bound must be less than or equal to upper bound.")
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, x := range a.Re {
		if x == x {
			lo, hi = min(lo, x), max(hi, x)
		}
	}
	if inMin == inMin {
		lo = inMin
	}
	if inMax == inMax {
		hi = inMax
	}
	out := make([]float64, len(a.Re))
	for i, x := range a.Re {
		x = min(max(x, lo), hi)
		if hi > lo {
			out[i] = l + (x-lo)/(hi-lo)*(u-l)
		} else {
			out[i] = l
		}
		if a.Re[i] != a.Re[i] {
			out[i] = math.NaN()
		}
	}
	return []value.Value{newResult(scaleClass(a.Class()), a.Size(), out, nil)}, nil
}

// positionalCount is the number of arguments before the first text one.
func positionalCount(args []value.Value) int {
	for i, a := range args {
		if _, ok := a.Text(); ok {
			return i
		}
	}
	return len(args)
}

// medianSorted is the median of sorted, NaN-free data (NaN when empty).
func medianSorted(ys []float64) float64 {
	n := len(ys)
	switch {
	case n == 0:
		return math.NaN()
	case n%2 == 1:
		return ys[n/2]
	}
	lo, hi := ys[n/2-1], ys[n/2]
	if math.IsInf(lo, 0) && lo == hi {
		return lo
	}
	return lo + (hi-lo)/2
}

// medianOmitNaN is the median of the non-NaN values of xs.
func medianOmitNaN(xs []float64) float64 {
	ys := withoutNaN(xs)
	sort.Float64s(ys)
	return medianSorted(ys)
}

// madOf is the median absolute deviation from the median of the non-NaN
// values of xs, and that median.
func madOf(xs []float64) (float64, float64) {
	m := medianOmitNaN(xs)
	dev := make([]float64, len(xs))
	for i, x := range xs {
		dev[i] = math.Abs(x - m)
	}
	return medianOmitNaN(dev), m
}

// normalizeSpec is a normalize method and its option.
type normalizeSpec struct {
	method string
	option string    // text option, lower case
	num    []float64 // numeric option
}

// parseNormalize reads normalize's arguments after A.
func parseNormalize(args []value.Value) (int, normalizeSpec, error) {
	dim := -1
	sp := normalizeSpec{method: "zscore"}
	if len(args) > 0 {
		if _, isText := args[0].Text(); !isText {
			d, err := dimsArg(args[0])
			if err != nil || len(d) != 1 {
				return 0, sp, errDimArg()
			}
			dim = d[0]
			args = args[1:]
		}
	}
	if len(args) == 0 {
		return dim, sp, nil
	}
	m, ok := args[0].Text()
	if !ok {
		return 0, sp, value.Errorf("MATLAB:normalize:InvalidMethod", "Normalization method must be 'zscore', 'norm', 'scale', 'range', 'center', or 'medianiqr'.")
	}
	sp.method = strings.ToLower(m)
	switch sp.method {
	case "zscore", "norm", "scale", "range", "center":
	case "medianiqr", "datavariables", "replacevalues":
		return 0, sp, value.Errorf("gomat:notImplemented", "normalize: '%s' is not supported.", m)
	default:
		return 0, sp, value.Errorf("MATLAB:normalize:InvalidMethod", "Normalization method must be 'zscore', 'norm', 'scale', 'range', 'center', or 'medianiqr'.")
	}
	if len(args) > 2 {
		return 0, sp, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	if len(args) == 2 {
		if t, ok := args[1].Text(); ok {
			sp.option = strings.ToLower(t)
		} else {
			xs, err := value.ToFloat64(args[1])
			if err != nil {
				return 0, sp, value.Errorf("MATLAB:normalize:InvalidMethodOption", "Invalid normalization method option.")
			}
			sp.num = xs
		}
	}
	return dim, sp, sp.validate()
}

// validate checks that the option suits the method.
func (sp normalizeSpec) validate() error {
	bad := value.Errorf("MATLAB:normalize:InvalidMethodOption", "Invalid option for normalization method '%s'.", sp.method)
	okText := map[string][]string{
		"zscore": {"", "std", "robust"},
		"norm":   {""},
		"scale":  {"", "std", "mad", "first"},
		"range":  {""},
		"center": {"", "mean", "median"},
	}[sp.method]
	found := false
	for _, t := range okText {
		found = found || t == sp.option
	}
	switch {
	case sp.method == "scale" && sp.option == "iqr", sp.method == "center" && sp.option == "mode":
		return value.Errorf("gomat:notImplemented", "normalize: the '%s' option of '%s' is not supported.", sp.option, sp.method)
	case !found:
		return bad
	case sp.num == nil:
		return nil
	case sp.method == "zscore":
		return bad
	case sp.method == "range" && len(sp.num) != 2, sp.method == "norm" && (len(sp.num) != 1 || !(sp.num[0] > 0)):
		return bad
	case (sp.method == "scale" || sp.method == "center") && len(sp.num) != 1:
		return value.Errorf("gomat:notImplemented", "normalize: only a scalar '%s' value is supported.", sp.method)
	}
	return nil
}

// centerScale returns the centre and scale of one slice, so that the
// normalized slice is (x-c)/s.
func (sp normalizeSpec) centerScale(xs []float64) (float64, float64) {
	ys := withoutNaN(xs)
	switch sp.method {
	case "zscore":
		if sp.option == "robust" {
			s, m := madOf(ys)
			return m, s
		}
		v, m := varianceOf(ys, nil, 0)
		return m, math.Sqrt(v)
	case "norm":
		p := 2.0
		if sp.num != nil {
			p = sp.num[0]
		}
		abs := make([]float64, len(ys))
		for i, y := range ys {
			abs[i] = math.Abs(y)
		}
		return 0, vectorNorm(abs, p)
	case "scale":
		switch {
		case sp.num != nil:
			return 0, sp.num[0]
		case sp.option == "mad":
			s, _ := madOf(ys)
			return 0, s
		case sp.option == "first":
			return 0, xs[0]
		}
		v, _ := varianceOf(ys, nil, 0)
		return 0, math.Sqrt(v)
	case "range":
		a, b := 0.0, 1.0
		if sp.num != nil {
			a, b = sp.num[0], sp.num[1]
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, y := range ys {
			lo, hi = min(lo, y), max(hi, y)
		}
		if len(ys) == 0 {
			lo, hi = math.NaN(), math.NaN()
		}
		s := (hi - lo) / (b - a)
		return lo - a*s, s
	}
	switch {
	case sp.num != nil:
		return sp.num[0], 1
	case sp.option == "median":
		return medianOmitNaN(ys), 1
	}
	m, _ := sumOf(ys, nil, false)
	return m / float64(len(ys)), 1
}

func normalizeFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	a, err := realReduction("normalize", c.Args[0])
	if err != nil {
		return nil, err
	}
	dim, sp, err := parseNormalize(c.Args[1:])
	if err != nil {
		return nil, err
	}
	d := a.Size()
	if dim < 0 {
		dim = defaultDim(d)
	}
	v := viewAlong(d, dim)
	out := make([]float64, len(a.Re))
	cs, ss := make([]float64, v.count), make([]float64, v.count)
	buf := make([]float64, 0, v.n)
	for o := range v.count {
		xs := v.gather(a.Re, o, buf)
		cs[o], ss[o] = sp.centerScale(xs)
		b := v.base(o)
		for j, x := range xs {
			out[b+j*v.stride] = (x - cs[o]) / ss[o]
		}
	}
	cl := scaleClass(a.Class())
	return []value.Value{newResult(cl, d, out, nil), newResult(cl, v.out, cs, nil), newResult(cl, v.out, ss, nil)}, nil
}

// quantileOf is the quantile p (0 ≤ p ≤ 1) of sorted, NaN-free data: the
// data are taken as the quantiles (0.5:n-0.5)/n, interpolated linearly
// and held constant beyond the first and last.
func quantileOf(ys []float64, p float64) float64 {
	n := len(ys)
	if n == 0 || p != p {
		return math.NaN()
	}
	t := p*float64(n) + 0.5 // 1-based position
	switch {
	case t <= 1:
		return ys[0]
	case t >= float64(n):
		return ys[n-1]
	}
	k := int(math.Floor(t))
	f := t - float64(k)
	return ys[k-1] + f*(ys[k]-ys[k-1])
}

// quantileFn builds prctile (scale 100) and quantile (scale 1).
func quantileFn(fn string, scale float64) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if len(c.Args) < 2 {
			return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
		a, err := realReduction(fn, c.Args[0])
		if err != nil {
			return nil, err
		}
		ps, err := value.ToFloat64(c.Args[1])
		if err != nil {
			return nil, value.Errorf("MATLAB:"+fn+":BadPercents", "P must be a scalar or a vector of values in [0, %g].", scale)
		}
		if fn == "quantile" && len(ps) == 1 && ps[0] > 1 && ps[0] == math.Trunc(ps[0]) && !math.IsInf(ps[0], 0) {
			n := ps[0]
			if err := checkArraySize(value.Dims{1, int(min(n, 1<<53))}); err != nil {
				return nil, err
			}
			ps = make([]float64, int(n))
			for i := range ps {
				ps[i] = float64(i+1) / (n + 1)
			}
		}
		for i, p := range ps {
			if !(p >= 0 && p <= scale) {
				return nil, value.Errorf("MATLAB:"+fn+":BadPercents", "P must be a scalar or a vector of values in [0, %g].", scale)
			}
			ps[i] = p / scale
		}
		rest := c.Args[2:]
		if n := len(rest); n >= 2 {
			if s, ok := rest[n-2].Text(); ok && strings.EqualFold(s, "method") {
				m, _ := rest[n-1].Text()
				if !strings.EqualFold(m, "exact") {
					return nil, value.Errorf("gomat:notImplemented", "%s: only the 'exact' method is supported.", fn)
				}
				rest = rest[:n-2]
			}
		}
		o, err := parseReduceArgs(fn, rest, nil, true)
		if err != nil {
			return nil, err
		}
		if len(o.dims) > 1 {
			return nil, value.Errorf("gomat:notImplemented", "%s: a vector of dimensions is not supported.", fn)
		}
		p, err := prepare(a, o, false)
		if err != nil {
			return nil, err
		}
		v := p.view
		k := 0
		if o.dims != nil {
			k = o.dims[0]
		} else if !o.all {
			k = defaultDim(a.Size())
		}
		outD := v.out.Clone()
		for len(outD) <= k {
			outD = append(outD, 1)
		}
		outD[k] = len(ps)
		outD = value.MakeDims(outD...)
		ov := viewAlong(outD, k)
		res := make([]float64, outD.Numel())
		buf := make([]float64, 0, v.n)
		for s := range v.count {
			ys := withoutNaN(v.gather(p.a.Re, s, buf))
			sort.Float64s(ys)
			b := ov.base(s)
			for j, q := range ps {
				res[b+j*ov.stride] = quantileOf(ys, q)
			}
		}
		return []value.Value{newResult(scaleClass(a.Class()), outD, res, nil)}, nil
	}
}

func discretizeFn(c *interp.Call) ([]value.Value, error) {
	var xv, ev, valv value.Value
	side := "left"
	if err := c.Unpack("X", &xv, "edges", &ev, "values?", &valv, "-IncludedEdge", &side); err != nil {
		return nil, err
	}
	hasValues := positionalCount(c.Args) >= 3
	if t, ok := valv.Text(); ok {
		return nil, value.Errorf("gomat:notImplemented", "discretize: the '%s' option is not supported.", t)
	}
	x, err := realReduction("discretize", xv)
	if err != nil {
		return nil, err
	}
	edges, err := value.ToFloat64(ev)
	if err != nil {
		return nil, value.Errorf("MATLAB:discretize:InvalidSecondInput", "Second input must be a vector of bin edges or a number of bins.")
	}
	if len(edges) == 1 {
		return nil, value.Errorf("gomat:notImplemented", "discretize: a number of bins (discretize(X,N)) is not supported; pass the bin edges.")
	}
	if len(edges) < 2 || !sort.Float64sAreSorted(edges) {
		return nil, value.Errorf("MATLAB:discretize:InvalidEdges", "Bin edges must be a vector that is real, numeric or logical, and monotonically increasing.")
	}
	side = strings.ToLower(side)
	if side != "left" && side != "right" {
		return nil, value.Errorf("MATLAB:discretize:InvalidIncludedEdge", "'IncludedEdge' must be 'left' or 'right'.")
	}
	nb := len(edges) - 1
	var vals []float64
	if hasValues {
		if vals, err = value.ToFloat64(valv); err != nil || len(vals) != nb {
			return nil, value.Errorf("MATLAB:discretize:ValuesLengthMismatch", "VALUES must have the same number of elements as there are bins.")
		}
	}
	out := make([]float64, len(x.Re))
	for i, xi := range x.Re {
		out[i] = math.NaN()
		if !(xi >= edges[0] && xi <= edges[nb]) {
			continue
		}
		var bin int
		if side == "left" {
			bin = min(sort.Search(len(edges), func(j int) bool { return edges[j] > xi }), nb)
		} else {
			bin = max(sort.Search(len(edges), func(j int) bool { return edges[j] >= xi }), 1)
		}
		out[i] = float64(bin)
		if vals != nil {
			out[i] = vals[bin-1]
		}
	}
	return []value.Value{newResult(value.Double, x.Size(), out, nil)}, nil
}
