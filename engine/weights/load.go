package weights

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"gomat/engine"
	"gomat/engine/efficientnet"
)

// Origin is where a checkpoint's weights were trained, which decides the
// padding convention and batch-normalization epsilon they need.
type Origin int

const (
	// OriginAuto tells the origin from the file: TF-ported when the file or
	// its folder is named like timm's tf_efficientnet_* models, PyTorch
	// otherwise.
	OriginAuto Origin = iota
	// OriginPyTorch is weights trained in PyTorch (torchvision B0–B4, timm
	// efficientnet_*): symmetric padding.
	OriginPyTorch
	// OriginTF is weights ported from TensorFlow (timm tf_efficientnet_*):
	// TF 'same' padding and epsilon 1e-3.
	OriginTF
)

// String returns "auto", "pytorch" or "tf".
func (o Origin) String() string { return [...]string{"auto", "pytorch", "tf"}[o] }

// ParseOrigin parses "auto", "pytorch" or "tf".
func ParseOrigin(s string) (Origin, error) {
	for o := OriginAuto; o <= OriginTF; o++ {
		if strings.EqualFold(s, o.String()) {
			return o, nil
		}
	}
	return 0, fmt.Errorf("unknown weights origin %q (use auto, pytorch or tf)", s)
}

// DetectOrigin guesses the origin of a weights file from its name.
func DetectOrigin(path string) Origin {
	for _, s := range []string{filepath.Base(path), filepath.Base(filepath.Dir(path))} {
		if strings.Contains(strings.ToLower(s), "tf_efficientnet") {
			return OriginTF
		}
	}
	return OriginPyTorch
}

// ImageNet statistics of torchvision and timm, scaled to 0…255 pixels.
var (
	imagenetMean = []float32{255 * 0.485, 255 * 0.456, 255 * 0.406}
	imagenetStd  = []float32{255 * 0.229, 255 * 0.224, 255 * 0.225}
)

// Load reads a weights file and returns cfg's EfficientNet carrying its
// weights, with the configuration actually built (classes from the
// checkpoint's classifier; padding, epsilon and input normalisation from
// its origin, OriginAuto meaning DetectOrigin(path)).
func Load(path string, cfg efficientnet.Config, origin Origin) (*engine.Network, efficientnet.Config, error) {
	ck, err := Read(path)
	if err != nil {
		return nil, cfg, err
	}
	if ck.Format == Engine {
		return loadEngine(path, ck, cfg)
	}
	if origin == OriginAuto {
		origin = DetectOrigin(path)
	}
	net, cfg, err := Apply(ck, cfg, origin)
	if err != nil {
		return nil, cfg, fmt.Errorf("%s: %w", path, err)
	}
	return net, cfg, nil
}

// Configure returns cfg adapted to a torchvision or timm checkpoint of the
// given origin (not OriginAuto).
func Configure(ck *Checkpoint, cfg efficientnet.Config, origin Origin) (efficientnet.Config, error) {
	naming, err := detectNaming(ck)
	if err != nil {
		return cfg, err
	}
	fc := [...]string{"classifier.1.weight", "classifier.weight"}[naming]
	w, ok := ck.Tensors[fc]
	if !ok || len(w.Shape) != 2 || w.Shape[0] < 1 {
		return cfg, fmt.Errorf("the checkpoint has no classifier weight %s of size [classes, features]", fc)
	}
	cfg.Classes = w.Shape[0]
	cfg.Normalization, cfg.Mean, cfg.StandardDeviation = "zscore", imagenetMean, imagenetStd
	switch {
	case origin == OriginTF:
		cfg.Padding, cfg.Epsilon = efficientnet.PaddingTF, 1e-3
	case naming == Torchvision && cfg.Width >= 1.6: // torchvision builds B5–B7 with ε = 1e-3
		cfg.Padding, cfg.Epsilon = efficientnet.PaddingSymmetric, 1e-3
	default:
		cfg.Padding, cfg.Epsilon = efficientnet.PaddingSymmetric, 1e-5
	}
	return cfg, nil
}

