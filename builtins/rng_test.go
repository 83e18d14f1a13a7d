package builtins

import (
	"math"
	"testing"
)

func TestTwisterMatchesMATLAB(t *testing.T) {
	// rng(0); rand(1,5) and rng default; rand(4) in MATLAB's documentation.
	s := newTwister(0)
	want := []float64{0.8147, 0.9058, 0.1270, 0.9134, 0.6324, 0.0975, 0.2785, 0.5469}
	for i, w := range want {
		if got := s.Float64(); math.Abs(got-w) > 5e-5 {
			t.Fatalf("draw %d: got %.4f, want %.4f", i, got, w)
		}
	}
	// The first double of the default stream, to full precision.
	if got := newTwister(0).Float64(); got != 0.8147236863931789 {
		t.Errorf("first draw %.17g", got)
	}
	// rng(2): MATLAB documents rand(1,5) starting 0.4360.
	if got := newTwister(2).Float64(); math.Abs(got-0.4360) > 5e-5 {
		t.Errorf("seed 2: got %.4f", got)
	}
}

func TestTwisterStateRoundTrip(t *testing.T) {
	s := newTwister(7)
	s.Float64()
	st := s.State()
	a := s.Float64()
	r := newTwister(0)
	if !r.SetState(st, 7) {
		t.Fatal("SetState refused a saved state")
	}
	if b := r.Float64(); a != b {
		t.Errorf("restored stream gave %v, want %v", b, a)
	}
}

func TestRandFunctions(t *testing.T) {
	mathCheck(t, []mathCase{
		{"rng(0); x = randi(10,1,5);", "double", nil, []float64{9, 10, 2, 10, 7}},
		{"rng default; x = randperm(6);", "double", nil, []float64{6, 3, 5, 1, 2, 4}},
		{"rng(0); x = randi([5 6],2,2,'int8');", "int8", nil, nil},
		{"rng(0); a = rand; s = rng; b = rand; rng(s); x = rand - b;", "double", nil, []float64{0}},
		{"rng(1); a = rand(1,3); rng(1); x = rand(1,3) - a;", "double", nil, []float64{0, 0, 0}},
		{"x = size(randn(3,2));", "double", nil, []float64{3, 2}},
		{"x = class(rand(2,'single'));", "char", nil, nil},
		{"s = rng(5); x = s.Seed;", "double", nil, []float64{0}},
		{"rng(5); s = rng; x = size(s.State);", "double", nil, []float64{625, 1}},
		{"x = numel(randperm(10,3));", "double", nil, []float64{3}},
	})
}

func TestRandErrors(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"rng(-1)", "The seed must be a nonnegative integer less than 2^32."},
		{"randi(0)", "The first input must be a positive scalar integer value IMAX, or two integer values [IMIN IMAX] with IMIN less than or equal to IMAX."},
		{"randperm(3,4)", "K must be less than or equal to N."},
		{"rng(1,'philox')", "rng: the 'philox' generator is not implemented; only 'twister' is."},
	}
	for _, tc := range cases {
		if got := mathRunError(t, tc.src); got != tc.msg {
			t.Errorf("%s: error %q, want %q", tc.src, got, tc.msg)
		}
	}
}
