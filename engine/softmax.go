package engine

import "math"

// Softmax is MATLAB's softmaxLayer: a softmax over the channels of every
// position (for a classifier, over the classes).
type Softmax struct {
	base
	noParams
	task softmaxTask
}

// Kind returns "softmax".
func (l *Softmax) Kind() string { return "softmax" }

// NumInputs returns 1.
func (l *Softmax) NumInputs() int { return 1 }

// Setup passes the size through.
func (l *Softmax) Setup(in []Size, _ RandSource) (Size, error) { return passSize(in) }

// Forward computes exp(x − max)/Σexp(x − max) per position.
func (l *Softmax) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task = softmaxTask{x: in[0].Data, y: out.Data, c: in[0].Size.C}
	parallelFor(len(out.Data)/l.task.c, 16, &l.task)
	l.task = softmaxTask{}
	return nil
}

// Backward computes dx = y ⊙ (dy − Σ dy·y).
func (l *Softmax) Backward(_ *Context, _ []*Tensor, out, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task = softmaxTask{x: dIn[0].Data, y: out.Data, dy: dOut.Data, c: out.Size.C, backward: true}
		parallelFor(len(out.Data)/l.task.c, 16, &l.task)
		l.task = softmaxTask{}
	}
	return nil
}

// softmaxTask runs over positions; in backward x is the input gradient.
type softmaxTask struct {
	x, y, dy []float32
	c        int
	backward bool
}

func (t *softmaxTask) run(_, lo, hi int) {
	c := t.c
	for r := lo; r < hi; r++ {
		x, y := t.x[r*c:(r+1)*c], t.y[r*c:(r+1)*c]
		if t.backward {
			dy := t.dy[r*c : (r+1)*c]
			var s float64
			for i, v := range y {
				s += float64(v * dy[i])
			}
			for i, v := range y {
				x[i] = v * (dy[i] - float32(s))
			}
			continue
		}
		m := x[0]
		for _, v := range x {
			if v > m {
				m = v
			}
		}
		var s float64
		for i, v := range x {
			e := math.Exp(float64(v - m))
			y[i] = float32(e)
			s += e
		}
		inv := float32(1 / s)
		for i := range y {
			y[i] *= inv
		}
	}
}
