package builtins

import (
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"gomat/lang/display"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// datetimeArray is MATLAB's datetime: wall-clock times without a time
// zone, stored as UTC instants.
type datetimeArray struct {
	dims   value.Dims
	t      []time.Time
	format string // MATLAB format: "dd-MMM-uuuu HH:mm:ss" or "dd-MMM-uuuu"
}

const (
	fullDateFormat = "dd-MMM-uuuu HH:mm:ss"
	dateOnlyFormat = "dd-MMM-uuuu"
)

// Class returns ObjectClass.
func (d *datetimeArray) Class() value.Class { return value.ObjectClass }

// Size returns the array's size.
func (d *datetimeArray) Size() value.Dims { return d.dims }

// ClassName returns "datetime".
func (d *datetimeArray) ClassName() string { return "datetime" }

// PropertyNames lists the date parts and Format.
func (d *datetimeArray) PropertyNames() []string {
	return []string{"Year", "Month", "Day", "Hour", "Minute", "Second", "Format"}
}

// GetProperty returns a date part (an array of the datetime's size) or
// the display format.
func (d *datetimeArray) GetProperty(name string) (value.Value, error) {
	if name == "Format" {
		return charRow(d.format), nil
	}
	out := make([]float64, len(d.t))
	for i, t := range d.t {
		if isNaT(t) && datePartIndex[name] > 0 {
			out[i] = math.NaN()
			continue
		}
		switch name {
		case "Year":
			out[i] = float64(t.Year())
		case "Month":
			out[i] = float64(t.Month())
		case "Day":
			out[i] = float64(t.Day())
		case "Hour":
			out[i] = float64(t.Hour())
		case "Minute":
			out[i] = float64(t.Minute())
		case "Second":
			out[i] = float64(t.Second()) + float64(t.Nanosecond())/1e9
		default:
			return value.Value{}, value.Errorf("MATLAB:noSuchMethodOrField", "Unrecognized method, property, or field '%s' for class 'datetime'.", name)
		}
	}
	return numArray(d.dims.Clone(), out), nil
}

// datePartIndex is the position (1-based) of each date-part property in
// a date vector [Y M D H MI S].
var datePartIndex = map[string]int{"Year": 1, "Month": 2, "Day": 3, "Hour": 4, "Minute": 5, "Second": 6}

// SetProperty changes the display format, or a date part of every element
// (t.Day = 27:28); parts may overflow, as datetime(Y,M,D,...) allows.
func (d *datetimeArray) SetProperty(name string, v value.Value) (value.Value, error) {
	if k := datePartIndex[name]; k > 0 {
		xs, err := value.ToFloat64(v)
		if err != nil || len(xs) != 1 && len(xs) != len(d.t) {
			return value.Value{}, value.Errorf("MATLAB:datetime:InvalidComponent", "The %s value must be a numeric scalar or an array the same size as the datetime array.", name)
		}
		ts := make([]time.Time, len(d.t))
		for i, t := range d.t {
			if isNaT(t) {
				ts[i] = t
				continue
			}
			vec := datevecOf(t)
			vec[k-1] = xs[min(i, len(xs)-1)]
			ts[i] = dateFromVec(vec)
		}
		return value.FromRef(&datetimeArray{dims: d.dims.Clone(), t: ts, format: d.format}), nil
	}
	if name != "Format" {
		return value.Value{}, value.Errorf("MATLAB:datetime:UnknownProperty", "Unrecognized property '%s' for class 'datetime'.", name)
	}
	f, ok := v.Text()
	if !ok {
		return value.Value{}, value.Errorf("MATLAB:datetime:InvalidFormat", "Format must be a character vector or string scalar.")
	}
	return value.FromRef(&datetimeArray{dims: d.dims.Clone(), t: d.t, format: f}), nil
}

// cldrText writes t in a MATLAB datetime format (CLDR symbols).
func cldrText(t time.Time, f string) string {
	if isNaT(t) {
		return "NaT"
	}
	var b strings.Builder
	for i := 0; i < len(f); {
		j := i
		for j < len(f) && f[j] == f[i] {
			j++
		}
		n := j - i
		switch f[i] {
		case 'y', 'u':
			if n == 2 {
				b.WriteString(pad2(t.Year() % 100))
			} else {
				b.WriteString(strconv.Itoa(t.Year()))
			}
		case 'M':
			switch {
			case n >= 4:
				b.WriteString(t.Month().String())
			case n == 3:
				b.WriteString(t.Month().String()[:3])
			case n == 2:
				b.WriteString(pad2(int(t.Month())))
			default:
				b.WriteString(strconv.Itoa(int(t.Month())))
			}
		case 'd':
			if n == 2 {
				b.WriteString(pad2(t.Day()))
			} else {
				b.WriteString(strconv.Itoa(t.Day()))
			}
		case 'e':
			if n <= 2 {
				b.WriteString(padN(int(t.Weekday())+1, n))
			} else if n >= 4 {
				b.WriteString(t.Weekday().String())
			} else {
				b.WriteString(t.Weekday().String()[:3])
			}
		case 'E':
			if n >= 4 {
				b.WriteString(t.Weekday().String())
			} else {
				b.WriteString(t.Weekday().String()[:3])
			}
		case 'H':
			b.WriteString(padN(t.Hour(), n))
		case 'h':
			b.WriteString(padN((t.Hour()+11)%12+1, n))
		case 'm':
			b.WriteString(padN(t.Minute(), n))
		case 's':
			b.WriteString(padN(t.Second(), n))
		case 'S':
			frac := strconv.Itoa(t.Nanosecond() + 1e9)[1:]
			b.WriteString(frac[:min(n, 9)])
		case 'a':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case '\'':
			k := strings.IndexByte(f[i+1:], '\'')
			if k < 0 {
				b.WriteString(f[i+1:])
				return b.String()
			}
			b.WriteString(f[i+1 : i+1+k])
			i += k + 2
			continue
		default:
			b.WriteString(f[i:j])
		}
		i = j
	}
	return b.String()
}

func pad2(n int) string { return padN(n, 2) }

func padN(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// DisplayBody writes "  datetime" (or "  m×n datetime array") and the
// times; disp (name "") writes the times alone.
func (d *datetimeArray) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	texts := make([]string, len(d.t))
	for i, t := range d.t {
		texts[i] = cldrText(t, d.format)
	}
	writeObjectGrid(w, name, f, "datetime", d.dims, texts, true)
}

// writeObjectGrid writes the display of a datetime or duration array: a
// class header, then the elements row by row, each padded to the widest
// element: on the right (left-aligned, datetimes) or on the left
// (right-aligned, durations).
func writeObjectGrid(w io.Writer, name string, f display.Format, cls string, dims value.Dims, texts []string, left bool) {
	if name != "" {
		if dims.IsScalar() {
			io.WriteString(w, "  "+cls+"\n")
		} else {
			io.WriteString(w, "  "+dims.String()+" "+cls+" array\n")
		}
		if len(texts) == 0 {
			return
		}
		if !f.Compact {
			io.WriteString(w, "\n")
		}
	}
	m := dims.Rows()
	n := len(texts) / max(m, 1)
	cw := 0
	for _, t := range texts {
		cw = max(cw, len(t))
	}
	for i := range m {
		var b strings.Builder
		for j := range n {
			t := texts[j*m+i]
			pad := strings.Repeat(" ", cw-len(t))
			if left {
				b.WriteString("   " + t + pad)
			} else {
				b.WriteString("   " + pad + t)
			}
		}
		io.WriteString(w, b.String()+"\n")
	}
}

// parseDateText reads the date text forms datetime and datenum accept:
// ISO 'yyyy-MM-dd', 'yyyy-MM-dd HH:mm:ss' (or with 'T'), and
// 'dd-MMM-yyyy[ HH:mm:ss]'.
func parseDateText(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	layouts := []string{"2006-01-02 15:04:05", "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02",
		"02-Jan-2006 15:04:05", "02-Jan-2006", "2006/01/02 15:04:05", "2006/01/02", "01/02/2006"}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
		if t, err := time.Parse(l+".999999999", s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, value.Errorf("MATLAB:datetime:UnrecognizedDateStringSuggestLocale", "Could not recognize the date/time format of '%s'. You can specify a format using the 'InputFormat' parameter.", s)
}

// nowWall returns the current local wall-clock time as a UTC instant.
func nowWall() time.Time {
	n := time.Now()
	return time.Date(n.Year(), n.Month(), n.Day(), n.Hour(), n.Minute(), n.Second(), n.Nanosecond(), time.UTC)
}

func biDatetime(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	var format, inFormat, convertFrom string
	opts := map[string]*string{"format": &format, "inputformat": &inFormat, "convertfrom": &convertFrom}
	for n := len(args); n >= 2; n = len(args) {
		s, _ := args[n-2].Text()
		dst := opts[strings.ToLower(s)]
		if dst == nil {
			break
		}
		f, ok := args[n-1].Text()
		if !ok {
			return nil, value.Errorf("MATLAB:datetime:InvalidFormat", "The value of '%s' must be a character vector or string scalar.", s)
		}
		*dst = f
		args = args[:n-2]
	}
	if inFormat != "" && (len(args) != 1 || !isText(args[0])) {
		return nil, value.Errorf("MATLAB:datetime:InputFormatWithNonText", "'InputFormat' is only valid with text input.")
	}
	mk := func(ts []time.Time, d value.Dims, def string) ([]value.Value, error) {
		if format == "" {
			format = def
		}
		return one(value.FromRef(&datetimeArray{dims: d, t: ts, format: format}))
	}
	if convertFrom != "" {
		if len(args) != 1 {
			return nil, value.Errorf("MATLAB:datetime:WrongNumInputsConvertFrom", "'ConvertFrom' requires exactly one numeric input.")
		}
		ts, err := convertDates(args[0], convertFrom)
		if err != nil {
			return nil, err
		}
		return mk(ts, args[0].Size().Clone(), fullDateFormat)
	}
	switch len(args) {
	case 0:
		return mk([]time.Time{nowWall()}, value.Dims{1, 1}, fullDateFormat)
	case 1:
		if !isText(args[0]) {
			return dateVectorsToDatetime(args[0], mk)
		}
		t, _ := readTexts(args[0])
		ts := make([]time.Time, len(t.elems))
		def := dateOnlyFormat
		for i, s := range t.elems {
			switch strings.ToLower(s) {
			case "now":
				ts[i], def = nowWall(), fullDateFormat
			case "today", "tomorrow", "yesterday":
				n := nowWall()
				day := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
				ts[i] = day.AddDate(0, 0, map[string]int{"today": 0, "tomorrow": 1, "yesterday": -1}[strings.ToLower(s)])
			case "", "nat":
				ts[i] = natTime
			default:
				if inFormat != "" {
					tm, err := parseCLDR(s, inFormat)
					if err != nil {
						return nil, err
					}
					ts[i] = tm
					if formatHasTime(inFormat) {
						def = fullDateFormat
					}
					continue
				}
				tm, err := parseDateText(s)
				if err != nil {
					return nil, err
				}
				ts[i] = tm
				if strings.ContainsAny(s, ":") {
					def = fullDateFormat
				}
			}
		}
		return mk(ts, t.dims.Clone(), def)
	case 3, 6, 7:
		cols, n, d, err := broadcastParts(args, "datetime")
		if err != nil {
			return nil, err
		}
		ts := make([]time.Time, n)
		for k := range n {
			v := make([]float64, 6)
			for i := range min(len(args), 6) {
				v[i] = cols[i][min(k, len(cols[i])-1)]
			}
			if len(args) == 7 {
				v[5] += cols[6][min(k, len(cols[6])-1)] / 1000
			}
			ts[k] = dateFromVec(v)
		}
		def := dateOnlyFormat
		if len(args) > 3 {
			def = fullDateFormat
		}
		return mk(ts, d, def)
	}
	return nil, value.Errorf("gomat:notImplemented", "datetime: this form of datetime is not supported.")
}

// durationArray is MATLAB's duration, in seconds.
type durationArray struct {
	dims   value.Dims
	secs   []float64
	format string // "hh:mm:ss", "d", "h", "m", "s" or "y"
}

// Class returns ObjectClass.
func (d *durationArray) Class() value.Class { return value.ObjectClass }

// Size returns the array's size.
func (d *durationArray) Size() value.Dims { return d.dims }

// ClassName returns "duration".
func (d *durationArray) ClassName() string { return "duration" }

// unitSeconds is the length of each duration unit.
var unitSeconds = map[string]float64{"y": 365.2425 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1, "ms": 1e-3}

var unitNames = map[string]string{"y": "yr", "d": "day", "h": "hr", "m": "min", "s": "sec"}

// durationText writes one duration in the array's format.
func durationText(x float64, f string) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 0):
		if x > 0 {
			return "Inf"
		}
		return "-Inf"
	}
	name, ok := unitNames[f]
	if !ok {
		return digitalDurationText(x, f)
	}
	v := x / unitSeconds[f]
	if f == "d" && v != 1 {
		name = "days"
	}
	if f == "y" && v != 1 {
		name = "yrs"
	}
	return strconv.FormatFloat(v, 'g', 5, 64) + " " + name
}

