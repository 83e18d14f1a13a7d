package builtins

import (
	"math"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// PropertyNames lists Format, the duration's only property.
func (d *durationArray) PropertyNames() []string { return []string{"Format"} }

// GetProperty returns the display format.
func (d *durationArray) GetProperty(name string) (value.Value, error) {
	if name != "Format" {
		return value.Value{}, value.Errorf("MATLAB:noSuchMethodOrField", "Unrecognized method, property, or field '%s' for class 'duration'.", name)
	}
	return charRow(d.format), nil
}

// SetProperty changes the display format.
func (d *durationArray) SetProperty(name string, v value.Value) (value.Value, error) {
	if name != "Format" {
		return value.Value{}, value.Errorf("MATLAB:duration:UnknownProperty", "Unrecognized property '%s' for class 'duration'.", name)
	}
	f, ok := v.Text()
	if !ok || !validDurationFormat(f) {
		return value.Value{}, value.Errorf("MATLAB:duration:UnrecognizedFormat", "Unrecognized duration format.")
	}
	return value.FromRef(&durationArray{dims: d.dims.Clone(), secs: d.secs, format: f}), nil
}

// digitalFormats are the duration formats with colon-separated fields
// (optionally followed by '.S' to '.SSSSSSSSS'), with each field's length.
var digitalFormats = map[string][]float64{
	"dd:hh:mm:ss": {86400, 3600, 60, 1},
	"hh:mm:ss":    {3600, 60, 1},
	"mm:ss":       {60, 1},
	"hh:mm":       {3600, 60},
}

// splitDurationFormat splits a digital format into its fields' lengths
// and the number of fractional-second digits.
func splitDurationFormat(f string) ([]float64, int, bool) {
	base, frac, hasFrac := strings.Cut(f, ".")
	units, ok := digitalFormats[base]
	if !ok || hasFrac && (len(frac) == 0 || len(frac) > 9 || strings.Trim(frac, "S") != "" || units[len(units)-1] != 1) {
		return nil, 0, false
	}
	return units, len(frac), true
}

// validDurationFormat reports whether f is a duration display format.
func validDurationFormat(f string) bool {
	if _, ok := unitNames[f]; ok {
		return true
	}
	_, _, ok := splitDurationFormat(f)
	return ok
}

// digitalDurationText writes x seconds in a digital format: the first
// field holds the whole count of its unit, the others two digits each.
func digitalDurationText(x float64, f string) string {
	units, nfrac, _ := splitDurationFormat(f)
	sign := ""
	if x < 0 {
		sign, x = "-", -x
	}
	last := units[len(units)-1]
	scale := math.Pow(10, float64(nfrac))
	ticks := math.Round(x / last * scale) // in units of the last field / scale
	whole, frac := math.Floor(ticks/scale), math.Mod(ticks, scale)
	parts := make([]string, len(units))
	rest := whole * last
	for i, u := range units {
		n := math.Floor(rest / u)
		rest -= n * u
		parts[i] = pad2(int(n))
	}
	s := sign + strings.Join(parts, ":")
	if nfrac > 0 {
		s += "." + padN(int(frac), nfrac)
	}
	return s
}

// durationArgs reads the numeric arguments of duration(H,MI,S[,MS]) or
// the three columns of duration(X), broadcasting scalars, as seconds.
func durationArgs(args []value.Value) ([]float64, value.Dims, error) {
	if len(args) == 1 {
		xs, err := value.ToFloat64(args[0])
		d := args[0].Size()
		if err != nil || !args[0].Class().IsNumeric() || len(d) != 2 || d.Cols() != 3 {
			return nil, nil, value.Errorf("MATLAB:duration:InvalidNumericMatrix", "Numeric input data must be a matrix with three columns, or else three or four separate numeric arrays.")
		}
		m := d.Rows()
		out := make([]float64, m)
		for i := range m {
			out[i] = xs[i]*3600 + xs[m+i]*60 + xs[2*m+i]
		}
		return out, value.Dims{m, 1}, nil
	}
	unit := []float64{3600, 60, 1, 1e-3}
	cols, n, dims, err := broadcastParts(args, "duration")
	if err != nil {
		return nil, nil, err
	}
	out := make([]float64, n)
	for k := range n {
		for i, col := range cols {
			out[k] += col[min(k, len(col)-1)] * unit[i]
		}
	}
	return out, dims, nil
}

// parseDurationText reads 'hh:mm:ss' or 'dd:hh:mm:ss' (seconds may have a
// fraction) as seconds.
func parseDurationText(s string) (float64, error) {
	fields := strings.Split(strings.TrimSpace(s), ":")
	if len(fields) != 3 && len(fields) != 4 {
		return 0, value.Errorf("MATLAB:duration:DataMismatchedFormat", "Unable to convert '%s' to duration using the format 'hh:mm:ss'.", s)
	}
	units := digitalFormats["dd:hh:mm:ss"][4-len(fields):]
	total := 0.0
	for i, f := range fields {
		x, err := strconv.ParseFloat(f, 64)
		if err != nil || i < len(fields)-1 && strings.Contains(f, ".") {
			return 0, value.Errorf("MATLAB:duration:DataMismatchedFormat", "Unable to convert '%s' to duration using the format 'hh:mm:ss'.", s)
		}
		total += x * units[i]
	}
	return total, nil
}

func biDuration(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	format := "hh:mm:ss"
	if n := len(args); n >= 2 {
		if s, ok := args[n-2].Text(); ok && strings.EqualFold(s, "Format") {
			f, ok := args[n-1].Text()
			if !ok || !validDurationFormat(f) {
				return nil, value.Errorf("MATLAB:duration:UnrecognizedFormat", "Unrecognized duration format.")
			}
			format, args = f, args[:n-2]
		}
	}
	var secs []float64
	var dims value.Dims
	switch {
	case len(args) == 1 && isText(args[0]):
		t, _ := readTexts(args[0])
		secs, dims = make([]float64, len(t.elems)), t.dims.Clone()
		for i, s := range t.elems {
			x, err := parseDurationText(s)
			if err != nil {
				return nil, err
			}
			secs[i] = x
		}
	case len(args) == 1 || len(args) == 3 || len(args) == 4:
		var err error
		if secs, dims, err = durationArgs(args); err != nil {
			return nil, err
		}
	case len(args) == 0:
		secs, dims = []float64{0}, value.Dims{1, 1}
	default:
		return nil, value.Errorf("MATLAB:duration:WrongNumInputs", "Specify hours, minutes, and seconds (and optionally milliseconds) as separate numeric arrays, or as a numeric matrix with three columns.")
	}
	return one(value.FromRef(&durationArray{dims: dims, secs: secs, format: format}))
}

// durationScale implements d*x, x*d, d.*x, d/x, d./x (a duration) and
// d1/d2, d1./d2 (a number); mtimes and mrdivide need a scalar operand.
func durationScale(divide, matrix bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 2, 2); err != nil {
			return nil, err
		}
		a, b := c.Args[0], c.Args[1]
		da, aDur := a.Ref().(*durationArray)
		db, bDur := b.Ref().(*durationArray)
		if matrix && !a.Size().IsScalar() && !b.Size().IsScalar() {
			return nil, value.Errorf("gomat:notImplemented", "Matrix products and quotients of durations need a scalar operand; use .* or ./ for elementwise operations.")
		}
		var xa, xb []float64
		format := ""
		ok := true
		switch {
		case divide && aDur && bDur:
			xa, xb = da.secs, db.secs
		case aDur && !bDur && b.Class().IsNumeric():
			xa, format = da.secs, da.format
			xb, _ = value.ToFloat64(b)
		case bDur && !aDur && !divide && a.Class().IsNumeric():
			xb, format = db.secs, db.format
			xa, _ = value.ToFloat64(a)
		default:
			ok = false
		}
		if !ok {
			op := "Multiplication"
			if divide {
				op = "Division"
			}
			return nil, value.Errorf("MATLAB:duration:InvalidArithmetic", "%s is not defined between %s and %s.", op, a.ClassName(), b.ClassName())
		}
		dims, n, err := broadcastTimes(a.Size(), b.Size())
		if err != nil {
			return nil, err
		}
		out := make([]float64, n)
		for i := range n {
			x, y := xa[min(i, len(xa)-1)], xb[min(i, len(xb)-1)]
			if divide {
				out[i] = x / y
			} else {
				out[i] = x * y
			}
		}
		if format == "" {
			return one(numArray(dims.Clone(), out))
		}
		return one(value.FromRef(&durationArray{dims: dims.Clone(), secs: out, format: format}))
	}
}

