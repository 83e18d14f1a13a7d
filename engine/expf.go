package engine

import "math"

// expf is a float32 exp accurate to about 2 ulp, several times faster than
// math.Exp: e^x = 2^n·e^r with n = round(x/ln2) and a degree-6 polynomial
// for e^r on |r| ≤ ln2/2. Inputs are clamped to ±88 so the result stays
// finite and positive.
func expf(x float32) float32 {
	if x > 88 {
		x = 88
	} else if x < -88 {
		x = -88
	}
	const log2e = 1.44269504088896341
	// Adding and subtracting 1.5·2²³ rounds to the nearest integer.
	n := (x*log2e + 12582912) - 12582912
	// r = x − n·ln2 in two steps (Cody–Waite) to keep it exact.
	r := x - n*0.693359375
	r -= n * -2.12194440e-4
	p := float32(1.0 / 720)
	p = p*r + 1.0/120
	p = p*r + 1.0/24
	p = p*r + 1.0/6
	p = p*r + 0.5
	p = p*r + 1
	p = p*r + 1
	return p * math.Float32frombits(uint32(int32(n)+127)<<23)
}

// sigmoidf is 1/(1+e^−x).
func sigmoidf(x float32) float32 { return 1 / (1 + expf(-x)) }
