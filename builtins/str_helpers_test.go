package builtins

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// evalCase runs src and checks variable name: want is a string (char or
// string text, or the error message when name is "error"), a []float64
// (numeric or logical data, column-major), or a bool.
type evalCase struct {
	src  string
	name string
	want any
}

// runSource runs src in a fresh session and returns it with its output.
func runSource(t *testing.T, src string) (*interp.Interp, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	in := interp.New(&out, &errOut)
	err := in.RunString("", src)
	in.Flush()
	return in, out.String() + errOut.String(), err
}

// describe writes a value for test messages.
func describe(v value.Value) string {
	if s, ok := v.Text(); ok {
		return fmt.Sprintf("%s %q", v.ClassName(), s)
	}
	if xs, err := value.ToFloat64(v); err == nil {
		return fmt.Sprintf("%s %v %v", v.ClassName(), v.Size(), xs)
	}
	return v.ClassName() + " " + v.Size().String()
}

func runCases(t *testing.T, cases []evalCase) {
	t.Helper()
	for _, tc := range cases {
		in, out, err := runSource(t, tc.src)
		if tc.name == "error" {
			if err == nil {
				t.Errorf("%s: no error, want %q", tc.src, tc.want)
			} else if got := interp.AsMException(err).Msg; !strings.Contains(got, tc.want.(string)) {
				t.Errorf("%s: error %q, want %q", tc.src, got, tc.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v\n%s", tc.src, err, out)
			continue
		}
		v, ok := in.Var(tc.name)
		if !ok {
			t.Errorf("%s: %s not set", tc.src, tc.name)
			continue
		}
		switch w := tc.want.(type) {
		case string:
			s, ok := v.Text()
			if !ok {
				if a, isArr := v.Array(); isArr && a.Class() == value.Char {
					s, ok = a.CharData(), true
				}
			}
			if !ok || s != w {
				t.Errorf("%s: %s = %s, want %q", tc.src, tc.name, describe(v), w)
			}
		case []float64:
			xs, err := value.ToFloat64(v)
			if err != nil || fmt.Sprint(xs) != fmt.Sprint(w) {
				t.Errorf("%s: %s = %s, want %v", tc.src, tc.name, describe(v), w)
			}
		case bool:
			x, err := value.ScalarFloat(v)
			if err != nil || (x != 0) != w {
				t.Errorf("%s: %s = %s, want %v", tc.src, tc.name, describe(v), w)
			}
		}
	}
}

// nan and inf build expected values.
func nan() float64 { return math.NaN() }

func inf(sign int) float64 { return math.Inf(sign) }
