package engine

import (
	"errors"
	"fmt"
)

// poolGeometry is the window arithmetic shared by max and average pooling.
type poolGeometry struct {
	// PoolSize is [height width]; Stride is [vertical horizontal] (0 means 1).
	PoolSize, Stride [2]int
	// Padding is [top bottom left right]; ignored when PaddingSame.
	Padding [4]int
	// PaddingSame pads so that the output is ceil(input/stride).
	PaddingSame bool

	in, out Size
	pad     [4]int
	stride  [2]int
}

// setup resolves padding and returns the output size.
func (g *poolGeometry) setup(in []Size) (Size, error) {
	if err := needInputs(in, 1); err != nil {
		return Size{}, err
	}
	x := in[0]
	if g.PoolSize[0] < 1 || g.PoolSize[1] < 1 {
		return Size{}, errors.New("PoolSize must be positive")
	}
	g.stride = orOne(g.Stride)
	g.pad = g.Padding
	if g.PaddingSame {
		g.pad = samePadding(x.H, x.W, g.PoolSize[0], g.PoolSize[1], g.stride)
	}
	ph, pw := x.H+g.pad[0]+g.pad[1], x.W+g.pad[2]+g.pad[3]
	if ph < g.PoolSize[0] || pw < g.PoolSize[1] {
		return Size{}, fmt.Errorf("pool size %v is larger than the padded input %d×%d", g.PoolSize, ph, pw)
	}
	g.in = x
	g.out = Size{(ph-g.PoolSize[0])/g.stride[0] + 1, (pw-g.PoolSize[1])/g.stride[1] + 1, x.C}
	return g.out, nil
}

// window calls fn(inputPixel) for every in-bounds tap of output (oy, ox).
func (g *poolGeometry) window(oy, ox int, fn func(p int)) {
	for i := 0; i < g.PoolSize[0]; i++ {
		iy := oy*g.stride[0] - g.pad[0] + i
		if iy < 0 || iy >= g.in.H {
			continue
		}
		for j := 0; j < g.PoolSize[1]; j++ {
			ix := ox*g.stride[1] - g.pad[2] + j
			if ix >= 0 && ix < g.in.W {
				fn(iy*g.in.W + ix)
			}
		}
	}
}

// MaxPooling2D is MATLAB's maxPooling2dLayer; padding never wins the max.
type MaxPooling2D struct {
	base
	noParams
	poolGeometry
	argmax []int32
	task   poolTask
}

// Kind returns "maxPooling2d".
func (l *MaxPooling2D) Kind() string { return "maxPooling2d" }

// NumInputs returns 1.
func (l *MaxPooling2D) NumInputs() int { return 1 }

// Setup resolves the window geometry.
func (l *MaxPooling2D) Setup(in []Size, _ RandSource) (Size, error) { return l.setup(in) }

// Forward takes each window's maximum and remembers where it was.
func (l *MaxPooling2D) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.argmax = growInt32(l.argmax, len(out.Data))
	l.task = poolTask{g: &l.poolGeometry, x: in[0], y: out, argmax: l.argmax}
	parallelFor(out.N, 1, &l.task)
	return nil
}

// Backward routes dy to the arg-max positions.
func (l *MaxPooling2D) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task = poolTask{g: &l.poolGeometry, x: dIn[0], y: dOut, argmax: l.argmax, backward: true}
		parallelFor(dOut.N, 1, &l.task)
	}
	return nil
}

// AveragePooling2D is MATLAB's averagePooling2dLayer; padded positions
// count as zeros in the average (MATLAB's default PaddingValue 0).
type AveragePooling2D struct {
	base
	noParams
	poolGeometry
	task poolTask
}

// Kind returns "averagePooling2d".
func (l *AveragePooling2D) Kind() string { return "averagePooling2d" }

// NumInputs returns 1.
func (l *AveragePooling2D) NumInputs() int { return 1 }

// Setup resolves the window geometry.
func (l *AveragePooling2D) Setup(in []Size, _ RandSource) (Size, error) { return l.setup(in) }

// Forward averages each window.
func (l *AveragePooling2D) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	l.task = poolTask{g: &l.poolGeometry, x: in[0], y: out, average: true}
	parallelFor(out.N, 1, &l.task)
	return nil
}

// Backward spreads dy/(pool area) over each window.
func (l *AveragePooling2D) Backward(_ *Context, _ []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	if dIn[0] != nil {
		l.task = poolTask{g: &l.poolGeometry, x: dIn[0], y: dOut, average: true, backward: true}
		parallelFor(dOut.N, 1, &l.task)
	}
	return nil
}

// poolTask pools samples [lo, hi); in backward x is dX and y is dY.
type poolTask struct {
	g                 *poolGeometry
	x, y              *Tensor
	argmax            []int32
	average, backward bool
}

func (t *poolTask) run(_, lo, hi int) {
	g := t.g
	c := g.in.C
	inv := 1 / float32(g.PoolSize[0]*g.PoolSize[1])
	for n := lo; n < hi; n++ {
		x, y := t.x.Sample(n), t.y.Sample(n)
		if t.backward {
			clear32(x)
		}
		for oy := 0; oy < g.out.H; oy++ {
			for ox := 0; ox < g.out.W; ox++ {
				o := (oy*g.out.W + ox) * c
				yr := y[o : o+c]
				switch {
				case t.average && !t.backward:
					clear32(yr)
					g.window(oy, ox, func(p int) {
						for k, v := range x[p*c : p*c+c] {
							yr[k] += v
						}
					})
					for k := range yr {
						yr[k] *= inv
					}
				case t.average:
					g.window(oy, ox, func(p int) {
						xr := x[p*c : p*c+c]
						for k, v := range yr {
							xr[k] += v * inv
						}
					})
				case !t.backward:
					am := t.argmax[n*len(y)+o : n*len(y)+o+c]
					first := true
					g.window(oy, ox, func(p int) {
						for k, v := range x[p*c : p*c+c] {
							if first || v > yr[k] {
								yr[k], am[k] = v, int32(p)
							}
						}
						first = false
					})
				default:
					am := t.argmax[n*len(y)+o : n*len(y)+o+c]
					for k, v := range yr {
						x[int(am[k])*c+k] += v
					}
				}
			}
		}
	}
}

// growInt32 is growF32 for int32 scratch.
func growInt32(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, n)
	}
	return buf[:n]
}
