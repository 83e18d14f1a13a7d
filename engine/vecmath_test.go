package engine

import (
	"math"
	"math/rand"
	"reflect"
	"testing"
)

// TestVecKernelsComplete checks that no kernel set leaves a kernel out.
func TestVecKernelsComplete(t *testing.T) {
	for _, k := range []vecKernels{goKernels, vec} {
		v := reflect.ValueOf(k)
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.Func && f.IsNil() {
				t.Errorf("%s kernels lack %s", k.name, v.Type().Field(i).Name)
			}
		}
	}
}

// vecInputs mixes random values over the range that matters with the
// special ones: zeros, denormals, the clamp edges, huge values, ±Inf, NaN.
func vecInputs(n int) []float32 {
	rng := rand.New(rand.NewSource(3))
	special := []float32{0, float32(math.Copysign(0, -1)), 1e-30, -1e-30, 1e-40, -1e-40,
		87.9, 88, 88.1, 89, -87.9, -88, -88.1, -89, 100, -100, 1e30, -1e30,
		math.MaxFloat32, -math.MaxFloat32, float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN())}
	x := append([]float32(nil), special...)
	for len(x) < n {
		switch len(x) % 3 {
		case 0:
			x = append(x, float32(rng.NormFloat64()*4))
		case 1:
			x = append(x, float32((rng.Float64()*2-1)*100))
		default:
			x = append(x, float32(rng.Float64()*2-1))
		}
	}
	return x
}

