package dl

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"gomat/engine/efficientnet"
	"gomat/lang/interp"
)

// writeImageFolder creates path_to_your_image_folder/<class>/<i>.png
// under dir: n small images per class, each class a distinct colour with
// noise, so that a tiny network can learn them.
func writeImageFolder(t *testing.T, dir string, classes []string, n int) {
	t.Helper()
	rng := rand.New(rand.NewSource(1))
	for ci, cls := range classes {
		folder := filepath.Join(dir, "path_to_your_image_folder", cls)
		if err := os.MkdirAll(folder, 0o755); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < n; i++ {
			img := image.NewRGBA(image.Rect(0, 0, 12, 12))
			for y := 0; y < 12; y++ {
				for x := 0; x < 12; x++ {
					base := [3]int{40, 40, 40}
					base[ci%3] = 200
					if (x < 6) == (ci%2 == 0) {
						base[(ci+1)%3] += 50
					}
					c := color.RGBA{A: 255}
					c.R = uint8(min(255, base[0]+rng.Intn(40)))
					c.G = uint8(min(255, base[1]+rng.Intn(40)))
					c.B = uint8(min(255, base[2]+rng.Intn(40)))
					img.Set(x, y, c)
				}
			}
			var buf bytes.Buffer
			if err := png.Encode(&buf, img); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(folder, strconv.Itoa(i)+".png"), buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// tinyEfficientNet is the test configuration: one block per stage and
// few channels, at the seed script's 224×224 input.
func tinyEfficientNet(cfg efficientnet.Config) efficientnet.Config {
	cfg.Width, cfg.Depth = 0.1, 0.1
	return cfg
}

// runScript runs MATLAB source in a fresh session and returns standard
// output, standard error and the error.
func runScript(t *testing.T, src string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	in := interp.New(&out, &errOut)
	err := in.RunString("script", src)
	in.Flush()
	return out.String(), errOut.String(), err
}

// TestSeedScript runs scripts/transfer_learning.m verbatim on a tiny image
// folder with a tiny EfficientNet and checks MATLAB's training output.
func TestSeedScript(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "scripts", "transfer_learning.m"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	writeImageFolder(t, dir, []string{"cats", "dogs"}, 8)
	t.Chdir(dir)
	testConfig = tinyEfficientNet
	defer func() { testConfig = nil }()
	script := string(src) + "\nYPred = classify(net, augmentedImds);\nacc = mean(YPred == imds.Labels);\nfprintf('accuracy %.4f\\n', acc);\n"
	out, errOut, err := runScript(t, script)
	t.Logf("stdout:\n%s\nstderr:\n%s", out, errOut)
	if err != nil {
		t.Fatalf("script failed: %v", err)
	}
	checkSeedOutput(t, out, errOut)
	if i := strings.Index(out, "Training progress plot: "); i >= 0 {
		os.Remove(strings.SplitN(out[i+len("Training progress plot: "):], "\n", 2)[0])
	}
}

// checkSeedOutput checks the table layout, iteration count, ending, and
// that training lowered the loss.
func checkSeedOutput(t *testing.T, out, errOut string) {
	t.Helper()
	// addpath(genpath(missing)) adds nothing silently; efficientnetb0 warns once.
	if strings.Count(errOut, "Warning: ") != 1 || !strings.Contains(errOut, "gomat weights install efficientnet-b0 --from FILE") {
		t.Errorf("want one random-weights warning, got:\n%s", errOut)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	rule := "|" + strings.Repeat("=", 118) + "|"
	want := []string{
		"Training on single CPU.",
		"Initializing input data normalization.",
		"Training progress plot: ",
		rule,
		"|  Epoch  |  Iteration  |  Time Elapsed  |  Mini-batch  |  Validation  |  Mini-batch  |  Validation  |  Base Learning  |",
		"|         |             |   (hh:mm:ss)   |   Accuracy   |   Accuracy   |     Loss     |     Loss     |      Rate       |",
		rule,
	}
	start := -1
	for i, l := range lines {
		if l == want[0] {
			start = i
			break
		}
	}
	if start < 1 || !strings.HasPrefix(lines[start-1], "Notice: training layerGraph(net) with its 1000-class output head") {
		t.Fatalf("missing notice or header in:\n%s", out)
	}
	for i, w := range want {
		if got := lines[start+i]; got != w && !(strings.HasSuffix(w, ": ") && strings.HasPrefix(got, w) && strings.HasSuffix(got, ".png")) {
			t.Errorf("line %d: got %q, want %q", start+i, lines[start+i], w)
		}
	}
	rowRE := regexp.MustCompile(`^\| +(\d+) \| +(\d+) \| +\d\d:\d\d:\d\d \| +[\d.]+% \| +([\d.]+%)? \| +([\d.]+) \| +([\d.]+)? \| +0\.0010 \|$`)
	var rows [][]string
	i := start + len(want)
	for ; i < len(lines) && lines[i] != rule; i++ {
		m := rowRE.FindStringSubmatch(lines[i])
		if m == nil || len(lines[i]) != 120 {
			t.Fatalf("bad row %q", lines[i])
		}
		rows = append(rows, m)
	}
	// 16 images, MiniBatchSize 16: floor(16/16) = 1 iteration per epoch,
	// 10 epochs; rows at the first and the last iteration.
	if len(rows) != 2 || rows[0][1] != "1" || rows[0][2] != "1" || rows[1][1] != "10" || rows[1][2] != "10" {
		t.Errorf("want rows for iterations 1 and 10, got %v", rows)
	}
	if lines[i+1] != "Training finished: Max epochs completed." {
		t.Errorf("ending %q", lines[i+1])
	}
	first, _ := strconv.ParseFloat(rows[0][4], 64)
	last, _ := strconv.ParseFloat(rows[len(rows)-1][4], 64)
	if !(last < first) {
		t.Errorf("training did not lower the loss: %v → %v", first, last)
	}
	if !strings.HasPrefix(lines[len(lines)-1], "accuracy ") {
		t.Errorf("classify did not run: %q", lines[len(lines)-1])
	}
}
