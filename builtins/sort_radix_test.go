package builtins

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestRadixSortMatchesStableSort(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	specials := []float64{math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), -1, 1, 5e-324, -5e-324, math.MaxFloat64}
	for _, n := range []int{0, 1, 2, 300, 5000} {
		for _, descend := range []bool{false, true} {
			x := make([]float64, n)
			for i := range x {
				switch r.IntN(4) {
				case 0:
					x[i] = specials[r.IntN(len(specials))]
				case 1:
					x[i] = float64(r.IntN(7) - 3) // many ties
				default:
					x[i] = r.NormFloat64() * math.Pow(10, float64(r.IntN(20)-10))
				}
			}
			gotV, perm := append([]float64(nil), x...), make([]uint32, n)
			radixSortFloats(gotV, descend, perm)
			onlyV := append([]float64(nil), x...)
			radixSortFloats(onlyV, descend, nil)
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			slices.SortStableFunc(want, func(a, b int) int {
				return compareMATLAB(x[a], x[b], descend)
			})
			for j := range want {
				w := x[want[j]]
				if int(perm[j]) != want[j] || math.Float64bits(gotV[j]) != math.Float64bits(w) {
					t.Fatalf("n=%d descend=%v: position %d holds x[%d]=%v, want x[%d]=%v", n, descend, j, perm[j], gotV[j], want[j], w)
				}
				if o := onlyV[j]; math.Float64bits(o) != math.Float64bits(w) && !(o != o && w != w) {
					t.Fatalf("n=%d descend=%v, values only: position %d holds %v, want %v", n, descend, j, o, w)
				}
			}
		}
	}
}

// compareMATLAB orders two values as MATLAB's sort: NaN last ascending and
// first descending, -0 equal to 0.
func compareMATLAB(a, b float64, descend bool) int {
	an, bn := a != a, b != b
	switch {
	case an && bn:
		return 0
	case an != bn:
		if an != descend {
			return 1
		}
		return -1
	case a == b:
		return 0
	case (a < b) != descend:
		return -1
	}
	return 1
}

func BenchmarkSortMillion(b *testing.B) {
	x := make([]float64, 1_000_000)
	for i := range x {
		x[i] = float64((i+1)*7919%1000003) / 1000003
	}
	out := make([]float64, len(x))
	b.Run("radix", func(b *testing.B) {
		for b.Loop() {
			copy(out, x)
			radixSortFloats(out, false, nil)
		}
	})
	b.Run("radix-perm", func(b *testing.B) {
		perm := make([]uint32, len(x))
		for b.Loop() {
			copy(out, x)
			radixSortFloats(out, false, perm)
		}
	})
	b.Run("pdq", func(b *testing.B) {
		for b.Loop() {
			copy(out, x)
			slices.Sort(out)
		}
	})
}

func BenchmarkSortSizes(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		x := make([]float64, n)
		for i := range x {
			x[i] = float64((i+1)*7919%1000003) / 1000003
		}
		out := make([]float64, n)
		b.Run(fmt.Sprintf("radix-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(out, x)
				radixSortFloats(out, false, nil)
			}
		})
		b.Run(fmt.Sprintf("pdq-%d", n), func(b *testing.B) {
			for b.Loop() {
				copy(out, x)
				slices.Sort(out)
			}
		})
	}
}
