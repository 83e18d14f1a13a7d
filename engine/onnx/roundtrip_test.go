package onnx

import (
	"math/rand"
	"path/filepath"
	"slices"
	"testing"

	"gomat/engine"
	"gomat/engine/efficientnet"
)

// roundTrip exports net to a file, imports it again and checks that both
// give identical predictions on x.
func roundTrip(t *testing.T, net *engine.Network, x *engine.Tensor) {
	t.Helper()
	want, err := net.Predict(x)
	if err != nil {
		t.Fatal(err)
	}
	want = &engine.Tensor{N: want.N, Size: want.Size, Data: slices.Clone(want.Data)}
	path := filepath.Join(t.TempDir(), "net.onnx")
	m, err := Export(net)
	if err != nil {
		t.Fatal(err)
	}
	if o := m.Graph.Outputs; len(o) != 1 || len(o[0].Dims) != 2 || o[0].Dims[1] != int64(want.Size.C) {
		t.Fatalf("exported output %v, want [N %d]", o, want.Size.C)
	}
	if err := WriteFile(m, path); err != nil {
		t.Fatal(err)
	}
	back := compileFile(t, path, Options{})
	got, err := back.Predict(x)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got.Data, want.Data) {
		t.Fatalf("predictions differ after export and import:\n got %v\nwant %v", got.Data[:8], want.Data[:8])
	}
}

func TestRoundTripFixtures(t *testing.T) {
	for _, model := range []string{"tiny_efficientnet", "small_cnn"} {
		t.Run(model, func(t *testing.T) {
			ref := loadReference(t, model)
			roundTrip(t, compileFile(t, "testdata/"+model+".onnx", Options{Classification: true}), ref.nhwc())
		})
	}
}

// TestRoundTripEngine exports an engine-built EfficientNet (TF 'same'
// padding, swish and fused layers) with random weights.
func TestRoundTripEngine(t *testing.T) {
	cfg := efficientnet.Config{Name: "efficientnet", Width: 0.1, Depth: 0.5, Resolution: 32, Classes: 7,
		Padding: efficientnet.PaddingTF, Normalization: "none"}
	g, err := efficientnet.Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	net, err := engine.Compile(g, rand.New(rand.NewSource(2)))
	if err != nil {
		t.Fatal(err)
	}
	x := engine.NewTensor(2, net.InputSize())
	r := rand.New(rand.NewSource(3))
	for i := range x.Data {
		x.Data[i] = float32(r.NormFloat64())
	}
	roundTrip(t, net, x)
}
