package builtins

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// mathCase checks that running src leaves variable x with the given class,
// size and column-major real data.
type mathCase struct {
	src   string
	class string
	dims  value.Dims
	want  []float64
}

// mathRun runs src in a fresh session and returns it with what it
// printed to the error stream.
func mathRun(t *testing.T, src string) (*interp.Interp, string) {
	t.Helper()
	var out, errs bytes.Buffer
	in := interp.New(&out, &errs)
	if err := in.RunString("test", src); err != nil {
		t.Fatalf("%s: %s", src, interp.Report(err))
	}
	in.Flush()
	return in, errs.String()
}

// mathRunError runs src, which must fail, and returns the error message.
func mathRunError(t *testing.T, src string) string {
	t.Helper()
	var out, errs bytes.Buffer
	in := interp.New(&out, &errs)
	err := in.RunString("test", src)
	if err == nil {
		t.Fatalf("%s: expected an error", src)
	}
	return interp.AsMException(err).Msg
}

// mathCheck runs table cases, reading variable x.
func mathCheck(t *testing.T, cases []mathCase) {
	t.Helper()
	for _, tc := range cases {
		in, _ := mathRun(t, tc.src)
		v, ok := in.Var("x")
		if !ok {
			t.Errorf("%s: x not set", tc.src)
			continue
		}
		if tc.class != "" && v.ClassName() != tc.class {
			t.Errorf("%s: class %s, want %s", tc.src, v.ClassName(), tc.class)
		}
		if tc.dims != nil && !v.Size().Equal(tc.dims) {
			t.Errorf("%s: size %v, want %v", tc.src, v.Size(), tc.dims)
		}
		got, err := value.ToFloat64(v)
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		if tc.want == nil {
			continue
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: got %v, want %v", tc.src, got, tc.want)
			continue
		}
		for i := range got {
			if !(got[i] == tc.want[i] || math.IsNaN(got[i]) && math.IsNaN(tc.want[i]) || math.Abs(got[i]-tc.want[i]) < 1e-9*math.Max(1, math.Abs(tc.want[i]))) {
				t.Errorf("%s: got %v, want %v", tc.src, got, tc.want)
				break
			}
		}
	}
}

func TestConstruct(t *testing.T) {
	nan := math.NaN()
	mathCheck(t, []mathCase{
		{"x = zeros(2,3);", "double", value.Dims{2, 3}, []float64{0, 0, 0, 0, 0, 0}},
		{"x = zeros(2);", "double", value.Dims{2, 2}, nil},
		{"x = zeros([2 3 4]);", "double", value.Dims{2, 3, 4}, nil},
		{"x = zeros(2,3,1);", "double", value.Dims{2, 3}, nil},
		{"x = zeros(-1,3);", "double", value.Dims{0, 3}, nil},
		{"x = ones(1,2,'int8');", "int8", value.Dims{1, 2}, []float64{1, 1}},
		{"x = ones(2,1,'like',single(1));", "single", value.Dims{2, 1}, nil},
		{"x = true(1,2);", "logical", value.Dims{1, 2}, []float64{1, 1}},
		{"x = nan(1,2);", "double", value.Dims{1, 2}, []float64{nan, nan}},
		{"x = Inf(1,'single');", "single", value.Dims{1, 1}, []float64{math.Inf(1)}},
		{"x = eye(2,3);", "double", value.Dims{2, 3}, []float64{1, 0, 0, 1, 0, 0}},
		{"x = eps;", "double", nil, []float64{0x1p-52}},
		{"x = eps(single(1));", "single", nil, []float64{0x1p-23}},
		{"x = eps(1000);", "double", nil, []float64{1.1368683772161603e-13}},
		{"x = intmax('uint8');", "uint8", nil, []float64{255}},
		{"x = intmin;", "int32", nil, []float64{-2147483648}},
		{"x = flintmax;", "double", nil, []float64{9007199254740992}},
		{"x = realmin('single');", "single", nil, []float64{0x1p-126}},
		{"x = linspace(0,1,5);", "double", value.Dims{1, 5}, []float64{0, 0.25, 0.5, 0.75, 1}},
		{"x = linspace(1,2,1);", "double", value.Dims{1, 1}, []float64{2}},
		{"x = size(linspace(0,1));", "double", nil, []float64{1, 100}},
		{"x = repmat([1 2],2,2);", "double", value.Dims{2, 4}, []float64{1, 1, 2, 2, 1, 1, 2, 2}},
		{"x = repmat({7},1,2); x = size(x);", "", nil, []float64{1, 2}},
		{"x = reshape(1:6,[],3);", "double", value.Dims{2, 3}, []float64{1, 2, 3, 4, 5, 6}},
		{"x = reshape(1:6,[3 2]);", "double", value.Dims{3, 2}, nil},
		{"x = blkdiag([1 2],3);", "double", value.Dims{2, 3}, []float64{1, 0, 2, 0, 0, 3}},
		{"[x,y] = meshgrid(1:3,1:2);", "double", value.Dims{2, 3}, []float64{1, 1, 2, 2, 3, 3}},
		{"[a,x] = meshgrid(1:3,1:2);", "double", value.Dims{2, 3}, []float64{1, 2, 1, 2, 1, 2}},
		{"[x,y] = ndgrid(1:2,1:3);", "double", value.Dims{2, 3}, []float64{1, 2, 1, 2, 1, 2}},
		{"x = colon(1,3);", "double", value.Dims{1, 3}, []float64{1, 2, 3}},
	})
}

func TestConstructErrors(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"zeros(1e6,1e6)", "Requested 1000000x1000000 (7450.6GB) array exceeds maximum array size preference (24.0GB). This might cause MATLAB to become unresponsive."},
		{"zeros(1.5)", "Size inputs must be integers."},
		{"zeros(2,'foo')", "Invalid data type. Second argument must be a valid class name."},
		{"reshape(1:6,4,[])", "Product of known dimensions, 4, not divisible into total number of elements, 6."},
		{"reshape(1:6,4,2)", "Number of elements must not change."},
	}
	for _, tc := range cases {
		if got := mathRunError(t, tc.src); !strings.HasPrefix(got, tc.msg) {
			t.Errorf("%s: error %q, want %q", tc.src, got, tc.msg)
		}
	}
}
