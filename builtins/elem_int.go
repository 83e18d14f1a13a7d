package builtins

import (
	"math"
	"math/bits"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "gcd", Fn: intPairFn("gcd", gcdReal), Doc: "gcd(a,b), [g,u,v] = gcd(a,b): element-wise greatest common divisor of integers (nonnegative), with Bézout coefficients a.*u + b.*v = g"},
		{Name: "lcm", Fn: intPairFn("lcm", lcmReal), Doc: "lcm(a,b): element-wise least common multiple of positive integers"},
		{Name: "primes", Fn: primesFn, Doc: "primes(n): row vector of the primes less than or equal to n"},
		{Name: "isprime", Fn: isprimeFn, Doc: "isprime(x): element-wise test for prime nonnegative integers"},
		{Name: "factorial", Fn: factorialFn, Doc: "factorial(n): element-wise n! of nonnegative integers (Inf beyond 170 for double)"},
		{Name: "nchoosek", Fn: nchoosekFn, Doc: "nchoosek(n,k): binomial coefficient; nchoosek(v,k): all combinations of the elements of v taken k at a time, one per row"},
	})
}

// intPairFn builds gcd and lcm, which need integer-valued arguments.
func intPairFn(name string, f func(a, b float64) float64) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var a, b value.Value
		if err := c.Unpack("a", &a, "b", &b); err != nil {
			return nil, err
		}
		for _, v := range []value.Value{a, b} {
			xs, err := value.ToFloat64(v)
			if err != nil {
				return nil, undefinedFor(name, v)
			}
			for _, x := range xs {
				if x != math.Trunc(x) || math.IsInf(x, 0) {
					return nil, value.Errorf("MATLAB:"+name+":NonIntInputs", "Inputs must be real integers.")
				}
			}
		}
		if name != "gcd" || c.Nargout < 2 {
			return oneResult(binaryReal(name, a, b, f))
		}
		out := make([]value.Value, 3)
		for k := range out {
			r, err := binaryReal(name, a, b, func(x, y float64) float64 { return bezout(x, y)[k] })
			if err != nil {
				return nil, err
			}
			out[k] = r
		}
		return out, nil
	}
}

// bezout is MATLAB's extended Euclidean algorithm: g = gcd(a,b) and the
// coefficients u, v with a·u + b·v = g.
func bezout(a, b float64) [3]float64 {
	u := [3]float64{1, 0, math.Abs(a)}
	v := [3]float64{0, 1, math.Abs(b)}
	for v[2] != 0 {
		q := math.Floor(u[2] / v[2])
		t := [3]float64{u[0] - q*v[0], u[1] - q*v[1], u[2] - q*v[2]}
		u, v = v, t
	}
	return [3]float64{u[2], u[0] * signReal(a), u[1] * signReal(b)}
}

// gcdReal is Euclid's algorithm on integer-valued floats.
func gcdReal(a, b float64) float64 {
	a, b = math.Abs(a), math.Abs(b)
	for b != 0 {
		a, b = b, math.Mod(a, b)
	}
	return a
}

// lcmReal is |a·b|/gcd(a,b), 0 when either is 0.
func lcmReal(a, b float64) float64 {
	if a == 0 || b == 0 {
		return 0
	}
	return math.Abs(a / gcdReal(a, b) * b)
}

func primesFn(c *interp.Call) ([]value.Value, error) {
	var nv value.Value
	if err := c.Unpack("n", &nv); err != nil {
		return nil, err
	}
	a, err := scalarOperand("primes", nv)
	if err != nil {
		return nil, value.Errorf("MATLAB:primes:InputNotScalar", "Input must be a scalar.")
	}
	n := math.Floor(a.Re[0])
	if n > 1<<31 {
		return nil, errMaxSize()
	}
	var ps []float64
	if n >= 2 {
		composite := make([]bool, int(n)+1)
		for i := 2; i <= int(n); i++ {
			if composite[i] {
				continue
			}
			ps = append(ps, float64(i))
			for j := i * i; j <= int(n); j += i {
				composite[j] = true
			}
		}
	}
	if ps == nil {
		ps = []float64{}
	}
	return []value.Value{newResult(unaryClass(a.Class()), value.Dims{1, len(ps)}, ps, nil)}, nil
}

// isPrime tests an integer-valued float by trial division.
func isPrime(x float64) bool {
	if x < 2 {
		return false
	}
	if x >= 1<<53 {
		return false // every double from flintmax up is even
	}
	n := uint64(x)
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	return millerRabin(n)
}

