package builtins

import (
	"math"
	"runtime"
	"sync"
)

// Long real vectors are sorted by an LSD radix sort on the bits of their
// values: it is stable (MATLAB's sort keeps equal elements in order, which
// the index output shows) and several times faster than comparison sorts
// at the sizes where sorting takes noticeable time.

// radixMinLen is the length from which the radix sort beats a comparison
// sort.
const radixMinLen = 256

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
// idx alongside when it is not nil. Long inputs are split into one chunk
// per core: each pass counts the chunks' digits in parallel, and each
// chunk then scatters its keys to its own share of every bucket, which
// keeps the sort stable.
func radixSort(keys []uint64, idx []uint32) {
	n := len(keys)
	if n < 2 {
		return
	}
	var all [8][256]int
	for _, k := range keys {
		for p := range all {
			all[p][byte(k>>(8*p))]++
		}
	}
	chunks := 1
	if n >= radixParallelLen {
		chunks = min(runtime.GOMAXPROCS(0), 8)
	}
	bounds := make([]int, chunks+1)
	for t := range bounds {
		bounds[t] = n * t / chunks
	}
	offsets := make([][256]int, chunks)
	srcK, dstK := keys, make([]uint64, n)
	var srcI, dstI []uint32
	if idx != nil {
		srcI, dstI = idx, make([]uint32, n)
	}
	for p := range all {
		shift := uint(8 * p)
		if all[p][byte(srcK[0]>>shift)] == n {
			continue // every key has the same byte here
		}
		parallelChunks(chunks, func(t int) {
			c := &offsets[t]
			*c = [256]int{}
			for _, k := range srcK[bounds[t]:bounds[t+1]] {
				c[byte(k>>shift)]++
			}
		})
		sum := 0
		for d := range 256 {
			for t := range offsets {
				offsets[t][d], sum = sum, sum+offsets[t][d]
			}
		}
		parallelChunks(chunks, func(t int) {
			scatterDigit(srcK, srcI, dstK, dstI, bounds[t], bounds[t+1], shift, &offsets[t])
		})
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

// radixParallelLen is the length from which radixSort uses every core.
const radixParallelLen = 1 << 16

// scatterDigit moves keys lo..hi-1 (and their indices) to their buckets by
// the byte at shift, advancing the chunk's bucket offsets c. Keys gather
// in a small buffer per bucket and move out a cache line at a time, which
// spares the scattered writes most of their cache and TLB misses.
func scatterDigit(srcK []uint64, srcI []uint32, dstK []uint64, dstI []uint32, lo, hi int, shift uint, c *[256]int) {
	const line = 8
	var bufK [256][line]uint64
	var fill [256]uint8
	if srcI == nil {
		for _, k := range srcK[lo:hi] {
			d := byte(k >> shift)
			f := fill[d]
			bufK[d][f&(line-1)] = k
			if f == line-1 {
				o := c[d]
				copy(dstK[o:o+line], bufK[d][:])
				c[d] = o + line
				f = 255
			}
			fill[d] = f + 1
		}
		for d := range fill {
			o := c[d]
			copy(dstK[o:o+int(fill[d])], bufK[d][:fill[d]])
		}
		return
	}
	var bufI [256][line]uint32
	for j := lo; j < hi; j++ {
		k := srcK[j]
		d := byte(k >> shift)
		f := fill[d]
		bufK[d][f&(line-1)], bufI[d][f&(line-1)] = k, srcI[j]
		if f == line-1 {
			o := c[d]
			copy(dstK[o:o+line], bufK[d][:])
			copy(dstI[o:o+line], bufI[d][:])
			c[d] = o + line
			f = 255
		}
		fill[d] = f + 1
	}
	for d := range fill {
		o := c[d]
		copy(dstK[o:o+int(fill[d])], bufK[d][:fill[d]])
		copy(dstI[o:o+int(fill[d])], bufI[d][:fill[d]])
	}
}

// parallelChunks runs f(0..chunks-1), concurrently when there are several.
func parallelChunks(chunks int, f func(t int)) {
	if chunks == 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for t := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(t)
		}()
	}
	wg.Wait()
}
