package builtins

import (
	"math"
	"strings"
	"time"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// inferFormats are the datestr formats (by number) that datenum, datevec
// and weekday try, in order, on text given without a format.
var inferFormats = []int{0, 1, 2, 6, 13, 14, 15, 16, 21, 22, 23, 26, 29, 31}

// dateTextOptions reads what follows the text in datenum(text, …) and
// datevec(text, …): a datestr format and a pivot year for two-digit
// years, each optional and in either order. The pivot defaults to 50
// years before the current year.
func dateTextOptions(args []value.Value, fn string) (string, int, error) {
	format, pivot := "", time.Now().Year()-50
	for _, a := range args {
		if s, ok := a.Text(); ok {
			format = s
			continue
		}
		p, err := value.ScalarInt(a)
		if err != nil {
			return "", 0, value.Errorf("MATLAB:"+fn+":InvalidInput", "The format must be text and the pivot year a numeric scalar.")
		}
		pivot = p
	}
	return format, pivot, nil
}

// textDates reads each element of t as a date: in the datestr format f,
// or, when f is "", in the first of inferFormats that fits (then in the
// ISO forms datetime reads). Two-digit years fall in the 100 years from
// pivot; a format without a year gives the current year (its other
// missing fields default to January 1, midnight).
func textDates(t texts, f string, pivot int, fn string) ([]time.Time, error) {
	out := make([]time.Time, len(t.elems))
	for i, s := range t.elems {
		s = strings.TrimSpace(s)
		candidates := []string{f}
		if f == "" {
			candidates = candidates[:0]
			for _, k := range inferFormats {
				candidates = append(candidates, dateFormats[k])
			}
		}
		ok := false
		for _, df := range candidates {
			tm, err := parseCLDR(s, datestrToCLDR(df))
			if err == nil {
				out[i], ok = withPivot(tm, df, pivot), true
				break
			}
		}
		if ok {
			continue
		}
		if f != "" {
			return nil, value.Errorf("MATLAB:"+fn+":ConvertDateString", "%s failed. Unable to convert '%s' using the format '%s'.", strings.ToUpper(fn), s, f)
		}
		tm, err := parseDateText(s)
		if err != nil {
			return nil, value.Errorf("MATLAB:"+fn+":ConvertDateString", "%s failed. Cannot parse date '%s'.", strings.ToUpper(fn), s)
		}
		out[i] = tm
	}
	return out, nil
}

// withPivot completes the year of t, read in datestr format f: a
// two-digit year (read as 20yy) moves into the 100 years from pivot, and
// a format without a year takes the current year.
func withPivot(t time.Time, f string, pivot int) time.Time {
	lf := strings.ToLower(f)
	year := t.Year()
	switch {
	case !strings.Contains(lf, "yy"):
		year = time.Now().Year()
	case !strings.Contains(lf, "yyyy"):
		year = pivot - pivot%100 + year%100
		if year < pivot {
			year += 100
		}
	default:
		return t
	}
	return t.AddDate(year-t.Year(), 0, 0)
}

// dateInputTimes reads the date argument of weekday and datevec: a
// datetime array, text (with the options that follow it) or date numbers
// (rounded to the millisecond, as datevec does). It also returns the size
// of the array of dates (a column for text).
func dateInputTimes(args []value.Value, fn string) ([]time.Time, value.Dims, error) {
	v := args[0]
	if d, ok := v.Ref().(*datetimeArray); ok {
		return d.t, d.dims, nil
	}
	if t, ok := readTexts(v); ok {
		f, pivot, err := dateTextOptions(args[1:], fn)
		if err != nil {
			return nil, nil, err
		}
		ts, err := textDates(t, f, pivot, fn)
		return ts, value.Dims{len(ts), 1}, err
	}
	xs, err := value.ToFloat64(v)
	if err != nil || !v.Class().IsNumeric() && v.Class() != value.Logical {
		return nil, nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "Input must be a date number, text representing dates, or a datetime array.")
	}
	ts := make([]time.Time, len(xs))
	for i, x := range xs {
		ts[i] = natTime
		if !math.IsNaN(x) && !math.IsInf(x, 0) {
			ts[i] = timeOfDatenum(x)
		}
	}
	return ts, v.Size(), nil
}

