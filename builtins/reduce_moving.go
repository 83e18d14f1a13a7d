package builtins

import (
	"math"
	"slices"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	const forms = "(A,k), (A,[kb kf]), (...,dim), (...,'includenan'|'omitnan'), (...,'Endpoints','shrink'|'discard'|'fill'|value)"
	interp.Register([]interp.Builtin{
		{Name: "movmean", Fn: movingFn("movmean", movMean), Doc: "movmean" + forms + ": moving mean over a sliding window of k elements (or kb back and kf forward)"},
		{Name: "movsum", Fn: movingFn("movsum", movSum), Doc: "movsum" + forms + ": moving sum over a sliding window"},
		{Name: "movmax", Fn: movingFn("movmax", movMax), Doc: "movmax" + forms + ": moving maximum over a sliding window"},
		{Name: "movmin", Fn: movingFn("movmin", movMin), Doc: "movmin" + forms + ": moving minimum over a sliding window"},
		{Name: "movmedian", Fn: movingFn("movmedian", movMedian), Doc: "movmedian" + forms + ": moving median over a sliding window"},
	})
}

// movKind selects the statistic of a moving-window function.
type movKind int

const (
	movMean movKind = iota
	movSum
	movMax
	movMin
	movMedian
)

// movOpts are the parsed arguments of a moving-window function.
type movOpts struct {
	kb, kf  int
	dim     int // 0-based; -1 for the default
	omitNaN bool
	mode    string  // "shrink", "discard" or "pad"
	pad     float64 // the padding value for mode "pad"
}

// movWindow reads the window argument: a positive integer k (centred;
// for even k one more element backward than forward) or [kb kf].
func movWindow(fn string, v value.Value) (int, int, error) {
	xs, err := value.ToFloat64(v)
	bad := value.Errorf("MATLAB:"+fn+":wrongWindowLength", "Window length must be a finite positive scalar or 2-element vector of nonnegative values.")
	if err != nil {
		return 0, 0, bad
	}
	switch len(xs) {
	case 1:
		k := xs[0]
		if !(k > 0) || math.IsInf(k, 0) {
			return 0, 0, bad
		}
		if k != math.Trunc(k) {
			return 0, 0, value.Errorf("gomat:notImplemented", "%s: non-integer window lengths are not supported.", fn)
		}
		n := int(k)
		return n / 2, (n - 1) / 2, nil
	case 2:
		for _, x := range xs {
			if !(x >= 0) || math.IsInf(x, 0) {
				return 0, 0, bad
			}
			if x != math.Trunc(x) {
				return 0, 0, value.Errorf("gomat:notImplemented", "%s: non-integer window lengths are not supported.", fn)
			}
		}
		return int(xs[0]), int(xs[1]), nil
	}
	return 0, 0, bad
}

