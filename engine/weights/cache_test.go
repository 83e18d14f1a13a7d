package weights

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomat/engine"
	"gomat/engine/efficientnet"
)

// savedB0 writes a random EfficientNet-B0 in the engine's format.
func savedB0(t *testing.T, dir string) string {
	t.Helper()
	cfg, _ := efficientnet.Variant(0)
	g, err := efficientnet.Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	net, err := engine.Compile(g, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "my-b0.safetensors")
	if err := net.Save(path, nil); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCacheInstall(t *testing.T) {
	src := t.TempDir()
	c := Cache{Dir: filepath.Join(t.TempDir(), "weights")}
	if _, _, ok := c.Installed("efficientnet-b0"); ok {
		t.Fatal("empty cache has weights")
	}
	// The wrong network: every tensor is checked before anything is installed.
	_, err := c.Install("efficientnet-b0", "../../testdata/weights/tv_tiny.pth", OriginAuto)
	if err == nil || !strings.Contains(err.Error(), "tv_tiny.pth does not hold efficientnet-b0 weights") {
		t.Fatalf("error %v", err)
	}
	b0 := savedB0(t, src)
	// A torchvision name whose checksum does not match.
	fake := filepath.Join(src, "efficientnet_b0_rwightman-7f5810bc.pth")
	os.Link(b0, fake)
	_, err = c.Install("efficientnet-b0", fake, OriginAuto)
	if err == nil || !strings.Contains(err.Error(), "checksum mismatch") {
		t.Fatalf("error %v", err)
	}
	if left, _ := os.ReadDir(c.Dir); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	m, err := c.Install("efficientnet-b0", b0, OriginAuto)
	if err != nil {
		t.Fatal(err)
	}
	if m.Source != "my-b0.safetensors" || m.Format != "gomat network" || len(m.SHA256) != 64 {
		t.Errorf("manifest %+v", m)
	}
	path, _, ok := c.Installed("efficientnet-b0")
	if !ok || filepath.Base(path) != "efficientnet-b0.safetensors" {
		t.Fatalf("installed at %q, %v", path, ok)
	}
	net, cfg, err := c.Load("efficientnet-b0")
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Classes != 1000 || net.NumLearnables() != 5288548 {
		t.Errorf("classes %d, learnables %d", cfg.Classes, net.NumLearnables())
	}
	if _, err := c.Install("efficientnet-b9", b0, OriginAuto); err == nil {
		t.Error("installed an unknown model")
	}
}

func TestCatalog(t *testing.T) {
	for i, p := range Catalog {
		if b, err := ModelVariant(p.Model); err != nil || b != i {
			t.Errorf("%s: variant %d, %v", p.Model, b, err)
		}
		m, prefix, ok := KnownFile(p.File)
		if !ok || m != p.Model || len(prefix) != 8 {
			t.Errorf("%s: %s %s %v", p.File, m, prefix, ok)
		}
	}
	if got := Catalog[0].URL(""); got != "https://download.pytorch.org/models/efficientnet_b0_rwightman-7f5810bc.pth" {
		t.Errorf("URL %s", got)
	}
	if _, _, ok := KnownFile("resnet50.pth"); ok {
		t.Error("resnet50.pth is not a torchvision EfficientNet")
	}
}
