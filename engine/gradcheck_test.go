package engine

import (
	"math"
	"math/rand"
	"testing"
)

// randTensor fills a tensor with N(0,1) values.
func randTensor(rng *rand.Rand, n int, s Size) *Tensor {
	t := NewTensor(n, s)
	for i := range t.Data {
		t.Data[i] = float32(rng.NormFloat64())
	}
	return t
}

// layerCheck runs finite differences on one layer: the loss is Σ r·y for
// a fixed random r, so dOut = r.
type layerCheck struct {
	t        *testing.T
	layer    Layer
	ins      []*Tensor
	training bool
	step     float64
	out      *Tensor
	r        []float32
}

func (c *layerCheck) loss() float64 {
	ctx := &Context{Training: c.training, Rand: rand.New(rand.NewSource(7)), Labels: []int{0, 2, 1}}
	if err := c.layer.Forward(ctx, c.ins, c.out); err != nil {
		c.t.Fatal(err)
	}
	var s float64
	for i, v := range c.out.Data {
		s += float64(v) * float64(c.r[i])
	}
	return s
}

// checkGradients compares the analytic gradients of every input and
// learnable with central differences on up to 25 sampled elements each.
func checkGradients(t *testing.T, l Layer, n int, sizes []Size, training bool, gen func(*rand.Rand, int, Size) *Tensor) {
	t.Helper()
	rng := rand.New(rand.NewSource(1))
	outSize, err := l.Setup(sizes, rng)
	if err != nil {
		t.Fatal(err)
	}
	c := &layerCheck{t: t, layer: l, training: training, step: 1e-2, out: NewTensor(n, outSize)}
	if gen == nil {
		gen = randTensor
	}
	for _, s := range sizes {
		c.ins = append(c.ins, gen(rng, n, s))
	}
	if len(sizes) == 0 {
		c.ins = []*Tensor{gen(rng, n, outSize)}
	}
	c.r = make([]float32, len(c.out.Data))
	for i := range c.r {
		c.r[i] = float32(rng.NormFloat64())
		if _, ok := l.(lossLayer); ok {
			c.r[i] = 1 // a loss layer's output is the loss: dOut is implied
		}
	}
	c.loss()
	dIn := make([]*Tensor, len(c.ins))
	for i, x := range c.ins {
		dIn[i] = NewTensor(x.N, x.Size)
	}
	dOut := &Tensor{N: n, Size: outSize, Data: c.r}
	ctx := &Context{Training: training, Labels: []int{0, 2, 1}}
	if err := l.Backward(ctx, c.ins, c.out, dOut, dIn); err != nil {
		t.Fatal(err)
	}
	type target struct {
		name  string
		value []float32
		grad  []float32
	}
	var targets []target
	for i, x := range c.ins {
		targets = append(targets, target{"input", x.Data, append([]float32(nil), dIn[i].Data...)})
	}
	for _, p := range l.Learnables() {
		targets = append(targets, target{p.Name, p.Value, append([]float32(nil), p.Grad...)})
	}
	for _, tg := range targets {
		for k := 0; k < 25 && k < len(tg.value); k++ {
			i := k
			if len(tg.value) > 25 {
				i = rng.Intn(len(tg.value))
			}
			v := tg.value[i]
			tg.value[i] = v + float32(c.step)
			lp := c.loss()
			tg.value[i] = v - float32(c.step)
			lm := c.loss()
			tg.value[i] = v
			num := (lp - lm) / (2 * c.step)
			ana := float64(tg.grad[i])
			if math.Abs(num-ana) > 2e-2*(math.Abs(num)+math.Abs(ana))+3e-3 {
				t.Errorf("%s %s[%d]: analytic %.6g, numeric %.6g", l.Kind(), tg.name, i, ana, num)
			}
		}
	}
}

func TestGradConvPointwise(t *testing.T) {
	checkGradients(t, &Convolution2D{base: base{"c"}, FilterSize: [2]int{1, 1}, NumFilters: 5}, 2, []Size{{3, 4, 6}}, true, nil)
}

func TestGradConvGeneral(t *testing.T) {
	checkGradients(t, &Convolution2D{base: base{"c"}, FilterSize: [2]int{3, 2}, NumFilters: 4, Stride: [2]int{2, 1}, DilationFactor: [2]int{1, 2}, Padding: [4]int{1, 0, 2, 1}}, 2, []Size{{7, 6, 3}}, true, nil)
}

func TestGradConvGrouped(t *testing.T) {
	checkGradients(t, &Convolution2D{base: base{"c"}, FilterSize: [2]int{3, 3}, NumFilters: 2, NumGroups: 2, PaddingSame: true, Stride: [2]int{2, 2}}, 2, []Size{{6, 5, 4}}, true, nil)
}

