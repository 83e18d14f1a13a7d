package value

import (
	"math"
	"testing"
)

// opArr builds a real array of class c and size d for tests.
func opArr(c Class, d Dims, re ...float64) Value {
	return FromRef(&Array{class: c, dims: d, Re: re})
}

// opCplx builds a complex double array for tests.
func opCplx(d Dims, re, im []float64) Value {
	return FromRef(&Array{class: Double, dims: d, Re: re, Im: im})
}

// opCase is one expected outcome of an operation: a value or an error.
type opCase struct {
	name string
	got  func() (Value, error)
	want Value
	err  string
}

// runOpCases checks every case of a table.
func runOpCases(t *testing.T, cases []opCase) {
	t.Helper()
	for _, c := range cases {
		got, err := c.got()
		checkOp(t, c.name, got, err, c.want, c.err)
	}
}

// checkOp compares an operation's result with the expected value or error
// message: class, size, real and imaginary parts (NaN equal to NaN).
func checkOp(t *testing.T, name string, got Value, err error, want Value, wantErr string) {
	t.Helper()
	if wantErr != "" {
		if err == nil || err.Error() != wantErr {
			t.Errorf("%s: error %v, want %q", name, err, wantErr)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: unexpected error %v", name, err)
		return
	}
	if msg := opSameValue(got, want); msg != "" {
		t.Errorf("%s: %s", name, msg)
	}
}

// opSameValue returns "" when two dense or string values are identical, or a
// description of the difference.
func opSameValue(got, want Value) string {
	if got.ClassName() != want.ClassName() {
		return "class " + got.ClassName() + ", want " + want.ClassName()
	}
	if !got.Size().Equal(want.Size()) {
		return "size " + got.Size().String() + ", want " + want.Size().String()
	}
	if gs, ok := got.Ref().(*StringArray); ok {
		ws := want.Ref().(*StringArray)
		for i := range gs.Elems {
			if gs.Elems[i] != ws.Elems[i] || isMissing(gs, i) != isMissing(ws, i) {
				return "string " + gs.Elems[i] + ", want " + ws.Elems[i]
			}
		}
		return ""
	}
	ga, _ := got.Array()
	wa, _ := want.Array()
	if (ga.Im == nil) != (wa.Im == nil) {
		return "complexity differs"
	}
	if !opSameFloats(ga.Re, wa.Re) || !opSameFloats(ga.Im, wa.Im) {
		return "data " + opFmtFloats(ga.Re, ga.Im) + ", want " + opFmtFloats(wa.Re, wa.Im)
	}
	return ""
}

// opSameFloats compares two slices exactly, treating NaNs as equal.
func opSameFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(math.IsNaN(a[i]) && math.IsNaN(b[i])) {
			return false
		}
	}
	return true
}

// opCloseFloats compares two slices with a relative tolerance.
func opCloseFloats(a, b []float64, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > tol*math.Max(1, math.Abs(b[i])) {
			return false
		}
	}
	return true
}

// opFmtFloats formats data for failure messages.
func opFmtFloats(re, im []float64) string {
	s := ""
	for i, x := range re {
		s += " " + numToString(x)
		if im != nil {
			s += "+" + numToString(im[i]) + "i"
		}
	}
	return "[" + s + " ]"
}
