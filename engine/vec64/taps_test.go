package vec64

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/floats"
)

// TestTapsMatchesGeneric checks Taps bit for bit against tapsGeneric and
// against plain axpy passes, over lengths that exercise every block width
// and the single rows, odd offsets, and special values.
func TestTapsMatchesGeneric(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	special := []float64{0, math.Copysign(0, -1), math.Inf(1), math.NaN(), 1e308, 5e-324}
	for _, n := range []int{1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 255, 511, 1000} {
		for _, ntaps := range []int{1, 2, 3, 9, 49} {
			src := make([]float64, n+3*ntaps+7)
			for i := range src {
				src[i] = rng.NormFloat64() * math.Exp(8*rng.NormFloat64())
				if rng.IntN(50) == 0 {
					src[i] = special[rng.IntN(len(special))]
				}
			}
			w := make([]float64, ntaps)
			off := make([]int, ntaps)
			for i := range w {
				w[i] = rng.NormFloat64()
				off[i] = rng.IntN(len(src) - n + 1)
			}
			dst := make([]float64, n)
			for i := range dst {
				dst[i] = rng.NormFloat64()
			}
			want := append([]float64(nil), dst...)
			tapsGeneric(want, src, w, off)
			axpy := append([]float64(nil), dst...)
			for k := range w {
				for d := range axpy {
					axpy[d] += float64(w[k] * src[d+off[k]])
				}
			}
			Taps(dst, src, w, off)
			for d := range dst {
				if math.Float64bits(dst[d]) != math.Float64bits(want[d]) || math.Float64bits(dst[d]) != math.Float64bits(axpy[d]) {
					t.Fatalf("n=%d taps=%d: dst[%d] = %v, generic %v, axpy %v", n, ntaps, d, dst[d], want[d], axpy[d])
				}
			}
		}
	}
}

// TestTapsPanics checks the argument checks.
func TestTapsPanics(t *testing.T) {
	for _, c := range []struct {
		name string
		off  []int
	}{{"negative", []int{-1}}, {"past end", []int{5}}, {"count", []int{0, 0}}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", c.name)
				}
			}()
			Taps(make([]float64, 4), make([]float64, 8), []float64{1}, c.off)
		}()
	}
}

// BenchmarkTaps measures 512 rows and a 7×7 kernel's 49 taps, the inner
// step of conv2 on the anchor benchmark, against the same work done one
// tap at a time by tapsGeneric and by gonum's floats.AddScaled.
func BenchmarkTaps(b *testing.B) {
	const n, ntaps = 512, 49
	src := make([]float64, 8*n)
	w := make([]float64, ntaps)
	off := make([]int, ntaps)
	for i := range src {
		src[i] = float64(i%255) / 255
	}
	for i := range w {
		w[i] = 1.0 / 49
		off[i] = (i/7)*n + 6 - i%7
	}
	dst := make([]float64, n)
	b.Run("asm", func(b *testing.B) {
		b.SetBytes(8 * n * ntaps)
		for b.Loop() {
			Taps(dst, src, w, off)
		}
	})
	b.Run("generic", func(b *testing.B) {
		b.SetBytes(8 * n * ntaps)
		for b.Loop() {
			tapsGeneric(dst, src, w, off)
		}
	})
	b.Run("addscaled", func(b *testing.B) {
		b.SetBytes(8 * n * ntaps)
		for b.Loop() {
			for t, wt := range w {
				floats.AddScaled(dst, wt, src[off[t]:off[t]+n])
			}
		}
	})
}
