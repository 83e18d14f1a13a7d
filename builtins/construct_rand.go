package builtins

import (
	"math"
	"sort"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "rand", Fn: randFn, Doc: "rand, rand(n), rand(m,n,...), rand([m n ...]), rand(...,'double'|'single'), rand(...,'like',p): uniform random numbers in (0,1) from the global stream"},
		{Name: "randn", Fn: randnFn, Doc: "randn, randn(n), randn(m,n,...), randn([m n ...]), randn(...,'double'|'single'), randn(...,'like',p): standard normal random numbers; MATLAB's ziggurat on the shared twister stream, so rng(seed) gives MATLAB's own values"},
		{Name: "randi", Fn: randiFn, Doc: "randi(imax), randi(imax,n), randi(imax,m,n,...), randi([imin imax],...), randi(...,classname), randi(...,'like',p): uniform random integers"},
		{Name: "randperm", Fn: randpermFn, Doc: "randperm(n), randperm(n,k): random permutation of 1:n, or k unique integers from 1:n; both give MATLAB's own values after rng"},
	})
}

// randomArray builds an array of the size and class the arguments give,
// filled by draw.
func randomArray(name string, args []value.Value, def value.Class, classOK func(value.Class) bool, draw func() float64) ([]value.Value, error) {
	spec, err := parseSizeArgs(name, args, def, classOK)
	if err != nil {
		return nil, err
	}
	a := value.NewArray(spec.class, spec.dims)
	for i := range a.Re {
		a.Re[i] = draw()
	}
	castInPlace(spec.class, a.Re)
	return []value.Value{value.FromRef(a)}, nil
}

func randFn(c *interp.Call) ([]value.Value, error) {
	s := RandStream(c.In)
	return randomArray("rand", c.Args, value.Double, floatClass, s.Float64)
}

func randnFn(c *interp.Call) ([]value.Value, error) {
	s := RandStream(c.In)
	return randomArray("randn", c.Args, value.Double, floatClass, s.NormFloat64)
}

func randiFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	lim, err := denseArg("randi", c.Args[0])
	if err != nil {
		return nil, err
	}
	lo, hi := 1.0, 0.0
	switch len(lim.Re) {
	case 1:
		hi = lim.Re[0]
	case 2:
		lo, hi = lim.Re[0], lim.Re[1]
	default:
		hi = math.NaN()
	}
	if lo != math.Trunc(lo) || hi != math.Trunc(hi) || lo > hi || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil, value.Errorf("MATLAB:randi:invalidLimits", "The first input must be a positive scalar integer value IMAX, or two integer values [IMIN IMAX] with IMIN less than or equal to IMAX.")
	}
	s := RandStream(c.In)
	span := hi - lo + 1
	out, err := randomArray("randi", c.Args[1:], value.Double, numericOrLogical, func() float64 {
		return lo + math.Floor(s.Float64()*span)
	})
	if err != nil {
		return nil, err
	}
	if cl := out[0].Class(); cl.IsInteger() {
		if l, h := cl.IntRange(); lo < l || hi > h {
			return nil, value.Errorf("MATLAB:randi:limitsOutOfRange", "IMAX must be less than or equal to intmax('%s').", cl)
		}
	}
	return out, nil
}

func randpermFn(c *interp.Call) ([]value.Value, error) {
	var n float64
	k := math.NaN()
	if err := c.Unpack("n", &n, "k?", &k); err != nil {
		return nil, err
	}
	if n < 0 || n != math.Trunc(n) || math.IsInf(n, 0) {
		return nil, value.Errorf("MATLAB:randperm:invalidN", "N must be a nonnegative integer.")
	}
	if math.IsNaN(k) {
		if err := checkArraySize(value.Dims{1, int(n)}); err != nil {
			return nil, err
		}
		return []value.Value{value.RowVector(randomPermutation(RandStream(c.In), int(n)))}, nil
	}
	if k < 0 || k != math.Trunc(k) {
		return nil, value.Errorf("MATLAB:randperm:invalidK", "K must be a nonnegative integer.")
	} else if k > n {
		return nil, value.Errorf("MATLAB:randperm:inputKTooLarge", "K must be less than or equal to N.")
	}
	if err := checkArraySize(value.Dims{1, int(k)}); err != nil {
		return nil, err
	}
	return []value.Value{value.RowVector(randomSelection(RandStream(c.In), n, int(k)))}, nil
}

// randomPermutation returns a random permutation of 1..n as randperm(n)
// orders it: the order that sorts n uniform draws (rng default;
// randperm(6) gives 6 3 5 1 2 4 in MATLAB and here).
func randomPermutation(s *Twister, n int) []float64 {
	keys := make([]float64, n)
	for i := range keys {
		keys[i] = s.Float64()
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	out := make([]float64, n)
	for i := range out {
		out[i] = float64(idx[i] + 1)
	}
	return out
}

// randomSelection returns k unique integers from 1..n as randperm(n,k)
// draws them; MATLAB's algorithm (the one its Coder emits for randperm(n,k))
// has three regimes, each taking its uniforms from the stream in order:
//
//   - k == n: an "inside-out" Fisher-Yates shuffle, n-1 draws;
//   - n/4 <= k < n: sequential selection of k values in increasing order
//     (one draw per value, compared with running inclusion probabilities),
//     each inserted into the output by an inside-out shuffle (one more draw);
//   - k < n/4: a partial Fisher-Yates on a virtual array 0..n-1 held in a
//     hash table, swapping the chosen slot with the last one, k draws.
//
// rng default; randperm(8,4) gives 6 4 7 3 and then 8 7 5 4, as MATLAB's
// documentation shows.
func randomSelection(s *Twister, nf float64, k int) []float64 {
	p := make([]float64, k)
	switch {
	case k == 0:
	case float64(k) >= nf:
		p[0] = 1
		for m := 0; m < k-1; m++ {
			j := int(math.Floor(s.Float64() * float64(m+2)))
			p[m+1] = p[j]
			p[j] = float64(m + 2)
		}
	case float64(k) >= nf/4:
		t := 0.0
		for m := 0; m < k; m++ {
			left := float64(k - m)
			denom := nf - t
			thresh := left / denom
			u := s.Float64()
			for u > thresh {
				t++
				denom--
				// The conversion keeps the compiler from fusing this into an
				// FMA, so the thresholds round as MATLAB's do.
				thresh += float64((1 - thresh) * (left / denom))
			}
			t++
			j := int(math.Floor(s.Float64() * float64(m+1)))
			p[m] = p[j]
			p[j] = t
		}
	default:
		// slot holds the virtual array's entries that differ from their index.
		slot := make(map[float64]float64, 2*k)
		at := func(i float64) float64 {
			if v, ok := slot[i]; ok {
				return v
			}
			return i
		}
		for m := 0; m < k; m++ {
			last := nf - float64(m+1)
			sel := math.Floor(s.Float64() * (last + 1))
			p[m] = at(sel) + 1
			slot[sel] = at(last)
		}
	}
	return p
}
