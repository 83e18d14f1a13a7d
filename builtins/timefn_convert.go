package builtins

import (
	"math"
	"strings"
	"time"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// natZone marks NaT (Not-a-Time): a datetime element in this zone is NaT.
// Arithmetic on a time keeps its zone, so NaT ± anything stays NaT.
var natZone = time.FixedZone("NaT", 0)

// natTime is the NaT element.
var natTime = time.Date(1970, 1, 1, 0, 0, 0, 0, natZone)

// isNaT reports whether t is NaT.
func isNaT(t time.Time) bool { return t.Location() == natZone }

// unixSeconds returns t as seconds since 1970 (NaN for NaT).
func unixSeconds(t time.Time) float64 {
	if isNaT(t) {
		return math.NaN()
	}
	return float64(t.Unix()) + float64(t.Nanosecond())/1e9
}

// unixEpoch is 1-Jan-1970 00:00:00.
var unixEpoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// afterEpoch returns the time x units (of unit seconds each) after base;
// a non-finite x gives NaT.
func afterEpoch(base time.Time, x, unit float64) time.Time {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return natTime
	}
	return base.Add(time.Duration(math.Round(x * unit * 1e9)))
}

// convertDates implements datetime(X, 'ConvertFrom', type) for the types
// datenum, posixtime, excel, excel1904, juliandate, modifiedjuliandate and
// yyyymmdd.
func convertDates(v value.Value, kind string) ([]time.Time, error) {
	xs, err := value.ToFloat64(v)
	if err != nil || !v.Class().IsNumeric() {
		return nil, value.Errorf("MATLAB:datetime:InvalidNumericConversion", "Input data must be a numeric array when 'ConvertFrom' is specified.")
	}
	ts := make([]time.Time, len(xs))
	for i, x := range xs {
		switch strings.ToLower(kind) {
		case "datenum":
			ts[i] = afterEpoch(unixEpoch, x-unixDatenum, 86400)
		case "posixtime":
			ts[i] = afterEpoch(unixEpoch, x, 1)
		case "excel":
			// Excel counts 29-Feb-1900, which never was, as day 60.
			base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
			if x < 61 {
				base = base.AddDate(0, 0, 1)
			}
			ts[i] = afterEpoch(base, x, 86400)
		case "excel1904":
			ts[i] = afterEpoch(time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC), x, 86400)
		case "juliandate":
			ts[i] = afterEpoch(unixEpoch, x-2440587.5, 86400)
		case "modifiedjuliandate":
			ts[i] = afterEpoch(unixEpoch, x-40587, 86400)
		case "yyyymmdd":
			if math.IsNaN(x) || math.IsInf(x, 0) {
				ts[i] = natTime
				continue
			}
			n := int(x)
			ts[i] = dateFromVec([]float64{float64(n / 10000), float64(n / 100 % 100), float64(n % 100)})
		default:
			return nil, value.Errorf("MATLAB:datetime:UnrecognizedConvertFrom", "'%s' is not a recognized 'ConvertFrom' value.", kind)
		}
	}
	return ts, nil
}

// dateVectorsToDatetime implements datetime(DateVectors): each row of an
// m×3 or m×6 numeric matrix is a date, giving an m×1 datetime.
func dateVectorsToDatetime(v value.Value, mk func([]time.Time, value.Dims, string) ([]value.Value, error)) ([]value.Value, error) {
	xs, err := value.ToFloat64(v)
	d := v.Size()
	if err != nil || !v.Class().IsNumeric() || len(d) != 2 || d.Cols() != 3 && d.Cols() != 6 {
		return nil, value.Errorf("MATLAB:datetime:InvalidNumericData", "Numeric input data must be a matrix with three or six columns, or else three, six, or seven separate numeric arrays.")
	}
	m, n := d.Rows(), d.Cols()
	ts := datevecRows(xs, m, n)
	def := dateOnlyFormat
	if n == 6 {
		def = fullDateFormat
	}
	return mk(ts, value.Dims{m, 1}, def)
}

// biNaT implements NaT, NaT(n), NaT(sz1,...), NaT(sz) and NaT(…, 'Format', f).
func biNaT(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	format := fullDateFormat
	if n := len(args); n >= 2 {
		if s, ok := args[n-2].Text(); ok && strings.EqualFold(s, "Format") {
			f, ok := args[n-1].Text()
			if !ok {
				return nil, value.Errorf("MATLAB:datetime:InvalidFormat", "The value of 'Format' must be a character vector or string scalar.")
			}
			format, args = f, args[:n-2]
		}
	}
	dims, err := sizeArgs(args)
	if err != nil {
		return nil, err
	}
	if err := checkArraySize(dims); err != nil {
		return nil, err
	}
	ts := make([]time.Time, dims.Numel())
	for i := range ts {
		ts[i] = natTime
	}
	return one(value.FromRef(&datetimeArray{dims: dims, t: ts, format: format}))
}

// sizeArgs reads the size arguments of NaT: none (1×1), n (n×n), a size
// vector, or one number per dimension; negative sizes count as 0.
func sizeArgs(args []value.Value) (value.Dims, error) {
	var dims value.Dims
	for _, a := range args {
		xs, err := value.ToFloat64(a)
		if err != nil || !a.Class().IsNumeric() || len(args) > 1 && len(xs) != 1 {
			return nil, value.Errorf("MATLAB:NonIntegerInput", "Size inputs must be integers.")
		}
		for _, x := range xs {
			if x != math.Trunc(x) {
				return nil, value.Errorf("MATLAB:NonIntegerInput", "Size inputs must be integers.")
			}
			dims = append(dims, max(int(x), 0))
		}
	}
	switch len(dims) {
	case 0:
		return value.Dims{1, 1}, nil
	case 1:
		return value.Dims{dims[0], dims[0]}, nil
	}
	return dims, nil
}

func biIsnat(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	d, ok := c.Args[0].Ref().(*datetimeArray)
	if !ok {
		return nil, value.Errorf("MATLAB:datetime:isnat:InvalidInput", "Input must be a datetime array.")
	}
	bs := make([]bool, len(d.t))
	for i, t := range d.t {
		bs[i] = isNaT(t)
	}
	return one(boolArray(d.dims.Clone(), bs))
}

// isClassFn implements isdatetime and isduration.
func isClassFn(cls string) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 1, 1); err != nil {
			return nil, err
		}
		o, ok := c.Args[0].Ref().(value.Object)
		return one(value.Bool(ok && o.ClassName() == cls))
	}
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "NaT", Fn: biNaT, Doc: "t = NaT, NaT(n), NaT(sz1, ..., szN), NaT(sz), NaT(…, 'Format', f): Not-a-Time datetime arrays"},
		{Name: "isnat", Fn: biIsnat, Doc: "tf = isnat(t): true where datetime t is NaT"},
		{Name: "isdatetime", Fn: isClassFn("datetime"), Doc: "tf = isdatetime(x): true for a datetime array"},
		{Name: "isduration", Fn: isClassFn("duration"), Doc: "tf = isduration(x): true for a duration array"},
	})
}