// DisplayBody writes "  duration" and the values.
func (d *durationArray) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	texts := make([]string, len(d.secs))
	for i, x := range d.secs {
		texts[i] = durationText(x, d.format)
	}
	writeObjectGrid(w, name, f, "duration", d.dims, texts, false)
}

// durationUnit implements days, hours, minutes, seconds, milliseconds and years: a
// number gives a duration, a duration gives a number in that unit.
func durationUnit(unit string) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 1, 1); err != nil {
			return nil, err
		}
		if d, ok := c.Args[0].Ref().(*durationArray); ok {
			out := make([]float64, len(d.secs))
			for i, x := range d.secs {
				out[i] = x / unitSeconds[unit]
			}
			return one(numArray(d.dims.Clone(), out))
		}
		xs, err := value.ToFloat64(c.Args[0])
		if err != nil {
			return nil, value.Errorf("MATLAB:duration:InvalidDurationData", "Input data must be a real numeric array.")
		}
		for i := range xs {
			xs[i] *= unitSeconds[unit]
		}
		format := unit
		if unit == "ms" {
			format = "s" // durations have no millisecond display unit
		}
		return one(value.FromRef(&durationArray{dims: c.Args[0].Size().Clone(), secs: xs, format: format}))
	}
}

// broadcastParts reads the numeric component arguments of datetime,
// datenum and duration: arrays of one size, or scalars. It returns each
// argument's values, the element count and the result's size.
func broadcastParts(args []value.Value, fn string) ([][]float64, int, value.Dims, error) {
	cols := make([][]float64, len(args))
	n, dims := 1, value.Dims{1, 1}
	for i, a := range args {
		xs, err := value.ToFloat64(a)
		if err != nil || !a.Class().IsNumeric() && a.Class() != value.Logical {
			return nil, 0, nil, value.Errorf("MATLAB:"+fn+":InvalidNumericData", "Numeric inputs must be real numbers.")
		}
		if len(xs) != 1 {
			if n != 1 && len(xs) != n {
				return nil, 0, nil, value.Errorf("MATLAB:"+fn+":InputSizeMismatch", "Numeric inputs must be the same size, or scalars.")
			}
			n, dims = len(xs), a.Size().Clone()
		}
		cols[i] = xs
	}
	return cols, n, dims, nil
}

