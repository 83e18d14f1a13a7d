package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWeightsCLI installs fixture files through "gomat weights …": the
// tiny fixture is refused (it is not B0), a file under a torchvision name
// with the wrong checksum is deleted, and a download from a mirror serving
// the wrong bytes fails its checksum.
func TestWeightsCLI(t *testing.T) {
	home := t.TempDir()
	t.Setenv("GOMAT_HOME", home)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("not a checkpoint")) }))
	defer srv.Close()
	t.Setenv("GOMAT_WEIGHTS_URL", srv.URL)
	t.Setenv("GOMAT_OFFLINE", "")
	gomat := func(args ...string) (string, string, int) {
		var out, errOut bytes.Buffer
		code := run(append([]string{"weights"}, args...), strings.NewReader(""), &out, &errOut)
		return out.String(), errOut.String(), code
	}
	out, _, code := gomat("list")
	if code != 0 || !strings.Contains(out, "efficientnet-b0  available  "+srv.URL+"/efficientnet_b0_rwightman-7f5810bc.pth") {
		t.Errorf("list: %d %q", code, out)
	}
	tiny, _ := filepath.Abs("../../testdata/weights/tv_tiny.pth")
	_, errOut, code := gomat("install", "efficientnet-b0", "--from", tiny)
	if code != 1 || !strings.Contains(errOut, "tv_tiny.pth does not hold efficientnet-b0 weights: tensor features.0.0.weight has size [8 3 3 3], but efficientnet-b0 needs [32 3 3 3]") {
		t.Errorf("install tiny: %d %q", code, errOut)
	}
	named := filepath.Join(t.TempDir(), "efficientnet_b0_rwightman-7f5810bc.pth")
	b, _ := os.ReadFile(tiny)
	os.WriteFile(named, b, 0o644)
	_, errOut, code = gomat("install", "efficientnet-b0", "--from", named)
	if code != 1 || !strings.Contains(errOut, "checksum mismatch") {
		t.Errorf("install misnamed: %d %q", code, errOut)
	}
	_, errOut, code = gomat("install", "efficientnet-b0")
	if code != 1 || !strings.Contains(errOut, "Downloading "+srv.URL) || !strings.Contains(errOut, "checksum mismatch") {
		t.Errorf("download: %d %q", code, errOut)
	}
	if left, _ := os.ReadDir(filepath.Join(home, "weights")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	if _, _, code = gomat("install", "resnet50", "--from", tiny); code != 1 {
		t.Errorf("unknown model: status %d", code)
	}
	if _, _, code = gomat(); code != 2 {
		t.Errorf("no subcommand: status %d", code)
	}
}
