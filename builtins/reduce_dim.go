package builtins

import (
	"math"
	"slices"
	"strings"

	"gomat/lang/value"
)

// reduceOpts are the options reductions share: the dimensions to work
// along and the flags given as text.
type reduceOpts struct {
	dims     []int // 0-based dimensions; nil for the default
	all      bool
	omitNaN  bool
	nanGiven bool
	outType  string // "default", "double" or "native"
}

// parseReduceArgs reads reduction arguments after the data: an optional
// dimension (a positive integer or a vector of them), 'all', and the flags
// in allowed (lower case: "omitnan", "includenan", "double", "native",
// "default", …). nanDefault is the function's default for NaN handling.
func parseReduceArgs(fn string, args []value.Value, allowed []string, omitDefault bool) (reduceOpts, error) {
	o := reduceOpts{omitNaN: omitDefault, outType: "default"}
	for i, a := range args {
		if s, ok := a.Text(); ok {
			s = strings.ToLower(s)
			switch {
			case s == "all":
				o.all = true
			case !slices.Contains(allowed, s):
				return o, value.Errorf("MATLAB:"+fn+":unknownFlag", "Invalid option. Option must be %s.", flagList(allowed))
			case s == "omitnan" || s == "omitmissing":
				o.omitNaN, o.nanGiven = true, true
			case s == "includenan" || s == "includemissing":
				o.omitNaN, o.nanGiven = false, true
			default:
				o.outType = s
			}
			continue
		}
		if i != 0 || o.all {
			return o, value.Errorf("MATLAB:"+fn+":unknownFlag", "Invalid option. Option must be %s.", flagList(allowed))
		}
		dims, err := dimsArg(a)
		if err != nil {
			return o, err
		}
		o.dims = dims
	}
	return o, nil
}

// flagList formats the accepted flags for an error message.
func flagList(allowed []string) string {
	q := make([]string, 0, len(allowed)+1)
	q = append(q, "'all'")
	for _, a := range allowed {
		q = append(q, "'"+a+"'")
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", or " + q[len(q)-1]
}

// dimsArg reads a dimension argument: a positive integer or a vector of
// distinct positive integers, returned 0-based.
func dimsArg(v value.Value) ([]int, error) {
	xs, err := value.ToFloat64(v)
	if err != nil || len(xs) == 0 {
		return nil, errDimArg()
	}
	out := make([]int, len(xs))
	for i, x := range xs {
		if x < 1 || x != math.Trunc(x) || math.IsInf(x, 0) {
			return nil, errDimArg()
		}
		out[i] = int(x) - 1
		if slices.Contains(out[:i], out[i]) {
			return nil, value.Errorf("MATLAB:getdimarg:vecDimsMustBeUniquePositiveIntegers", "Vector of dimensions must contain unique positive integers.")
		}
	}
	return out, nil
}

// defaultDim is MATLAB's default working dimension: the first one whose
// size is not 1 (0-based).
func defaultDim(d value.Dims) int {
	for k, x := range d {
		if x != 1 {
			return k
		}
	}
	return 0
}

// sliceView is an array viewed as slices along one dimension: slice o
// (0 ≤ o < count) has n elements at base(o) + j·stride.
type sliceView struct {
	stride, n, count int
	out              value.Dims // the size of the reduced result
}

// viewAlong describes the slices of an array of size d along dimension k.
func viewAlong(d value.Dims, k int) sliceView {
	stride := 1
	for i := 0; i < k && i < len(d); i++ {
		stride *= d[i]
	}
	n := d.At(k)
	out := d.Clone()
	if k < len(out) {
		out[k] = 1
	}
	total := d.Numel()
	count := 0
	if n > 0 {
		count = total / n
	} else {
		count = out.Numel()
	}
	return sliceView{stride: stride, n: n, count: count, out: value.MakeDims(out...)}
}

// base returns the offset of the first element of slice o.
func (s sliceView) base(o int) int {
	return (o/s.stride)*s.stride*s.n + o%s.stride
}

// gather copies slice o of xs into buf.
func (s sliceView) gather(xs []float64, o int, buf []float64) []float64 {
	buf = buf[:0]
	b := s.base(o)
	for j := range s.n {
		buf = append(buf, xs[b+j*s.stride])
	}
	return buf
}

// prepared is an array arranged for a reduction: the data viewed along
// one dimension, with the size of the result.
type prepared struct {
	a    *value.Array
	view sliceView
}

// prepare arranges a for reducing along o's dimensions: one dimension is
// used in place; several (or 'all') are permuted to the front and merged.
// emptyAsColumn makes a 0×0 input with no dimension given reduce to 1×1,
// as sum([]) is 0.
func prepare(a *value.Array, o reduceOpts, emptyAsColumn bool) (prepared, error) {
	d := a.Size()
	switch {
	case o.all:
		flat := value.NewArrayFrom(a.Class(), value.Dims{len(a.Re), 1}, a.Re, a.Im)
		return prepared{flat, viewAlong(flat.Size(), 0)}, nil
	case o.dims == nil:
		if emptyAsColumn && len(d) == 2 && d[0] == 0 && d[1] == 0 {
			col := value.NewArrayFrom(a.Class(), value.Dims{0, 1}, a.Re, a.Im)
			return prepared{col, viewAlong(col.Size(), 0)}, nil
		}
		return prepared{a, viewAlong(d, defaultDim(d))}, nil
	case len(o.dims) == 1:
		return prepared{a, viewAlong(d, o.dims[0])}, nil
	}
	nd := len(d)
	for _, k := range o.dims {
		nd = max(nd, k+1)
	}
	order := append([]int(nil), o.dims...)
	outSz := make([]int, nd)
	inner := 1
	for k := range nd {
		outSz[k] = d.At(k)
		if slices.Contains(o.dims, k) {
			outSz[k] = 1
			inner *= d.At(k)
		} else {
			order = append(order, k)
		}
	}
	pv, err := value.Permute(value.FromRef(a), order)
	if err != nil {
		return prepared{}, err
	}
	pa, _ := pv.Array()
	flat := value.NewArrayFrom(a.Class(), value.Dims{inner, len(a.Re) / max(inner, 1)}, pa.Re, pa.Im)
	if inner == 0 {
		flat = value.NewArrayFrom(a.Class(), value.Dims{0, value.MakeDims(outSz...).Numel()}, pa.Re, pa.Im)
	}
	v := viewAlong(flat.Size(), 0)
	v.out = value.MakeDims(outSz...)
	return prepared{flat, v}, nil
}
