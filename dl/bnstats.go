package dl

import (
	"gomat/engine"
)

// finalizeBatchNorm implements BatchNormalizationStatistics 'population':
// after training, every batch-normalization layer's TrainedMean and
// TrainedVariance become the average of the batch statistics over one
// pass through the training data (a training-mode forward pass per
// mini-batch, with the moving-average weight of batch k set to 1/k), in
// place of the moving averages kept during training.
func (t *trainer) finalizeBatchNorm() error {
	var bns []*engine.BatchNormalization
	for _, l := range t.net.graph.layers {
		if bn, ok := l.eng.(*engine.BatchNormalization); ok {
			bns = append(bns, bn)
		}
	}
	if len(bns) == 0 {
		return nil
	}
	type decay struct{ mean, variance float64 }
	saved := make([]decay, len(bns))
	for i, bn := range bns {
		saved[i] = decay{bn.MeanDecay, bn.VarianceDecay}
	}
	defer func() {
		for i, bn := range bns {
			bn.MeanDecay, bn.VarianceDecay = saved[i].mean, saved[i].variance
		}
	}()
	src := t.job.src
	n := src.NumObservations()
	batch := min(t.job.opts.MiniBatchSize, n)
	size := t.net.net.InputSize()
	x := &engine.Tensor{Size: size, Data: make([]float32, batch*size.Elems())}
	k := 0
	for start := 0; start < n; start += batch {
		m := min(batch, n-start)
		idx := make([]int, m)
		for i := range idx {
			idx[i] = start + i
		}
		x.N = m
		if err := src.ReadBatch(idx, size.H, size.W, size.C, x.Data[:m*size.Elems()]); err != nil {
			return err
		}
		k++
		for _, bn := range bns {
			bn.MeanDecay, bn.VarianceDecay = 1/float64(k), 1/float64(k)
		}
		if _, err := t.net.net.Forward(&engine.Tensor{N: m, Size: size, Data: x.Data[:m*size.Elems()]}); err != nil {
			return err
		}
	}
	return nil
}
