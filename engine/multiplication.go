package engine

import "fmt"

// Multiplication is MATLAB's multiplicationLayer: the element-wise product
// of NumInputs inputs with broadcasting, each of height, width and channels
// either equal to the output's or 1. The squeeze-and-excitation gate
// (1×1×C times H×W×C) and swish (x times sigmoid(x)) have fast paths.
type Multiplication struct {
	base
	noParams
	// Inputs is the number of inputs (0 means 2).
	Inputs int

	sizes []Size
	out   Size
	task  mulTask
}

// Kind returns "multiplication".
func (l *Multiplication) Kind() string { return "multiplication" }

// NumInputs returns the number of inputs.
func (l *Multiplication) NumInputs() int {
	if l.Inputs == 0 {
		return 2
	}
	return l.Inputs
}

// Setup checks that the sizes broadcast and returns the broadcast size.
func (l *Multiplication) Setup(in []Size, _ RandSource) (Size, error) {
	out, err := broadcastSize(in, l.NumInputs())
	l.sizes, l.out = append([]Size(nil), in...), out
	return out, err
}

// broadcastSize is the MATLAB implicit-expansion size of the inputs.
func broadcastSize(in []Size, n int) (Size, error) {
	if len(in) != n || n < 2 {
		return Size{}, fmt.Errorf("expected %d inputs, got %d", n, len(in))
	}
	out := in[0]
	for _, s := range in[1:] {
		for _, d := range [][2]*int{{&out.H, &s.H}, {&out.W, &s.W}, {&out.C, &s.C}} {
			switch {
			case *d[0] == *d[1] || *d[1] == 1:
			case *d[0] == 1:
				*d[0] = *d[1]
			default:
				return Size{}, fmt.Errorf("Input size mismatch. Inputs of sizes %v and %v are not compatible", in[0], s)
			}
		}
	}
	return out, nil
}

// Forward multiplies.
func (l *Multiplication) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task.setup(l, in, out, nil, nil)
	l.task.run2(false)
	return nil
}

// Backward computes each input's gradient, summing over broadcast
// dimensions.
func (l *Multiplication) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	l.task.setup(l, in, nil, dOut, dIn)
	l.task.run2(true)
	return nil
}

// mulTask holds one multiplication pass.
type mulTask struct {
	l        *Multiplication
	in       []*Tensor
	y, dy    *Tensor
	dIn      []*Tensor
	backward bool
	big      int         // for the gate path: index of the full-size input
	zero     []float32   // gate path: zero offsets
	scratch  [][]float32 // gate path: per-chunk Σdy, unused
}

func (t *mulTask) setup(l *Multiplication, in []*Tensor, y, dy *Tensor, dIn []*Tensor) {
	t.l, t.in, t.y, t.dy, t.dIn = l, in, y, dy, dIn
	c := l.out.C
	if len(t.zero) < c {
		t.zero = make([]float32, c)
		t.scratch = make([][]float32, numChunks())
		for i := range t.scratch {
			t.scratch[i] = make([]float32, c)
		}
	}
}

// run2 dispatches to the same-size, gate or general kernel.
func (t *mulTask) run2(backward bool) {
	t.backward = backward
	l := t.l
	n := t.in[0].N
	if len(l.sizes) == 2 {
		a, b := l.sizes[0], l.sizes[1]
		switch {
		case a == b:
			parallelFor(len(t.in[0].Data), 1<<14, sameTask{t})
			t.clear()
			return
		case a == l.out && b == (Size{1, 1, a.C}):
			t.big = 0
			parallelFor(n, 1, gateTask{t})
			t.clear()
			return
		case b == l.out && a == (Size{1, 1, b.C}):
			t.big = 1
			parallelFor(n, 1, gateTask{t})
			t.clear()
			return
		}
	}
	t.general()
	t.clear()
}

func (t *mulTask) clear() { t.in, t.y, t.dy, t.dIn = nil, nil, nil, nil }

// sameTask multiplies two equal-size inputs over a flat range.
type sameTask struct{ *mulTask }

func (s sameTask) run(_, lo, hi int) {
	a, b := s.in[0].Data[lo:hi], s.in[1].Data[lo:hi]
	if !s.backward {
		y := s.y.Data[lo:hi]
		for i := range y {
			y[i] = a[i] * b[i]
		}
		return
	}
	dy := s.dy.Data[lo:hi]
	if d := s.dIn[0]; d != nil {
		da := d.Data[lo:hi]
		for i := range da {
			da[i] = dy[i] * b[i]
		}
	}
	if d := s.dIn[1]; d != nil {
		db := d.Data[lo:hi]
		for i := range db {
			db[i] = dy[i] * a[i]
		}
	}
}

// gateTask multiplies an H×W×C input by a 1×1×C input, per sample, on
// the vec kernels: the product is an affine map with zero offset, the
// gate's gradient a column sum of dy·x.
type gateTask struct{ *mulTask }

func (g gateTask) run(chunk, lo, hi int) {
	big, small := g.in[g.big], g.in[1-g.big]
	c := small.Size.C
	zero := g.zero[:c]
	for n := lo; n < hi; n++ {
		x := big.Sample(n)
		s := small.Sample(n)
		if !g.backward {
			vec.affine(g.y.Sample(n), x, s, zero)
			continue
		}
		dy := g.dy.Sample(n)
		if d := g.dIn[g.big]; d != nil {
			vec.affine(d.Sample(n), dy, s, zero)
		}
		if d := g.dIn[1-g.big]; d != nil {
			ds, sdy := d.Sample(n), g.scratch[chunk][:c]
			clear32(ds)
			clear32(sdy)
			vec.colSums(sdy, ds, dy, x, zero, zero)
		}
	}
}

// offset is the index into input size s of output element (h, w, c) of
// sample n, honouring broadcast dimensions.
func offset(s Size, n, h, w, c int) int {
	if s.H == 1 {
		h = 0
	}
	if s.W == 1 {
		w = 0
	}
	if s.C == 1 {
		c = 0
	}
	return ((n*s.H+h)*s.W+w)*s.C + c
}

// general handles any number of inputs and any broadcasting, serially.
func (t *mulTask) general() {
	o := t.l.out
	n := t.in[0].N
	if t.backward {
		for _, d := range t.dIn {
			if d != nil {
				clear32(d.Data)
			}
		}
	}
	k := 0
	for s := 0; s < n; s++ {
		for h := 0; h < o.H; h++ {
			for w := 0; w < o.W; w++ {
				for c := 0; c < o.C; c++ {
					if !t.backward {
						p := float32(1)
						for i, x := range t.in {
							p *= x.Data[offset(t.l.sizes[i], s, h, w, c)]
						}
						t.y.Data[k] = p
					} else {
						for i, d := range t.dIn {
							if d == nil {
								continue
							}
							p := t.dy.Data[k]
							for j, x := range t.in {
								if j != i {
									p *= x.Data[offset(t.l.sizes[j], s, h, w, c)]
								}
							}
							d.Data[offset(t.l.sizes[i], s, h, w, c)] += p
						}
					}
					k++
				}
			}
		}
	}
}
