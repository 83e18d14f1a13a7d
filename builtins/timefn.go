package builtins

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// ticState is the session's tic timer.
type ticState struct {
	start time.Time
	set   bool
}

type ticKey struct{}

func ticTimer(in *interp.Interp) *ticState {
	return in.State(ticKey{}, func() any { return &ticState{} }).(*ticState)
}

// ticEpoch is the zero of the identifiers tic returns (microseconds).
var ticEpoch = time.Now()

func biTic(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	now := time.Now()
	if c.Nargout > 0 {
		id := uint64(now.Sub(ticEpoch).Microseconds()) + 1
		return one(value.Scalar(value.Uint64, float64(id)))
	}
	t := ticTimer(c.In)
	t.start, t.set = now, true
	return nil, nil
}

func biToc(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	now := time.Now()
	var elapsed float64
	if len(c.Args) == 1 {
		if c.Args[0].Class() != value.Uint64 {
			return nil, value.Errorf("MATLAB:toc:invalidInputType", "Input argument must be of type uint64.")
		}
		x, _ := value.ScalarFloat(c.Args[0])
		start := ticEpoch.Add(time.Duration(x-1) * time.Microsecond)
		elapsed = now.Sub(start).Seconds()
	} else {
		t := ticTimer(c.In)
		if !t.set {
			return nil, value.Errorf("MATLAB:toc:callTicFirst", "You must call TIC without an output argument before calling TOC without an input argument.")
		}
		elapsed = now.Sub(t.start).Seconds()
	}
	if c.Nargout > 0 {
		return one(value.Num(elapsed))
	}
	c.In.Out.WriteString("Elapsed time is " + strconv.FormatFloat(elapsed, 'f', 6, 64) + " seconds.\n")
	return nil, nil
}

// datevecOf returns [y mo d h mi s] of a local time.
func datevecOf(t time.Time) []float64 {
	return []float64{float64(t.Year()), float64(t.Month()), float64(t.Day()),
		float64(t.Hour()), float64(t.Minute()), float64(t.Second()) + float64(t.Nanosecond())/1e9}
}

func biClock(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	return one(value.RowVector(datevecOf(time.Now())))
}

func biCputime(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return nil, value.Errorf("MATLAB:cputime:Failed", "Unable to read the processor time.")
	}
	secs := float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
	return one(value.Num(secs))
}

// dateFromVec builds a time from datevec parts (month, day, hour, minute
// and second may overflow, as datenum allows); a non-finite part gives NaT.
func dateFromVec(v []float64) time.Time {
	for len(v) < 6 {
		v = append(v, 0)
	}
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return natTime
		}
	}
	t := time.Date(int(v[0]), time.Month(int(v[1])), int(v[2]), int(v[3]), int(v[4]), 0, 0, time.UTC)
	frac := v[2] - math.Floor(v[2])
	secs := v[5] + frac*86400
	return t.Add(time.Duration(math.Round(secs * 1e9)))
}

// datevecRows reads the rows of an m×n matrix of date vectors (xs in
// column-major order) as times.
func datevecRows(xs []float64, m, n int) []time.Time {
	ts := make([]time.Time, m)
	for i := range m {
		row := make([]float64, n)
		for j := range n {
			row[j] = xs[j*m+i]
		}
		ts[i] = dateFromVec(row)
	}
	return ts
}

// unixDatenum is the date number of 1-Jan-1970 (datenum(0,1,1) is 1).
const unixDatenum = 719529

// datenumOf returns the serial date number of a wall-clock time (NaN for
// NaT).
func datenumOf(t time.Time) float64 {
	if isNaT(t) {
		return math.NaN()
	}
	wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	return float64(wall.Unix())/86400 + float64(wall.Nanosecond())/86400e9 + unixDatenum
}

// timeOfDatenum converts a serial date number to a wall-clock time
// (rounded to the millisecond).
func timeOfDatenum(x float64) time.Time {
	ms := math.Round((x - unixDatenum) * 86400e3)
	return time.UnixMilli(int64(ms)).UTC()
}

