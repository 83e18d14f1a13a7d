package engine

import (
	"fmt"
)

// ImageInput is MATLAB's imageInputLayer: it checks the input size and
// normalises the images. Normalization is "none", "zerocenter" (x − Mean)
// or "zscore" ((x − Mean)/StandardDeviation); Mean and StandardDeviation
// hold either one value per channel or one per element (H×W×C, NHWC order).
type ImageInput struct {
	base
	noParams
	// InputSize is the expected per-sample size.
	InputSize Size
	// Normalization is "none", "zerocenter" or "zscore" ("" means "none").
	Normalization string
	// Mean and StandardDeviation are the stored statistics.
	Mean, StandardDeviation []float32

	task imageTask
}

// Kind returns "imageInput".
func (l *ImageInput) Kind() string { return "imageInput" }

// NumInputs returns 0: the input comes from the caller.
func (l *ImageInput) NumInputs() int { return 0 }

// Setup validates the normalisation options.
func (l *ImageInput) Setup(in []Size, _ RandSource) (Size, error) {
	s := l.InputSize
	if s.H < 1 || s.W < 1 || s.C < 1 {
		return Size{}, fmt.Errorf("InputSize must be positive, got %v", s)
	}
	okLen := func(v []float32) bool { return len(v) == s.C || len(v) == s.Elems() }
	switch l.Normalization {
	case "", "none":
	case "zerocenter":
		if !okLen(l.Mean) {
			return Size{}, fmt.Errorf("Mean must have %d or %d elements, got %d", s.C, s.Elems(), len(l.Mean))
		}
	case "zscore":
		if !okLen(l.Mean) || !okLen(l.StandardDeviation) {
			return Size{}, fmt.Errorf("Mean and StandardDeviation must have %d or %d elements", s.C, s.Elems())
		}
		for _, v := range l.StandardDeviation {
			if !(v > 0) {
				return Size{}, fmt.Errorf("StandardDeviation must be positive")
			}
		}
	default:
		return Size{}, fmt.Errorf("unsupported Normalization '%s' (supported: 'zerocenter', 'zscore', 'none')", l.Normalization)
	}
	return s, nil
}

// Forward checks the batch size and normalises.
func (l *ImageInput) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	x := in[0]
	if x.Size != l.InputSize {
		return fmt.Errorf("Input size mismatch. Size of input to this layer is %v but the expected input size is %v", x.Size, l.InputSize)
	}
	l.task = imageTask{l: l, x: x.Data, y: out.Data}
	parallelFor(len(x.Data)/x.Size.C, 1024, &l.task)
	l.task = imageTask{}
	return nil
}

// Backward divides by the standard deviation (zscore) or passes dy through.
func (l *ImageInput) Backward(_ *Context, _ []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task = imageTask{l: l, x: dOut.Data, y: dIn[0].Data, backward: true}
		parallelFor(len(dOut.Data)/dOut.Size.C, 1024, &l.task)
		l.task = imageTask{}
	}
	return nil
}

// imageTask normalises positions [lo, hi) of a batch.
type imageTask struct {
	l        *ImageInput
	x, y     []float32
	backward bool
}

// stat returns the statistic for element i of a sample.
func stat(v []float32, i, c int) float32 {
	if len(v) == c {
		return v[i%c]
	}
	return v[i]
}

func (t *imageTask) run(_, lo, hi int) {
	l := t.l
	c := l.InputSize.C
	e := l.InputSize.Elems()
	for i := lo * c; i < hi*c; i++ {
		j := i % e
		v := t.x[i]
		switch l.Normalization {
		case "zerocenter":
			if !t.backward {
				v -= stat(l.Mean, j, c)
			}
		case "zscore":
			if !t.backward {
				v -= stat(l.Mean, j, c)
			}
			v /= stat(l.StandardDeviation, j, c)
		}
		t.y[i] = v
	}
}
