package gemm

import (
	"math"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
)

// dsentinel marks C's stride padding, which Dgemm must leave alone.
const dsentinel = -12345.0

// drandMatrix is randMatrix for float64.
func drandMatrix(r *rand.Rand, rows, cols, pad int) ([]float64, int) {
	ld := cols + pad
	x := make([]float64, max(0, rows*ld))
	for i := range x {
		if i%ld < cols {
			x[i] = 2*r.Float64() - 1
		} else {
			x[i] = dsentinel
		}
	}
	return x, max(1, ld)
}

// dcheck runs tc through Dgemm with the active float64 kernel and compares
// every element of C with a naive float64 reference, within a rounding
// bound that grows with k, and checks C's padding is untouched.
func dcheck(t *testing.T, r *rand.Rand, tc gemmCase) {
	t.Helper()
	alpha, beta := float64(tc.alpha), float64(tc.beta)
	ar, ac := tc.m, tc.k
	if tc.transA {
		ar, ac = ac, ar
	}
	br, bc := tc.k, tc.n
	if tc.transB {
		br, bc = bc, br
	}
	a, lda := drandMatrix(r, ar, ac, tc.padA)
	b, ldb := drandMatrix(r, br, bc, tc.padB)
	c, ldc := drandMatrix(r, tc.m, tc.n, tc.padC)
	if beta == 0 {
		for i := range c {
			if i%ldc < tc.n {
				c[i] = math.NaN()
			}
		}
	}
	at := func(i, p int) float64 {
		if tc.transA {
			return a[p*lda+i]
		}
		return a[i*lda+p]
	}
	bt := func(p, j int) float64 {
		if tc.transB {
			return b[j*ldb+p]
		}
		return b[p*ldb+j]
	}
	want := make([]float64, tc.m*tc.n)
	bound := make([]float64, tc.m*tc.n)
	for i := 0; i < tc.m; i++ {
		for j := 0; j < tc.n; j++ {
			var s, sa float64
			for p := 0; p < tc.k; p++ {
				s += at(i, p) * bt(p, j)
				sa += math.Abs(at(i, p) * bt(p, j))
			}
			w := alpha * s
			mag := math.Abs(alpha) * sa
			if beta != 0 {
				cv := c[i*ldc+j]
				w += beta * cv
				mag += math.Abs(beta * cv)
			}
			want[i*tc.n+j] = w
			bound[i*tc.n+j] = 4*float64(tc.k+3)*0x1p-53*mag + 1e-300
		}
	}
	Dgemm(tc.transA, tc.transB, tc.m, tc.n, tc.k, alpha, a, lda, b, ldb, beta, c, ldc)
	bad := 0
	for i := 0; i < tc.m; i++ {
		for j := 0; j < ldc && i*ldc+j < len(c); j++ {
			got := c[i*ldc+j]
			if j >= tc.n {
				if got != dsentinel {
					t.Fatalf("%v: padding C[%d][%d] changed to %g", tc, i, j, got)
				}
				continue
			}
			if d := math.Abs(got - want[i*tc.n+j]); !(d <= bound[i*tc.n+j]) {
				if bad++; bad <= 3 {
					t.Errorf("%v: C[%d][%d] = %g, want %g (bound %g)", tc, i, j, got, want[i*tc.n+j], bound[i*tc.n+j])
				}
			}
		}
	}
	if bad > 3 {
		t.Fatalf("%v: %d wrong elements", tc, bad)
	}
}

// withDKernels runs f once for every float64 kernel this CPU supports,
// including the pure-Go one, restoring the default afterwards.
func withDKernels(t *testing.T, f func(t *testing.T)) {
	saved := dactive
	defer func() { dactive = saved }()
	for _, kn := range dsupportedKernels() {
		dactive = kn
		t.Run(kn.name, f)
	}
}

func TestDgemm(t *testing.T) {
	withDKernels(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(1, 2))
		cs := cases(r)
		// Strides that alias in L1 for float64 (2 KiB apart), so reused
		// untransposed A is packed rather than read in place.
		cs = append(cs, gemmCase{m: 20, n: 150, k: 40, padA: aliasBytes/8 - 40, alpha: 1, beta: 0.5},
			gemmCase{m: 13, n: 140, k: 7, padA: 2*aliasBytes/8 - 7, transB: true, alpha: -1, beta: 0},
			gemmCase{m: 130, n: 300, k: 600, padA: 1, padB: 2, padC: 3, alpha: 0.5, beta: -1},
			gemmCase{m: 125, n: 2100, k: 20, transA: true, alpha: 1, beta: 0})
		for _, tc := range cs {
			dcheck(t, r, tc)
		}
	})
}