// durationMap implements the elementwise unary operations -d, +d and abs(d).
func durationMap(f func(float64) float64) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 1, 1); err != nil {
			return nil, err
		}
		d := c.Args[0].Ref().(*durationArray)
		out := make([]float64, len(d.secs))
		for i, x := range d.secs {
			out[i] = f(x)
		}
		return one(value.FromRef(&durationArray{dims: d.dims.Clone(), secs: out, format: d.format}))
	}
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "duration", Fn: biDuration, Doc: "D = duration(H, MI, S[, MS]), duration(X) (X has columns H MI S), duration('hh:mm:ss' or 'dd:hh:mm:ss' text), duration(…, 'Format', f) with f 'hh:mm:ss', 'dd:hh:mm:ss', 'mm:ss', 'hh:mm' (optionally '.SSS…'), 'y', 'd', 'h', 'm' or 's'"},
		{Name: "milliseconds", Fn: durationUnit("ms"), Doc: "d = milliseconds(x): a duration of x ms (shown in seconds); milliseconds(duration) gives the number of milliseconds"},
	})
	interp.RegisterMethods("duration", []interp.Builtin{
		{Name: "times", Fn: durationScale(false, false), Doc: "d .* x, x .* d: durations scaled by numbers"},
		{Name: "mtimes", Fn: durationScale(false, true), Doc: "d * x, x * d with a scalar operand"},
		{Name: "rdivide", Fn: durationScale(true, false), Doc: "d ./ x (a duration), d1 ./ d2 (a number)"},
		{Name: "mrdivide", Fn: durationScale(true, true), Doc: "d / x (a duration), d1 / d2 (a number), with a scalar divisor"},
		{Name: "uminus", Fn: durationMap(func(x float64) float64 { return -x }), Doc: "-d"},
		{Name: "uplus", Fn: durationMap(func(x float64) float64 { return x }), Doc: "+d"},
		{Name: "abs", Fn: durationMap(math.Abs), Doc: "abs(d): the absolute length of each duration"},
	})
}
