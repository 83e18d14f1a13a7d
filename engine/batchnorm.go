package engine

import (
	"errors"
	"math"
)

// BatchNormalization is MATLAB's batchNormalizationLayer. In training it
// normalises each channel with the batch mean and (biased) variance over
// N·H·W and updates the moving statistics
//
//	TrainedMean     = (1−MeanDecay)·TrainedMean + MeanDecay·batchMean
//	TrainedVariance = (1−VarianceDecay)·TrainedVariance + VarianceDecay·batchVar·M/(M−1)
//
// (the unbiased batch variance, M = N·H·W, as PyTorch does); in inference it
// uses the trained statistics. Scale, Offset, TrainedMean and
// TrainedVariance have one value per channel.
type BatchNormalization struct {
	base
	// Epsilon is added to the variance (0 means MATLAB's default 1e-5).
	Epsilon float64
	// MeanDecay and VarianceDecay weight the batch statistics in the moving
	// averages (0 means MATLAB's default 0.1).
	MeanDecay, VarianceDecay float64
	// Scale, Offset, TrainedMean and TrainedVariance may be set before
	// compiling; left nil they start at 1, 0, 0 and 1.
	Scale, Offset, TrainedMean, TrainedVariance *Param `json:"-"`

	c            int
	eps          float64
	mean, invstd []float32 // statistics used by the last forward pass
	a, b         []float32 // y = a·x + b per channel
	k0, k1, k2   []float32 // backward coefficients
	trained      bool      // last forward used batch statistics
	task         bnTask
	learning     []*Param
}

// Kind returns "batchNormalization".
func (l *BatchNormalization) Kind() string { return "batchNormalization" }

// NumInputs returns 1.
func (l *BatchNormalization) NumInputs() int { return 1 }

// Learnables returns Offset and Scale.
func (l *BatchNormalization) Learnables() []*Param { return l.learning }

// States returns TrainedMean and TrainedVariance.
func (l *BatchNormalization) States() []*Param {
	return []*Param{l.TrainedMean, l.TrainedVariance}
}

// Setup sizes the per-channel parameters.
func (l *BatchNormalization) Setup(in []Size, _ RandSource) (Size, error) {
	if err := needInputs(in, 1); err != nil {
		return Size{}, err
	}
	l.c = in[0].C
	l.eps = l.Epsilon
	if l.eps == 0 {
		l.eps = 1e-5
	}
	if l.eps < 0 {
		return Size{}, errors.New("Epsilon must be positive")
	}
	for _, d := range []*float64{&l.MeanDecay, &l.VarianceDecay} {
		if *d == 0 {
			*d = 0.1
		}
		if *d < 0 || *d > 1 {
			return Size{}, errors.New("MeanDecay and VarianceDecay must be in [0, 1]")
		}
	}
	ps := []**Param{&l.Offset, &l.Scale, &l.TrainedMean, &l.TrainedVariance}
	names := []string{"Offset", "Scale", "TrainedMean", "TrainedVariance"}
	inits := []float32{0, 1, 0, 1}
	for i, p := range ps {
		if *p == nil {
			*p = newParam(names[i])
		}
		(*p).Shape = []int{l.c}
		if err := (*p).prepare(i < 2, fill(inits[i])); err != nil {
			return Size{}, err
		}
	}
	l.learning = []*Param{l.Offset, l.Scale}
	for _, s := range []*[]float32{&l.mean, &l.invstd, &l.a, &l.b, &l.k0, &l.k1, &l.k2} {
		*s = make([]float32, l.c)
	}
	return in[0], nil
}

// Forward normalises with batch statistics (training) or the trained ones.
func (l *BatchNormalization) Forward(c *Context, in []*Tensor, out *Tensor) error {
	x := in[0]
	rows := len(x.Data) / l.c
	l.trained = c.Training
	if c.Training {
		l.task.sums(x.Data, nil, nil, l.c)
		m := float64(rows)
		for i := 0; i < l.c; i++ {
			mean := l.task.s0[i] / m
			v := l.task.s1[i]/m - mean*mean
			if v < 0 {
				v = 0
			}
			l.mean[i] = float32(mean)
			l.invstd[i] = float32(1 / math.Sqrt(v+l.eps))
			unbiased := v
			if rows > 1 {
				unbiased = v * m / (m - 1)
			}
			tm, tv := l.TrainedMean.Value, l.TrainedVariance.Value
			tm[i] = float32((1-l.MeanDecay)*float64(tm[i]) + l.MeanDecay*mean)
			tv[i] = float32((1-l.VarianceDecay)*float64(tv[i]) + l.VarianceDecay*unbiased)
		}
	} else {
		for i := 0; i < l.c; i++ {
			l.mean[i] = l.TrainedMean.Value[i]
			l.invstd[i] = float32(1 / math.Sqrt(float64(l.TrainedVariance.Value[i])+l.eps))
		}
	}
	for i := 0; i < l.c; i++ {
		l.a[i] = l.Scale.Value[i] * l.invstd[i]
		l.b[i] = l.Offset.Value[i] - l.mean[i]*l.a[i]
	}
	l.task.affine(out.Data, x.Data, l.a, l.b)
	return nil
}

