package engine

import (
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// named sets a layer's name and returns it, for compact graph literals.
func named[L Layer](name string, l L) L {
	SetName(l, name)
	return l
}

// smallNet builds a graph that exercises every layer kind of an MBConv
// block plus pooling, with a residual addition and a squeeze-excitation
// gate: input 8×8×3 → 3 classes.
func smallNet(t *testing.T) *Graph {
	t.Helper()
	g, err := NewGraph(
		named("in", &ImageInput{InputSize: Size{8, 8, 3}, Normalization: "zscore", Mean: []float32{0.1, 0, -0.1}, StandardDeviation: []float32{1, 2, 0.5}}),
		named("stem", &Convolution2D{FilterSize: [2]int{3, 3}, NumFilters: 8, Stride: [2]int{2, 2}, PaddingSame: true}),
		named("bn1", &BatchNormalization{Epsilon: 1e-3}),
		named("act1", &Swish{}),
		named("dw", &Convolution2D{FilterSize: [2]int{3, 3}, NumFilters: 1, ChannelWise: true, Padding: [4]int{1, 1, 1, 1}}),
		named("bn2", &BatchNormalization{Epsilon: 1e-3}),
		named("sig", &Sigmoid{}),
	)
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(g.AddLayers(named("mul", &Multiplication{})))
	must(g.Connect("bn2", "mul/in1"))
	must(g.Connect("sig", "mul/in2"))
	must(g.AddLayers(named("se_gap", &GlobalAveragePooling2D{}), named("se_c1", &Convolution2D{FilterSize: [2]int{1, 1}, NumFilters: 2}),
		named("se_relu", &ClippedReLU{Ceiling: 6}), named("se_c2", &Convolution2D{FilterSize: [2]int{1, 1}, NumFilters: 8}), named("se_sig", &Sigmoid{})))
	must(g.Connect("mul", "se_gap"))
	must(g.AddLayers(named("gate", &Multiplication{})))
	must(g.Connect("se_sig", "gate/in1"))
	must(g.Connect("mul", "gate/in2"))
	must(g.AddLayers(named("proj", &Convolution2D{FilterSize: [2]int{1, 1}, NumFilters: 8, NoBias: true}), named("bn3", &BatchNormalization{Epsilon: 1e-3}),
		named("drop", &StochasticDepth{Probability: 0.3})))
	must(g.Connect("gate", "proj"))
	must(g.AddLayers(named("add", &Addition{})))
	must(g.Connect("drop", "add/in1"))
	must(g.Connect("act1", "add/in2"))
	must(g.AddLayers(named("relu", &ReLU{}), named("max", &MaxPooling2D{poolGeometry: poolGeometry{PoolSize: [2]int{2, 2}, Stride: [2]int{1, 1}}}),
		named("avg", &AveragePooling2D{poolGeometry: poolGeometry{PoolSize: [2]int{2, 2}, Stride: [2]int{2, 2}}}), named("gap", &GlobalAveragePooling2D{}),
		named("dropout", &Dropout{Probability: 0.2}), named("fc", &FullyConnected{OutputSize: 3}), named("softmax", &Softmax{}), named("output", &Classification{})))
	must(g.Connect("add", "relu"))
	return g
}

func randBatch(rng *rand.Rand, n int, s Size) *Tensor { return randTensor(rng, n, s) }

// TestNetworkGradients checks the composed network's parameter gradients
// against central differences of the loss (dropout and stochastic depth
// masks are redrawn from the same seed every pass).
func TestNetworkGradients(t *testing.T) {
	net, err := Compile(smallNet(t), rand.New(rand.NewSource(3)))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(4))
	x := randBatch(rng, 4, net.InputSize())
	labels := []int{0, 2, 1, 2}
	loss := func() float64 {
		net.ctx.Rand = rand.New(rand.NewSource(9))
		if _, err := net.Forward(x); err != nil {
			t.Fatal(err)
		}
		l, _, err := net.Loss(labels)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	loss()
	if err := net.Backward(); err != nil {
		t.Fatal(err)
	}
	grads := map[*Param][]float32{}
	for _, r := range net.Learnables() {
		grads[r.Param] = append([]float32(nil), r.Grad...)
	}
	const h = 2e-3
	checked := 0
	for _, r := range net.Learnables() {
		for k := 0; k < 6; k++ {
			i := rng.Intn(len(r.Value))
			v := r.Value[i]
			r.Value[i] = v + h
			lp := loss()
			r.Value[i] = v - h
			lm := loss()
			r.Value[i] = v
			num := (lp - lm) / (2 * h)
			ana := float64(grads[r.Param][i])
			if math.Abs(num-ana) > 3e-2*(math.Abs(num)+math.Abs(ana))+1e-3 {
				t.Errorf("%s/%s[%d]: analytic %.6g, numeric %.6g", r.Layer, r.Name, i, ana, num)
			}
			checked++
		}
	}
	if checked < 60 {
		t.Errorf("only %d gradients checked", checked)
	}
}

// TestBatchIndependence checks that inference on a batch of 16 gives
// each sample the same result as running it alone.
func TestBatchIndependence(t *testing.T) {
	net, err := Compile(smallNet(t), rand.New(rand.NewSource(5)))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(6))
	for _, r := range net.States() { // non-trivial trained statistics
		for i := range r.Value {
			r.Value[i] = float32(0.5 + rng.Float64())
		}
	}
	x := randBatch(rng, 16, net.InputSize())
	all, err := net.Predict(x)
	if err != nil {
		t.Fatal(err)
	}
	full := append([]float32(nil), all.Data...)
	k := all.Size.Elems()
	for n := 0; n < 16; n++ {
		one := &Tensor{N: 1, Size: x.Size, Data: x.Sample(n)}
		y, err := net.Predict(one)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range y.Data {
			if d := math.Abs(float64(v - full[n*k+i])); d > 1e-6 {
				t.Fatalf("sample %d class %d: batch 1 gives %g, batch 16 gives %g", n, i, v, full[n*k+i])
			}
		}
	}
}

