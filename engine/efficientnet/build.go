package efficientnet

import (
	"fmt"

	"gomat/engine"
)

// builder accumulates layers and connections while tracking the spatial
// size, which TF padding depends on.
type builder struct {
	cfg    Config
	g      *engine.Graph
	prefix string
	hw     int
	err    error
	seConv int // ONNX-style number of the next squeeze-excitation conv
}

// add adds a chain of layers, the first fed by from ("" for none).
func (b *builder) add(from string, layers ...engine.Layer) string {
	if b.err != nil {
		return ""
	}
	if b.err = b.g.AddLayers(layers...); b.err != nil {
		return ""
	}
	if from != "" {
		b.connect(from, layers[0].Name())
	}
	return layers[len(layers)-1].Name()
}

func (b *builder) connect(src, dst string) {
	if b.err == nil {
		b.err = b.g.Connect(src, dst)
	}
}

// conv makes a convolution with the configured padding and tracks the size.
func (b *builder) conv(name string, k, filters, stride int, depthwise, bias bool) *engine.Convolution2D {
	c := &engine.Convolution2D{FilterSize: [2]int{k, k}, NumFilters: filters, Stride: [2]int{stride, stride}, NoBias: !bias}
	engine.SetName(c, name)
	if depthwise {
		c.NumFilters, c.ChannelWise = 1, true
	}
	if b.cfg.Padding == PaddingSymmetric {
		p := (k - 1) / 2
		c.Padding = [4]int{p, p, p, p}
	} else {
		out := (b.hw + stride - 1) / stride
		total := max((out-1)*stride+k-b.hw, 0)
		c.Padding = [4]int{total / 2, total - total/2, total / 2, total - total/2}
	}
	b.hw = (b.hw+c.Padding[0]+c.Padding[1]-k)/stride + 1
	return c
}

func (b *builder) bn(name string) *engine.BatchNormalization {
	l := &engine.BatchNormalization{Epsilon: b.cfg.Epsilon}
	engine.SetName(l, name)
	return l
}

// swish appends sigmoid + multiplication (MATLAB's spelling of swish)
// after from and returns the multiplication's name.
func (b *builder) swish(from, sig, mul string) string {
	s := &engine.Sigmoid{}
	engine.SetName(s, sig)
	m := &engine.Multiplication{}
	engine.SetName(m, mul)
	b.add(from, s)
	b.add("", m)
	b.connect(from, mul+"/in1")
	b.connect(sig, mul+"/in2")
	return mul
}

// Build returns the layer graph of an EfficientNet.
func Build(cfg Config) (*engine.Graph, error) {
	if cfg.Width <= 0 || cfg.Depth <= 0 || cfg.Resolution < 8 {
		return nil, fmt.Errorf("EfficientNet width, depth must be positive and resolution at least 8")
	}
	if cfg.Classes == 0 {
		cfg.Classes = 1000
	}
	if cfg.Epsilon == 0 {
		cfg.Epsilon = 1e-3
	}
	if cfg.Name == "" {
		cfg.Name = "efficientnet"
	}
	g, _ := engine.NewGraph()
	b := &builder{cfg: cfg, g: g, prefix: cfg.Name + "|model|", hw: cfg.Resolution, seConv: 301}

	in := &engine.ImageInput{InputSize: engine.Size{H: cfg.Resolution, W: cfg.Resolution, C: 3}, Normalization: cfg.Normalization, Mean: cfg.Mean, StandardDeviation: cfg.StandardDeviation}
	if in.Normalization == "" {
		in.Normalization = "zscore"
		in.Mean = []float32{123.675, 116.28, 103.53}
		in.StandardDeviation = []float32{58.395, 57.12, 57.375}
	}
	engine.SetName(in, "ImageInput")
	p := b.prefix + "stem|"
	stemC := RoundFilters(32, cfg.Width)
	x := b.add("", in, b.conv(p+"conv2d|Conv2D", 3, stemC, 2, false, false), b.bn(p+"tpu_batch_normalization|FusedBatchNorm"))
	x = b.swish(x, p+"SigmoidLayer", p+"MulLayer")

	total := 0
	for _, s := range b0Stages {
		total += RoundRepeats(s.repeats, cfg.Depth)
	}
	idx := 0
	for _, s := range b0Stages {
		cin, cout := RoundFilters(s.in, cfg.Width), RoundFilters(s.out, cfg.Width)
		for r := 0; r < RoundRepeats(s.repeats, cfg.Depth); r++ {
			stride := s.stride
			if r > 0 {
				stride, cin = 1, cout
			}
			x = b.block(x, idx, total, cin, cout, s.expand, s.kernel, stride)
			idx++
		}
	}

	p = b.prefix + "head|"
	headC := RoundFilters(1280, cfg.Width)
	x = b.add(x, b.conv(p+"conv2d|Conv2D", 1, headC, 1, false, false), b.bn(p+"tpu_batch_normalization|FusedBatchNorm"))
	x = b.swish(x, p+"SigmoidLayer", p+"MulLayer")
	gap := &engine.GlobalAveragePooling2D{}
	engine.SetName(gap, p+"global_average_pooling2d|GlobAvgPool")
	x = b.add(x, gap)
	if cfg.Dropout > 0 {
		d := &engine.Dropout{Probability: cfg.Dropout}
		engine.SetName(d, p+"dropout")
		x = b.add(x, d)
	}
	fc := &engine.FullyConnected{OutputSize: cfg.Classes}
	engine.SetName(fc, p+"dense|MatMul")
	sm := &engine.Softmax{}
	engine.SetName(sm, "Softmax")
	cl := &engine.Classification{}
	engine.SetName(cl, "classification")
	b.add(x, fc, sm, cl)
	return g, b.err
}

