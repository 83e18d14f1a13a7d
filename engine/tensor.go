package engine

import "fmt"

// Size is the per-sample size of an activation: height, width and channels.
// Fully connected outputs are 1×1×K.
type Size struct{ H, W, C int }

// Elems is the number of values in one sample of this size.
func (s Size) Elems() int { return s.H * s.W * s.C }

// String formats the size the way MATLAB prints activation sizes.
func (s Size) String() string { return fmt.Sprintf("%d×%d×%d", s.H, s.W, s.C) }

// Tensor is a batch of N samples of Size stored NHWC in Data
// (index ((n·H + h)·W + w)·C + c).
type Tensor struct {
	N    int
	Size Size
	Data []float32
}

// NewTensor allocates a zeroed N×H×W×C tensor.
func NewTensor(n int, s Size) *Tensor {
	return &Tensor{N: n, Size: s, Data: make([]float32, n*s.Elems())}
}

// Sample returns the slice holding sample i.
func (t *Tensor) Sample(i int) []float32 {
	e := t.Size.Elems()
	return t.Data[i*e : (i+1)*e]
}

// reshape gives the tensor n samples of size s, reusing its storage when it
// is large enough; this is what keeps steady-state iterations allocation-free.
func (t *Tensor) reshape(n int, s Size) {
	t.N, t.Size = n, s
	need := n * s.Elems()
	if cap(t.Data) < need {
		t.Data = make([]float32, need)
	}
	t.Data = t.Data[:need]
}

// growF32 returns buf resized to n values, reallocating only when its
// capacity is too small. Contents are unspecified.
func growF32(buf []float32, n int) []float32 {
	if cap(buf) < n {
		return make([]float32, n)
	}
	return buf[:n]
}

// growF64 is growF32 for float64 scratch.
func growF64(buf []float64, n int) []float64 {
	if cap(buf) < n {
		return make([]float64, n)
	}
	return buf[:n]
}

// clear32 zeroes a slice.
func clear32(x []float32) {
	for i := range x {
		x[i] = 0
	}
}