// sigmoid64 and friends are the float64 truths.
func sigmoid64(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// closeTo reports whether got is within tol·scale of want, treating NaN
// and infinities as equal only to themselves; below 1e-30 (where exp
// saturates) only the absolute error counts.
func closeTo(got float32, want, scale, tol float64) bool {
	g := float64(got)
	if math.IsNaN(want) || math.IsInf(want, 0) {
		return math.IsNaN(g) && math.IsNaN(want) || g == want
	}
	return math.Abs(g-want) <= tol*scale+1e-30
}

// ulp32 is float32's relative precision.
const ulp32 = 1.0 / (1 << 23)

// TestVecKernelsAccuracy checks each kernel set (the portable one and the
// CPU's) against float64 math, including saturation at large |x| and the
// special values, on lengths that exercise the vector tails.
func TestVecKernelsAccuracy(t *testing.T) {
	xs := vecInputs(4000)
	rng := rand.New(rand.NewSource(4))
	dy := make([]float32, len(xs))
	for i := range dy {
		dy[i] = float32(rng.NormFloat64())
	}
	for _, k := range []vecKernels{goKernels, vec} {
		for _, n := range []int{0, 1, 5, 8, 13, 31, len(xs)} {
			x, g := xs[:n], dy[:n]
			y := make([]float32, n)
			k.swish(y, x)
			for i, v := range x {
				want := float64(v) * sigmoid64(float64(v))
				if math.IsInf(float64(v), -1) {
					want = 0 // the limit, not −Inf·0
				}
				if !closeTo(y[i], want, math.Abs(want), 3*ulp32) {
					t.Fatalf("%s swish(%g) = %g, want %g", k.name, v, y[i], want)
				}
			}
			k.sigmoid(y, x)
			for i, v := range x {
				want := sigmoid64(float64(v))
				if math.IsInf(float64(v), 0) && math.IsNaN(float64(y[i])) {
					t.Fatalf("%s sigmoid(%g) is NaN", k.name, v)
				}
				if !closeTo(y[i], want, math.Abs(want), 3*ulp32) {
					t.Fatalf("%s sigmoid(%g) = %g, want %g", k.name, v, y[i], want)
				}
			}
			k.swishBack(y, x, g)
			for i, v := range x {
				xv, s := float64(v), sigmoid64(float64(v))
				want := float64(g[i]) * s * (xv*(1-s) + 1)
				scale := math.Abs(float64(g[i])) * s * (math.Abs(xv)*(1-s) + 1)
				if math.IsInf(xv, 0) {
					want, scale = float64(g[i])*s, 0 // the limits 0 and dy
				}
				if !closeTo(y[i], want, scale, 6*ulp32) {
					t.Fatalf("%s swishBack(%g, %g) = %g, want %g", k.name, v, g[i], y[i], want)
				}
			}
			s := make([]float32, n)
			for i, v := range x {
				s[i] = float32(sigmoid64(float64(v)))
			}
			k.sigmoidBack(y, s, g)
			for i, v := range s {
				want := float64(g[i]) * float64(v) * (1 - float64(v))
				if !closeTo(y[i], want, math.Abs(want), 3*ulp32) {
					t.Fatalf("%s sigmoidBack(%g, %g) = %g, want %g", k.name, v, g[i], y[i], want)
				}
			}
		}
	}
}

// TestVecRowKernels checks the per-channel affine kernels on channel
// counts with and without a vector tail.
func TestVecRowKernels(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, k := range []vecKernels{goKernels, vec} {
		for _, c := range []int{1, 3, 8, 13, 16, 24, 37} {
			for _, rows := range []int{0, 1, 4} {
				x := make([]float32, rows*c)
				a, b := make([]float32, c), make([]float32, c)
				for i := range x {
					x[i] = float32(rng.NormFloat64() * 3)
				}
				for i := range a {
					a[i], b[i] = float32(rng.NormFloat64()), float32(rng.NormFloat64())
				}
				y := make([]float32, len(x)+1)
				y[len(x)] = 42
				k.affine(y[:len(x)], x, a, b)
				for i, v := range x {
					want := float64(v)*float64(a[i%c]) + float64(b[i%c])
					scale := math.Abs(float64(v)*float64(a[i%c])) + math.Abs(float64(b[i%c]))
					if !closeTo(y[i], want, scale, 2*ulp32) {
						t.Fatalf("%s affine c=%d: y[%d] = %g, want %g", k.name, c, i, y[i], want)
					}
				}
				k.affineSwish(y[:len(x)], x, a, b)
				for i, v := range x {
					z := float64(v)*float64(a[i%c]) + float64(b[i%c])
					scale := math.Abs(float64(v)*float64(a[i%c])) + math.Abs(float64(b[i%c]))
					if !closeTo(y[i], z*sigmoid64(z), scale, 4*ulp32) {
						t.Fatalf("%s affineSwish c=%d: y[%d] = %g, want %g", k.name, c, i, y[i], z*sigmoid64(z))
					}
				}
				dy := make([]float32, len(x))
				for i := range dy {
					dy[i] = float32(rng.NormFloat64())
				}
				k.affineSwishBack(y[:len(x)], x, dy, a, b)
				for i, v := range x {
					z := float64(v)*float64(a[i%c]) + float64(b[i%c])
					s := sigmoid64(z)
					want := float64(dy[i]) * s * (z*(1-s) + 1)
					scale := math.Abs(float64(dy[i])) * (1 + math.Abs(float64(v*a[i%c])) + math.Abs(float64(b[i%c])))
					if !closeTo(y[i], want, scale, 8*ulp32) {
						t.Fatalf("%s affineSwishBack c=%d: y[%d] = %g, want %g", k.name, c, i, y[i], want)
					}
				}
				k.combine(y[:len(x)], dy, x, a, b, a)
				for i, v := range x {
					ch := i % c
					want := float64(a[ch])*float64(dy[i]) + float64(b[ch])*float64(v) + float64(a[ch])
					scale := math.Abs(float64(a[ch]*dy[i])) + math.Abs(float64(b[ch]*v)) + math.Abs(float64(a[ch]))
					if !closeTo(y[i], want, scale, 3*ulp32) {
						t.Fatalf("%s combine c=%d: y[%d] = %g, want %g", k.name, c, i, y[i], want)
					}
				}
				s0, s1 := make([]float32, c+1), make([]float32, c+1)
				s0[c], s1[c] = 42, 42
				copy(s0, a)
				k.colSums(s0[:c], s1[:c], x, dy, b, a)
				for ch := 0; ch < c; ch++ {
					w0, w1, scale := float64(a[ch]), 0.0, 0.0
					for r := 0; r < rows; r++ {
						d := float64(x[r*c+ch]) - float64(b[ch])
						w0 += d
						w1 += d * (float64(dy[r*c+ch]) - float64(a[ch]))
						scale += math.Abs(d * (float64(dy[r*c+ch]) - float64(a[ch])))
					}
					if !closeTo(s0[ch], w0, 10+math.Abs(w0), 8*ulp32) || !closeTo(s1[ch], w1, scale, 8*ulp32) {
						t.Fatalf("%s colSums c=%d: %g, %g, want %g, %g", k.name, c, s0[ch], s1[ch], w0, w1)
					}
				}
				copy(s0, b)
				k.colAdd(s0[:c], x)
				for ch := 0; ch < c; ch++ {
					w, scale := float64(b[ch]), math.Abs(float64(b[ch]))
					for r := 0; r < rows; r++ {
						w += float64(x[r*c+ch])
						scale += math.Abs(float64(x[r*c+ch]))
					}
					if !closeTo(s0[ch], w, scale, 4*ulp32) {
						t.Fatalf("%s colAdd c=%d: %g, want %g", k.name, c, s0[ch], w)
					}
				}
				if s0[c] != 42 || s1[c] != 42 {
					t.Fatalf("%s colSums c=%d wrote past the end", k.name, c)
				}
				if y[len(x)] != 42 {
					t.Fatalf("%s c=%d rows=%d wrote past the end", k.name, c, rows)
				}
			}
		}
	}
}

// TestVecKernelsAgree checks that the CPU's kernels give the portable
// results to within a few ulps, so results do not depend on the machine.
func TestVecKernelsAgree(t *testing.T) {
	t.Logf("kernels in use: %s", vec.name)
	x := vecInputs(2000)
	dy := vecInputs(2001)[1:]
	a, b := make([]float32, len(x)), make([]float32, len(x))
	check := func(what string) {
		for i := range x {
			scale := math.Abs(float64(a[i]))
			if what == "swishBack" { // x·(1−s) + 1 cancels near x = −1.28
				scale = math.Abs(float64(dy[i])) * min(1+math.Abs(float64(x[i])), 2)
			}
			if !closeTo(b[i], float64(a[i]), scale, 4*ulp32) {
				t.Fatalf("%s %s(%g) = %g, portable %g", vec.name, what, x[i], b[i], a[i])
			}
		}
	}
	goKernels.swish(a, x)
	vec.swish(b, x)
	check("swish")
	goKernels.sigmoid(a, x)
	vec.sigmoid(b, x)
	check("sigmoid")
	goKernels.swishBack(a, x, dy)
	vec.swishBack(b, x, dy)
	check("swishBack")
}

// TestVecFinite checks the NaN/Inf scan at every position of short and
// long buffers.
func TestVecFinite(t *testing.T) {
	for _, k := range []vecKernels{goKernels, vec} {
		for _, n := range []int{0, 1, 7, 8, 9, 31, 32, 33, 100} {
			x := make([]float32, n)
			for i := range x {
				x[i] = float32(i) * 1e30
			}
			if !k.finite(x) {
				t.Fatalf("%s: finite values reported as non-finite (n=%d)", k.name, n)
			}
			for i := range x {
				for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
					v := x[i]
					x[i] = float32(bad)
					if k.finite(x) {
						t.Fatalf("%s: %g at %d of %d not found", k.name, bad, i, n)
					}
					x[i] = v
				}
			}
		}
	}
}

// BenchmarkVecAffineSwish measures the fused normalise+swish pass on a
// buffer that fits in L2 (96 channels × 256 rows) and on one that does not.
func BenchmarkVecAffineSwish(b *testing.B) {
	for _, rows := range []int{256, 1 << 14} {
		const c = 96
		x, y := vecInputs(rows*c), make([]float32, rows*c)
		a, o := make([]float32, c), make([]float32, c)
		for i := range a {
			a[i], o[i] = 0.5, 0.1
		}
		b.Run(map[int]string{256: "L2", 1 << 14: "DRAM"}[rows], func(b *testing.B) {
			b.SetBytes(int64(8 * len(x)))
			for b.Loop() {
				vec.affineSwish(y, x, a, o)
			}
		})
	}
}
