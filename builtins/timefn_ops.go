package builtins

import (
	"time"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// catByIndex concatenates operands of sizes dims by concatenating arrays of
// element numbers (1-based, counted across all operands): the result lists
// which element lands at each position.
func catByIndex(dims []value.Dims, dim int) ([]int, value.Dims, error) {
	parts := make([]value.Value, len(dims))
	next := 1.0
	for i, d := range dims {
		xs := make([]float64, d.Numel())
		for k := range xs {
			xs[k] = next
			next++
		}
		parts[i] = numArray(d.Clone(), xs)
	}
	r, err := value.Cat(dim, parts)
	if err != nil {
		return nil, nil, err
	}
	return positionsOf(r)
}

// isEmptyDouble reports whether v is [] (or another empty double), which
// concatenation skips.
func isEmptyDouble(v value.Value) bool {
	a, ok := v.Ref().(*value.Array)
	return ok && a.Class() == value.Double && a.Size().Numel() == 0
}

// Concat implements [a, b], [a; b] and cat with datetime operands; text
// operands are read as dates. The result has the first operand's format.
func (d *datetimeArray) Concat(vals []value.Value, dim int) (value.Value, error) {
	var pool []time.Time
	var dims []value.Dims
	format := ""
	for _, v := range vals {
		if isEmptyDouble(v) {
			continue
		}
		o, ok := v.Ref().(*datetimeArray)
		if !ok {
			t, tok := readTexts(v)
			if !tok {
				return value.Value{}, value.Errorf("MATLAB:datetime:InvalidComparison", "All inputs must be datetimes or date/time character vectors or date/time strings.")
			}
			ts := make([]time.Time, len(t.elems))
			for i, s := range t.elems {
				tm, err := parseDateText(s)
				if err != nil {
					return value.Value{}, err
				}
				ts[i] = tm
			}
			o = &datetimeArray{dims: t.dims, t: ts}
		} else if format == "" {
			format = o.format
		}
		pool = append(pool, o.t...)
		dims = append(dims, o.dims)
	}
	idx, rd, err := catByIndex(dims, dim)
	if err != nil {
		return value.Value{}, err
	}
	ts := make([]time.Time, len(idx))
	for i, k := range idx {
		ts[i] = pool[k]
	}
	return value.FromRef(&datetimeArray{dims: rd, t: ts, format: format}), nil
}

// Concat implements [a, b], [a; b] and cat with duration operands; numbers
// count as days. The result has the first duration's format.
func (d *durationArray) Concat(vals []value.Value, dim int) (value.Value, error) {
	var pool []float64
	var dims []value.Dims
	format := ""
	for _, v := range vals {
		if isEmptyDouble(v) {
			continue
		}
		secs, sd, ok := durationSeconds(v)
		if !ok {
			return value.Value{}, value.Errorf("MATLAB:duration:InvalidConcatenation", "Concatenation of duration with %s values is not supported.", v.ClassName())
		}
		if o, isDur := v.Ref().(*durationArray); isDur && format == "" {
			format = o.format
		}
		pool = append(pool, secs...)
		dims = append(dims, sd)
	}
	idx, rd, err := catByIndex(dims, dim)
	if err != nil {
		return value.Value{}, err
	}
	out := make([]float64, len(idx))
	for i, k := range idx {
		out[i] = pool[k]
	}
	return value.FromRef(&durationArray{dims: rd, secs: out, format: format}), nil
}

// timeOperand reads a comparison operand as seconds: a datetime as seconds
// since 1970 (text is read as a date when the other side is a datetime), a
// duration or number (days) as its length.
func timeOperand(v value.Value, dates bool) ([]float64, value.Dims, bool) {
	if !dates {
		return durationSeconds(v)
	}
	if d, ok := v.Ref().(*datetimeArray); ok {
		out := make([]float64, len(d.t))
		for i, t := range d.t {
			out[i] = unixSeconds(t)
		}
		return out, d.dims, true
	}
	t, ok := readTexts(v)
	if !ok {
		return nil, nil, false
	}
	out := make([]float64, len(t.elems))
	for i, s := range t.elems {
		tm, err := parseDateText(s)
		if err != nil {
			return nil, nil, false
		}
		out[i] = unixSeconds(tm)
	}
	return out, t.dims, true
}

// timeCompare implements the relational operators for datetime and
// duration arrays.
func timeCompare(op func(a, b float64) bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 2, 2); err != nil {
			return nil, err
		}
		a, b := c.Args[0], c.Args[1]
		_, adt := a.Ref().(*datetimeArray)
		_, bdt := b.Ref().(*datetimeArray)
		dates := adt || bdt
		xa, da, ok1 := timeOperand(a, dates)
		xb, db, ok2 := timeOperand(b, dates)
		if !ok1 || !ok2 {
			if dates {
				return nil, value.Errorf("MATLAB:datetime:InvalidComparison", "Comparison is not defined between %s and %s values.", a.ClassName(), b.ClassName())
			}
			return nil, value.Errorf("MATLAB:duration:InvalidComparison", "Comparison is not defined between %s and %s values.", a.ClassName(), b.ClassName())
		}
		dims, n, err := broadcastTimes(da, db)
		if err != nil {
			return nil, err
		}
		bs := make([]bool, n)
		for i := range n {
			bs[i] = op(xa[min(i, len(xa)-1)], xb[min(i, len(xb)-1)])
		}
		return one(boolArray(dims.Clone(), bs))
	}
}

