package builtins

import "testing"

func TestIsPrimeMatchesTrialDivision(t *testing.T) {
	trial := func(n int) bool {
		if n < 2 {
			return false
		}
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				return false
			}
		}
		return true
	}
	for n := 0; n < 200000; n++ {
		if got := isPrime(float64(n)); got != trial(n) {
			t.Fatalf("isPrime(%d) = %v", n, got)
		}
	}
	// Large cases: primes and Carmichael or strong-pseudoprime composites.
	for _, c := range []struct {
		n     float64
		prime bool
	}{
		{2147483647, true}, {9007199254740881, true}, {1e15 + 37, true},
		{3215031751, false},
		{1 << 53, false}, {561, false}, {1e15 + 39, false},
	} {
		if got := isPrime(c.n); got != c.prime {
			t.Errorf("isPrime(%.0f) = %v, want %v", c.n, got, c.prime)
		}
	}
}
