package value

import "math"

// maxRangeElems bounds the length of a range that Range materialises.
const maxRangeElems = 1 << 31

// The spacing of double and single numbers at 1.
const (
	epsDouble = 0x1p-52
	epsSingle = 0x1p-23
)

// errRangeSize is MATLAB's error for a range too long to create.
var errRangeSize = &Error{ID: "MATLAB:pmaxsize", Msg: "Maximum variable size allowed by the program is exceeded."}

// Range returns start:step:stop as a row vector, computed as MATLAB's colon
// does (see RangeCount and RangeAt). The result is of the integer class of
// an integer operand (operands are converted to it first), single if any
// operand is single, char if start and stop are both char, else double. An
// empty range is 1×0; NaN operands give NaN; a non-scalar operand stands
// for its first element and an empty one makes the range empty.
func Range(start, step, stop Value) (Value, error) {
	class := Double
	var vals [3]float64
	empty := false
	for i, v := range [3]Value{start, step, stop} {
		a, ok := v.Array()
		if !ok {
			return Value{}, unsupportedOperand(":", v)
		}
		c, err := rangeClass(class, a.class)
		if err != nil {
			return Value{}, err
		}
		class = c
		if len(a.Re) == 0 {
			empty = true
		} else {
			vals[i] = a.Re[0]
		}
	}
	if start.Class() == Char && stop.Class() == Char && class == Double {
		class = Char
	}
	if empty {
		return FromRef(&Array{class: class, dims: Dims{1, 0}, Re: []float64{}}), nil
	}
	if class.IsInteger() {
		castData(class, vals[:])
	}
	a, d, b := vals[0], vals[1], vals[2]
	if a != a || d != d || b != b {
		return FromRef(&Array{class: class, dims: Dims{1, 1}, Re: []float64{math.NaN()}}), nil
	}
	eps := epsDouble
	if class == Single {
		eps = epsSingle
	}
	intervals, _ := rangeIntervals(a, d, b, eps)
	n := intervals + 1
	if n > maxRangeElems {
		return Value{}, errRangeSize
	}
	out := &Array{class: class, dims: Dims{1, n}, Re: make([]float64, n)}
	fillRange(out.Re, a, d, b, eps)
	castData(class, out.Re)
	return FromRef(out), nil
}

// rangeClass folds the class of one colon operand into the class of
// the range so far: integer classes win and must agree, then single.
func rangeClass(sofar, c Class) (Class, error) {
	switch {
	case c.IsInteger() && sofar.IsInteger() && c != sofar:
		return 0, &Error{ID: "MATLAB:colon:mixedIntegerTypes",
			Msg: "Colon operands must be all the same type, or mixed with real double scalar values."}
	case c.IsInteger():
		return c, nil
	case sofar.IsInteger():
		return sofar, nil
	case c == Single || sofar == Single:
		return Single, nil
	}
	return Double, nil
}

// rangeIntervals returns the number of steps n of start:step:stop (the range
// has n+1 elements; n < 0 means empty) and the right-hand end point c, as
// MATLAB's colon computes them: whole-number operands are counted exactly;
// otherwise n is the nearest whole number of steps, less one if that
// overshoots stop by more than the tolerance 2·eps·max(|start|,|stop|) (eps
// of the range's class), and
// an end point within tolerance of stop is snapped to it.
func rangeIntervals(a, d, b, eps float64) (n int, c float64) {
	if d == 0 || a < b && d < 0 || b < a && d > 0 || a != a || d != d || b != b {
		return -1, 0
	}
	if math.IsInf(a, 0) || math.IsInf(d, 0) || math.IsInf(b, 0) {
		if math.IsInf(a, 0) || math.IsInf(d, 0) {
			return 0, a
		}
		return math.MaxInt - 1, b
	}
	tol := 2 * eps * math.Max(math.Abs(a), math.Abs(b))
	sig := 1.0
	if d < 0 {
		sig = -1
	}
	var nf float64
	switch {
	case a == math.Floor(a) && d == 1:
		nf = math.Floor(b) - a
	case a == math.Floor(a) && d == math.Floor(d):
		q := math.Floor(a / d)
		r := a - q*d
		nf = math.Floor((b-r)/d) - q
	default:
		nf = math.Round((b - a) / d)
		if sig*(a+nf*d-b) > tol {
			nf--
		}
	}
	if nf >= math.MaxInt-1 {
		return math.MaxInt - 1, b
	}
	n = int(nf)
	c = a + nf*d
	if sig*(c-b) > -tol {
		c = b
	}
	return n, c
}

// RangeCount returns the number of elements of the double range
// start:step:stop (0 when it is empty; 1 when an operand is NaN).
func RangeCount(start, step, stop float64) int {
	if start != start || step != step || stop != stop {
		return 1
	}
	n, _ := rangeIntervals(start, step, stop, epsDouble)
	return n + 1
}

// RangeAt returns element i (0-based) of the n-element range
// start:step:stop, exactly as Range computes it: the first half counts up
// from start, the second half down from the end point, and the middle
// element of an odd-length range is the midpoint.
func RangeAt(start, step, stop float64, n, i int) float64 {
	if start != start || step != step || stop != stop {
		return math.NaN()
	}
	_, c := rangeIntervals(start, step, stop, epsDouble)
	last := n - 1
	switch {
	case 2*i < last:
		return start + float64(i)*step
	case 2*i == last:
		return (start + c) / 2
	}
	return c - float64(last-i)*step
}

// fillRange writes the elements of start:step:stop into out, whose length
// is the range's element count, with the tolerance of machine epsilon eps.
func fillRange(out []float64, a, d, b, eps float64) {
	_, c := rangeIntervals(a, d, b, eps)
	last := len(out) - 1
	for k := 0; 2*k <= last; k++ {
		out[k] = a + float64(k)*d
		out[last-k] = c - float64(k)*d
	}
	if last%2 == 0 {
		out[last/2] = (a + c) / 2
	}
}