// dayNames are the English weekday names, Sunday first.
var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// biWeekday implements [N, S] = weekday(D[, 'short'|'long'[, language]]).
func biWeekday(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 3); err != nil {
		return nil, err
	}
	long := false
	for _, a := range c.Args[1:] {
		s, ok := a.Text()
		switch ls := strings.ToLower(s); {
		case ok && (ls == "long" || ls == "short"):
			long = ls == "long"
		case ok && (ls == "en_us" || ls == "local"):
		default:
			return nil, value.Errorf("MATLAB:weekday:InvalidInput", "DayForm must be 'short' or 'long', and language 'local' or 'en_US'.")
		}
	}
	ts, dims, err := dateInputTimes(c.Args[:1], "weekday")
	if err != nil {
		return nil, err
	}
	nums := make([]float64, len(ts))
	names := make([]string, len(ts))
	for i, t := range ts {
		if isNaT(t) {
			nums[i] = math.NaN()
			continue
		}
		nums[i] = float64(t.Weekday()) + 1
		names[i] = dayNames[t.Weekday()]
		if !long {
			names[i] = names[i][:3]
		}
	}
	out := []value.Value{numArray(dims.Clone(), nums)}
	if c.Nargout > 1 {
		out = append(out, charMatrix(names))
	}
	return out, nil
}

// biDatevec implements V = datevec(D), datevec(text[, formatIn][,
// PivotYear]) and [Y, M, D, H, MI, S] = datevec(…): one row [Y M D H MI S]
// per element of D (NaN for NaT or NaN), or the columns as outputs.
func biDatevec(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 3); err != nil {
		return nil, err
	}
	if !isText(c.Args[0]) && len(c.Args) > 1 {
		return nil, value.Errorf("MATLAB:datevec:InvalidInput", "A format and pivot year are only valid with text input.")
	}
	ts, _, err := dateInputTimes(c.Args, "datevec")
	if err != nil {
		return nil, err
	}
	m := len(ts)
	cols := make([][]float64, 6)
	for j := range cols {
		cols[j] = make([]float64, m)
	}
	for i, t := range ts {
		vec := []float64{math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN()}
		if !isNaT(t) {
			vec = datevecOf(t)
		}
		for j, x := range vec {
			cols[j][i] = x
		}
	}
	if c.Nargout <= 1 {
		all := make([]float64, 0, 6*m)
		for _, col := range cols {
			all = append(all, col...)
		}
		return one(numArray(value.Dims{m, 6}, all))
	}
	out := make([]value.Value, min(c.Nargout, 6))
	for j := range out {
		out[j] = numArray(value.Dims{m, 1}, cols[j])
	}
	return out, nil
}

// datetimeDay implements day(t) and day(t, kind) for a datetime array:
// kind 'dayofmonth' (the default), 'dayofweek' (1 = Sunday),
// 'dayofyear', 'name' or 'shortname' (cell arrays of day names).
func datetimeDay(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	d := c.Args[0].Ref().(*datetimeArray)
	kind := "dayofmonth"
	if len(c.Args) == 2 {
		s, ok := c.Args[1].Text()
		kind = strings.ToLower(s)
		if !ok {
			kind = ""
		}
	}
	switch kind {
	case "dayofmonth":
		return one(mustProperty(d, "Day"))
	case "name", "shortname":
		names := make([]string, len(d.t))
		for i, t := range d.t {
			if isNaT(t) {
				continue
			}
			names[i] = dayNames[t.Weekday()]
			if kind == "shortname" {
				names[i] = names[i][:3]
			}
		}
		return one(cellOfStrs(d.dims.Clone(), names))
	case "dayofweek", "dayofyear":
		out := make([]float64, len(d.t))
		for i, t := range d.t {
			switch {
			case isNaT(t):
				out[i] = math.NaN()
			case kind == "dayofweek":
				out[i] = float64(t.Weekday()) + 1
			default:
				out[i] = float64(t.YearDay())
			}
		}
		return one(numArray(d.dims.Clone(), out))
	}
	return nil, value.Errorf("MATLAB:datetime:InvalidDayType", "The day type must be 'dayofmonth', 'dayofweek', 'dayofyear', 'name' or 'shortname'.")
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "weekday", Fn: biWeekday, Doc: "[N, S] = weekday(D), weekday(D, 'short'|'long'[, 'en_US'|'local']): day of the week (1 = Sunday) and its name ('Sun' or 'Sunday', a char matrix) of date numbers, date text or a datetime array"},
		{Name: "datevec", Fn: biDatevec, Doc: "V = datevec(D): rows [Y M D H MI S] of date numbers or a datetime array; datevec(text[, formatIn][, PivotYear]) reads date text (formats as datenum's; without formatIn the common datestr formats are tried); [Y, M, D, H, MI, S] = datevec(…) gives the columns"},
	})
	interp.RegisterMethods("datetime", []interp.Builtin{
		{Name: "day", Fn: datetimeDay, Doc: "d = day(t): the day of the month of each datetime; day(t, 'dayofweek'|'dayofyear'|'name'|'shortname')"},
	})
}
