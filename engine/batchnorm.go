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
	l.statistics(c, in[0].Data)
	l.task.rows(bnAffine, out.Data, in[0].Data, nil, l.a, l.b, nil)
	return nil
}

// statistics sets the per-channel map y = a·x + b of a forward pass on x:
// from the batch statistics in training (updating the trained ones), from
// the trained statistics otherwise.
func (l *BatchNormalization) statistics(c *Context, x []float32) {
	rows := len(x) / l.c
	l.trained = c.Training
	if c.Training {
		// Sums are taken about the trained mean, which keeps the variance
		// E[(x−K)²] − E[x−K]² precise when the mean is large.
		shift := l.TrainedMean.Value
		l.task.sums(x, x, shift, shift, l.c)
		m := float64(rows)
		for i := 0; i < l.c; i++ {
			d := l.task.s0[i] / m
			mean := float64(shift[i]) + d
			v := max(l.task.s1[i]/m-d*d, 0)
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
}

// Backward computes dX, dScale and dOffset for the statistics the forward
// pass used (batch statistics depend on X; trained ones do not).
func (l *BatchNormalization) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	x := in[0].Data
	l.task.sums(dOut.Data, x, l.task.zeros(l.c), l.mean, l.c)
	l.gradients(len(x) / l.c)
	if len(dIn) > 0 && dIn[0] != nil {
		l.task.rows(bnCombine, dIn[0].Data, x, dOut.Data, l.k0, l.k1, l.k2)
	}
	return nil
}

// gradients sets dScale and dOffset, and the coefficients of
// dx = k0·dy + k1·x + k2, from the sums Σdy and Σdy·(x−μ) over the rows
// that the last task pass left in s0 and s1.
func (l *BatchNormalization) gradients(rows int) {
	m := float64(rows)
	for i := 0; i < l.c; i++ {
		sdy, sdyx := l.task.s0[i], l.task.s1[i]
		inv := float64(l.invstd[i])
		l.Offset.Grad[i] = float32(sdy)
		l.Scale.Grad[i] = float32(sdyx * inv)
		if l.trained {
			// dx = γ·inv·(dy − Σdy/M − (x−μ)·inv²·Σdy(x−μ)/M) = k0·dy + k1·x + k2
			g := float64(l.Scale.Value[i]) * inv
			b := inv * inv * sdyx / m
			l.k0[i] = float32(g)
			l.k1[i] = float32(-g * b)
			l.k2[i] = float32(g * (b*float64(l.mean[i]) - sdy/m))
		} else {
			l.k0[i] = l.a[i]
			l.k1[i] = 0
			l.k2[i] = 0
		}
	}
}

// bnTask runs the per-channel passes of batch normalisation over rows of
// an NHWC buffer on the vec kernels: channel sums (float32 over blocks of
// sumBlock rows, then float64 per chunk) and the element-wise maps.
type bnTask struct {
	mode       int
	c          int
	y, x, dy   []float32
	k0, k1, k2 []float32
	m0, mu     []float32 // sums: the centres of p (x) and q (dy)
	block      [][]float32
	parts0     [][]float64
	parts1     [][]float64
	s0, s1     []float64
	zero       []float32
}

const (
	bnSums = iota
	bnAffine
	bnAffineSwish
	bnSwishBackSums
	bnCombine
)

// sumBlock is how many rows the float32 partial sums cover before they
// are added to the float64 ones.
const sumBlock = 64

// zeros returns c zeros.
func (t *bnTask) zeros(c int) []float32 {
	if len(t.zero) != c {
		t.zero = make([]float32, c)
	}
	return t.zero
}

// sums computes s0[c] = Σ(p−m0) and s1[c] = Σ(p−m0)·(q−mu) over the rows.
func (t *bnTask) sums(p, q, m0, mu []float32, c int) {
	t.mode, t.x, t.dy, t.m0, t.mu = bnSums, p, q, m0, mu
	t.reduce(c)
}

// swishBackSums writes dz = dy·swish′(a·x + b) and computes s0 = Σdz and
// s1 = Σdz·(x−mu) in the same pass, block by block while dz is in cache.
func (t *bnTask) swishBackSums(dz, x, dy, a, b, mu []float32) {
	c := len(a)
	t.mode, t.y, t.x, t.dy, t.k0, t.k1, t.m0, t.mu = bnSwishBackSums, dz, x, dy, a, b, t.zeros(c), mu
	t.reduce(c)
	t.y = nil
}

// reduce runs a sums pass over the rows of c channels (float32 partial
// sums per block, float64 per chunk) and adds the chunks into s0 and s1.
func (t *bnTask) reduce(c int) {
	n := numChunks()
	if len(t.parts0) < n {
		t.parts0 = make([][]float64, n)
		t.parts1 = make([][]float64, n)
		t.block = make([][]float32, n)
	}
	for i := range t.parts0 {
		t.parts0[i] = growF64(t.parts0[i], c)
		t.parts1[i] = growF64(t.parts1[i], c)
		t.block[i] = growF32(t.block[i], 2*c)
		clear64(t.parts0[i])
		clear64(t.parts1[i])
	}
	t.s0, t.s1 = growF64(t.s0, c), growF64(t.s1, c)
	t.c = c
	parallelFor(len(t.x)/c, 64, t)
	for j := 0; j < c; j++ {
		var a, b float64
		for i := range t.parts0 {
			a += t.parts0[i][j]
			b += t.parts1[i][j]
		}
		t.s0[j], t.s1[j] = a, b
	}
	t.x, t.dy, t.m0, t.mu = nil, nil, nil, nil
}

// rows runs one element-wise pass with per-channel coefficients:
// bnAffine y = k0·x + k1, bnAffineSwish y = swish(k0·x + k1),
// bnCombine y = k0·dy + k1·x + k2.
func (t *bnTask) rows(mode int, y, x, dy, k0, k1, k2 []float32) {
	t.mode, t.c, t.y, t.x, t.dy, t.k0, t.k1, t.k2 = mode, len(k0), y, x, dy, k0, k1, k2
	parallelFor(len(x)/len(k0), 64, t)
	t.y, t.x, t.dy = nil, nil, nil
}

func (t *bnTask) run(chunk, lo, hi int) {
	c := t.c
	y, x := t.y, t.x[lo*c:hi*c]
	if y != nil {
		y = y[lo*c : hi*c]
	}
	var dy []float32
	if t.dy != nil {
		dy = t.dy[lo*c : hi*c]
	}
	switch t.mode {
	case bnSums, bnSwishBackSums:
		s0, s1 := t.block[chunk][:c], t.block[chunk][c:2*c]
		p0, p1 := t.parts0[chunk][:c], t.parts1[chunk][:c]
		for r := 0; r < len(x); r += sumBlock * c {
			e := min(r+sumBlock*c, len(x))
			clear32(s0)
			clear32(s1)
			if t.mode == bnSums {
				vec.colSums(s0, s1, x[r:e], dy[r:e], t.m0, t.mu)
			} else {
				vec.affineSwishBack(y[r:e], x[r:e], dy[r:e], t.k0, t.k1)
				vec.colSums(s0, s1, y[r:e], x[r:e], t.m0, t.mu)
			}
			for i := range p0 {
				p0[i] += float64(s0[i])
				p1[i] += float64(s1[i])
			}
		}
	case bnAffine:
		vec.affine(y, x, t.k0, t.k1)
	case bnAffineSwish:
		vec.affineSwish(y, x, t.k0, t.k1)
	case bnCombine:
		vec.combine(y, dy, x, t.k0, t.k1, t.k2)
	}
}

// clear64 zeroes a slice.
func clear64(x []float64) {
	for i := range x {
		x[i] = 0
	}
}