// broadcastTimes pairs the elements of two operands of sizes a and b
// (equal, or one of them scalar).
func broadcastTimes(a, b value.Dims) (value.Dims, int, error) {
	switch {
	case a.Equal(b) || b.IsScalar():
		return a, a.Numel(), nil
	case a.IsScalar():
		return b, b.Numel(), nil
	}
	return nil, 0, value.Errorf("MATLAB:sizeDimensionsMustMatch", "Arrays have incompatible sizes for this operation.")
}

// durationSeconds reads a duration operand; plain numbers count as days,
// as MATLAB's datetime arithmetic does.
func durationSeconds(v value.Value) ([]float64, value.Dims, bool) {
	if d, ok := v.Ref().(*durationArray); ok {
		return d.secs, d.dims, true
	}
	xs, err := value.ToFloat64(v)
	if err != nil || !v.Class().IsNumeric() {
		return nil, nil, false
	}
	for i := range xs {
		xs[i] *= 86400
	}
	return xs, v.Size(), true
}

func shiftTimes(d *datetimeArray, secs []float64, sd value.Dims, sign float64) ([]value.Value, error) {
	dims, n, err := broadcastTimes(d.dims, sd)
	if err != nil {
		return nil, err
	}
	ts := make([]time.Time, n)
	for i := range n {
		t := d.t[min(i, len(d.t)-1)]
		s := secs[min(i, len(secs)-1)]
		if math.IsNaN(s) || math.IsInf(s, 0) {
			ts[i] = natTime
		} else {
			ts[i] = t.Add(time.Duration(math.Round(sign * s * 1e9)))
		}
	}
	return one(value.FromRef(&datetimeArray{dims: dims.Clone(), t: ts, format: d.format}))
}

