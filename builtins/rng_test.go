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

// randnDefault is MATLAB's randn(1,100) after rng default, to the four
// decimals MATLAB displays (the first 25 are the randn(5) example of its
// documentation).
var randnDefault = []float64{
	0.5377, 1.8339, -2.2588, 0.8622, 0.3188, -1.3077, -0.4336, 0.3426, 3.5784, 2.7694,
	-1.3499, 3.0349, 0.7254, -0.0631, 0.7147, -0.2050, -0.1241, 1.4897, 1.4090, 1.4172,
	0.6715, -1.2075, 0.7172, 1.6302, 0.4889, 1.0347, 0.7269, -0.3034, 0.2939, -0.7873,
	0.8884, -1.1471, -1.0689, -0.8095, -2.9443, 1.4384, 0.3252, -0.7549, 1.3703, -1.7115,
	-0.1022, -0.2414, 0.3192, 0.3129, -0.8649, -0.0301, -0.1649, 0.6277, 1.0933, 1.1093,
	-0.8637, 0.0774, -1.2141, -1.1135, -0.0068, 1.5326, -0.7697, 0.3714, -0.2256, 1.1174,
	-1.0891, 0.0326, 0.5525, 1.1006, 1.5442, 0.0859, -1.4916, -0.7423, -1.0616, 2.3505,
	-0.6156, 0.7481, -0.1924, 0.8886, -0.7648, -1.4023, -1.4224, 0.4882, -0.1774, -0.1961,
	1.4193, 0.2916, 0.1978, 1.5877, -0.8045, 0.6966, 0.8351, -0.2437, 0.2157, -1.1658,
	-1.1480, 0.1049, 0.7223, 2.5855, -0.6669, 0.1873, -0.0825, -1.9330, -0.4390, -1.7947,
}

func TestZigguratMatchesMATLAB(t *testing.T) {
	s := newTwister(0)
	for i, w := range randnDefault {
		// Draw 52 goes through the wedge test of the narrowest strip.
		if got := s.NormFloat64(); math.Abs(got-w) > 5e-5 {
			t.Fatalf("draw %d: got %.4f, want %.4f", i+1, got, w)
		}
	}
	if got := newTwister(0).NormFloat64(); math.Abs(got-0.537667139546100) > 1e-15 {
		t.Errorf("first draw %.15f, MATLAB's format long shows 0.537667139546100", got)
	}
	// rng(123456789): five values printed with %g by a MATLAB test script.
	s = newTwister(123456789)
	for i, w := range []float64{0.2265, 0.0256107, 0.0376636, 0.364848, -1.05838} {
		if got := s.NormFloat64(); math.Abs(got-w) > 5e-6*math.Max(1, math.Abs(w)) {
			t.Errorf("seed 123456789 draw %d: got %g, want %g", i+1, got, w)
		}
	}
}

func TestZigguratDistribution(t *testing.T) {
	// Over many draws the fast path, the wedges and the tail all run; the
	// sample must match the standard normal's moments and tail mass.
	s := newTwister(5)
	const n = 2_000_000
	var sum, sq float64
	tail, beyond1 := 0, 0
	for range n {
		x := s.NormFloat64()
		sum += x
		sq += x * x
		if math.Abs(x) > zigR {
			tail++
		}
		if math.Abs(x) > 1 {
			beyond1++
		}
	}
	mean, variance := sum/n, sq/n-(sum/n)*(sum/n)
	if math.Abs(mean) > 0.004 || math.Abs(variance-1) > 0.005 {
		t.Errorf("mean %g, variance %g", mean, variance)
	}
	wantTail := math.Erfc(zigR/math.Sqrt2) * n // ≈ 516
	if d := float64(tail) - wantTail; math.Abs(d) > 5*math.Sqrt(wantTail) {
		t.Errorf("%d draws beyond %g, expected %.0f", tail, zigR, wantTail)
	}
	want1 := math.Erfc(1/math.Sqrt2) * n
	if d := float64(beyond1) - want1; math.Abs(d) > 5*math.Sqrt(want1) {
		t.Errorf("%d draws beyond 1, expected %.0f", beyond1, want1)
	}
}

func TestRandpermKMatchesMATLAB(t *testing.T) {
	eq := func(a, b []float64) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	// MATLAB's randperm documentation: rng default; r1 = randperm(8,4),
	// then r2 = randperm(8,4) from the same stream.
	s := newTwister(0)
	if got := randomSelection(s, 8, 4); !eq(got, []float64{6, 4, 7, 3}) {
		t.Errorf("r1 = %v, want 6 4 7 3", got)
	}
	if got := randomSelection(s, 8, 4); !eq(got, []float64{8, 7, 5, 4}) {
		t.Errorf("r2 = %v, want 8 7 5 4", got)
	}
	// The RandStream randperm page (R2012-era): s = RandStream('mt19937ar',
	// 'Seed',0); randperm(s,6) gives 6 3 5 1 2 4, then randperm(s,10,3)
	// gives 1 8 9.
	s = newTwister(0)
	if got := randomPermutation(s, 6); !eq(got, []float64{6, 3, 5, 1, 2, 4}) {
		t.Errorf("randperm(6) = %v", got)
	}
	if got := randomSelection(s, 10, 3); !eq(got, []float64{1, 8, 9}) {
		t.Errorf("randperm(10,3) = %v, want 1 8 9", got)
	}
	mathCheck(t, []mathCase{
		{"rng default; a = randperm(8,4); x = randperm(8,4);", "double", nil, []float64{8, 7, 5, 4}},
		{"x = size(randperm(5,0));", "double", nil, []float64{1, 0}},
	})
	// Every regime (k == n, n/4 <= k < n, k < n/4) gives k distinct values
	// in 1..n.
	s = newTwister(3)
	for _, c := range [][2]int{{1, 1}, {9, 9}, {100, 100}, {100, 25}, {100, 99}, {100, 24}, {100, 1}, {1000, 30}, {3, 0}} {
		got := randomSelection(s, float64(c[0]), c[1])
		seen := map[float64]bool{}
		for _, v := range got {
			if v < 1 || v > float64(c[0]) || v != math.Trunc(v) || seen[v] {
				t.Fatalf("randperm(%d,%d) = %v", c[0], c[1], got)
			}
			seen[v] = true
		}
		if len(got) != c[1] {
			t.Fatalf("randperm(%d,%d) has %d values", c[0], c[1], len(got))
		}
	}
	// A huge n with a small k needs no n-element array.
	if got := randomSelection(newTwister(0), 1e12, 2); len(got) != 2 || got[0] == got[1] {
		t.Errorf("randperm(1e12,2) = %v", got)
	}
}
