package dl

import (
	"math"

	"gomat/engine"
)

// inputLayer returns the graph's image input layer, or nil.
func (g *LayerGraph) inputLayer() *Layer {
	for _, l := range g.layers {
		if l.cls == imageInputClass {
			return l
		}
	}
	return nil
}

// needsStats reports whether training must compute the input layer's
// normalization statistics: it normalises and either
// ResetInputNormalization is set or the statistics are missing.
func needsStats(in *engine.ImageInput, reset bool) bool {
	switch in.Normalization {
	case "zerocenter":
		return reset || in.Mean == nil
	case "zscore":
		return reset || in.Mean == nil || in.StandardDeviation == nil
	}
	return false
}

// channelStats computes the per-channel mean and standard deviation of
// every training image at the input size, as MATLAB's 'auto'
// NormalizationDimension does before training.
func channelStats(src MiniBatchSource, s engine.Size, batch int) (mean, std []float32, err error) {
	n := src.NumObservations()
	sum := make([]float64, s.C)
	sq := make([]float64, s.C)
	buf := make([]float32, min(batch, n)*s.Elems())
	for start := 0; start < n; start += batch {
		k := min(batch, n-start)
		idx := make([]int, k)
		for i := range idx {
			idx[i] = start + i
		}
		x := buf[:k*s.Elems()]
		if err := src.ReadBatch(idx, s.H, s.W, s.C, x); err != nil {
			return nil, nil, err
		}
		for i, v := range x {
			c := i % s.C
			sum[c] += float64(v)
			sq[c] += float64(v) * float64(v)
		}
	}
	count := float64(n * s.H * s.W)
	mean = make([]float32, s.C)
	std = make([]float32, s.C)
	for c := range mean {
		m := sum[c] / count
		v := math.Max(sq[c]/count-m*m, 0)
		mean[c] = float32(m)
		std[c] = float32(math.Sqrt(v))
		if std[c] == 0 {
			std[c] = 1
		}
	}
	return mean, std, nil
}

// withStats returns the graph with its input layer replaced by a copy
// holding the given statistics.
func (g *LayerGraph) withStats(mean, std []float32) (*LayerGraph, error) {
	in := g.inputLayer()
	c := in.clone()
	e := c.eng.(*engine.ImageInput)
	e.Mean = mean
	if e.Normalization == "zscore" {
		e.StandardDeviation = std
	}
	return g.replace(in.Name(), []*Layer{c})
}
