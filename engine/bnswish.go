package engine

// bnSwish runs a batch normalization and the swish after it as one layer,
// in two passes over the normalization's input x instead of four:
// statistics, then swish(a·x + b) (one pass in inference). Backward
// recomputes a·x + b rather than keeping the normalised activations, which
// saves one activation buffer per pair in training. Compile substitutes it
// for such pairs (see Network.fuseBatchNormSwish); it is never in a graph.
type bnSwish struct {
	bn      *BatchNormalization
	scratch []float32 // dz when the input gradient is not wanted
}

// Name returns the batch normalization's name.
func (l *bnSwish) Name() string { return l.bn.Name() }

// Kind returns "batchNormalizationSwish".
func (l *bnSwish) Kind() string { return "batchNormalizationSwish" }

// NumInputs returns 1.
func (l *bnSwish) NumInputs() int { return 1 }

// Setup passes the size through; the batch normalization is already set up.
func (l *bnSwish) Setup(in []Size, _ RandSource) (Size, error) { return passSize(in) }

// Learnables returns the batch normalization's Offset and Scale.
func (l *bnSwish) Learnables() []*Param { return l.bn.Learnables() }

// States returns the batch normalization's trained statistics.
func (l *bnSwish) States() []*Param { return l.bn.States() }

// Forward computes swish(a·x + b) with the normalization's per-channel map.
func (l *bnSwish) Forward(c *Context, in []*Tensor, out *Tensor) error {
	bn := l.bn
	bn.statistics(c, in[0].Data)
	bn.task.rows(bnAffineSwish, out.Data, in[0].Data, nil, bn.a, bn.b, nil)
	return nil
}

// Backward computes dz = dy·swish′(a·x + b) into the input gradient with
// the normalization's sums over dz in the same pass, then the
// normalization's gradients and the input gradient in place.
func (l *bnSwish) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	bn, x := l.bn, in[0].Data
	var dz []float32
	if dIn[0] != nil {
		dz = dIn[0].Data
	} else {
		l.scratch = growF32(l.scratch, len(x))
		dz = l.scratch
	}
	bn.task.swishBackSums(dz, x, dOut.Data, bn.a, bn.b, bn.mean)
	bn.gradients(len(x) / bn.c)
	if dIn[0] != nil {
		bn.task.rows(bnCombine, dz, x, dz, bn.k0, bn.k1, bn.k2)
	}
	return nil
}
