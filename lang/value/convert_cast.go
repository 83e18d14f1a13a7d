package value

import "math"

// maxCharCode is the largest UTF-16 code unit a char element holds.
const maxCharCode = 65535

// SaturateInt rounds x half away from zero and saturates it to [lo, hi],
// the range of an integer class; NaN becomes 0. It is MATLAB's conversion
// to an integer class.
func SaturateInt(x, lo, hi float64) float64 {
	switch {
	case x != x:
		return 0
	case x <= lo:
		return lo
	case x >= hi:
		return hi
	}
	return math.Round(x)
}

// castData makes computed float64 data valid for class c in place: single
// rounds to float32, integer classes round and saturate, char rounds and
// saturates to UTF-16 code units. Other classes are left unchanged.
func castData(c Class, xs []float64) {
	switch {
	case c == Single:
		for i, x := range xs {
			xs[i] = float64(float32(x))
		}
	case c.IsInteger():
		lo, hi := c.IntRange()
		for i, x := range xs {
			xs[i] = SaturateInt(x, lo, hi)
		}
	case c == Char:
		for i, x := range xs {
			xs[i] = SaturateInt(x, 0, maxCharCode)
		}
	}
}

// finishArray casts a freshly computed result to its class and drops an
// imaginary part that is zero everywhere.
func finishArray(a *Array) {
	castData(a.class, a.Re)
	if a.Im == nil {
		return
	}
	castData(a.class, a.Im)
	for _, x := range a.Im {
		if x != 0 {
			return
		}
	}
	a.Im = nil
}
