package builtins

import (
	"gomat/lang/interp"
)

// The Mersenne Twister MT19937 parameters (Matsumoto and Nishimura, 1998).
const (
	mtN         = 624
	mtM         = 397
	mtMatrixA   = 0x9908b0df
	mtUpperMask = 0x80000000
	mtLowerMask = 0x7fffffff
	mtInitMul   = 1812433253
	// mtDefaultSeed is the seed MT19937's reference code uses when none is
	// given; MATLAB's seed 0 means it.
	mtDefaultSeed = 5489
)

// Twister is a session's global random stream: MT19937, as MATLAB's
// default 'twister' generator, so that rng(0); rand gives MATLAB's numbers.
type Twister struct {
	mt   [mtN]uint32
	mti  int
	seed uint32
}

// newTwister returns a stream seeded as rng(seed) seeds it.
func newTwister(seed uint32) *Twister {
	t := &Twister{}
	t.Seed(seed)
	return t
}

// Seed re-initialises the stream as rng(seed) does; seed 0 stands for the
// reference generator's default seed 5489.
func (t *Twister) Seed(seed uint32) {
	t.seed = seed
	s := seed
	if s == 0 {
		s = mtDefaultSeed
	}
	t.mt[0] = s
	for i := 1; i < mtN; i++ {
		p := t.mt[i-1]
		t.mt[i] = mtInitMul*(p^(p>>30)) + uint32(i)
	}
	t.mti = mtN
}

// Uint32 returns the next 32-bit output of the generator (genrand_int32).
func (t *Twister) Uint32() uint32 {
	if t.mti >= mtN {
		t.refill()
	}
	y := t.mt[t.mti]
	t.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// refill generates the next block of mtN words.
func (t *Twister) refill() {
	mag := [2]uint32{0, mtMatrixA}
	for k := range mtN {
		y := t.mt[k]&mtUpperMask | t.mt[(k+1)%mtN]&mtLowerMask
		t.mt[k] = t.mt[(k+mtM)%mtN] ^ y>>1 ^ mag[y&1]
	}
	t.mti = 0
}

// Float64 returns a uniform number in (0,1) with 53-bit resolution, as
// MATLAB's rand does (genrand_res53: (a·2^26 + b)/2^53 with a and b the top
// 27 and 26 bits of two outputs). Zero is skipped, as rand never returns it.
func (t *Twister) Float64() float64 {
	for {
		a := float64(t.Uint32() >> 5)
		b := float64(t.Uint32() >> 6)
		if x := (a*67108864 + b) / 9007199254740992; x != 0 {
			return x
		}
	}
}

// State returns the generator state as s.State holds it: the 624 state
// words followed by the position in them.
func (t *Twister) State() []uint32 {
	s := make([]uint32, mtN+1)
	copy(s, t.mt[:])
	s[mtN] = uint32(t.mti)
	return s
}

// SetState restores a state returned by State; ok is false when s is not
// one.
func (t *Twister) SetState(s []uint32, seed uint32) bool {
	if len(s) != mtN+1 || s[mtN] > mtN {
		return false
	}
	copy(t.mt[:], s)
	t.mti = int(s[mtN])
	t.seed = seed
	return true
}

// rngKey keys the session's random stream in interp.State.
type rngKey struct{}

// RandStream returns the session's global random stream, the one rand,
// randn, randi, randperm and rng use, for other packages (deep learning
// weight initialisation and shuffling) to draw from.
func RandStream(in *interp.Interp) *Twister {
	return in.State(rngKey{}, func() any { return newTwister(0) }).(*Twister)
}