// TestDgemmParallel forces more goroutines than cores so that products are
// split along m and along n into several strips.
func TestDgemmParallel(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	withDKernels(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(3, 4))
		for _, tc := range []gemmCase{
			{m: 257, n: 130, k: 300, alpha: 1, beta: 0},
			{m: 301, n: 67, k: 410, transA: true, padA: 3, padC: 1, alpha: -2, beta: 0.5},
			{m: 7, n: 900, k: 700, transB: true, padB: 2, alpha: 1, beta: 1},
			{m: 33, n: 333, k: 999, transA: true, transB: true, alpha: 0.5, beta: 0},
			{m: 1100, n: 90, k: 50, alpha: 1, beta: 0},
		} {
			dcheck(t, r, tc)
		}
	})
}

func TestDgemmScaleOnly(t *testing.T) {
	nan := math.NaN()
	c := []float64{1, 2, 9, 3, nan, 9}
	Dgemm(false, false, 2, 2, 0, 1, nil, 1, nil, 2, 2, c, 3)
	if c[0] != 2 || c[1] != 4 || c[2] != 9 || c[3] != 6 || !math.IsNaN(c[4]) || c[5] != 9 {
		t.Fatalf("beta=2, k=0: got %v", c)
	}
	Dgemm(false, false, 2, 2, 1, 0, []float64{1, 1}, 1, []float64{1, 1}, 2, 0, c, 3)
	if c[0] != 0 || c[1] != 0 || c[3] != 0 || c[4] != 0 || c[2] != 9 {
		t.Fatalf("alpha=0, beta=0: got %v", c)
	}
}

func TestDgemmPanicsOnShortSlices(t *testing.T) {
	for name, f := range map[string]func(){
		"A": func() {
			Dgemm(false, false, 2, 2, 2, 1, make([]float64, 3), 2, make([]float64, 4), 2, 0, make([]float64, 4), 2)
		},
		"ldb": func() {
			Dgemm(false, true, 2, 2, 3, 1, make([]float64, 6), 3, make([]float64, 6), 2, 0, make([]float64, 4), 2)
		},
		"C": func() {
			Dgemm(true, false, 2, 2, 2, 1, make([]float64, 4), 2, make([]float64, 4), 2, 0, make([]float64, 3), 2)
		},
		"size": func() { Dgemm(false, false, -1, 2, 2, 1, nil, 2, nil, 2, 0, nil, 2) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

// TestDgemmNoAllocs checks that warmed-up calls, serial and parallel, do
// not allocate.
func TestDgemmNoAllocs(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	for _, s := range [][3]int{{24, 20, 16}, {192, 160, 144}, {300, 300, 300}} {
		m, n, k := s[0], s[1], s[2]
		a, b, c := make([]float64, m*k), make([]float64, k*n), make([]float64, m*n)
		for _, tr := range []bool{false, true} {
			lda, ldb := k, n
			if tr {
				lda, ldb = m, k
			}
			f := func() { Dgemm(tr, tr, m, n, k, 1, a, lda, b, ldb, 0, c, n) }
			f()
			if allocs := testing.AllocsPerRun(20, f); allocs != 0 {
				t.Errorf("%d×%d×%d trans=%v: %v allocations per call", m, n, k, tr, allocs)
			}
		}
	}
}

// TestDgemmConcurrent runs independent products from several goroutines at
// once, sharing the worker pool.
func TestDgemmConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(uint64(g), 9))
			for i := 0; i < 5; i++ {
				dcheck(t, r, gemmCase{m: 100 + 37*g, n: 120 + 11*i, k: 90 + g*i, transA: i%2 == 1, alpha: 1, beta: 0.5})
			}
		}(g)
	}
	wg.Wait()
}

// TestDgemmPackedMatchesInPlace checks that a kernel's loop for packed
// operands gives bit-for-bit the results of its strided loop, by running
// each product with reused A packed and with it read in place.
func TestDgemmPackedMatchesInPlace(t *testing.T) {
	saved := dactive
	defer func() { dactive = saved }()
	if !dactive.packA {
		t.Skipf("kernel %s reads A in place", dactive.name)
	}
	r := rand.New(rand.NewPCG(5, 6))
	for _, s := range [][3]int{{97, 130, 301}, {200, 75, 1027}, {13, 300, 5}} {
		m, n, k := s[0], s[1], s[2]
		a, lda := drandMatrix(r, m, k, 3)
		b, ldb := drandMatrix(r, k, n, 1)
		var got [2][]float64
		for i, packA := range []bool{true, false} {
			dactive.packA = packA
			got[i] = make([]float64, m*n)
			Dgemm(false, false, m, n, k, 1.5, a, lda, b, ldb, 0, got[i], n)
		}
		for i := range got[0] {
			if math.Float64bits(got[0][i]) != math.Float64bits(got[1][i]) {
				t.Fatalf("%d×%d×%d: C[%d] = %v packed, %v in place", m, n, k, i, got[0][i], got[1][i])
			}
		}
	}
}
