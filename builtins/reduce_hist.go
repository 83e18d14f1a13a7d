package builtins

import (
	"math"
	"sort"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "histcounts", Fn: histcountsFn, Doc: "[N,edges,bin] = histcounts(x), histcounts(x,nbins), histcounts(x,edges): histogram bin counts (bins [e(k), e(k+1)), the last closed)"},
		{Name: "accumarray", Fn: accumarrayFn, Doc: "accumarray(subs,vals), accumarray(subs,vals,sz), accumarray(subs,vals,sz,fun), accumarray(subs,vals,sz,fun,fillval): accumulate values by subscript (sum by default)"},
	})
}

func histcountsFn(c *interp.Call) ([]value.Value, error) {
	var x, spec value.Value
	if err := c.Unpack("x", &x, "bins?", &spec); err != nil {
		return nil, err
	}
	a, err := realReduction("histcounts", x)
	if err != nil {
		return nil, err
	}
	data := withoutNaN(a.Re)
	var edges []float64
	switch {
	case !spec.Defined():
		edges = autoEdges(data)
	case spec.Numel() == 1:
		nb, err := value.ScalarFloat(spec)
		if err != nil || nb < 1 || nb != math.Trunc(nb) {
			return nil, value.Errorf("MATLAB:histcounts:InvalidNumBins", "Number of bins must be a positive integer.")
		}
		edges = nbinEdges(data, int(nb))
	default:
		edges, _ = value.ToFloat64(spec)
		if !sort.Float64sAreSorted(edges) {
			return nil, value.Errorf("MATLAB:histcounts:InvalidEdges", "Bin edges must be a vector that is real, numeric or logical, and monotonically nondecreasing.")
		}
	}
	nbins := max(len(edges)-1, 0)
	counts := make([]float64, nbins)
	bin := make([]float64, len(a.Re))
	for i, v := range a.Re {
		k := binOf(edges, v)
		if k >= 0 {
			counts[k]++
			bin[i] = float64(k + 1)
		}
	}
	return []value.Value{value.RowVector(counts), value.RowVector(edges), newResult(value.Double, a.Size(), bin, nil)}, nil
}

// binOf returns the 0-based bin of v, or -1 when it is outside the edges
// (or NaN).
func binOf(edges []float64, v float64) int {
	n := len(edges)
	if n < 2 || v != v || v < edges[0] || v > edges[n-1] {
		return -1
	}
	if v == edges[n-1] {
		return n - 2
	}
	return sort.Search(n, func(i int) bool { return edges[i] > v }) - 1
}

// nbinEdges picks nbins uniform bins covering the data, with the left
// edge and width rounded to tidy numbers as MATLAB's histcounts does
// (histcounts([2 3 5 7 11 13 17 19 23 29],6) has edges 0:4.9:29.4).
func nbinEdges(data []float64, nbins int) []float64 {
	lo, hi, ok := dataRange(data)
	if !ok {
		lo, hi = 0, 1
	}
	xscale := math.Max(math.Abs(lo), math.Abs(hi))
	xrange := hi - lo
	var left, width, right float64
	if xrange > math.Max(math.Sqrt(epsOf(xscale, false)), 0x1p-1022) {
		raw := math.Max(xrange/float64(nbins), epsOf(xscale, false))
		pow := math.Pow(10, math.Floor(math.Log10(raw)))
		width = pow * math.Floor(raw/pow)
		left = math.Max(math.Min(width*math.Floor(lo/width), lo), -math.MaxFloat64)
		if nbins > 1 {
			ll := (hi - left) / float64(nbins)
			ul := (hi - left) / float64(nbins-1)
			p10 := math.Pow(10, math.Floor(math.Log10(ul-ll)))
			width = p10 * math.Ceil(ll/p10)
		}
		right = math.Min(math.Max(left+float64(nbins)*width, hi), math.MaxFloat64)
	} else {
		binRange := math.Max(1, math.Ceil(float64(nbins)*epsOf(xscale, false)))
		left = math.Floor(2*(lo-binRange/4)) / 2
		right = math.Ceil(2*(hi+binRange/4)) / 2
		width = (right - left) / float64(nbins)
	}
	edges := make([]float64, nbins+1)
	for k := range nbins {
		edges[k] = left + float64(k)*width
	}
	edges[nbins] = right
	return edges
}

