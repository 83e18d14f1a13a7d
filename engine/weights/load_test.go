package weights

import (
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gomat/engine"
	"gomat/engine/efficientnet"
)

// fixture is the reference made by tools/torchfixtures/make_weight_fixtures.py.
type fixture struct {
	cfg    efficientnet.Config
	input  *engine.Tensor
	logits map[string][]float32
}

func loadFixture(t *testing.T) fixture {
	t.Helper()
	ck, err := Read("../../testdata/weights/reference.safetensors")
	if err != nil {
		t.Fatal(err)
	}
	num := func(k string) float64 {
		v, err := strconv.ParseFloat(ck.Meta[k], 64)
		if err != nil {
			t.Fatalf("reference metadata %s: %v", k, err)
		}
		return v
	}
	res := int(num("resolution"))
	in := ck.Tensors["input"]
	return fixture{
		cfg:   efficientnet.Config{Name: "efficientnet", Width: num("width"), Depth: num("depth"), Resolution: res},
		input: &engine.Tensor{N: in.Shape[0], Size: engine.Size{H: res, W: res, C: 3}, Data: in.Data},
		logits: map[string][]float32{
			"symmetric": ck.Tensors["logits_symmetric"].Data,
			"tf":        ck.Tensors["logits_tf"].Data,
		},
	}
}

// run runs the network to its classifier.
func (f fixture) run(t *testing.T, net *engine.Network) []float32 {
	t.Helper()
	out, err := net.Activations(f.input, f.cfg.Name+"|model|head|dense|MatMul")
	if err != nil {
		t.Fatal(err)
	}
	return out.Data
}

// maxErr is the largest |a−b| relative to max(1, |b|).
func maxErr(a, b []float32) float64 {
	if len(a) != len(b) {
		return math.Inf(1)
	}
	worst := 0.0
	for i := range a {
		worst = math.Max(worst, math.Abs(float64(a[i])-float64(b[i]))/math.Max(1, math.Abs(float64(b[i]))))
	}
	return worst
}

// TestLoadMatchesTorch loads each fixture format and compares the logits
// with PyTorch's (eval mode).
func TestLoadMatchesTorch(t *testing.T) {
	f := loadFixture(t)
	cases := []struct {
		file, ref string
		tol       float64
		format    Format
		naming    Naming
	}{
		{"tv_tiny.pth", "symmetric", 1e-4, Pth, Torchvision},
		{"tv_tiny.safetensors", "symmetric", 1e-4, Safetensors, Torchvision},
		{"timm_tiny.safetensors", "symmetric", 1e-4, Safetensors, Timm},
		{"tf_efficientnet_tiny.safetensors", "tf", 1e-4, Safetensors, Timm},
		{"tv_tiny_f16.pth", "symmetric", 3e-2, Pth, Torchvision},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			path := filepath.Join("../../testdata/weights", c.file)
			ck, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if n, _ := detectNaming(ck); ck.Format != c.format || n != c.naming {
				t.Errorf("format %v naming %v, want %v %v", ck.Format, n, c.format, c.naming)
			}
			net, cfg, err := Load(path, f.cfg, OriginAuto)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Classes != 10 {
				t.Errorf("classes %d, want 10", cfg.Classes)
			}
			if e := maxErr(f.run(t, net), f.logits[c.ref]); e > c.tol {
				t.Errorf("logits differ from PyTorch by %.3g (tolerance %g)", e, c.tol)
			}
		})
	}
}

// TestEngineFormat saves a loaded network in the engine's format and loads
// it back through Load.
func TestEngineFormat(t *testing.T) {
	f := loadFixture(t)
	net, _, err := Load("../../testdata/weights/tv_tiny.pth", f.cfg, OriginAuto)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tiny.safetensors")
	if err := net.Save(path, nil); err != nil {
		t.Fatal(err)
	}
	back, _, err := Load(path, f.cfg, OriginAuto)
	if err != nil {
		t.Fatal(err)
	}
	if e := maxErr(f.run(t, back), f.logits["symmetric"]); e > 1e-4 {
		t.Errorf("logits differ from PyTorch by %.3g", e)
	}
	wider := f.cfg
	wider.Width = 0.25
	if _, _, err := Load(path, wider, OriginAuto); err == nil || !strings.Contains(err.Error(), "needs") {
		t.Errorf("loading into a wider network: %v", err)
	}
}

// TestShapeMismatch loads the fixtures into networks they do not fit.
func TestShapeMismatch(t *testing.T) {
	f := loadFixture(t)
	wider, deeper := f.cfg, f.cfg
	wider.Width = 0.5
	deeper.Depth = 1
	for _, c := range []struct {
		cfg  efficientnet.Config
		file string
		want string
	}{
		{wider, "tv_tiny.pth", "tensor features.0.0.weight has size [8 3 3 3], but efficientnet needs [16 3 3 3] for Weights of layer efficientnet|model|stem|conv2d|Conv2D"},
		{deeper, "tv_tiny.safetensors", "missing tensor features.2.1.block.0.0.weight"},
		{wider, "timm_tiny.safetensors", "tensor conv_stem.weight has size [8 3 3 3]"},
	} {
		_, _, err := Load(filepath.Join("../../testdata/weights", c.file), c.cfg, OriginAuto)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.file, err, c.want)
		}
	}
	shallow := f.cfg
	shallow.Depth = 0.1
	_, _, err := Load("../../testdata/weights/tv_tiny.pth", shallow, OriginAuto)
	if err == nil || !strings.Contains(err.Error(), "unexpected tensor") {
		t.Errorf("shallower network: %v", err)
	}
}
