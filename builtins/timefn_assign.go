package builtins

import (
	"strings"
	"time"

	"gomat/lang/value"
)

// isDeletion reports whether rhs is [], which makes x(subs) = rhs delete
// the selected elements.
func isDeletion(rhs value.Value) bool {
	return isEmptyDouble(rhs) && rhs.Size().Equal(value.Dims{0, 0})
}

// assignSources performs x(subs) = rhs, or x(subs) = [] when del, on
// arrays of element numbers: x of size dims holds 1…n and rhs of size rd
// holds n+1…n+len. It returns, for each element of the result, where it
// comes from (0-based: below n an old element, n+k element k of rhs, -1
// a new element that growth filled in), and the result's size. The
// generic assignment supplies MATLAB's indexing, growth, scalar
// expansion and size-mismatch errors.
func assignSources(dims value.Dims, subs []value.Value, rd value.Dims, del bool) ([]int, value.Dims, error) {
	n := dims.Numel()
	old := make([]float64, n)
	for i := range old {
		old[i] = float64(i + 1)
	}
	var r value.Value
	var err error
	if del {
		r, err = value.Delete(numArray(dims.Clone(), old), subs)
	} else {
		xs := make([]float64, rd.Numel())
		for i := range xs {
			xs[i] = float64(n + i + 1)
		}
		r, err = value.Assign(numArray(dims.Clone(), old), subs, numArray(rd.Clone(), xs))
	}
	if err != nil {
		return nil, nil, err
	}
	return positionsOf(r)
}

// ParenAssign implements t(subs) = rhs for a datetime array: rhs is a
// datetime array or date text ('NaT' and empty text are NaT; other text is read
// in the array's format, else in a recognized date format), or [] to
// delete elements. New elements that growth adds are NaT.
func (d *datetimeArray) ParenAssign(subs []value.Value, rhs value.Value) (value.Value, error) {
	del := isDeletion(rhs)
	var add []time.Time
	var rd value.Dims
	if !del {
		var err error
		if add, rd, err = d.assignedTimes(rhs); err != nil {
			return value.Value{}, err
		}
	}
	src, dims, err := assignSources(d.dims, subs, rd, del)
	if err != nil {
		return value.Value{}, err
	}
	ts := make([]time.Time, len(src))
	for i, k := range src {
		switch {
		case k < 0:
			ts[i] = natTime
		case k < len(d.t):
			ts[i] = d.t[k]
		default:
			ts[i] = add[k-len(d.t)]
		}
	}
	return value.FromRef(&datetimeArray{dims: dims, t: ts, format: d.format}), nil
}

// assignedTimes converts the right side of an assignment into d.
func (d *datetimeArray) assignedTimes(rhs value.Value) ([]time.Time, value.Dims, error) {
	if o, ok := rhs.Ref().(*datetimeArray); ok {
		return o.t, o.dims, nil
	}
	t, ok := readTexts(rhs)
	if !ok {
		return nil, nil, value.Errorf("MATLAB:datetime:InvalidAssignment", "Right hand side of an assignment into a datetime array must be a datetime array or text representing dates.")
	}
	ts := make([]time.Time, len(t.elems))
	for i, s := range t.elems {
		if t.isMissing(i) || s == "" || strings.EqualFold(s, "NaT") {
			ts[i] = natTime
			continue
		}
		tm, err := parseCLDR(strings.TrimSpace(s), d.format)
		if err != nil {
			if tm, err = parseDateText(s); err != nil {
				return nil, nil, err
			}
		}
		ts[i] = tm
	}
	return ts, t.dims, nil
}

// ParenAssign implements d(subs) = rhs for a duration array: rhs is a
// duration array, numbers (days) or 'hh:mm:ss' text, or [] to delete
// elements. New elements that growth adds are 0.
func (d *durationArray) ParenAssign(subs []value.Value, rhs value.Value) (value.Value, error) {
	del := isDeletion(rhs)
	var add []float64
	var rd value.Dims
	if !del {
		var err error
		if add, rd, err = assignedSeconds(rhs); err != nil {
			return value.Value{}, err
		}
	}
	src, dims, err := assignSources(d.dims, subs, rd, del)
	if err != nil {
		return value.Value{}, err
	}
	secs := make([]float64, len(src))
	for i, k := range src {
		switch {
		case k >= len(d.secs):
			secs[i] = add[k-len(d.secs)]
		case k >= 0:
			secs[i] = d.secs[k]
		}
	}
	return value.FromRef(&durationArray{dims: dims, secs: secs, format: d.format}), nil
}

// assignedSeconds converts the right side of an assignment into a
// duration array to seconds.
func assignedSeconds(rhs value.Value) ([]float64, value.Dims, error) {
	if secs, sd, ok := durationSeconds(rhs); ok {
		return secs, sd, nil
	}
	t, ok := readTexts(rhs)
	if !ok {
		return nil, nil, value.Errorf("MATLAB:duration:InvalidAssignment", "Right hand side of an assignment into a duration array must be a duration array, numeric, or text representing durations.")
	}
	secs := make([]float64, len(t.elems))
	for i, s := range t.elems {
		x, err := parseDurationText(s)
		if err != nil {
			return nil, nil, err
		}
		secs[i] = x
	}
	return secs, t.dims, nil
}

// EmptyLike is a 0×0 datetime array with d's format, the start of
// x(k) = t when x does not exist.
func (d *datetimeArray) EmptyLike() value.Value {
	return value.FromRef(&datetimeArray{dims: value.Dims{0, 0}, format: d.format})
}

// EmptyLike is a 0×0 duration array with d's format.
func (d *durationArray) EmptyLike() value.Value {
	return value.FromRef(&durationArray{dims: value.Dims{0, 0}, format: d.format})
}