func biEtime(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	t1, err1 := value.ToFloat64(c.Args[0])
	t0, err0 := value.ToFloat64(c.Args[1])
	if err1 != nil || err0 != nil || len(t1) != 6 || len(t0) != 6 {
		return nil, value.Errorf("MATLAB:etime:InvalidInput", "Inputs must be date vectors with six elements.")
	}
	return one(value.Num(dateFromVec(t1).Sub(dateFromVec(t0)).Seconds()))
}

func biDatenum(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 6); err != nil {
		return nil, err
	}
	if len(c.Args) == 0 {
		return one(value.Num(datenumOf(time.Now())))
	}
	if isText(c.Args[0]) && len(c.Args) <= 3 {
		return datenumOfText(c.Args)
	}
	if len(c.Args) == 1 {
		if d, ok := c.Args[0].Ref().(*datetimeArray); ok {
			out := make([]float64, len(d.t))
			for i, t := range d.t {
				out[i] = datenumOf(t)
			}
			return one(numArray(d.dims.Clone(), out))
		}
		xs, err := value.ToFloat64(c.Args[0])
		if err != nil {
			return nil, err
		}
		d := c.Args[0].Size()
		if n := d.Cols(); len(d) == 2 && (n == 3 || n == 6) {
			ts := datevecRows(xs, d.Rows(), n)
			out := make([]float64, len(ts))
			for i, t := range ts {
				out[i] = datenumOf(t)
			}
			return one(value.ColVector(out))
		}
		return one(c.Args[0])
	}
	cols, n, dims, err := broadcastParts(c.Args, "datenum")
	if err != nil {
		return nil, err
	}
	out := make([]float64, n)
	for k := range out {
		parts := make([]float64, len(cols))
		for i, col := range cols {
			parts[i] = col[min(k, len(col)-1)]
		}
		out[k] = datenumOf(dateFromVec(parts))
	}
	return one(numArray(dims, out))
}

// datenumOfText implements datenum(DateString[, formatIn][, PivotYear]):
// one date number per text (a column for several).
func datenumOfText(args []value.Value) ([]value.Value, error) {
	f, pivot, err := dateTextOptions(args[1:], "datenum")
	if err != nil {
		return nil, err
	}
	t, _ := readTexts(args[0])
	ts, err := textDates(t, f, pivot, "datenum")
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(ts))
	for i, tm := range ts {
		out[i] = datenumOf(tm)
	}
	return one(value.ColVector(out))
}

