package dl

import (
	"math"

	"gomat/engine"
)

// forBatches runs inference over every observation of src in its current
// order, MiniBatchSize at a time (the last batch may be smaller), and
// hands each batch's start position and output tensor to fn.
func forBatches(net *engine.Network, src MiniBatchSource, batch int, fn func(start int, out *engine.Tensor) error) error {
	in := net.InputSize()
	n := src.NumObservations()
	x := &engine.Tensor{Size: in}
	buf := make([]float32, min(batch, n)*in.Elems())
	for start := 0; start < n; start += batch {
		k := min(batch, n-start)
		idx := make([]int, k)
		for i := range idx {
			idx[i] = start + i
		}
		x.N, x.Data = k, buf[:k*in.Elems()]
		if err := src.ReadBatch(idx, in.H, in.W, in.C, x.Data); err != nil {
			return err
		}
		out, err := net.Predict(x)
		if err != nil {
			return err
		}
		if err := fn(start, out); err != nil {
			return err
		}
	}
	return nil
}

// evaluate returns the mean cross-entropy loss and the accuracy of a
// classification network on a labelled source.
func evaluate(net *engine.Network, src MiniBatchSource, batch int) (loss, acc float64, err error) {
	labels := src.Labels()
	hits := 0
	err = forBatches(net, src, batch, func(start int, out *engine.Tensor) error {
		k := out.Size.Elems()
		for i := 0; i < out.N; i++ {
			p := out.Data[i*k : (i+1)*k]
			y := labels[start+i]
			loss -= math.Log(math.Max(float64(p[y]), 1e-37))
			if argmax(p) == y {
				hits++
			}
		}
		return nil
	})
	n := float64(src.NumObservations())
	return loss / n, float64(hits) / n, err
}

// argmax returns the index of the largest value (the first on ties).
func argmax(p []float32) int {
	best := 0
	for i, v := range p {
		if v > p[best] {
			best = i
		}
	}
	return best
}