func TestGraphValidation(t *testing.T) {
	cases := []struct {
		build func() (*Graph, error)
		want  string
	}{
		{func() (*Graph, error) {
			g, _ := NewGraph(named("in", &ImageInput{InputSize: Size{4, 4, 1}}), named("fc", &FullyConnected{OutputSize: 2}))
			return g, g.AddLayers(named("add", &Addition{}))
		}, "Layer 'add': Unconnected input"},
		{func() (*Graph, error) {
			g, _ := NewGraph(named("in", &ImageInput{InputSize: Size{4, 4, 1}}), named("a", &ReLU{}))
			return g, g.Connect("nope", "a")
		}, "Layer 'nope' does not exist"},
		{func() (*Graph, error) {
			return NewGraph(named("in", &ImageInput{InputSize: Size{4, 4, 1}}), named("in", &ReLU{}))
		}, "must be unique"},
		{func() (*Graph, error) {
			g, _ := NewGraph(named("in", &ImageInput{InputSize: Size{4, 4, 1}}), named("a", &ReLU{}))
			g.AddLayers(named("add", &Addition{}), named("b", &ReLU{}))
			g.Connect("a", "add/in1")
			return g, g.Connect("b", "add/in2")
		}, "cycle"},
		{func() (*Graph, error) {
			g, _ := NewGraph(named("in", &ImageInput{InputSize: Size{4, 4, 1}}), named("c", &Convolution2D{FilterSize: [2]int{3, 3}, NumFilters: 2}))
			g.AddLayers(named("add", &Addition{}))
			g.Connect("in", "add/in1")
			return g, g.Connect("c", "add/in2")
		}, "Layer 'add': Input size mismatch"},
		{func() (*Graph, error) {
			return NewGraph(named("in", &ImageInput{InputSize: Size{4, 4, 1}, Normalization: "rescale-symmetric"}))
		}, "unsupported Normalization"},
	}
	for _, c := range cases {
		g, err := c.build()
		if err == nil {
			_, err = Compile(g, nil)
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("got error %v, want one containing %q", err, c.want)
		}
	}
}

