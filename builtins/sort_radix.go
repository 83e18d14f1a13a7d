package builtins

import "math"

// Long real vectors are sorted by an LSD radix sort on the bits of their
// values: it is stable (MATLAB's sort keeps equal elements in order, which
// the index output shows) and several times faster than comparison sorts
// at the sizes where sorting takes noticeable time.

// radixMinLen is the length from which the radix sort beats a comparison
// sort (BenchmarkSortSizes: they break even near 3000 elements).
const radixMinLen = 4096

// sortKey maps a float64 to an integer with the order of MATLAB's
// ascending sort: -Inf first, -0 equal to +0, every NaN last and equal.
func sortKey(x float64) uint64 {
	switch {
	case x != x:
		return math.MaxUint64
	case x == 0:
		return 1 << 63
	}
	u := math.Float64bits(x)
	if u>>63 != 0 {
		return ^u
	}
	return u | 1<<63
}

// keyValue inverts sortKey (zeros come back as +0, NaNs as one NaN).
func keyValue(k uint64) float64 {
	switch {
	case k == math.MaxUint64:
		return math.NaN()
	case k>>63 != 0:
		return math.Float64frombits(k &^ (1 << 63))
	}
	return math.Float64frombits(^k)
}

// radixSortFloats sorts vals in place, stably, ascending or descending
// (NaN last ascending, first descending: MATLAB's sort). When perm is not
// nil it receives the 0-based position each sorted value came from.
func radixSortFloats(vals []float64, descend bool, perm []uint32) {
	n := len(vals)
	keys := make([]uint64, n)
	negZero := false
	for j, x := range vals {
		k := sortKey(x)
		if descend {
			k = ^k
		}
		keys[j] = k
		negZero = negZero || (x == 0 && math.Signbit(x))
	}
	if perm == nil {
		radixSort(keys, nil)
		if negZero {
			restoreZeroSigns(keys, vals, descend)
			return
		}
		for j, k := range keys {
			if descend {
				k = ^k
			}
			vals[j] = keyValue(k)
		}
		return
	}
	for j := range perm {
		perm[j] = uint32(j)
	}
	radixSort(keys, perm)
	src := append([]float64(nil), vals...)
	for j, i := range perm {
		vals[j] = src[i]
	}
}

// restoreZeroSigns writes the sorted values of keys into vals, giving the
// run of zeros the signs the zeros of vals had, in their original order.
func restoreZeroSigns(keys []uint64, vals []float64, descend bool) {
	var signs []bool
	for _, x := range vals {
		if x == 0 {
			signs = append(signs, math.Signbit(x))
		}
	}
	z := 0
	for j, k := range keys {
		if descend {
			k = ^k
		}
		x := keyValue(k)
		if x == 0 {
			if signs[z] {
				x = math.Copysign(0, -1)
			}
			z++
		}
		vals[j] = x
	}
}

// radixSort sorts keys ascending and stably, a byte at a time, permuting
// idx alongside when it is not nil.
func radixSort(keys []uint64, idx []uint32) {
	n := len(keys)
	if n < 2 {
		return
	}
	counts := byteCounts(keys)
	srcK, dstK := keys, make([]uint64, n)
	var srcI, dstI []uint32
	if idx != nil {
		srcI, dstI = idx, make([]uint32, n)
	}
	for p := range counts {
		c := &counts[p]
		shift := uint(8 * p)
		if c[byte(srcK[0]>>shift)] == n {
			continue // every key has the same byte here
		}
		sum := 0
		for d := range c {
			c[d], sum = sum, sum+c[d]
		}
		if srcI == nil {
			for _, k := range srcK {
				d := byte(k >> shift)
				dstK[c[d]] = k
				c[d]++
			}
		} else {
			for j, k := range srcK {
				d := byte(k >> shift)
				o := c[d]
				c[d] = o + 1
				dstK[o], dstI[o] = k, srcI[j]
			}
		}
		srcK, dstK = dstK, srcK
		srcI, dstI = dstI, srcI
	}
	if &srcK[0] != &keys[0] {
		copy(keys, srcK)
		if idx != nil {
			copy(idx, srcI)
		}
	}
}

// byteCounts counts, for each of the 8 byte positions, how many keys have
// each byte value there. Four interleaved tables keep runs of equal bytes
// from serialising on one counter.
func byteCounts(keys []uint64) [8][256]int {
	var part [8][4][256]uint32
	j := 0
	for ; j+4 <= len(keys); j += 4 {
		k0, k1, k2, k3 := keys[j], keys[j+1], keys[j+2], keys[j+3]
		for p := range part {
			s := uint(8 * p)
			part[p][0][byte(k0>>s)]++
			part[p][1][byte(k1>>s)]++
			part[p][2][byte(k2>>s)]++
			part[p][3][byte(k3>>s)]++
		}
	}
	for _, k := range keys[j:] {
		for p := range part {
			part[p][0][byte(k>>(8*p))]++
		}
	}
	var counts [8][256]int
	for p := range counts {
		for d := range counts[p] {
			counts[p][d] = int(part[p][0][d]) + int(part[p][1][d]) + int(part[p][2][d]) + int(part[p][3][d])
		}
	}
	return counts
}
