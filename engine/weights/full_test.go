package weights

import (
	"os"
	"testing"
	"time"

	"gomat/engine/efficientnet"
)

// TestFullB0 times loading a full-size torchvision EfficientNet-B0 .pth
// named by $GOMAT_FULL_B0 (make one with
// tools/torchfixtures/make_weight_fixtures.py --full FILE); skipped
// without it.
func TestFullB0(t *testing.T) {
	path := os.Getenv("GOMAT_FULL_B0")
	if path == "" {
		t.Skip("GOMAT_FULL_B0 is not set")
	}
	start := time.Now()
	ck, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	read := time.Since(start)
	cfg, _ := efficientnet.Variant(0)
	net, _, err := Apply(ck, cfg, OriginPyTorch)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d tensors read in %v; network built and filled (%d learnables) in %v more", len(ck.Tensors), read, net.NumLearnables(), time.Since(start)-read)
}