func TestGradConvDepthwise(t *testing.T) {
	for _, st := range []int{1, 2} {
		checkGradients(t, &Convolution2D{base: base{"c"}, FilterSize: [2]int{5, 3}, NumFilters: 1, ChannelWise: true, PaddingSame: true, Stride: [2]int{st, st}}, 3, []Size{{8, 7, 6}}, true, nil)
	}
}

func TestGradBatchNorm(t *testing.T) {
	checkGradients(t, &BatchNormalization{base: base{"bn"}, Epsilon: 1e-3}, 3, []Size{{3, 2, 4}}, true, nil)
	checkGradients(t, &BatchNormalization{base: base{"bn"}, Epsilon: 1e-3}, 3, []Size{{3, 2, 4}}, false, nil)
}

func TestGradActivations(t *testing.T) {
	awayFromKinks := func(rng *rand.Rand, n int, s Size) *Tensor {
		x := randTensor(rng, n, s)
		for i, v := range x.Data {
			if math.Abs(float64(v)) < 0.1 || math.Abs(float64(v)-1) < 0.1 {
				x.Data[i] = v + 0.3
			}
		}
		return x
	}
	sz := []Size{{2, 3, 4}}
	checkGradients(t, &Sigmoid{base: base{"s"}}, 2, sz, true, nil)
	checkGradients(t, &Swish{base: base{"s"}}, 2, sz, true, nil)
	checkGradients(t, &ReLU{base: base{"r"}}, 2, sz, true, awayFromKinks)
	checkGradients(t, &ClippedReLU{base: base{"r"}, Ceiling: 1}, 2, sz, true, awayFromKinks)
	checkGradients(t, &Softmax{base: base{"s"}}, 2, sz, true, nil)
	checkGradients(t, &GlobalAveragePooling2D{base: base{"g"}}, 2, sz, true, nil)
	checkGradients(t, &FullyConnected{base: base{"f"}, OutputSize: 5}, 2, sz, true, nil)
	checkGradients(t, &Dropout{base: base{"d"}, Probability: 0.4}, 2, sz, true, nil)
	checkGradients(t, &StochasticDepth{base: base{"d"}, Probability: 0.4}, 4, sz, true, nil)
}

func TestGradMultiplication(t *testing.T) {
	checkGradients(t, &Multiplication{base: base{"m"}}, 2, []Size{{3, 2, 4}, {3, 2, 4}}, true, nil)
	checkGradients(t, &Multiplication{base: base{"m"}}, 2, []Size{{1, 1, 4}, {3, 2, 4}}, true, nil)
	checkGradients(t, &Multiplication{base: base{"m"}}, 2, []Size{{3, 2, 4}, {1, 1, 4}}, true, nil)
	checkGradients(t, &Multiplication{base: base{"m"}, Inputs: 3}, 2, []Size{{3, 1, 4}, {1, 2, 1}, {3, 2, 4}}, true, nil)
	checkGradients(t, &Addition{base: base{"a"}, Inputs: 3}, 2, []Size{{3, 2, 4}, {3, 2, 4}, {3, 2, 4}}, true, nil)
}

func TestGradPooling(t *testing.T) {
	distinct := func(rng *rand.Rand, n int, s Size) *Tensor {
		x := NewTensor(n, s)
		for i, p := range rng.Perm(len(x.Data)) {
			x.Data[i] = float32(p) * 0.05
		}
		return x
	}
	checkGradients(t, &MaxPooling2D{base: base{"p"}, poolGeometry: poolGeometry{PoolSize: [2]int{3, 2}, Stride: [2]int{2, 1}, Padding: [4]int{1, 1, 0, 1}}}, 2, []Size{{5, 4, 3}}, true, distinct)
	checkGradients(t, &AveragePooling2D{base: base{"p"}, poolGeometry: poolGeometry{PoolSize: [2]int{2, 3}, PaddingSame: true, Stride: [2]int{2, 2}}}, 2, []Size{{5, 4, 3}}, true, nil)
}

func TestGradClassificationAndInput(t *testing.T) {
	probs := func(rng *rand.Rand, n int, s Size) *Tensor {
		x := NewTensor(n, s)
		for i := range x.Data {
			x.Data[i] = float32(0.2 + rng.Float64())
		}
		return x
	}
	checkGradients(t, &Classification{base: base{"c"}}, 3, []Size{{1, 1, 4}}, true, probs)
	in := &ImageInput{base: base{"in"}, InputSize: Size{2, 3, 2}, Normalization: "zscore", Mean: []float32{1, -1}, StandardDeviation: []float32{2, 0.5}}
	checkGradients(t, in, 2, nil, true, nil)
}

func TestGradConvDepthwiseLargeKernel(t *testing.T) {
	checkGradients(t, &Convolution2D{base: base{"c"}, FilterSize: [2]int{9, 9}, NumFilters: 1, ChannelWise: true, PaddingSame: true}, 2, []Size{{9, 9, 5}}, true, nil)
}