func timePlus(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	a, b := c.Args[0], c.Args[1]
	if _, ok := b.Ref().(*datetimeArray); ok {
		a, b = b, a
	}
	if d, ok := a.Ref().(*datetimeArray); ok {
		secs, sd, ok := durationSeconds(b)
		if !ok {
			return nil, value.Errorf("MATLAB:datetime:DatetimeAdditionNotDefined", "Addition of two datetime values is not defined. Add a duration to a datetime.")
		}
		return shiftTimes(d, secs, sd, 1)
	}
	return durationArith(a, b, 1)
}

func timeMinus(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	a, b := c.Args[0], c.Args[1]
	da, aok := a.Ref().(*datetimeArray)
	db, bok := b.Ref().(*datetimeArray)
	switch {
	case aok && bok:
		dims, n, err := broadcastTimes(da.dims, db.dims)
		if err != nil {
			return nil, err
		}
		secs := make([]float64, n)
		for i := range n {
			secs[i] = unixSeconds(da.t[min(i, len(da.t)-1)]) - unixSeconds(db.t[min(i, len(db.t)-1)])
		}
		return one(value.FromRef(&durationArray{dims: dims.Clone(), secs: secs, format: "hh:mm:ss"}))
	case aok:
		secs, sd, ok := durationSeconds(b)
		if !ok {
			return nil, value.Errorf("MATLAB:datetime:SubtractionNotDefined", "Subtraction is not defined between datetime and %s.", b.ClassName())
		}
		return shiftTimes(da, secs, sd, -1)
	case bok:
		return nil, value.Errorf("MATLAB:datetime:SubtractionNotDefined", "Subtraction is not defined between %s and datetime.", a.ClassName())
	}
	return durationArith(a, b, -1)
}

