//go:build !amd64

package vec64

// taps is Taps after its checks: the Go version.
func taps(dst, src, w []float64, off []int) { tapsGeneric(dst, src, w, off) }
