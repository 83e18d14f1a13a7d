package dl

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomat/engine/efficientnet"
	"gomat/engine/weights"
)

// fixtureConfig shrinks EfficientNets to the architecture of the weight
// fixtures (tools/torchfixtures/make_weight_fixtures.py).
func fixtureConfig(cfg efficientnet.Config) efficientnet.Config {
	cfg.Width, cfg.Depth, cfg.Resolution = 0.1, 0.5, 32
	return cfg
}

// stemWeight is the first stem convolution weight of a fixture.
func stemWeight(t *testing.T, file string) string {
	ck, err := weights.Read(file)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%.6f", ck.Tensors["features.0.0.weight"].Data[0])
}

func TestEfficientNetWeightsFile(t *testing.T) {
	testConfig = fixtureConfig
	defer func() { testConfig = nil }()
	t.Setenv("GOMAT_HOME", t.TempDir())
	file, _ := filepath.Abs("../testdata/weights/tv_tiny.pth")
	out, errOut, err := runScript(t, fmt.Sprintf(`net = efficientnetb0('Weights', '%s');
fprintf('%%.6f\n', net.Layers(2).Weights(1)); disp(net.Layers(1).Mean(:)'); disp(net.Layers(end-2).OutputSize)`, file))
	if err != nil {
		t.Fatal(err)
	}
	if errOut != "" {
		t.Errorf("stderr %q", errOut)
	}
	want := stemWeight(t, file) + "\n  123.6750  116.2800  103.5300\n    10\n"
	if out != want {
		t.Errorf("output %q, want %q", out, want)
	}
	_, _, err = runScript(t, "net = efficientnetb0('Weights', '../testdata/weights/reference.safetensors');")
	if err == nil || !strings.Contains(err.Error(), "Cannot use the weights in ../testdata/weights/reference.safetensors: unrecognised tensor names") {
		t.Errorf("a file of other tensors: %v", err)
	}
	_, _, err = runScript(t, "net = efficientnetb0('Weights', 'no-such-file.pth');")
	if err == nil || !strings.Contains(err.Error(), "Expected 'imagenet', 'none' or the name of a weights file") {
		t.Errorf("missing file: %v", err)
	}
}

// TestEfficientNetCache installs fixture weights into a cache and lets
// efficientnetb0 pick them up; an unreachable mirror gives the
// random-weights warning with the reason.
func TestEfficientNetCache(t *testing.T) {
	testConfig = fixtureConfig
	defer func() { testConfig = nil }()
	home := t.TempDir()
	t.Setenv("GOMAT_HOME", home)
	t.Setenv("GOMAT_WEIGHTS_URL", "http://127.0.0.1:1/models")
	t.Setenv("GOMAT_OFFLINE", "")
	_, errOut, err := runScript(t, "net = efficientnetb0;")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(errOut, "Warning: ") != 1 || !strings.Contains(errOut, "the download failed") {
		t.Errorf("stderr %q", errOut)
	}
	if left, _ := os.ReadDir(filepath.Join(home, "weights")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	// Install the tiny fixture as if it were B0 (the shapes are checked
	// against the real B0 by Cache.Install, so place it by hand).
	dir := filepath.Join(home, "weights")
	os.MkdirAll(dir, 0o755)
	b, _ := os.ReadFile("../testdata/weights/tv_tiny.pth")
	os.WriteFile(filepath.Join(dir, "efficientnet-b0.pth"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "efficientnet-b0.json"), []byte(`{"model":"efficientnet-b0","origin":"pytorch"}`), 0o644)
	out, errOut, err := runScript(t, "net = efficientnetb0; fprintf('%.6f\\n', net.Layers(2).Weights(1));")
	if err != nil {
		t.Fatal(err)
	}
	if errOut != "" || out != stemWeight(t, "../testdata/weights/tv_tiny.pth")+"\n" {
		t.Errorf("out %q, stderr %q", out, errOut)
	}
}
