package onnx

import (
	"os"
	"strings"
	"testing"
)

// tinyModel is a valid one-convolution model used as the base of the
// broken models below and as a fuzz seed.
func tinyModel() *Model {
	return &Model{IRVersion: 7, Opset: 13, Graph: Graph{
		Name: "tiny",
		Nodes: []Node{
			{Name: "conv", OpType: "Conv", Inputs: []string{"x", "w", "b"}, Outputs: []string{"c"}, Attrs: []Attr{ints("pads", 1, 1, 1, 1)}},
			{Name: "relu", OpType: "Relu", Inputs: []string{"c"}, Outputs: []string{"r"}},
			{Name: "gap", OpType: "GlobalAveragePool", Inputs: []string{"r"}, Outputs: []string{"g"}},
			{Name: "flat", OpType: "Flatten", Inputs: []string{"g"}, Outputs: []string{"f"}},
			{Name: "fc", OpType: "Gemm", Inputs: []string{"f", "fw", "fb"}, Outputs: []string{"y"}, Attrs: []Attr{{Name: "transB", Type: attrInt, I: 1}}},
		},
		Initializers: []*Tensor{
			floatTensor("w", make([]float32, 4*3*3*3), 4, 3, 3, 3),
			floatTensor("b", make([]float32, 4), 4),
			floatTensor("fw", make([]float32, 2*4), 2, 4),
			floatTensor("fb", make([]float32, 2), 2),
		},
		Inputs:  []ValueInfo{{Name: "x", Dims: []int64{-1, 3, 8, 8}}},
		Outputs: []ValueInfo{{Name: "y", Dims: []int64{-1, 2}}},
	}}
}

// importBytes decodes and imports a serialized model.
func importBytes(b []byte) error {
	m, err := Decode(b)
	if err != nil {
		return err
	}
	_, err = Import(m, Options{Classification: true})
	return err
}

func TestTinyModelImports(t *testing.T) {
	if err := importBytes(Encode(tinyModel())); err != nil {
		t.Fatal(err)
	}
}

func TestBrokenModels(t *testing.T) {
	cases := []struct {
		name  string
		edit  func(m *Model)
		wants string
	}{
		{"cycle", func(m *Model) {
			m.Graph.Nodes[1].Inputs = []string{"f"} // relu reads flatten's output
		}, "cycle"},
		{"missing initializer", func(m *Model) { m.Graph.Initializers = m.Graph.Initializers[1:] }, `reads "w"`},
		{"absurd dims", func(m *Model) { m.Graph.Initializers[0].Dims = []int64{1 << 20, 1 << 20, 3, 3} }, "too large"},
		{"dims beyond int32", func(m *Model) { m.Graph.Initializers[0].Dims = []int64{1 << 40, 1 << 40, 3, 3} }, "invalid dimensions"},
		{"negative dims", func(m *Model) { m.Graph.Initializers[0].Dims = []int64{-4, 3, 3, 3} }, "invalid dimensions"},
		{"wrong data size", func(m *Model) { m.Graph.Initializers[0].Dims = []int64{5, 3, 3, 3} }, "stores 108 values"},
		{"huge input", func(m *Model) { m.Graph.Inputs[0].Dims = []int64{1, 3, 1 << 40, 8} }, "fixed, positive"},
		{"unsupported", func(m *Model) {
			m.Graph.Nodes[1].OpType = "LSTM"
			m.Graph.Nodes[2].OpType = "Pad"
			m.Graph.Nodes[3].OpType = "LSTM"
		}, "unsupported operators: LSTM, Pad"},
		{"produced twice", func(m *Model) { m.Graph.Nodes[1].Outputs = []string{"c"} }, "produced twice"},
		{"no output", func(m *Model) { m.Graph.Outputs = nil }, "exactly one output"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := tinyModel()
			c.edit(m)
			err := importBytes(Encode(m))
			if err == nil || !strings.Contains(err.Error(), c.wants) {
				t.Fatalf("got error %v, want one containing %q", err, c.wants)
			}
		})
	}
}

// TestTruncated cuts a real model at many lengths: every prefix must
// fail cleanly.
func TestTruncated(t *testing.T) {
	b, err := os.ReadFile("testdata/small_cnn.onnx")
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(b); n += 1 + n/7 {
		if err := importBytes(b[:n]); err == nil {
			t.Fatalf("a %d-byte prefix of a %d-byte model imported without error", n, len(b))
		}
	}
}

func TestGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, {0xff}, {0x3a, 0xff, 0xff, 0xff, 0xff, 0x0f}, []byte("not a model at all")} {
		if err := importBytes(b); err == nil {
			t.Errorf("%q imported without error", b)
		}
	}
}

func FuzzONNX(f *testing.F) {
	f.Add(Encode(tinyModel()))
	if b, err := os.ReadFile("testdata/small_cnn.onnx"); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		for _, init := range m.Graph.Initializers {
			_, _ = init.Floats()
		}
		_, _ = Import(m, Options{Classification: true})
	})
}
