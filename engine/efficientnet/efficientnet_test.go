package efficientnet

import (
	"math/rand"
	"strings"
	"testing"

	"gomat/engine"
)

func TestB0MatchesMATLABGraph(t *testing.T) {
	cfg, _ := Variant(0)
	g, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(g.Layers()); n != 290 {
		t.Errorf("layers = %d, want 290", n)
	}
	if n := len(g.Connections()); n != 363 {
		t.Errorf("connections = %d, want 363", n)
	}
	for _, name := range []string{
		"ImageInput",
		"efficientnet-b0|model|stem|conv2d|Conv2D",
		"efficientnet-b0|model|stem|tpu_batch_normalization|FusedBatchNorm",
		"efficientnet-b0|model|blocks_0|depthwise_conv2d|depthwise",
		"efficientnet-b0|model|blocks_0|conv2d|Conv2D",
		"efficientnet-b0|model|blocks_0|tpu_batch_normalization_1|FusedBatchNorm",
		"Conv__301", "Conv__304", "Conv__309", "Conv__312", "Conv__319", "Conv__373", "Conv__383", "Conv__401", "Conv__439", "Conv__442",
		"efficientnet-b0|model|blocks_1|conv2d_1|Conv2D",
		"efficientnet-b0|model|blocks_2|Add",
		"efficientnet-b0|model|blocks_15|se|MulLayer_1",
		"efficientnet-b0|model|head|conv2d|Conv2D",
		"efficientnet-b0|model|head|global_average_pooling2d|GlobAvgPool",
		"efficientnet-b0|model|head|dense|MatMul",
		"Softmax", "classification",
	} {
		if g.Layer(name) == nil {
			t.Errorf("missing layer %q", name)
		}
	}
	conns := map[engine.Connection]bool{}
	for _, c := range g.Connections() {
		conns[c] = true
	}
	for _, c := range [][2]string{
		{"efficientnet-b0|model|blocks_8|tpu_batch_normalization_2|FusedBatchNorm", "efficientnet-b0|model|blocks_9|Add/in2"},
		{"Conv__383", "efficientnet-b0|model|blocks_9|se|MulLayer/in1"},
		{"efficientnet-b0|model|blocks_9|se|SigmoidLayer", "efficientnet-b0|model|blocks_9|se|MulLayer/in2"},
		{"efficientnet-b0|model|blocks_9|MulLayer_1", "efficientnet-b0|model|blocks_9|se|MulLayer_1/in2"},
		{"efficientnet-b0|model|blocks_9|se|SigmoidLayer_1", "efficientnet-b0|model|blocks_9|se|MulLayer_1/in1"},
		{"efficientnet-b0|model|blocks_9|tpu_batch_normalization_2|FusedBatchNorm", "efficientnet-b0|model|blocks_9|Add/in1"},
	} {
		if !conns[engine.Connection{Source: c[0], Destination: c[1]}] {
			t.Errorf("missing connection %v", c)
		}
	}
	c := g.Layer("efficientnet-b0|model|blocks_3|depthwise_conv2d|depthwise").(*engine.Convolution2D)
	if c.Padding != [4]int{1, 2, 1, 2} || c.Stride != [2]int{2, 2} {
		t.Errorf("blocks_3 depthwise padding %v stride %v, want [1 2 1 2] [2 2]", c.Padding, c.Stride)
	}
	c = g.Layer("efficientnet-b0|model|stem|conv2d|Conv2D").(*engine.Convolution2D)
	if c.Padding != [4]int{0, 1, 0, 1} {
		t.Errorf("stem padding %v, want [0 1 0 1]", c.Padding)
	}
}

func TestParameterCounts(t *testing.T) {
	want := []int{5288548, 7794184, 9109994, 12233232, 19341616, 30389784, 43040704, 66347960}
	for b, w := range want {
		if b > 3 && testing.Short() {
			continue
		}
		cfg, _ := Variant(b)
		g, err := Build(cfg)
		if err != nil {
			t.Fatal(err)
		}
		net, err := engine.Compile(g, rand.New(rand.NewSource(1)))
		if err != nil {
			t.Fatal(err)
		}
		if n := net.NumLearnables(); n != w {
			t.Errorf("B%d: %d learnables, want %d", b, n, w)
		}
	}
}

func TestCompoundAndRounding(t *testing.T) {
	if RoundFilters(32, 1.1) != 32 || RoundFilters(1280, 1.1) != 1408 || RoundFilters(40, 1.2) != 48 || RoundFilters(16, 0.25) != 8 {
		t.Error("RoundFilters disagrees with the reference table")
	}
	if RoundRepeats(4, 3.1) != 13 || RoundRepeats(1, 1.1) != 2 {
		t.Error("RoundRepeats disagrees with the reference table")
	}
	c := Compound(1)
	if c.Width != Beta || c.Depth != Alpha || c.Resolution != 256 {
		t.Errorf("Compound(1) = %+v", c)
	}
	if _, err := Variant(8); err == nil || !strings.Contains(err.Error(), "B0") {
		t.Error("Variant(8) should fail")
	}
}

func TestSymmetricPaddingAndHead(t *testing.T) {
	cfg, _ := Variant(0)
	cfg.Padding = PaddingSymmetric
	cfg.Resolution = 64
	g, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	c := g.Layer("efficientnet-b0|model|blocks_3|depthwise_conv2d|depthwise").(*engine.Convolution2D)
	if c.Padding != [4]int{2, 2, 2, 2} {
		t.Errorf("symmetric padding %v", c.Padding)
	}
	if err := ReplaceHead(g, 7); err != nil {
		t.Fatal(err)
	}
	net, err := engine.Compile(g, rand.New(rand.NewSource(2)))
	if err != nil {
		t.Fatal(err)
	}
	if s := net.OutputSize(); s.C != 7 {
		t.Errorf("head outputs %v", s)
	}
	if n := net.NumLearnables(); n != 5288548-1281*1000+1281*7 {
		t.Errorf("learnables after ReplaceHead = %d", n)
	}
}