// Backward computes dX, dScale and dOffset for the statistics the forward
// pass used (batch statistics depend on X; trained ones do not).
func (l *BatchNormalization) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	x := in[0]
	rows := float64(len(x.Data) / l.c)
	l.task.sums(dOut.Data, x.Data, l.mean, l.c)
	for i := 0; i < l.c; i++ {
		sdy, sdyx := l.task.s0[i], l.task.s1[i]
		inv := float64(l.invstd[i])
		l.Offset.Grad[i] = float32(sdy)
		l.Scale.Grad[i] = float32(sdyx * inv)
		if l.trained {
			// dx = γ·inv·(dy − Σdy/M − (x−μ)·inv²·Σdy(x−μ)/M) = k0·dy + k1·x + k2
			g := float64(l.Scale.Value[i]) * inv
			b := inv * inv * sdyx / rows
			l.k0[i] = float32(g)
			l.k1[i] = float32(-g * b)
			l.k2[i] = float32(g * (b*float64(l.mean[i]) - sdy/rows))
		} else {
			l.k0[i] = l.a[i]
			l.k1[i] = 0
			l.k2[i] = 0
		}
	}
	if len(dIn) > 0 && dIn[0] != nil {
		l.task.combine(dIn[0].Data, dOut.Data, x.Data, l.k0, l.k1, l.k2)
	}
	return nil
}

// bnTask runs the per-channel passes of batch normalisation over rows of
// an NHWC buffer: channel sums (float64, per chunk) and affine maps.
type bnTask struct {
	mode       int
	c          int
	p, q       []float32 // sums: values (and optional second factor)
	mu         []float32 // sums: centre subtracted from q
	y, x, dy   []float32 // affine/combine
	k0, k1, k2 []float32
	parts0     [][]float64
	parts1     [][]float64
	s0, s1     []float64
}

const (
	bnSums = iota
	bnAffine
	bnCombine
)

// sums computes s0[c] = Σp and s1[c] = Σp·p when q is nil, otherwise
// s0 = Σp and s1 = Σp·(q−mu).
func (t *bnTask) sums(p, q, mu []float32, c int) {
	n := numChunks()
	if len(t.parts0) < n {
		t.parts0 = make([][]float64, n)
		t.parts1 = make([][]float64, n)
	}
	for i := range t.parts0 {
		t.parts0[i] = growF64(t.parts0[i], c)
		t.parts1[i] = growF64(t.parts1[i], c)
		clear64(t.parts0[i])
		clear64(t.parts1[i])
	}
	t.s0, t.s1 = growF64(t.s0, c), growF64(t.s1, c)
	t.mode, t.c, t.p, t.q, t.mu = bnSums, c, p, q, mu
	parallelFor(len(p)/c, 64, t)
	for j := 0; j < c; j++ {
		var a, b float64
		for i := range t.parts0 {
			a += t.parts0[i][j]
			b += t.parts1[i][j]
		}
		t.s0[j], t.s1[j] = a, b
	}
	t.p, t.q = nil, nil
}

// affine computes y = a·x + b per channel.
func (t *bnTask) affine(y, x, a, b []float32) {
	t.mode, t.c, t.y, t.x, t.k0, t.k2 = bnAffine, len(a), y, x, a, b
	parallelFor(len(x)/len(a), 64, t)
	t.y, t.x = nil, nil
}

// combine computes y = k0·dy + k1·x + k2 per channel.
func (t *bnTask) combine(y, dy, x, k0, k1, k2 []float32) {
	t.mode, t.c, t.y, t.dy, t.x, t.k0, t.k1, t.k2 = bnCombine, len(k0), y, dy, x, k0, k1, k2
	parallelFor(len(x)/len(k0), 64, t)
	t.y, t.x, t.dy = nil, nil, nil
}

func (t *bnTask) run(chunk, lo, hi int) {
	c := t.c
	switch t.mode {
	case bnSums:
		s0, s1 := t.parts0[chunk][:c], t.parts1[chunk][:c]
		for r := lo; r < hi; r++ {
			p := t.p[r*c : (r+1)*c]
			if t.q == nil {
				for i, v := range p {
					f := float64(v)
					s0[i] += f
					s1[i] += f * f
				}
				continue
			}
			q := t.q[r*c : (r+1)*c]
			mu := t.mu[:c]
			for i, v := range p {
				s0[i] += float64(v)
				s1[i] += float64(v * (q[i] - mu[i]))
			}
		}
	case bnAffine:
		a, b := t.k0[:c], t.k2[:c]
		for r := lo; r < hi; r++ {
			x, y := t.x[r*c:(r+1)*c], t.y[r*c:(r+1)*c]
			for i, v := range x {
				y[i] = v*a[i] + b[i]
			}
		}
	case bnCombine:
		k0, k1, k2 := t.k0[:c], t.k1[:c], t.k2[:c]
		for r := lo; r < hi; r++ {
			x, dy, y := t.x[r*c:(r+1)*c], t.dy[r*c:(r+1)*c], t.y[r*c:(r+1)*c]
			for i, v := range dy {
				y[i] = k0[i]*v + k1[i]*x[i] + k2[i]
			}
		}
	}
}

// clear64 zeroes a slice.
func clear64(x []float64) {
	for i := range x {
		x[i] = 0
	}
}
