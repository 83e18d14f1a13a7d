package engine

import "fmt"

// Addition is MATLAB's additionLayer: the element-wise sum of NumInputs
// inputs of equal size (the residual connection of MBConv blocks).
type Addition struct {
	base
	noParams
	// Inputs is the number of inputs (0 means 2).
	Inputs int
	task   addTask
}

// Kind returns "addition".
func (l *Addition) Kind() string { return "addition" }

// NumInputs returns the number of inputs.
func (l *Addition) NumInputs() int {
	if l.Inputs == 0 {
		return 2
	}
	return l.Inputs
}

// Setup requires equal input sizes.
func (l *Addition) Setup(in []Size, _ RandSource) (Size, error) {
	if err := needInputs(in, l.NumInputs()); err != nil {
		return Size{}, err
	}
	for _, s := range in[1:] {
		if s != in[0] {
			return Size{}, fmt.Errorf("Input size mismatch. Size of input to this layer is different from the expected input size. Inputs to this layer: %v and %v", in[0], s)
		}
	}
	return in[0], nil
}

// Forward sums the inputs.
func (l *Addition) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task = addTask{in: in, y: out}
	parallelFor(len(out.Data), 1<<14, &l.task)
	l.task = addTask{}
	return nil
}

// Backward copies dy to every input gradient.
func (l *Addition) Backward(_ *Context, _ []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	for _, d := range dIn {
		if d != nil {
			copy(d.Data, dOut.Data)
		}
	}
	return nil
}

// addTask sums input tensors over a flat range.
type addTask struct {
	in []*Tensor
	y  *Tensor
}

func (t *addTask) run(_, lo, hi int) {
	y := t.y.Data[lo:hi]
	copy(y, t.in[0].Data[lo:hi])
	for _, x := range t.in[1:] {
		vec.colAdd(y, x.Data[lo:hi])
	}
}

// accumulateTask adds src to dst over a flat range: Backward uses it to sum
// the gradients of an activation with several consumers.
type accumulateTask struct{ dst, src []float32 }

func (t *accumulateTask) run(_, lo, hi int) { vec.colAdd(t.dst[lo:hi], t.src[lo:hi]) }

// add runs dst += src in parallel.
func (t *accumulateTask) add(dst, src []float32) {
	t.dst, t.src = dst, src[:len(dst)]
	parallelFor(len(dst), 1<<14, t)
	t.dst, t.src = nil, nil
}
