package builtins

import "math"

// MATLAB's randn draws from the twister stream with a 256-strip ziggurat
// (Marsaglia and Tsang, 2000). Each attempt takes two 32-bit outputs a and
// b: the top byte of b picks the strip, and the remaining 53 bits (a without
// its low 3 bits, then the low 24 bits of b) give a uniform number in
// [-1, 1). With the strip table below this reproduces MATLAB's numbers
// exactly (rng default; randn → 0.5377, 1.8339, -2.2588, …; the 100 values
// in testdata/golden/math/randn_default.m).
const (
	zigStrips = 256
	// zigR is where the tail begins: the right edge of the widest strip.
	zigR = 3.6541528853610088
)

// zigTable holds the strip edges x[0] = 0 < x[1] < … < x[255] = zigR and
// x[256] = v/f(zigR), the width of the base strip's rectangle of equal
// area v; ratio[k] = x[k]/x[k+1] is the fast-accept bound of strip k and
// f[k] = exp(-x[k]²/2).
var zigTable = func() (t struct{ x, ratio, f [zigStrips + 1]float64 }) {
	density := func(x float64) float64 { return math.Exp(-x * x / 2) }
	v := zigR*density(zigR) + math.Sqrt(math.Pi/2)*math.Erfc(zigR/math.Sqrt2)
	t.x[zigStrips] = v / density(zigR)
	t.x[zigStrips-1] = zigR
	for k := zigStrips - 2; k > 0; k-- {
		t.x[k] = math.Sqrt(-2 * math.Log(v/t.x[k+1]+density(t.x[k+1])))
	}
	for k := range t.x {
		t.f[k] = density(t.x[k])
		if k < zigStrips {
			t.ratio[k] = t.x[k] / t.x[k+1]
		}
	}
	return t
}()

// zigDraw takes two outputs of the stream and splits them into a strip
// index and a uniform number in [-1, 1), as MATLAB's randn does.
func (t *Twister) zigDraw() (strip int, u float64) {
	a, b := t.Uint32(), t.Uint32()
	m := float64(a>>3)*(1<<24) + float64(b&0xffffff)
	return int(b >> 24), 2*m/(1<<53) - 1
}

// zigUniform returns a uniform number in (0, 1) drawn the same way, for
// the wedge and tail tests.
func (t *Twister) zigUniform() float64 {
	for {
		if _, u := t.zigDraw(); u != -1 {
			return (u + 1) / 2
		}
	}
}

// NormFloat64 returns the next standard normal number of the stream,
// MATLAB's randn.
func (t *Twister) NormFloat64() float64 {
	zt := &zigTable
	for {
		k, u := t.zigDraw()
		if math.Abs(u) < zt.ratio[k] {
			return u * zt.x[k+1]
		}
		if k == zigStrips-1 {
			return math.Copysign(zigR+t.zigTail(), u)
		}
		x := u * zt.x[k+1]
		if zt.f[k+1]+t.zigUniform()*(zt.f[k]-zt.f[k+1]) < math.Exp(-x*x/2) {
			return x
		}
	}
}

// zigTail returns how far beyond zigR a draw from the normal tail lies
// (Marsaglia's exponential rejection).
func (t *Twister) zigTail() float64 {
	for {
		x := -math.Log(t.zigUniform()) / zigR
		y := -math.Log(t.zigUniform())
		if y+y >= x*x {
			return x
		}
	}
}
