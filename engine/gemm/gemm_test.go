package gemm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"testing"
)

// gemmCase is one Sgemm call to check: shape, transposes, row-stride
// padding of A, B and C, and the scalars.
type gemmCase struct {
	m, n, k        int
	transA, transB bool
	padA, padB     int
	padC           int
	alpha, beta    float32
}

func (tc gemmCase) String() string {
	return fmt.Sprintf("m%d_n%d_k%d_tA%v_tB%v_pad%d.%d.%d_a%g_b%g", tc.m, tc.n, tc.k, tc.transA, tc.transB, tc.padA, tc.padB, tc.padC, tc.alpha, tc.beta)
}

// sentinel marks C's stride padding, which Sgemm must leave alone.
const sentinel = float32(-12345)

// randMatrix returns a rows×cols matrix with row stride cols+pad, values in
// [-1, 1) and the padding set to sentinel.
func randMatrix(r *rand.Rand, rows, cols, pad int) ([]float32, int) {
	ld := cols + pad
	x := make([]float32, max(0, rows*ld))
	for i := range x {
		if i%ld < cols {
			x[i] = 2*r.Float32() - 1
		} else {
			x[i] = sentinel
		}
	}
	return x, max(1, ld)
}

// check runs tc with the active kernel and compares every element of C with
// a float64 reference, within a rounding bound that grows with k.
func check(t *testing.T, r *rand.Rand, tc gemmCase) {
	t.Helper()
	ar, ac := tc.m, tc.k
	if tc.transA {
		ar, ac = ac, ar
	}
	br, bc := tc.k, tc.n
	if tc.transB {
		br, bc = bc, br
	}
	a, lda := randMatrix(r, ar, ac, tc.padA)
	b, ldb := randMatrix(r, br, bc, tc.padB)
	c, ldc := randMatrix(r, tc.m, tc.n, tc.padC)
	if tc.beta == 0 {
		for i := range c {
			if i%ldc < tc.n {
				c[i] = float32(math.NaN())
			}
		}
	}
	at := func(i, p int) float64 {
		if tc.transA {
			return float64(a[p*lda+i])
		}
		return float64(a[i*lda+p])
	}
	bt := func(p, j int) float64 {
		if tc.transB {
			return float64(b[j*ldb+p])
		}
		return float64(b[p*ldb+j])
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
			w := float64(tc.alpha) * s
			mag := math.Abs(float64(tc.alpha)) * sa
			if tc.beta != 0 {
				cv := float64(c[i*ldc+j])
				w += float64(tc.beta) * cv
				mag += math.Abs(float64(tc.beta) * cv)
			}
			want[i*tc.n+j] = w
			bound[i*tc.n+j] = 2*float64(tc.k+3)*0x1p-24*mag + 1e-30
		}
	}
	Sgemm(tc.transA, tc.transB, tc.m, tc.n, tc.k, tc.alpha, a, lda, b, ldb, tc.beta, c, ldc)
	bad := 0
	for i := 0; i < tc.m; i++ {
		for j := 0; j < ldc && i*ldc+j < len(c); j++ {
			got := c[i*ldc+j]
			if j >= tc.n {
				if got != sentinel {
					t.Fatalf("%v: padding C[%d][%d] changed to %g", tc, i, j, got)
				}
				continue
			}
			if d := math.Abs(float64(got) - want[i*tc.n+j]); !(d <= bound[i*tc.n+j]) {
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

// withKernels runs f once for every kernel this CPU supports, including the
// pure-Go one, restoring the default afterwards.
func withKernels(t *testing.T, f func(t *testing.T)) {
	saved := active
	defer func() { active = saved }()
	for _, kn := range supportedKernels() {
		active = kn
		t.Run(kn.name, f)
	}
}

// cases returns fixed edge shapes and random ones, over all transposes.
func cases(r *rand.Rand) []gemmCase {
	shapes := [][3]int{
		{0, 0, 0}, {0, 5, 3}, {4, 0, 3}, {3, 4, 0}, {1, 1, 1}, {1, 17, 1}, {17, 1, 1},
		{5, 7, 3}, {6, 16, 8}, {14, 32, 9}, {7, 17, 33}, {13, 31, 2}, {15, 33, 65},
		{29, 65, 40}, {43, 48, 257}, {300, 20, 7}, {250, 40, 600}, {3, 2100, 5},
		{9, 24, 20}, {8, 40, 11}, {50, 8, 300}, {60, 56, 70},
	}
	scalars := [][2]float32{{1, 0}, {1, 1}, {-0.5, 2}, {2.5, 0}}
	var cs []gemmCase
	for i, s := range shapes {
		for tr := 0; tr < 4; tr++ {
			sc := scalars[(i+tr)%len(scalars)]
			cs = append(cs, gemmCase{m: s[0], n: s[1], k: s[2], transA: tr&1 != 0, transB: tr&2 != 0,
				padA: (i + tr) % 3, padB: (i * tr) % 4, padC: (i + 2*tr) % 3, alpha: sc[0], beta: sc[1]})
		}
	}
	// Reused untransposed A whose stride aliases in L1 is packed, not read
	// in place.
	cs = append(cs, gemmCase{m: 20, n: 150, k: 40, padA: aliasBytes/4 - 40, alpha: 1, beta: 0.5},
		gemmCase{m: 13, n: 140, k: 7, padA: 2*aliasBytes/4 - 7, transB: true, alpha: -1, beta: 0})
	for i := 0; i < 60; i++ {
		sc := scalars[r.IntN(len(scalars))]
		cs = append(cs, gemmCase{m: 1 + r.IntN(70), n: 1 + r.IntN(70), k: 1 + r.IntN(300),
			transA: r.IntN(2) == 1, transB: r.IntN(2) == 1,
			padA: r.IntN(5), padB: r.IntN(5), padC: r.IntN(5), alpha: sc[0], beta: sc[1]})
	}
	return cs
}

func TestSgemm(t *testing.T) {
	withKernels(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(1, 2))
		for _, tc := range cases(r) {
			check(t, r, tc)
		}
	})
}

// TestSgemmParallel forces more goroutines than cores so that products are
// split along m and along n into several strips.
func TestSgemmParallel(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	withKernels(t, func(t *testing.T) {
		r := rand.New(rand.NewPCG(3, 4))
		for _, tc := range []gemmCase{
			{m: 257, n: 130, k: 300, alpha: 1, beta: 0},
			{m: 301, n: 67, k: 410, transA: true, padA: 3, padC: 1, alpha: -2, beta: 0.5},
			{m: 7, n: 900, k: 700, transB: true, padB: 2, alpha: 1, beta: 1},
			{m: 33, n: 333, k: 999, transA: true, transB: true, alpha: 0.5, beta: 0},
		} {
			check(t, r, tc)
		}
	})
}

func TestSgemmScaleOnly(t *testing.T) {
	nan := float32(math.NaN())
	c := []float32{1, 2, 9, 3, nan, 9}
	Sgemm(false, false, 2, 2, 0, 1, nil, 1, nil, 2, 2, c, 3)
	if c[0] != 2 || c[1] != 4 || c[2] != 9 || c[3] != 6 || !math.IsNaN(float64(c[4])) || c[5] != 9 {
		t.Fatalf("beta=2, k=0: got %v", c)
	}
	Sgemm(false, false, 2, 2, 1, 0, []float32{1, 1}, 1, []float32{1, 1}, 2, 0, c, 3)
	if c[0] != 0 || c[1] != 0 || c[3] != 0 || c[4] != 0 || c[2] != 9 {
		t.Fatalf("alpha=0, beta=0: got %v", c)
	}
}

func TestSgemmPanicsOnShortSlices(t *testing.T) {
	for name, f := range map[string]func(){
		"A": func() {
			Sgemm(false, false, 2, 2, 2, 1, make([]float32, 3), 2, make([]float32, 4), 2, 0, make([]float32, 4), 2)
		},
		"ldb": func() {
			Sgemm(false, true, 2, 2, 3, 1, make([]float32, 6), 3, make([]float32, 6), 2, 0, make([]float32, 4), 2)
		},
		"C": func() {
			Sgemm(true, false, 2, 2, 2, 1, make([]float32, 4), 2, make([]float32, 4), 2, 0, make([]float32, 3), 2)
		},
		"size": func() { Sgemm(false, false, -1, 2, 2, 1, nil, 2, nil, 2, 0, nil, 2) },
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

// TestSgemmNoAllocs checks that warmed-up calls, serial and parallel, do not
// allocate.
func TestSgemmNoAllocs(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	for _, s := range [][3]int{{24, 20, 16}, {192, 160, 144}} {
		m, n, k := s[0], s[1], s[2]
		a, b, c := make([]float32, m*k), make([]float32, k*n), make([]float32, m*n)
		for _, tr := range []bool{false, true} {
			lda, ldb := k, n
			if tr {
				lda, ldb = m, k
			}
			f := func() { Sgemm(tr, tr, m, n, k, 1, a, lda, b, ldb, 0, c, n) }
			f()
			if allocs := testing.AllocsPerRun(20, f); allocs != 0 {
				t.Errorf("%d×%d×%d trans=%v: %v allocations per call", m, n, k, tr, allocs)
			}
		}
	}
}

func TestCopyRows(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, s := range [][4]int{{1, 1, 1, 1}, {3, 2, 6, 5}, {4, 16, 16, 20}, {5, 13, 16, 13}, {2, 0, 4, 3}, {7, 8, 8, 8}, {3, 37, 40, 50}} {
		n, w, dw, ldx := s[0], s[1], s[2], s[3]
		x := make([]float32, (n-1)*ldx+w)
		for i := range x {
			x[i] = r.Float32()
		}
		dst := make([]float32, n*dw)
		for i := range dst {
			dst[i] = sentinel
		}
		copyRows(dst, x, n, w, dw, ldx)
		for p := 0; p < n; p++ {
			for q := 0; q < dw; q++ {
				want := float32(0)
				if q < w {
					want = x[p*ldx+q]
				}
				if got := dst[p*dw+q]; got != want {
					t.Fatalf("n=%d w=%d dw=%d ldx=%d: dst[%d][%d] = %g, want %g", n, w, dw, ldx, p, q, got, want)
				}
			}
		}
	}
}

// TestSgemmConcurrent runs independent products from several goroutines at
// once, as layers of different models may, and checks that calls sharing
// the worker pool do not disturb each other. Work is split along m or n,
// never k, so every result must match a lone call's bit for bit.
func TestSgemmConcurrent(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(3))
	const calls, m, n, k = 4, 90, 70, 999
	r := rand.New(rand.NewPCG(7, 8))
	type operands struct{ a, b, want, got []float32 }
	ops := make([]operands, calls)
	for i := range ops {
		a, _ := randMatrix(r, m, k, 0)
		b, _ := randMatrix(r, k, n, 0)
		ops[i] = operands{a, b, make([]float32, m*n), make([]float32, m*n)}
		lda := k
		if i%2 == 1 {
			lda = m
		}
		Sgemm(i%2 == 1, false, m, n, k, 1, a, lda, b, n, 0, ops[i].want, n)
	}
	done := make(chan int)
	for i := range ops {
		go func() {
			lda := k
			if i%2 == 1 {
				lda = m
			}
			for range 3 {
				Sgemm(i%2 == 1, false, m, n, k, 1, ops[i].a, lda, ops[i].b, n, 0, ops[i].got, n)
			}
			done <- i
		}()
	}
	for range ops {
		i := <-done
		for j, v := range ops[i].got {
			if v != ops[i].want[j] {
				t.Fatalf("call %d: C[%d] = %g concurrently, %g alone", i, j, v, ops[i].want[j])
			}
		}
	}
}