// timeDiff is diff for datetime (differences are durations) and duration
// arrays, along the first non-singleton dimension of a vector or the
// columns of a matrix.
func timeDiff(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	var secs []float64
	var dims value.Dims
	format := "hh:mm:ss"
	if d, ok := c.Args[0].Ref().(*datetimeArray); ok {
		secs, _, _ = timeOperand(c.Args[0], true)
		dims = d.dims
	} else {
		d := c.Args[0].Ref().(*durationArray)
		secs, dims, format = d.secs, d.dims, d.format
	}
	if len(dims) > 2 {
		return nil, value.Errorf("gomat:notImplemented", "diff: N-D datetime and duration arrays are not supported.")
	}
	m, n := dims[0], dims[1]
	var out []float64
	var od value.Dims
	switch {
	case m == 1 && n > 0:
		od = value.Dims{1, n - 1}
		for j := 1; j < n; j++ {
			out = append(out, secs[j]-secs[j-1])
		}
	default:
		od = value.Dims{max(m-1, 0), n}
		for j := range n {
			for i := 1; i < m; i++ {
				out = append(out, secs[j*m+i]-secs[j*m+i-1])
			}
		}
	}
	if out == nil {
		out = []float64{}
	}
	return one(value.FromRef(&durationArray{dims: od, secs: out, format: format}))
}

// datePart implements year, month, day, hour, minute and second for a
// datetime array: the named component of each element.
func datePart(prop string) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 1, 1); err != nil {
			return nil, err
		}
		return one(mustProperty(c.Args[0].Ref().(*datetimeArray), prop))
	}
}

// mustProperty reads a date-part property, which always exists.
func mustProperty(d *datetimeArray, prop string) value.Value {
	v, _ := d.GetProperty(prop)
	return v
}

func init() {
	interp.RegisterMethods("datetime", []interp.Builtin{
		{Name: "year", Fn: datePart("Year"), Doc: "y = year(t): the year of each datetime"},
		{Name: "month", Fn: datePart("Month"), Doc: "m = month(t): the month number (1–12) of each datetime"},
		{Name: "hour", Fn: datePart("Hour"), Doc: "h = hour(t): the hour of each datetime"},
		{Name: "minute", Fn: datePart("Minute"), Doc: "m = minute(t): the minute of each datetime"},
		{Name: "second", Fn: datePart("Second"), Doc: "s = second(t): the seconds (with fraction) of each datetime"},
	})
	for _, cls := range []string{"datetime", "duration"} {
		interp.RegisterMethods(cls, []interp.Builtin{
			{Name: "eq", Fn: timeCompare(func(a, b float64) bool { return a == b }), Doc: "t1 == t2 (datetime with datetime or date text, duration with duration or days)"},
			{Name: "ne", Fn: timeCompare(func(a, b float64) bool { return a != b }), Doc: "t1 ~= t2"},
			{Name: "lt", Fn: timeCompare(func(a, b float64) bool { return a < b }), Doc: "t1 < t2"},
			{Name: "le", Fn: timeCompare(func(a, b float64) bool { return a <= b }), Doc: "t1 <= t2"},
			{Name: "gt", Fn: timeCompare(func(a, b float64) bool { return a > b }), Doc: "t1 > t2"},
			{Name: "ge", Fn: timeCompare(func(a, b float64) bool { return a >= b }), Doc: "t1 >= t2"},
			{Name: "diff", Fn: timeDiff, Doc: "dt = diff(t): differences of consecutive elements, as durations"},
		})
	}
}

// indexPositions applies subs to an array of size dims holding element
// numbers, returning the selected elements' 0-based positions and the
// result's size.
func indexPositions(dims value.Dims, subs []value.Value) ([]int, value.Dims, error) {
	xs := make([]float64, dims.Numel())
	for i := range xs {
		xs[i] = float64(i + 1)
	}
	r, err := value.Index(numArray(dims.Clone(), xs), subs)
	if err != nil {
		return nil, nil, err
	}
	return positionsOf(r)
}

// positionsOf reads an array of 1-based element numbers, made by indexing
// or concatenating arrays of them, as 0-based positions with its size.
func positionsOf(r value.Value) ([]int, value.Dims, error) {
	xs, _ := value.ToFloat64(r)
	idx := make([]int, len(xs))
	for i, x := range xs {
		idx[i] = int(x) - 1
	}
	return idx, r.Size().Clone(), nil
}

// ParenIndex implements t(subs): the selected datetimes, same format.
func (d *datetimeArray) ParenIndex(subs []value.Value) (value.Value, error) {
	idx, rd, err := indexPositions(d.dims, subs)
	if err != nil {
		return value.Value{}, err
	}
	ts := make([]time.Time, len(idx))
	for i, k := range idx {
		ts[i] = d.t[k]
	}
	return value.FromRef(&datetimeArray{dims: rd, t: ts, format: d.format}), nil
}

// ParenIndex implements d(subs): the selected durations, same format.
func (d *durationArray) ParenIndex(subs []value.Value) (value.Value, error) {
	idx, rd, err := indexPositions(d.dims, subs)
	if err != nil {
		return value.Value{}, err
	}
	out := make([]float64, len(idx))
	for i, k := range idx {
		out[i] = d.secs[k]
	}
	return value.FromRef(&durationArray{dims: rd, secs: out, format: d.format}), nil
}
