package dl

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// onnxFixture returns a fixture's path and a script line defining X (the
// reference input as H×W×C×N single) and ref (torch's N×K scores).
func onnxFixture(t *testing.T, model string) (string, string) {
	t.Helper()
	dir := filepath.Join("..", "engine", "onnx", "testdata")
	b, err := os.ReadFile(filepath.Join(dir, "reference.json"))
	if err != nil {
		t.Fatal(err)
	}
	var all map[string]struct {
		Input  []float64 `json:"input"`
		Shape  []int     `json:"shape"`
		Scores []float64 `json:"scores"`
	}
	if err := json.Unmarshal(b, &all); err != nil {
		t.Fatal(err)
	}
	r := all[model]
	list := func(v []float64) string {
		s := make([]string, len(v))
		for i, x := range v {
			s[i] = strconv.FormatFloat(x, 'g', -1, 64)
		}
		return strings.Join(s, " ")
	}
	n, c, h, w := r.Shape[0], r.Shape[1], r.Shape[2], r.Shape[3]
	k := len(r.Scores) / n
	src := "X = permute(reshape(single([" + list(r.Input) + "]), " + strconv.Itoa(w) + ", " + strconv.Itoa(h) + ", " + strconv.Itoa(c) + ", " + strconv.Itoa(n) + "), [2 1 3 4]);\n" +
		"ref = reshape([" + list(r.Scores) + "], " + strconv.Itoa(k) + ", " + strconv.Itoa(n) + ")';\n"
	return filepath.Join(dir, model+".onnx"), src
}

func TestONNXClassifyParity(t *testing.T) {
	for _, model := range []string{"tiny_efficientnet", "small_cnn"} {
		t.Run(model, func(t *testing.T) {
			path, data := onnxFixture(t, model)
			src := data + "classes = \"c\" + string(1:10);\n" +
				"net = importONNXNetwork('" + path + "', 'OutputLayerType', 'classification', 'Classes', classes);\n" +
				"[YPred, scores] = classify(net, X);\n" +
				"[~, i1] = sort(scores, 2, 'descend'); [~, i2] = sort(ref, 2, 'descend');\n" +
				"fprintf('top5 %d maxdiff %.3g\\n', isequal(i1(:, 1:5), i2(:, 1:5)), max(abs(double(scores(:)) - ref(:))));\n" +
				"[~, k] = max(ref, [], 2); disp(isequal(YPred, categorical(classes(k)', classes)));\n" +
				"disp(class(net))\n"
			out, errOut, err := runScript(t, src)
			if err != nil {
				t.Fatalf("%v\n%s%s", err, out, errOut)
			}
			var top5 int
			var diff float64
			line := out[strings.Index(out, "top5"):]
			if _, err := fmtSscan(line, &top5, &diff); err != nil || top5 != 1 || diff > 1e-4 {
				t.Fatalf("classify differs from torch: %s", out)
			}
			if !strings.Contains(out, "   1\nDAGNetwork") {
				t.Fatalf("wrong labels or class:\n%s", out)
			}
			t.Logf("%s: %s", model, strings.TrimSpace(line[:strings.Index(line, "\n")]))
		})
	}
}

func TestONNXExportRoundTrip(t *testing.T) {
	path, data := onnxFixture(t, "small_cnn")
	out := filepath.Join(t.TempDir(), "back.onnx")
	runCases(t, []scriptCase{
		{name: "export and import", src: data +
			"net = importNetworkFromONNX('" + path + "');\np1 = predict(net, X);\n" +
			"exportONNXNetwork(net, '" + out + "', 'OpsetVersion', 14);\n" +
			"net2 = importONNXNetwork('" + out + "', 'OutputLayerType', 'classification');\n" +
			"p2 = predict(net2, X);\ndisp(isequal(p1, p2)); disp(size(p2))\n", want: "   1\n     2    10\n"},
		{name: "layer count", src: "net = importNetworkFromONNX('" + path + "'); disp(numel(net.Layers))", want: "    17\n"},
		{name: "missing file", src: "importNetworkFromONNX('/no/such.onnx')", wantErr: "Unable to import"},
		{name: "bad output type", src: "importONNXNetwork('" + path + "', 'OutputLayerType', 'regression')", wantErr: "OutputLayerType 'regression' is not supported"},
		{name: "wrong class count", src: "importONNXNetwork('" + path + "', 'OutputLayerType', 'classification', 'Classes', {'a','b'})", wantErr: "10 outputs but 2 classes"},
		{name: "bad opset", src: "net = importNetworkFromONNX('" + path + "'); exportONNXNetwork(net, '" + out + "', 'OpsetVersion', 9)", wantErr: "OpsetVersion must be an integer from 13 to 17"},
	})
}

// fmtSscan reads "top5 T maxdiff D".
func fmtSscan(s string, top5 *int, diff *float64) (int, error) {
	return fmt.Sscanf(s, "top5 %d maxdiff %g", top5, diff)
}