// durationArith adds or subtracts durations (numbers count as days).
func durationArith(a, b value.Value, sign float64) ([]value.Value, error) {
	sa, da, ok1 := durationSeconds(a)
	sb, db, ok2 := durationSeconds(b)
	if !ok1 || !ok2 {
		return nil, value.Errorf("MATLAB:duration:InvalidArithmetic", "Arithmetic is not defined between %s and %s.", a.ClassName(), b.ClassName())
	}
	dims, n, err := broadcastTimes(da, db)
	if err != nil {
		return nil, err
	}
	f := "hh:mm:ss"
	if d, ok := a.Ref().(*durationArray); ok {
		f = d.format
	} else if d, ok := b.Ref().(*durationArray); ok {
		f = d.format
	}
	out := make([]float64, n)
	for i := range n {
		out[i] = sa[min(i, len(sa)-1)] + sign*sb[min(i, len(sb)-1)]
	}
	return one(value.FromRef(&durationArray{dims: dims.Clone(), secs: out, format: f}))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "datetime", Fn: biDatetime, Doc: "t = datetime, datetime('now'|'today'|'tomorrow'|'yesterday'), datetime(text) (ISO 'yyyy-MM-dd[ HH:mm:ss]', 'dd-MMM-yyyy'), datetime(y, mo, d[, h, mi, s[, ms]]) (arrays or scalars; NaN gives NaT), datetime(datevecs) (m×3 or m×6), datetime(x, 'ConvertFrom', 'datenum'|'posixtime'|'excel'|'excel1904'|'juliandate'|'modifiedjuliandate'|'yyyymmdd'), datetime(text, 'InputFormat', f), datetime(…, 'Format', f); properties Year Month Day Hour Minute Second (settable) and Format"},
		{Name: "days", Fn: durationUnit("d"), Doc: "d = days(x): a duration of x days; days(duration) gives the number of days"},
		{Name: "hours", Fn: durationUnit("h"), Doc: "d = hours(x), hours(duration)"},
		{Name: "minutes", Fn: durationUnit("m"), Doc: "d = minutes(x), minutes(duration)"},
		{Name: "seconds", Fn: durationUnit("s"), Doc: "d = seconds(x), seconds(duration)"},
		{Name: "years", Fn: durationUnit("y"), Doc: "d = years(x) (365.2425-day years), years(duration)"},
	})
	for _, cls := range []string{"datetime", "duration"} {
		interp.RegisterMethods(cls, []interp.Builtin{
			{Name: "plus", Fn: timePlus, Doc: "t + d: datetime plus duration (numbers count as days), duration plus duration"},
			{Name: "minus", Fn: timeMinus, Doc: "t1 - t0 (a duration shown as hh:mm:ss), t - d, d1 - d2"},
			{Name: "transpose", Fn: transposeTimes, Doc: "t.': the transpose of a 2-D array"},
			{Name: "ctranspose", Fn: transposeTimes, Doc: "t': the transpose of a 2-D array"},
		})
	}
}

// transposeTimes transposes a 2-D datetime or duration array.
func transposeTimes(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	d := c.Args[0].Size()
	if !d.IsMatrix() {
		return nil, value.Errorf("MATLAB:transpose:NDArray", "Transpose on ND array is not defined. Use PERMUTE instead.")
	}
	m, n := d.Rows(), d.Cols()
	// from[k] is the element that lands at position k of the n×m result.
	from := make([]int, m*n)
	for i := range m {
		for j := range n {
			from[j+i*n] = i + j*m
		}
	}
	td := value.Dims{n, m}
	switch r := c.Args[0].Ref().(type) {
	case *datetimeArray:
		ts := make([]time.Time, len(from))
		for k, f := range from {
			ts[k] = r.t[f]
		}
		return one(value.FromRef(&datetimeArray{dims: td, t: ts, format: r.format}))
	case *durationArray:
		xs := make([]float64, len(from))
		for k, f := range from {
			xs[k] = r.secs[f]
		}
		return one(value.FromRef(&durationArray{dims: td, secs: xs, format: r.format}))
	}
	return nil, undefinedFor(c.Name, c.Args[0])
}
