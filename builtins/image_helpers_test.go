package builtins

import (
	"bytes"
	"strings"
	"testing"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// imgSession runs MATLAB code in a fresh session in dir and returns what it
// printed and the error that ended it.
func imgSession(t *testing.T, dir, code string) (string, error) {
	t.Helper()
	if dir != "" {
		t.Chdir(dir)
	}
	var out bytes.Buffer
	in := interp.New(&out, &out)
	err := in.RunString("", code)
	in.Flush()
	return out.String(), err
}

// imgMustRun runs code and fails the test on error.
func imgMustRun(t *testing.T, dir, code string) string {
	t.Helper()
	out, err := imgSession(t, dir, code)
	if err != nil {
		t.Fatalf("%s\nerror: %v\noutput:\n%s", code, err, out)
	}
	return out
}

// imgArray builds an array of class c and size d from column-major data.
func imgArray(c value.Class, d value.Dims, data ...float64) *value.Array {
	return value.NewArrayFrom(c, d, data, nil)
}

// imgClose reports whether two slices agree to within tol.
func imgClose(a, b []float64, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if d := a[i] - b[i]; d > tol || d < -tol {
			return false
		}
	}
	return true
}

// imgWantErr checks that code fails with a message containing want.
func imgWantErr(t *testing.T, dir, code, want string) {
	t.Helper()
	out, err := imgSession(t, dir, code)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("%s: got error %v (output %q), want one containing %q", code, err, out, want)
	}
}