// datestrToCLDR rewrites a datestr/datenum format (yyyy mmm mm dd HH MM SS
// FFF PM …) as the equivalent datetime format; other letters become
// quoted literals.
func datestrToCLDR(f string) string {
	twelve := strings.Contains(f, "AM") || strings.Contains(f, "PM")
	symbols := []struct{ from, to string }{
		{"yyyy", "yyyy"}, {"YYYY", "yyyy"}, {"mmmm", "MMMM"}, {"dddd", "EEEE"}, {"FFF", "SSS"},
		{"yy", "yy"}, {"YY", "yy"}, {"mmm", "MMM"}, {"ddd", "EEE"}, {"mm", "MM"}, {"dd", "dd"},
		{"HH", "HH"}, {"MM", "mm"}, {"SS", "ss"}, {"AM", "a"}, {"PM", "a"},
	}
	var b strings.Builder
	for i := 0; i < len(f); {
		matched := false
		for _, s := range symbols {
			if strings.HasPrefix(f[i:], s.from) {
				to := s.to
				if to == "HH" && twelve {
					to = "h"
				}
				b.WriteString(to)
				i += len(s.from)
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		if ch := f[i]; ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' {
			b.WriteString("'" + string(ch) + "'")
		} else {
			b.WriteByte(ch)
		}
		i++
	}
	return b.String()
}

func biNow(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	return one(value.Num(datenumOf(time.Now())))
}

// dateFormats are datestr's numbered formats.
var dateFormats = map[int]string{
	0: "dd-mmm-yyyy HH:MM:SS", 1: "dd-mmm-yyyy", 2: "mm/dd/yy", 3: "mmm", 4: "m", 5: "mm",
	6: "mm/dd", 7: "dd", 8: "ddd", 9: "d", 10: "yyyy", 11: "yy", 12: "mmmyy",
	13: "HH:MM:SS", 14: "HH:MM:SS PM", 15: "HH:MM", 16: "HH:MM PM", 17: "QQ-YY", 18: "QQ",
	19: "dd/mm", 20: "dd/mm/yy", 21: "mmm.dd,yyyy HH:MM:SS", 22: "mmm.dd,yyyy",
	23: "mm/dd/yyyy", 24: "dd/mm/yyyy", 25: "yy/mm/dd", 26: "yyyy/mm/dd", 27: "QQ-YYYY",
	28: "mmmyyyy", 29: "yyyy-mm-dd", 30: "yyyymmddTHHMMSS", 31: "yyyy-mm-dd HH:MM:SS",
}

// formatDate writes t in a datestr symbolic format.
func formatDate(t time.Time, f string) string {
	pm := strings.Contains(f, "AM") || strings.Contains(f, "PM")
	var b strings.Builder
	two := func(n int) string {
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
		return strconv.Itoa(n)
	}
	for i := 0; i < len(f); {
		rest := f[i:]
		tok := ""
		for _, k := range []string{"yyyy", "YYYY", "mmmm", "dddd", "yy", "YY", "mmm", "ddd", "mm", "dd", "HH", "MM", "SS", "FFF", "AM", "PM", "QQ", "m", "d"} {
			if strings.HasPrefix(rest, k) {
				tok = k
				break
			}
		}
		switch tok {
		case "yyyy", "YYYY":
			b.WriteString(strconv.Itoa(t.Year()))
		case "yy", "YY":
			b.WriteString(two(t.Year() % 100))
		case "mmmm":
			b.WriteString(t.Month().String())
		case "mmm":
			b.WriteString(t.Month().String()[:3])
		case "mm":
			b.WriteString(two(int(t.Month())))
		case "m":
			b.WriteString(t.Month().String()[:1])
		case "dddd":
			b.WriteString(t.Weekday().String())
		case "ddd":
			b.WriteString(t.Weekday().String()[:3])
		case "dd":
			b.WriteString(two(t.Day()))
		case "d":
			b.WriteString(t.Weekday().String()[:1])
		case "HH":
			h := t.Hour()
			if pm {
				h = (h+11)%12 + 1
				if h < 10 {
					b.WriteByte(' ')
				}
				b.WriteString(strconv.Itoa(h))
			} else {
				b.WriteString(two(h))
			}
		case "MM":
			b.WriteString(two(t.Minute()))
		case "SS":
			b.WriteString(two(t.Second()))
		case "FFF":
			ms := t.Nanosecond() / 1e6
			b.WriteString(strconv.Itoa(ms/100) + strconv.Itoa(ms/10%10) + strconv.Itoa(ms%10))
		case "AM", "PM":
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case "QQ":
			b.WriteString("Q" + strconv.Itoa((int(t.Month())-1)/3+1))
		default:
			b.WriteByte(f[i])
			i++
			continue
		}
		i += len(tok)
	}
	return b.String()
}

// datestrTimes reads datestr's first argument as times.
func datestrTimes(v value.Value) ([]time.Time, error) {
	if d, ok := v.Ref().(*datetimeArray); ok {
		return d.t, nil
	}
	if t, ok := readTexts(v); ok {
		out := make([]time.Time, len(t.elems))
		for i, s := range t.elems {
			tm, err := parseDateText(s)
			if err != nil {
				return nil, err
			}
			out[i] = tm
		}
		return out, nil
	}
	xs, err := value.ToFloat64(v)
	if err != nil {
		return nil, value.Errorf("MATLAB:datestr:InvalidInput", "DATESTR input must be a date number, date vector, datetime or text.")
	}
	d := v.Size()
	if n := d.Cols(); len(d) == 2 && (n == 3 || n == 6) && len(xs) > 0 && xs[0] > 31 && xs[0] < 10000 {
		return datevecRows(xs, d.Rows(), n), nil
	}
	out := make([]time.Time, len(xs))
	for i, x := range xs {
		out[i] = timeOfDatenum(x)
	}
	return out, nil
}

func biDatestr(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 3); err != nil {
		return nil, err
	}
	ts, err := datestrTimes(c.Args[0])
	if err != nil {
		return nil, err
	}
	f := ""
	if len(c.Args) > 1 {
		if s, ok := c.Args[1].Text(); ok {
			f = s
		} else {
			k, err := value.ScalarInt(c.Args[1])
			if err != nil || dateFormats[k] == "" && k != 0 {
				return nil, value.Errorf("MATLAB:datestr:DateNumber", "Invalid date format number.")
			}
			f = dateFormats[k]
		}
	}
	if f == "" {
		f = dateFormats[1]
		for _, t := range ts {
			if t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 {
				f = dateFormats[0]
				break
			}
		}
	}
	rows := make([]string, len(ts))
	for i, t := range ts {
		rows[i] = formatDate(t, f)
	}
	if len(rows) == 1 {
		return one(charRow(rows[0]))
	}
	return one(charMatrix(rows))
}

