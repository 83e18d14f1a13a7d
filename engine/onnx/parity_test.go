package onnx

import (
	"encoding/json"
	"math"
	"math/rand"
	"os"
	"sort"
	"testing"

	"gomat/engine"
)

// reference is one model's entry in testdata/reference.json, written by
// tools/torchfixtures/make_onnx_fixtures.py.
type reference struct {
	Input  []float32 `json:"input"`
	Shape  []int     `json:"shape"`
	Logits []float32 `json:"logits"`
	Scores []float32 `json:"scores"`
	Ops    []string  `json:"ops"`
}

// loadReference reads the reference values of a fixture model.
func loadReference(t *testing.T, model string) reference {
	t.Helper()
	b, err := os.ReadFile("testdata/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]reference
	if err := json.Unmarshal(b, &all); err != nil {
		t.Fatal(err)
	}
	r, ok := all[model]
	if !ok {
		t.Fatalf("no reference for %s", model)
	}
	return r
}

// nhwc converts the reference's NCHW input to an engine tensor.
func (r reference) nhwc() *engine.Tensor {
	n, c, h, w := r.Shape[0], r.Shape[1], r.Shape[2], r.Shape[3]
	x := engine.NewTensor(n, engine.Size{H: h, W: w, C: c})
	for i := 0; i < n; i++ {
		for ch := 0; ch < c; ch++ {
			for y := 0; y < h; y++ {
				for xx := 0; xx < w; xx++ {
					x.Data[((i*h+y)*w+xx)*c+ch] = r.Input[((i*c+ch)*h+y)*w+xx]
				}
			}
		}
	}
	return x
}

// compileFile imports and compiles a fixture.
func compileFile(t *testing.T, path string, opt Options) *engine.Network {
	t.Helper()
	g, err := ReadFile(path, opt)
	if err != nil {
		t.Fatal(err)
	}
	net, err := engine.Compile(g, rand.New(rand.NewSource(1)))
	if err != nil {
		t.Fatal(err)
	}
	return net
}

// top5 returns the indices of the five largest values.
func top5(p []float32) []int {
	idx := make([]int, len(p))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return p[idx[a]] > p[idx[b]] })
	return idx[:5]
}

// checkScores compares predictions with reference values: the same top-5
// classes per sample and every value within tol. It returns the largest
// difference.
func checkScores(t *testing.T, got, want []float32, classes int, tol float64) float64 {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d values, want %d", len(got), len(want))
	}
	worst := 0.0
	for i := range got {
		worst = math.Max(worst, math.Abs(float64(got[i]-want[i])))
	}
	for s := 0; s < len(got)/classes; s++ {
		g, w := top5(got[s*classes:(s+1)*classes]), top5(want[s*classes:(s+1)*classes])
		for k := range g {
			if g[k] != w[k] {
				t.Errorf("sample %d: top-5 classes %v, torch gives %v", s+1, g, w)
				break
			}
		}
	}
	if worst > tol {
		t.Errorf("largest difference from torch %.3g > %g", worst, tol)
	}
	return worst
}

func TestParityTorch(t *testing.T) {
	for _, model := range []string{"tiny_efficientnet", "small_cnn"} {
		t.Run(model, func(t *testing.T) {
			ref := loadReference(t, model)
			path := "testdata/" + model + ".onnx"
			plain := compileFile(t, path, Options{})
			y, err := plain.Predict(ref.nhwc())
			if err != nil {
				t.Fatal(err)
			}
			want := ref.Logits
			if model == "small_cnn" {
				want = ref.Scores
			}
			classes := len(ref.Scores) / ref.Shape[0]
			d := checkScores(t, y.Data, want, classes, 1e-4)
			cls := compileFile(t, path, Options{Classification: true})
			p, err := cls.Predict(ref.nhwc())
			if err != nil {
				t.Fatal(err)
			}
			ds := checkScores(t, p.Data, ref.Scores, classes, 1e-4)
			t.Logf("%s (ops %v): max |Δ| %.3g on the output, %.3g on the scores", model, ref.Ops, d, ds)
		})
	}
}