// millerRabin tests an odd n > 37 for primality; with the first twelve
// primes as bases the test is exact for every 64-bit n.
func millerRabin(n uint64) bool {
	d, r := n-1, 0
	for d%2 == 0 {
		d /= 2
		r++
	}
	mulMod := func(a, b uint64) uint64 {
		hi, lo := bits.Mul64(a, b)
		_, rem := bits.Div64(hi, lo, n)
		return rem
	}
	powMod := func(a, e uint64) uint64 {
		x := uint64(1)
		for ; e > 0; e >>= 1 {
			if e&1 == 1 {
				x = mulMod(x, a)
			}
			a = mulMod(a, a)
		}
		return x
	}
	for _, a := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		x := powMod(a, d)
		if x == 1 || x == n-1 {
			continue
		}
		composite := true
		for range r - 1 {
			if x = mulMod(x, x); x == n-1 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

func isprimeFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	a, err := denseArg("isprime", x)
	if err != nil {
		return nil, err
	}
	out := value.NewArray(value.Logical, a.Size().Clone())
	for i, v := range a.Re {
		if v < 0 || v != math.Trunc(v) || math.IsInf(v, 0) || a.Im != nil {
			return nil, value.Errorf("MATLAB:isprime:InputNotPosInt", "All entries must be real, nonnegative integers.")
		}
		if isPrime(v) {
			out.Re[i] = 1
		}
	}
	return []value.Value{value.FromRef(out)}, nil
}

func factorialFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("n", &x); err != nil {
		return nil, err
	}
	a, err := denseArg("factorial", x)
	if err != nil {
		return nil, err
	}
	re := make([]float64, len(a.Re))
	for i, v := range a.Re {
		if v < 0 || v != math.Trunc(v) || a.Im != nil {
			return nil, value.Errorf("MATLAB:factorial:NNegativeInt", "N must be an array of real non-negative integers.")
		}
		re[i] = math.Round(math.Gamma(v + 1))
		if v > 170 {
			re[i] = math.Inf(1)
		}
	}
	return []value.Value{newResult(unaryClass(a.Class()), a.Size(), re, nil)}, nil
}

func nchoosekFn(c *interp.Call) ([]value.Value, error) {
	var nv value.Value
	var k int
	if err := c.Unpack("n", &nv, "k", &k); err != nil {
		return nil, err
	}
	a, err := denseArg("nchoosek", nv)
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, value.Errorf("MATLAB:nchoosek:InvalidArg2", "K must be an integer between 0 and N.")
	}
	if len(a.Re) == 1 {
		n := a.Re[0]
		if n < 0 || n != math.Trunc(n) {
			return nil, value.Errorf("MATLAB:nchoosek:InvalidArg1", "N must be a real non-negative integer.")
		}
		if float64(k) > n {
			return nil, value.Errorf("MATLAB:nchoosek:KOutOfRange", "K must be an integer between 0 and N.")
		}
		r := binomial(n, float64(k))
		if r > 9007199254740992 {
			c.In.Warn("MATLAB:nchoosek:LargeCoefficient", "Result may not be exact. Coefficient is greater than 9.007199e+15 and is only accurate to 15 digits")
		}
		return []value.Value{newResult(unaryClass(a.Class()), value.Dims{1, 1}, []float64{r}, nil)}, nil
	}
	return []value.Value{combinations(a, k)}, nil
}

// binomial computes n choose k with a product that stays exact while the
// result fits in a double's integers.
func binomial(n, k float64) float64 {
	k = math.Min(k, n-k)
	r := 1.0
	for i := 1.0; i <= k; i++ {
		r = r * (n - k + i) / i
	}
	return math.Round(r)
}

// combinations lists the k-element combinations of the elements of a, in
// lexicographic order of positions, one per row.
func combinations(a *value.Array, k int) value.Value {
	n := len(a.Re)
	var rows [][]int
	if k <= n {
		idx := make([]int, k)
		for i := range idx {
			idx[i] = i
		}
		for {
			rows = append(rows, append([]int(nil), idx...))
			i := k - 1
			for i >= 0 && idx[i] == n-k+i {
				i--
			}
			if i < 0 {
				break
			}
			idx[i]++
			for j := i + 1; j < k; j++ {
				idx[j] = idx[j-1] + 1
			}
		}
	}
	m := len(rows)
	re := make([]float64, m*k)
	var im []float64
	if a.Im != nil {
		im = make([]float64, m*k)
	}
	for r, row := range rows {
		for j, p := range row {
			re[j*m+r] = a.Re[p]
			if im != nil {
				im[j*m+r] = a.Im[p]
			}
		}
	}
	return value.FromRef(value.NewArrayFrom(a.Class(), value.Dims{m, k}, re, im))
}