// autoEdges is histcounts' automatic binning: unit bins centred on the
// integers for integer data spanning at most 50, else Scott's rule with
// the bin width rounded to 1, 2, 3, 5 or 10 times a power of ten.
func autoEdges(data []float64) []float64 {
	lo, hi, ok := dataRange(data)
	if !ok {
		return []float64{0, 1}
	}
	integers := true
	for _, v := range data {
		if v != math.Trunc(v) {
			integers = false
			break
		}
	}
	if integers && hi-lo <= 50 {
		var edges []float64
		for e := math.Floor(lo) - 0.5; e <= math.Ceil(hi)+0.5; e++ {
			edges = append(edges, e)
		}
		return edges
	}
	n := float64(len(data))
	m, _ := sumOf(data, nil, false)
	m /= n
	ss := 0.0
	for _, v := range data {
		ss += (v - m) * (v - m)
	}
	sd := math.Sqrt(ss / math.Max(n-1, 1))
	raw := 3.5 * sd / math.Cbrt(n)
	xscale := math.Max(math.Abs(lo), math.Abs(hi))
	if hi-lo <= math.Max(math.Sqrt(epsOf(xscale, false)), 0x1p-1022) {
		return nbinEdges(data, 1)
	}
	raw = math.Max(raw, epsOf(xscale, false))
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	rel := raw / pow
	var width float64
	switch {
	case rel < 1.5:
		width = pow
	case rel < 2.5:
		width = 2 * pow
	case rel < 4:
		width = 3 * pow
	case rel < 7.5:
		width = 5 * pow
	default:
		width = 10 * pow
	}
	left := math.Min(width*math.Floor(lo/width), lo)
	nb := math.Max(1, math.Ceil((hi-left)/width))
	right := math.Max(left+nb*width, hi)
	edges := make([]float64, int(nb)+1)
	for k := range int(nb) {
		edges[k] = left + float64(k)*width
	}
	edges[int(nb)] = right
	return edges
}

// dataRange returns the finite minimum and maximum of data.
func dataRange(data []float64) (lo, hi float64, ok bool) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, v := range data {
		if math.IsInf(v, 0) {
			continue
		}
		lo, hi = math.Min(lo, v), math.Max(hi, v)
		ok = true
	}
	return lo, hi, ok
}

func accumarrayFn(c *interp.Call) ([]value.Value, error) {
	var subsV, valsV, szV, fun value.Value
	fill := 0.0
	if err := c.Unpack("subs", &subsV, "vals", &valsV, "sz?", &szV, "fun?", &fun, "fillval?", &fill); err != nil {
		return nil, err
	}
	subs, err := denseArg("accumarray", subsV)
	if err != nil {
		return nil, err
	}
	vals, err := denseArg("accumarray", valsV)
	if err != nil {
		return nil, err
	}
	// Each row of subs is one N-d subscript; a column is linear.
	sd := subs.Size()
	if !sd.IsMatrix() {
		return nil, value.Errorf("MATLAB:accumarray:invalidSubs", "First input SUBS must be a matrix of positive integer subscripts.")
	}
	n, nd := sd.Rows(), sd.Cols()
	if len(vals.Re) != 1 && len(vals.Re) != n {
		return nil, value.Errorf("MATLAB:accumarray:nrowsMismatch", "Second input VAL must be a vector with one element for each row in SUBS, or a scalar.")
	}
	size := make([]int, max(nd, 2))
	for k := range size {
		size[k] = 1
	}
	for i := range n {
		for k := range nd {
			s := subs.Re[k*n+i]
			if s < 1 || s != math.Trunc(s) {
				return nil, value.Errorf("MATLAB:accumarray:invalidSubs", "First input SUBS must contain positive integer subscripts.")
			}
			size[k] = max(size[k], int(s))
		}
	}
	if szV.Defined() && !szV.IsEmpty() {
		xs, _ := value.ToFloat64(szV)
		for k, x := range xs {
			if k < len(size) && int(x) < size[k] || k >= len(size) {
				if k >= len(size) && x == 1 {
					continue
				}
				return nil, value.Errorf("MATLAB:accumarray:sizeMismatch", "Third input SZ must be a full size vector with one element for each column of SUBS.")
			}
			size[k] = int(x)
		}
	}
	d := value.MakeDims(size...)
	strides := d.Strides()
	groups := make([][]float64, d.Numel())
	for i := range n {
		lin := 0
		for k := range nd {
			lin += (int(subs.Re[k*n+i]) - 1) * strides[k]
		}
		v := vals.Re[0]
		if len(vals.Re) > 1 {
			v = vals.Re[i]
		}
		groups[lin] = append(groups[lin], v)
	}
	out := make([]float64, len(groups))
	cl := value.Double
	for i, g := range groups {
		switch {
		case g == nil:
			out[i] = fill
		case !fun.Defined() || fun.IsEmpty():
			for _, v := range g {
				out[i] += v
			}
		default:
			r, err := c.CallFunction(fun, []value.Value{value.ColVector(g)}, 1)
			if err != nil {
				return nil, err
			}
			if len(r) == 0 {
				return nil, value.Errorf("MATLAB:accumarray:nonscalarFunOutput", "The function FUN must return a scalar.")
			}
			x, err := value.ScalarFloat(r[0])
			if err != nil {
				return nil, value.Errorf("MATLAB:accumarray:nonscalarFunOutput", "The function FUN must return a scalar.")
			}
			out[i] = x
			if r[0].Class() == value.Logical {
				cl = value.Logical
			}
		}
	}
	return []value.Value{newResult(cl, d, out, nil)}, nil
}