// parseMovArgs reads the arguments after A.
func parseMovArgs(fn string, args []value.Value) (movOpts, error) {
	o := movOpts{dim: -1, mode: "shrink"}
	if len(args) == 0 {
		return o, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	var err error
	if o.kb, o.kf, err = movWindow(fn, args[0]); err != nil {
		return o, err
	}
	rest := args[1:]
	if len(rest) > 0 {
		if _, isText := rest[0].Text(); !isText {
			d, err := dimsArg(rest[0])
			if err != nil || len(d) != 1 {
				return o, errDimArg()
			}
			o.dim = d[0]
			rest = rest[1:]
		}
	}
	for len(rest) > 0 {
		s, ok := rest[0].Text()
		if !ok {
			return o, value.Errorf("MATLAB:"+fn+":invalidOption", "Invalid option.")
		}
		switch strings.ToLower(s) {
		case "includenan", "includemissing":
			o.omitNaN = false
			rest = rest[1:]
			continue
		case "omitnan", "omitmissing":
			o.omitNaN = true
			rest = rest[1:]
			continue
		case "endpoints":
		case "samplepoints":
			return o, value.Errorf("gomat:notImplemented", "%s: the 'SamplePoints' option is not supported.", fn)
		default:
			return o, value.Errorf("MATLAB:"+fn+":invalidOption", "Invalid option '%s'.", s)
		}
		if len(rest) < 2 {
			return o, value.Errorf("MATLAB:InputParser:ParamMissingValue", "Name-value argument '%s' has no value. Name-value arguments must occur in pairs.", s)
		}
		if err := o.setEndpoints(fn, rest[1]); err != nil {
			return o, err
		}
		rest = rest[2:]
	}
	return o, nil
}

// setEndpoints reads the value of the 'Endpoints' option.
func (o *movOpts) setEndpoints(fn string, v value.Value) error {
	if t, ok := v.Text(); ok {
		switch strings.ToLower(t) {
		case "shrink", "discard":
			o.mode = strings.ToLower(t)
		case "fill":
			o.mode, o.pad = "pad", math.NaN()
		default:
			return value.Errorf("MATLAB:"+fn+":invalidEndpoints", "Endpoints must be 'shrink', 'discard', 'fill', or a numeric or logical scalar.")
		}
		return nil
	}
	x, err := value.ScalarFloat(v)
	if err != nil {
		return value.Errorf("MATLAB:"+fn+":invalidEndpoints", "Endpoints must be 'shrink', 'discard', 'fill', or a numeric or logical scalar.")
	}
	o.mode, o.pad = "pad", x
	return nil
}

// movClass is the class of a moving statistic: integers keep their class
// except for movmean, single stays single, and the rest give double.
func movClass(kind movKind, c value.Class) value.Class {
	switch {
	case c == value.Single, c.IsInteger() && kind != movMean:
		return c
	}
	return value.Double
}

// movingFn builds movmean, movsum, movmax, movmin and movmedian.
func movingFn(fn string, kind movKind) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		a, err := firstRealReduction(c, fn)
		if err != nil {
			return nil, err
		}
		o, err := parseMovArgs(fn, c.Args[1:])
		if err != nil {
			return nil, err
		}
		d := a.Size()
		dim := o.dim
		if dim < 0 {
			dim = defaultDim(d)
		}
		in := viewAlong(d, dim)
		outD := d.Clone()
		if o.mode == "discard" && dim < len(outD) {
			outD[dim] = max(in.n-o.kb-o.kf, 0)
		}
		outD = value.MakeDims(outD...)
		out := viewAlong(outD, dim)
		res := make([]float64, outD.Numel())
		if len(res) == 0 {
			return []value.Value{newResult(movClass(kind, a.Class()), outD, res, nil)}, nil
		}
		buf := make([]float64, 0, in.n)
		win := make([]float64, 0, min(o.kb+o.kf+1, in.n))
		for s := range in.count {
			xs := in.gather(a.Re, s, buf)
			ob := out.base(s)
			j := 0
			for i := range in.n {
				lo, hi := i-o.kb, i+o.kf
				if o.mode == "discard" && (lo < 0 || hi >= in.n) {
					continue
				}
				win = append(win[:0], xs[max(lo, 0):min(hi, in.n-1)+1]...)
				if o.mode == "pad" {
					for range max(-lo, 0) + max(hi-in.n+1, 0) {
						win = append(win, o.pad)
					}
				}
				res[ob+j*out.stride] = movStat(kind, win, o.omitNaN)
				j++
			}
		}
		return []value.Value{newResult(movClass(kind, a.Class()), outD, res, nil)}, nil
	}
}

// movStat computes one window's statistic; it may reorder win.
func movStat(kind movKind, win []float64, omitNaN bool) float64 {
	if omitNaN {
		win = withoutNaN(win)
	} else if slices.ContainsFunc(win, math.IsNaN) {
		return math.NaN()
	}
	if len(win) == 0 {
		if kind == movSum {
			return 0
		}
		return math.NaN()
	}
	switch kind {
	case movSum, movMean:
		s, _ := sumOf(win, nil, false)
		if kind == movMean {
			return s / float64(len(win))
		}
		return s
	case movMax:
		return slices.Max(win)
	case movMin:
		return slices.Min(win)
	}
	sort.Float64s(win)
	return medianSorted(win)
}