// Apply builds cfg's EfficientNet, configured for the checkpoint (see
// Configure), and sets every parameter and batch-normalization statistic
// from a torchvision or timm checkpoint, converting layouts. Every tensor
// must be present with the exact shape, and every floating-point tensor of
// the checkpoint must be used.
func Apply(ck *Checkpoint, cfg efficientnet.Config, origin Origin) (*engine.Network, efficientnet.Config, error) {
	cfg, err := Configure(ck, cfg, origin)
	if err != nil {
		return nil, cfg, err
	}
	naming, _ := detectNaming(ck)
	g, err := efficientnet.Build(cfg)
	if err != nil {
		return nil, cfg, err
	}
	net, err := engine.Compile(g, rand.New(rand.NewSource(1)))
	if err != nil {
		return nil, cfg, err
	}
	mods, err := moduleMap(g, cfg, naming)
	if err != nil {
		return nil, cfg, err
	}
	used := map[string]bool{}
	for _, r := range slices.Concat(net.Learnables(), net.States()) {
		mod, ok := mods[r.Layer]
		if !ok {
			return nil, cfg, fmt.Errorf("layer %s has no %s counterpart", r.Layer, naming)
		}
		name := mod + "." + paramSuffix[r.Name]
		t, ok := ck.Tensors[name]
		if !ok {
			return nil, cfg, fmt.Errorf("missing tensor %s (%s of layer %s)", name, r.Name, r.Layer)
		}
		if want := torchShape(r.Param); !slices.Equal(t.Shape, want) {
			return nil, cfg, fmt.Errorf("tensor %s has size %v, but %s needs %v for %s of layer %s", name, t.Shape, cfg.Name, want, r.Name, r.Layer)
		}
		if t.Data == nil {
			return nil, cfg, fmt.Errorf("tensor %s is not floating point", name)
		}
		fromTorch(r.Value, t.Data, r.Shape)
		used[name] = true
	}
	if err := checkAllUsed(ck, used, cfg.Name); err != nil {
		return nil, cfg, err
	}
	return net, cfg, nil
}

// checkAllUsed fails on floating-point tensors no layer took: the
// checkpoint is of a larger or different network.
func checkAllUsed(ck *Checkpoint, used map[string]bool, model string) error {
	var extra []string
	for name, t := range ck.Tensors {
		if !used[name] && t.Data != nil {
			extra = append(extra, name)
		}
	}
	if len(extra) == 0 {
		return nil
	}
	sort.Strings(extra)
	return fmt.Errorf("unexpected tensor %s (and %d more): the checkpoint is not of %s", extra[0], len(extra)-1, model)
}

// loadEngine loads a network saved by the engine and checks that it has
// exactly the parameters of cfg's EfficientNet (with the saved number of
// classes). Padding and normalisation are the saved ones.
func loadEngine(path string, ck *Checkpoint, cfg efficientnet.Config) (*engine.Network, efficientnet.Config, error) {
	fc := "param/" + cfg.Name + "|model|head|dense|MatMul/Weights"
	if w, ok := ck.Tensors[fc]; ok && len(w.Shape) == 2 {
		cfg.Classes = w.Shape[0]
	}
	g, err := efficientnet.Build(cfg)
	if err != nil {
		return nil, cfg, err
	}
	want, err := engine.Compile(g, rand.New(rand.NewSource(1)))
	if err != nil {
		return nil, cfg, err
	}
	net, _, err := engine.Load(path)
	if err != nil {
		return nil, cfg, err
	}
	got := map[string][]int{}
	for _, r := range slices.Concat(net.Learnables(), net.States()) {
		got[r.Layer+"/"+r.Name] = r.Shape
	}
	for _, r := range slices.Concat(want.Learnables(), want.States()) {
		name := r.Layer + "/" + r.Name
		s, ok := got[name]
		if !ok {
			return nil, cfg, fmt.Errorf("%s: missing tensor %s", path, name)
		}
		if !slices.Equal(s, r.Shape) {
			return nil, cfg, fmt.Errorf("%s: tensor %s has size %v, but %s needs %v", path, name, s, cfg.Name, r.Shape)
		}
		delete(got, name)
	}
	for name := range got {
		return nil, cfg, fmt.Errorf("%s: unexpected tensor %s: the network is not %s", path, name, cfg.Name)
	}
	return net, cfg, nil
}