// block adds MBConv block idx (of total) and returns its output layer.
func (b *builder) block(x string, idx, total, cin, cout, expand, k, stride int) string {
	p := fmt.Sprintf("%sblocks_%d|", b.prefix, idx)
	input := x
	bnN := 0
	bnName := func() string {
		n := p + "tpu_batch_normalization|FusedBatchNorm"
		if bnN > 0 {
			n = fmt.Sprintf("%stpu_batch_normalization_%d|FusedBatchNorm", p, bnN)
		}
		bnN++
		return n
	}
	mid := cin * expand
	sigSuffix := ""
	if expand != 1 {
		x = b.add(x, b.conv(p+"conv2d|Conv2D", 1, mid, 1, false, false), b.bn(bnName()))
		x = b.swish(x, p+"SigmoidLayer", p+"MulLayer")
		sigSuffix = "_1"
	}
	x = b.add(x, b.conv(p+"depthwise_conv2d|depthwise", k, mid, stride, true, false), b.bn(bnName()))
	x = b.swish(x, p+"SigmoidLayer"+sigSuffix, p+"MulLayer"+sigSuffix)

	residual := stride == 1 && cin == cout
	if idx > 0 {
		if residual {
			b.seConv += 10
		} else {
			b.seConv += 8
		}
	}
	se := max(1, cin/4)
	gap := &engine.GlobalAveragePooling2D{}
	engine.SetName(gap, p+"se|GlobAvgPool")
	c1 := &engine.Convolution2D{FilterSize: [2]int{1, 1}, NumFilters: se}
	engine.SetName(c1, fmt.Sprintf("Conv__%d", b.seConv))
	s := b.add(x, gap, c1)
	s = b.swish(s, p+"se|SigmoidLayer", p+"se|MulLayer")
	c2 := &engine.Convolution2D{FilterSize: [2]int{1, 1}, NumFilters: mid}
	engine.SetName(c2, fmt.Sprintf("Conv__%d", b.seConv+3))
	sig := &engine.Sigmoid{}
	engine.SetName(sig, p+"se|SigmoidLayer_1")
	gate := b.add(s, c2, sig)
	mul := &engine.Multiplication{}
	engine.SetName(mul, p+"se|MulLayer_1")
	b.add("", mul)
	b.connect(gate, mul.Name()+"/in1")
	b.connect(x, mul.Name()+"/in2")

	projName := p + "conv2d_1|Conv2D"
	if expand == 1 {
		projName = p + "conv2d|Conv2D"
	}
	x = b.add(mul.Name(), b.conv(projName, 1, cout, 1, false, false), b.bn(bnName()))
	if !residual {
		return x
	}
	if b.cfg.DropConnect > 0 {
		sd := &engine.StochasticDepth{Probability: b.cfg.DropConnect * float64(idx) / float64(total)}
		engine.SetName(sd, p+"drop_connect")
		x = b.add(x, sd)
	}
	add := &engine.Addition{}
	engine.SetName(add, p+"Add")
	b.add("", add)
	b.connect(x, add.Name()+"/in1")
	b.connect(input, add.Name()+"/in2")
	return add.Name()
}

// ReplaceHead swaps the classifier for a new, freshly initialised
// fully connected layer with the given number of classes (transfer
// learning); recompile the graph afterwards.
func ReplaceHead(g *engine.Graph, classes int) error {
	var name string
	for _, l := range g.Layers() {
		if _, ok := l.(*engine.FullyConnected); ok {
			name = l.Name()
		}
	}
	if name == "" {
		return fmt.Errorf("the layer graph has no fully connected layer to replace")
	}
	fc := &engine.FullyConnected{OutputSize: classes}
	engine.SetName(fc, name)
	return g.Replace(name, fc)
}