func TestNonFiniteIsAnError(t *testing.T) {
	net, err := Compile(smallNet(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	net.Param("proj", "Weights").Value[3] = float32(math.Inf(1))
	x := randBatch(rand.New(rand.NewSource(1)), 2, net.InputSize())
	if _, err := net.Predict(x); err == nil || !strings.Contains(err.Error(), "Layer 'proj'") {
		t.Errorf("Predict: %v", err)
	}
	if _, _, err := net.TrainStep(x, []int{0, 1}, NewSGDM(0.01)); err == nil || !strings.Contains(err.Error(), "Layer 'proj'") {
		t.Errorf("TrainStep: %v", err)
	}
	bad := &Tensor{N: 1, Size: Size{7, 8, 3}, Data: make([]float32, 168)}
	if _, err := net.Predict(bad); err == nil || !strings.Contains(err.Error(), "Layer 'in': Input size mismatch") {
		t.Errorf("wrong input size: %v", err)
	}
}

// TestTrainingConverges fits a tiny batch with each solver.
func TestTrainingConverges(t *testing.T) {
	opts := map[string]Optimizer{"sgdm": NewSGDM(0.05), "adam": NewAdam(0.01), "rmsprop": NewRMSProp(0.005)}
	for name, opt := range opts {
		net, err := Compile(smallNet(t), rand.New(rand.NewSource(8)))
		if err != nil {
			t.Fatal(err)
		}
		rng := rand.New(rand.NewSource(2))
		x := randBatch(rng, 6, net.InputSize())
		labels := []int{0, 1, 2, 0, 1, 2}
		first, last := 0.0, 0.0
		for it := 0; it < 60; it++ {
			loss, _, err := net.TrainStep(x, labels, opt)
			if err != nil {
				t.Fatal(err)
			}
			if it == 0 {
				first = loss
			}
			last = loss
		}
		if !(last < 0.5*first) {
			t.Errorf("%s: loss %g → %g", name, first, last)
		}
	}
}

func TestOptimizerRules(t *testing.T) {
	p := func() []ParamRef {
		q := newParam("Weights", 2)
		q.Value, q.Grad = []float32{1, -2}, []float32{0.5, 0.25}
		q.LearnRateFactor = 2
		return []ParamRef{{"l", q}}
	}
	near := func(got []float32, want ...float64) {
		t.Helper()
		for i, w := range want {
			if math.Abs(float64(got[i])-w) > 1e-5 {
				t.Errorf("got %v, want %v", got, want)
				return
			}
		}
	}
	s := p()
	o := &SGDM{SolverOptions{LearnRate: 0.1, L2Regularization: 0.1}, 0.9}
	o.Step(s)
	near(s[0].Value, 1-0.2*(0.5+0.1), -2-0.2*(0.25-0.2))
	s[0].Grad[0], s[0].Grad[1] = 0, 0
	o.L2Regularization = 0
	o.Step(s)
	near(s[0].Value, 1-0.12-0.9*0.12, -2-0.01-0.9*0.01)

	s = p()
	a := NewAdam(0.1)
	a.Step(s)
	near(s[0].Value, 1-0.2, -2-0.2) // first bias-corrected Adam step is lr·sign(g)

	s = p()
	r := NewRMSProp(0.1)
	r.Step(s)
	near(s[0].Value, 1-0.2*0.5/(math.Sqrt(0.1*0.25)+1e-8), -2-0.2*0.25/(math.Sqrt(0.1*0.0625)+1e-8))

	for method, want := range map[string][]float64{
		"l2norm":         {1 - 0.2*0.5*0.1/math.Sqrt(0.3125), -2 - 0.2*0.25*0.1/math.Sqrt(0.3125)},
		"global-l2norm":  {1 - 0.2*0.5*0.1/math.Sqrt(0.3125), -2 - 0.2*0.25*0.1/math.Sqrt(0.3125)},
		"absolute-value": {1 - 0.2*0.1, -2 - 0.2*0.1},
	} {
		s = p()
		o := &SGDM{SolverOptions{LearnRate: 0.1, GradientThreshold: 0.1, GradientThresholdMethod: method}, 0}
		if err := o.Step(s); err != nil {
			t.Fatal(err)
		}
		near(s[0].Value, want...)
	}
	sch := PiecewiseSchedule{InitialLearnRate: 0.01, DropFactor: 0.1, DropPeriod: 10}
	if sch.Rate(9) != 0.01 || math.Abs(sch.Rate(25)-1e-4) > 1e-12 {
		t.Errorf("piecewise schedule: %g %g", sch.Rate(9), sch.Rate(25))
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	net, err := Compile(smallNet(t), rand.New(rand.NewSource(1)))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	x := randBatch(rng, 4, net.InputSize())
	opt := NewAdam(0.01)
	for i := 0; i < 3; i++ {
		if _, _, err := net.TrainStep(x, []int{0, 1, 2, 0}, opt); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "net.safetensors")
	if err := net.Save(path, opt); err != nil {
		t.Fatal(err)
	}
	back, bopt, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Graph().Layers()) != len(net.Graph().Layers()) || len(back.Graph().Connections()) != len(net.Graph().Connections()) {
		t.Fatal("graph differs after load")
	}
	if a, ok := bopt.(*Adam); !ok || a.Iteration != 3 || a.LearnRate != 0.01 {
		t.Fatalf("optimizer after load: %#v", bopt)
	}
	want, _ := net.Predict(x)
	w := append([]float32(nil), want.Data...)
	got, err := back.Predict(x)
	if err != nil {
		t.Fatal(err)
	}
	for i := range w {
		if got.Data[i] != w[i] {
			t.Fatalf("prediction %d: %g after load, %g before", i, got.Data[i], w[i])
		}
	}
	// One more step from both must agree too (optimizer state restored).
	net.ctx.Rand, back.ctx.Rand = rand.New(rand.NewSource(5)), rand.New(rand.NewSource(5))
	l1, _, _ := net.TrainStep(x, []int{0, 1, 2, 0}, opt)
	l2, _, _ := back.TrainStep(x, []int{0, 1, 2, 0}, bopt)
	p1, p2 := net.Param("fc", "Weights").Value, back.Param("fc", "Weights").Value
	if l1 != l2 || p1[0] != p2[0] {
		t.Errorf("training diverges after load: loss %g vs %g, weight %g vs %g", l1, l2, p1[0], p2[0])
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %d entries", len(entries))
	}
}

// TestTrainStepAllocatesNothing checks the steady-state training loop.
func TestTrainStepAllocatesNothing(t *testing.T) {
	net, err := Compile(smallNet(t), rand.New(rand.NewSource(1)))
	if err != nil {
		t.Fatal(err)
	}
	x := randBatch(rand.New(rand.NewSource(2)), 4, net.InputSize())
	labels := []int{0, 1, 2, 0}
	opt := NewSGDM(0.01)
	net.TrainStep(x, labels, opt)
	allocs := testing.AllocsPerRun(5, func() {
		if _, _, err := net.TrainStep(x, labels, opt); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("%.1f allocations per training step", allocs)
	}
}

// TestActivationsOfFusedLayers checks that layers which run fused
// (batch normalization + swish, sigmoid + multiplication) still report
// their own activations.
func TestActivationsOfFusedLayers(t *testing.T) {
	net, err := Compile(smallNet(t), rand.New(rand.NewSource(1)))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2))
	for _, name := range []string{"bn1", "bn2"} {
		for _, s := range []string{"TrainedMean", "TrainedVariance", "Scale", "Offset"} {
			for i, v := range net.Param(name, s).Value {
				net.Param(name, s).Value[i] = v + float32(rng.Float64())
			}
		}
	}
	x := randBatch(rng, 2, net.InputSize())
	act := func(name string) []float32 {
		a, err := net.Activations(x, name)
		if err != nil {
			t.Fatal(err)
		}
		return a.Data
	}
	dw, bn2, sig, mul := act("dw"), act("bn2"), act("sig"), act("mul")
	stem, bn1, act1 := act("stem"), act("bn1"), act("act1")
	norm := func(layer string, i int, v float32) float64 {
		p := func(s string) float64 { return float64(net.Param(layer, s).Value[i%8]) }
		return (float64(v)-p("TrainedMean"))/math.Sqrt(p("TrainedVariance")+1e-3)*p("Scale") + p("Offset")
	}
	for i := range dw {
		z := norm("bn2", i, dw[i])
		s := 1 / (1 + math.Exp(-z))
		z1 := norm("bn1", i, stem[i])
		for _, c := range []struct {
			name      string
			got, want float64
		}{{"bn2", float64(bn2[i]), z}, {"sig", float64(sig[i]), s}, {"mul", float64(mul[i]), z * s},
			{"bn1", float64(bn1[i]), z1}, {"act1", float64(act1[i]), z1 / (1 + math.Exp(-z1))}} {
			if math.Abs(c.got-c.want) > 1e-4*(1+math.Abs(c.want)) {
				t.Fatalf("%s[%d] = %g, want %g", c.name, i, c.got, c.want)
			}
		}
	}
}