// pauseState is pause('on'|'off').
type pauseState struct{ off bool }

type pauseKey struct{}

func biPause(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	st := c.In.State(pauseKey{}, func() any { return &pauseState{} }).(*pauseState)
	if len(c.Args) == 1 {
		if s, ok := c.Args[0].Text(); ok {
			prev := "on"
			if st.off {
				prev = "off"
			}
			switch s {
			case "on", "off":
				st.off = s == "off"
			case "query":
			default:
				return nil, value.Errorf("MATLAB:pause:InvalidInput", "Input must be 'on', 'off', 'query', or a nonnegative number.")
			}
			if c.Nargout > 0 || s == "query" {
				return one(charRow(prev))
			}
			return nil, nil
		}
	}
	if st.off {
		return nil, nil
	}
	c.In.Flush()
	if len(c.Args) == 0 {
		if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			bufio.NewReader(os.Stdin).ReadString('\n')
		}
		return nil, nil
	}
	secs, err := value.ScalarFloat(c.Args[0])
	if err != nil || secs < 0 || math.IsNaN(secs) {
		return nil, value.Errorf("MATLAB:pause:InvalidInput", "Input must be 'on', 'off', 'query', or a nonnegative number.")
	}
	deadline := time.Now().Add(time.Duration(math.Min(secs, 1e9) * float64(time.Second)))
	for {
		if c.In.Interrupted() {
			return nil, value.Errorf("MATLAB:interrupt", "Operation terminated by user.")
		}
		left := time.Until(deadline)
		if left <= 0 {
			return nil, nil
		}
		time.Sleep(min(left, 20*time.Millisecond))
	}
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "tic", Fn: biTic, Doc: "tic, id = tic"},
		{Name: "toc", Fn: biToc, Doc: "toc (prints 'Elapsed time is S seconds.'), t = toc, toc(id)"},
		{Name: "clock", Fn: biClock, Doc: "c = clock: [year month day hour minute seconds]"},
		{Name: "cputime", Fn: biCputime, Doc: "t = cputime: processor seconds used by gomat"},
		{Name: "etime", Fn: biEtime, Doc: "s = etime(t1, t0): seconds between two clock vectors"},
		{Name: "datenum", Fn: biDatenum, Doc: "n = datenum, datenum(y, mo, d[, h, mi, s]) (arrays or scalars), datenum(datevec), datenum(datetime), datenum('yyyy-mm-dd[ HH:MM:SS]'), datenum(text, formatIn) with datestr symbols"},
		{Name: "now", Fn: biNow, Doc: "n = now: the current date number"},
		{Name: "datestr", Fn: biDatestr, Doc: "s = datestr(D), datestr(D, F): D a date number, date vector, datetime or text; F a format number 0–31 or symbols yyyy yy mmmm mmm mm m dddd ddd dd d HH MM SS FFF AM PM QQ"},
		{Name: "pause", Fn: biPause, Doc: "pause(n) (interruptible), pause (waits for Enter on a terminal), pause('on'|'off'|'query')"},
	})
}
