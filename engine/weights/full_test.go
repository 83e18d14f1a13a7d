package weights

import (
	"gomat/engine"
	"os"
	"testing"
	"time"

	"gomat/engine/efficientnet"
)

// TestFullB0 times loading a full-size torchvision EfficientNet-B0 .pth
// named by $GOMAT_FULL_B0 (make one with
// tools/torchfixtures/make_weight_fixtures.py --full FILE) and compares its
// logits with PyTorch's from FILE.ref.safetensors; skipped without it.
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
	ref, err := Read(path + ".ref.safetensors")
	if err != nil {
		t.Fatal(err)
	}
	in := ref.Tensors["input"]
	x := &engine.Tensor{N: in.Shape[0], Size: engine.Size{H: in.Shape[1], W: in.Shape[2], C: in.Shape[3]}, Data: in.Data}
	out, err := net.Activations(x, cfg.Name+"|model|head|dense|MatMul")
	if err != nil {
		t.Fatal(err)
	}
	if e := maxErr(out.Data, ref.Tensors["logits"].Data); e > 1e-4 {
		t.Errorf("logits differ from PyTorch by %.3g", e)
	}
	t.Logf("logits match PyTorch to %.3g", maxErr(out.Data, ref.Tensors["logits"].Data))
}
