package engine

import "math"

// expf is a float32 exp accurate to about 1 ulp: e^x = 2^n·e^r with
// n = round(x/ln2), r = x − n·ln2 (Cody–Waite, two steps) and the Cephes
// minimax polynomial e^r ≈ 1 + r + r²·P(r) on |r| ≤ ln2/2. It saturates:
// +Inf above ln(MaxFloat32), 0 below about −87.3 (results under 2^−125
// flush to zero); NaN stays NaN. The assembly kernels in vecmath_amd64.s
// compute the same steps.
func expf(x float32) float32 {
	if x > 89 {
		x = 89
	} else if x < -88 {
		x = -88
	}
	const log2e = 1.44269504088896341
	n := float32(math.RoundToEven(float64(x * log2e)))
	r := x - n*0.693359375
	r -= n * -2.12194440e-4
	p := float32(1.9875691500e-4)
	p = p*r + 1.3981999507e-3
	p = p*r + 8.3334519073e-3
	p = p*r + 4.1665795894e-2
	p = p*r + 1.6666665459e-1
	p = p*r + 5.0000001201e-1
	p = p*(r*r) + r + 1
	if n != n {
		return n
	}
	// 2^n as 2·2^(n−1), so that n = 128 (x just below the overflow
	// threshold) stays representable.
	e := max(int32(n)+126, 0)
	return (p + p) * math.Float32frombits(uint32(e)<<23)
}

// sigmoidf is 1/(1+e^−x): 0 at −Inf, 1 at +Inf.
func sigmoidf(x float32) float32 { return 1 / (1 + expf(-x)) }

// swishf is x·σ(x) computed as x/(1+e^−x), with x clamped below at
// −MaxFloat32 so that it saturates to −0 (not NaN) at −Inf.
func swishf(x float32) float32 {
	return max(x, -math.MaxFloat32) / (1 + expf(-x))
}

// swishGradf is d swish/dx = s·(x·(1−s) + 1) with s = σ(x), 1−s taken as
// e^−x·s (capped at 1, which also covers e^−x = Inf) to keep its precision
// when s is near 1, and x clamped to ±MaxFloat32 so that the gradient is 0
// at −Inf and 1 at +Inf.
func swishGradf(x float32) float32 {
	e := expf(-x)
	s := 1 / (1 + e)
	oms := e * s
	if !(oms <= 1) {
		oms = 1
	}
	x = min(max(x, -math.MaxFloat32), math.MaxFloat32)
	return s * (x*oms + 1)
}
