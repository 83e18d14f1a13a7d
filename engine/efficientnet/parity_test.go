package efficientnet

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"gomat/engine"
)

// relErr is ‖a−b‖/‖b‖ in float64, with ‖b‖ floored at 0.05 (so an
// absolute error up to 5e-6 passes at the 1e-4 threshold): some gradients
// are zero in exact arithmetic (the offset of a batch norm whose output
// feeds another batch norm through a linear conv) and only float32
// rounding noise (≈1e-7…1e-6) remains.
func relErr(a, b []float32) float64 {
	var d, n float64
	for i := range a {
		e := float64(a[i]) - float64(b[i])
		d += e * e
		n += float64(b[i]) * float64(b[i])
	}
	return math.Sqrt(d / math.Max(n, 0.05*0.05))
}

// TestTorchParity loads fixtures made by
// tools/torchfixtures/make_efficientnet_fixtures.py (PyTorch, float64) and
// checks the logits, loss, every parameter gradient and the updated batch
// normalization statistics of one training pass, in both padding
// conventions.
func TestTorchParity(t *testing.T) {
	for _, conv := range []string{"tf", "symmetric"} {
		t.Run(conv, func(t *testing.T) {
			fx, meta, err := engine.ReadSafetensors("../../testdata/engine/efficientnet_reduced_" + conv + ".safetensors")
			if err != nil {
				t.Fatal(err)
			}
			num := func(k string) float64 { v, _ := strconv.ParseFloat(meta[k], 64); return v }
			var mean, std []float32
			json.Unmarshal([]byte(meta["mean"]), &mean)
			json.Unmarshal([]byte(meta["std"]), &std)
			cfg := Config{Name: "efficientnet", Width: num("width"), Depth: num("depth"), Resolution: int(num("resolution")),
				Classes: int(num("classes")), Normalization: "zscore", Mean: mean, StandardDeviation: std}
			if meta["padding"] == "symmetric" {
				cfg.Padding = PaddingSymmetric
			}
			g, err := Build(cfg)
			if err != nil {
				t.Fatal(err)
			}
			net, err := engine.Compile(g, nil)
			if err != nil {
				t.Fatal(err)
			}
			seen := 0
			for _, r := range net.Learnables() {
				p, ok := fx["param/"+r.Layer+"/"+r.Name]
				if !ok {
					t.Fatalf("fixture lacks %s/%s", r.Layer, r.Name)
				}
				copy(r.Value, p.Data)
				seen++
			}
			for k := range fx {
				if strings.HasPrefix(k, "param/") {
					seen--
				}
			}
			if seen != 0 {
				t.Fatalf("fixture and network disagree on the number of parameters")
			}
			in := fx["input"]
			x := &engine.Tensor{N: in.Shape[0], Size: net.InputSize(), Data: in.Data}
			labels := make([]int, len(fx["labels"].Data))
			for i, v := range fx["labels"].Data {
				labels[i] = int(v)
			}
			if _, err := net.Forward(x); err != nil {
				t.Fatal(err)
			}
			loss, _, err := net.Loss(labels)
			if err != nil {
				t.Fatal(err)
			}
			if err := net.Backward(); err != nil {
				t.Fatal(err)
			}
			logits, err := net.LastActivation("efficientnet|model|head|dense|MatMul")
			if err != nil {
				t.Fatal(err)
			}
			if e := relErr(logits.Data, fx["logits"].Data); e > 1e-4 {
				t.Errorf("logits: relative error %.3g", e)
			}
			if want := float64(fx["loss"].Data[0]); math.Abs(loss-want) > 1e-4*math.Abs(want) {
				t.Errorf("loss %.7g, want %.7g", loss, want)
			}
			worst := 0.0
			for _, r := range net.Learnables() {
				e := relErr(r.Grad, fx["grad/"+r.Layer+"/"+r.Name].Data)
				worst = math.Max(worst, e)
				if e > 1e-4 {
					t.Errorf("grad %s/%s: relative error %.3g", r.Layer, r.Name, e)
				}
			}
			for _, r := range net.States() {
				if e := relErr(r.Value, fx["state/"+r.Layer+"/"+r.Name].Data); e > 1e-4 {
					t.Errorf("%s/%s: relative error %.3g", r.Layer, r.Name, e)
				}
			}
			t.Logf("loss %.7g, worst gradient relative error %.2g", loss, worst)
		})
	}
}
