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
		{Name: "histcounts", Fn: histcountsFn, Doc: "[N,edges,bin] = histcounts(x), histcounts(x,nbins), histcounts(x,edges), histcounts(...,Name,Value) (BinWidth, BinLimits, NumBins, BinEdges, BinMethod 'auto'|'scott'|'fd'|'integers'|'sturges'|'sqrt', Normalization 'count'|'probability'|'percentage'|'countdensity'|'cumcount'|'pdf'|'cdf'): histogram bin counts (bins [e(k), e(k+1)), the last closed)"},
		{Name: "accumarray", Fn: accumarrayFn, Doc: "accumarray(subs,vals), accumarray(subs,vals,sz), accumarray(subs,vals,sz,fun), accumarray(subs,vals,sz,fun,fillval): accumulate values by subscript (sum by default; a fun returning a 1×1 cell gives a cell array)"},
	})
}

func histcountsFn(c *interp.Call) ([]value.Value, error) {
	var x, spec value.Value
	var binEdges, binLimits []float64
	binWidth, numBins := 0.0, 0.0
	method, norm := "auto", "count"
	if err := c.Unpack("x", &x, "bins?", &spec, "-BinWidth", &binWidth, "-BinLimits", &binLimits,
		"-NumBins", &numBins, "-BinEdges", &binEdges, "-BinMethod", &method, "-Normalization", &norm); err != nil {
		return nil, err
	}
	a, err := realReduction("histcounts", x)
	if err != nil {
		return nil, err
	}
	if spec.Defined() {
		if spec.Numel() == 1 {
			numBins, err = value.ScalarFloat(spec)
			if err != nil || numBins < 1 || numBins != math.Trunc(numBins) {
				return nil, value.Errorf("MATLAB:histcounts:InvalidNumBins", "Number of bins must be a positive integer.")
			}
		} else if binEdges, err = value.ToFloat64(spec); err != nil {
			return nil, undefinedFor("histcounts", spec)
		}
	}
	if numBins > 0 {
		if err := checkArraySize(value.Dims{1, int(min(numBins, 1<<53))}); err != nil {
			return nil, err
		}
	}
	edges, err := histEdges(withoutNaN(a.Re), binEdges, binLimits, binWidth, numBins, strings.ToLower(method), a.Class())
	if err != nil {
		return nil, err
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
	if err := normalizeCounts(counts, edges, len(a.Re), strings.ToLower(norm)); err != nil {
		return nil, err
	}
	return []value.Value{value.RowVector(counts), value.RowVector(edges), newResult(value.Double, a.Size(), bin, nil)}, nil
}

// histEdges picks histcounts' bin edges. The precedence is MATLAB's:
// explicit edges, then BinWidth, then a number of bins, then the binning
// method; BinLimits, when given, fix the outer edges.
func histEdges(data, binEdges, binLimits []float64, binWidth, numBins float64, method string, cl value.Class) ([]float64, error) {
	if binEdges != nil {
		if len(binEdges) < 2 && len(binEdges) != 0 || !sort.Float64sAreSorted(binEdges) {
			return nil, value.Errorf("MATLAB:histcounts:InvalidEdges", "Bin edges must be a vector that is real, numeric or logical, and monotonically nondecreasing.")
		}
		return binEdges, nil
	}
	if binWidth < 0 || binWidth != binWidth {
		return nil, value.Errorf("MATLAB:histcounts:InvalidBinWidth", "Bin width must be a positive scalar.")
	}
	if numBins < 0 || numBins != math.Trunc(numBins) {
		return nil, value.Errorf("MATLAB:histcounts:InvalidNumBins", "Number of bins must be a positive integer.")
	}
	hard := binLimits != nil
	if hard {
		if len(binLimits) != 2 || !(binLimits[0] <= binLimits[1]) {
			return nil, value.Errorf("MATLAB:histcounts:InvalidBinLimits", "Bin limits must be a 2-element vector of real, finite values in nondecreasing order.")
		}
		inside := data[:0:0]
		for _, v := range data {
			if v >= binLimits[0] && v <= binLimits[1] {
				inside = append(inside, v)
			}
		}
		data = inside
	}
	switch {
	case binWidth > 0 && hard:
		lo, hi := binLimits[0], binLimits[1]
		nb := max(math.Ceil((hi-lo)/binWidth), 1)
		edges := make([]float64, int(nb)+1)
		for k := range edges {
			edges[k] = lo + float64(k)*binWidth
		}
		edges[len(edges)-1] = hi
		return edges, nil
	case binWidth > 0:
		lo, hi, ok := dataRange(data)
		if !ok {
			lo, hi = 0, 0
		}
		left := binWidth * math.Floor(lo/binWidth)
		nb := max(math.Ceil((hi-left)/binWidth), 1)
		edges := make([]float64, int(nb)+1)
		for k := range edges {
			edges[k] = left + float64(k)*binWidth
		}
		return edges, nil
	case numBins > 0 && hard:
		return limitEdges(binLimits, int(numBins)), nil
	case numBins > 0:
		return nbinEdges(data, int(numBins)), nil
	}
	var width float64
	switch method {
	case "auto":
		lo, hi, ok := dataRange(data)
		if ok && integerValued(data, cl) && hi-lo <= 50 && withinHalfFlintmax(lo, hi) {
			return integerEdges(data, binLimits), nil
		}
		if !hard {
			return autoEdges(data), nil
		}
		width = scottWidth(data)
	case "integers":
		if lo, hi, ok := dataRange(data); ok && !withinHalfFlintmax(lo, hi) {
			return nil, value.Errorf("MATLAB:histcounts:InputOutOfIntRange", "When BinMethod is 'integers', the data must lie between -flintmax/2 and flintmax/2.")
		}
		return integerEdges(data, binLimits), nil
	case "scott":
		if !hard {
			return scottEdges(data, scottWidth(data)), nil
		}
		width = scottWidth(data)
	case "fd":
		if !hard {
			return scottEdges(data, fdWidth(data)), nil
		}
		width = fdWidth(data)
	case "sturges", "sqrt":
		lo, hi, _ := dataRange(data)
		n := float64(len(data))
		nb := math.Ceil(math.Log2(n) + 1)
		if method == "sqrt" {
			nb = math.Ceil(math.Sqrt(n))
		}
		width = (hi - lo) / max(nb, 1)
		if !hard {
			return scottEdges(data, width), nil
		}
	default:
		return nil, value.Errorf("MATLAB:histcounts:InvalidBinMethod", "The value of 'BinMethod' is invalid. It must be 'auto', 'scott', 'fd', 'integers', 'sturges' or 'sqrt'.")
	}
	lo, hi := binLimits[0], binLimits[1]
	nb := 1
	if w := niceWidth(width, math.Max(math.Abs(lo), math.Abs(hi))); hi > lo && w > 0 {
		nb = int(max(math.Ceil((hi-lo)/w), 1))
	}
	return limitEdges(binLimits, nb), nil
}

// limitEdges divides [lim(1), lim(2)] into nb equal bins.
func limitEdges(lim []float64, nb int) []float64 {
	edges := make([]float64, nb+1)
	for k := range nb {
		edges[k] = lim[0] + float64(k)*(lim[1]-lim[0])/float64(nb)
	}
	edges[nb] = lim[1]
	return edges
}

// integerValued reports whether every value is an integer (always so for
// integer and logical classes).
func integerValued(data []float64, cl value.Class) bool {
	if cl.IsInteger() || cl == value.Logical {
		return true
	}
	for _, v := range data {
		if v != math.Trunc(v) && !math.IsInf(v, 0) {
			return false
		}
	}
	return true
}

// withinHalfFlintmax reports whether lo..hi lies within ±flintmax/2, where
// unit bins centred on integers are still representable.
func withinHalfFlintmax(lo, hi float64) bool {
	return lo >= -(1<<52) && hi <= 1<<52
}

// integerEdges are unit bins centred on the integers spanning the data;
// with limits, the outer edges are the limits themselves.
func integerEdges(data, limits []float64) []float64 {
	lo, hi, ok := dataRange(data)
	if limits != nil {
		lo, hi = limits[0], limits[1]
		edges := []float64{lo}
		for e := math.Ceil(lo) + 0.5; e < hi; e++ {
			edges = append(edges, e)
		}
		return append(edges, hi)
	}
	if !ok {
		return []float64{0, 1}
	}
	var edges []float64
	for e := math.Floor(math.Round(lo)) - 0.5; e <= math.Ceil(math.Round(hi))+0.5; e++ {
		edges = append(edges, e)
	}
	return edges
}

// normalizeCounts applies histcounts' Normalization to the counts in place;
// n is the number of elements of the data.
func normalizeCounts(counts, edges []float64, n int, norm string) error {
	total := float64(n)
	acc := 0.0
	for k := range counts {
		w := edges[k+1] - edges[k]
		switch norm {
		case "count":
		case "probability":
			counts[k] /= total
		case "percentage":
			counts[k] = 100 * counts[k] / total
		case "countdensity":
			counts[k] /= w
		case "pdf":
			counts[k] = counts[k] / total / w
		case "cumcount":
			acc += counts[k]
			counts[k] = acc
		case "cdf":
			acc += counts[k]
			counts[k] = acc / total
		default:
			return value.Errorf("MATLAB:histcounts:InvalidNormalization", "The value of 'Normalization' is invalid. It must be 'count', 'probability', 'percentage', 'countdensity', 'cumcount', 'pdf' or 'cdf'.")
		}
	}
	return nil
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
// integers for integer data spanning at most 50, else Scott's rule.
func autoEdges(data []float64) []float64 {
	lo, hi, ok := dataRange(data)
	if !ok {
		return []float64{0, 1}
	}
	if integerValued(data, value.Double) && hi-lo <= 50 && withinHalfFlintmax(lo, hi) {
		return integerEdges(data, nil)
	}
	return scottEdges(data, scottWidth(data))
}

// scottWidth is Scott's normal reference rule for the bin width,
// 3.5·std(x)/n^(1/3).
func scottWidth(data []float64) float64 {
	n := float64(len(data))
	if n == 0 {
		return 0
	}
	m, _ := sumOf(data, nil, false)
	m /= n
	ss := 0.0
	for _, v := range data {
		ss += (v - m) * (v - m)
	}
	sd := math.Sqrt(ss / math.Max(n-1, 1))
	return 3.5 * sd / math.Cbrt(n)
}

// fdWidth is the Freedman–Diaconis rule for the bin width,
// 2·IQR(x)·n^(-1/3), with histcounts' interquartile range: the quartiles
// interpolate linearly between the sorted values placed at (i-0.5)/n, and
// the range is taken as at least a tenth of the data's span (against
// extreme outliers). One value or none gives width 1.
func fdWidth(data []float64) float64 {
	n := len(data)
	if n <= 1 {
		return 1
	}
	s := append([]float64(nil), data...)
	sort.Float64s(s)
	quartile := func(p float64) float64 {
		pos := p*float64(n) - 0.5
		k := min(int(pos), n-2)
		return s[k] + (pos-float64(k))*(s[k+1]-s[k])
	}
	lo, hi, _ := dataRange(data)
	iq := math.Max(quartile(0.75)-quartile(0.25), (hi-lo)/10)
	return 2 * iq * math.Pow(float64(n), -1.0/3)
}

// niceWidth rounds a raw bin width to 1, 2, 3, 5 or 10 times a power of
// ten, as MATLAB's automatic bin rules do.
func niceWidth(raw, xscale float64) float64 {
	raw = math.Max(raw, epsOf(xscale, false))
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	rel := raw / pow
	switch {
	case rel < 1.5:
		return pow
	case rel < 2.5:
		return 2 * pow
	case rel < 4:
		return 3 * pow
	case rel < 7.5:
		return 5 * pow
	}
	return 10 * pow
}

// scottEdges places bins of the tidied raw width at multiples of that
// width, covering the data (one bin for nearly constant data).
func scottEdges(data []float64, raw float64) []float64 {
	lo, hi, ok := dataRange(data)
	if !ok {
		return []float64{0, 1}
	}
	xscale := math.Max(math.Abs(lo), math.Abs(hi))
	if hi-lo <= math.Max(math.Sqrt(epsOf(xscale, false)), 0x1p-1022) {
		return nbinEdges(data, 1)
	}
	width := niceWidth(raw, xscale)
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

// allNil reports whether every group is empty.
func allNil(groups [][]float64) bool {
	for _, g := range groups {
		if g != nil {
			return false
		}
	}
	return true
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
			if s < 1 || s != math.Trunc(s) || math.IsInf(s, 0) {
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
	if err := checkArraySize(d); err != nil {
		return nil, err
	}
	strides := make([]int, len(size))
	for k, st := 0, 1; k < len(size); k++ {
		strides[k], st = st, st*size[k]
	}
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
	var cells []value.Value // set when fun returns cells
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
			if cell, ok := r[0].Ref().(*value.Cell); ok && cell.Size().Numel() == 1 {
				if cells == nil {
					if i > 0 && !allNil(groups[:i]) {
						return nil, value.Errorf("MATLAB:accumarray:nonscalarFunOutput", "The function FUN must return a scalar.")
					}
					cells = make([]value.Value, len(groups))
				}
				cells[i] = cell.Elems[0]
				continue
			}
			x, err := value.ScalarFloat(r[0])
			if err != nil || cells != nil {
				return nil, value.Errorf("MATLAB:accumarray:nonscalarFunOutput", "The function FUN must return a scalar.")
			}
			out[i] = x
			if r[0].Class() == value.Logical {
				cl = value.Logical
			}
		}
	}
	if cells != nil {
		for i, e := range cells {
			if !e.Defined() {
				cells[i] = value.Empty()
			}
		}
		return []value.Value{value.FromRef(value.NewCellFrom(d, cells))}, nil
	}
	return []value.Value{newResult(cl, d, out, nil)}, nil
}
