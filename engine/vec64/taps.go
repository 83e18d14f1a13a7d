// Package vec64 holds float64 vector kernels for the interpreter's numeric
// builtins, in assembly where the CPU allows and in Go elsewhere.
package vec64

// Taps adds to each dst[d] the terms w[t]·src[d+off[t]] for t = 0, 1, …,
// len(w)-1 in that order, rounding every product and every sum (no fused
// multiply-add), so that dst ends exactly as after len(w) axpy passes
// dst += w[t]·src[off[t]:off[t]+len(dst)]. A block of dst stays in
// registers while the taps run, so dst is read and written once. It panics
// unless len(off) == len(w) and every src[d+off[t]] is in range.
func Taps(dst, src, w []float64, off []int) {
	if len(off) != len(w) {
		panic("vec64: Taps needs one offset per weight")
	}
	if len(dst) == 0 || len(w) == 0 {
		return
	}
	for _, o := range off {
		if o < 0 || o > len(src)-len(dst) {
			panic("vec64: Taps offset out of range")
		}
	}
	taps(dst, src, w, off)
}

// tapsGeneric is Taps in Go, without the checks: each tap in turn, the
// conversion keeping the compiler from fusing the multiply into the add.
func tapsGeneric(dst, src, w []float64, off []int) {
	for t, wt := range w {
		s := src[off[t] : off[t]+len(dst)]
		for d, x := range s {
			dst[d] += float64(wt * x)
		}
	}
}
