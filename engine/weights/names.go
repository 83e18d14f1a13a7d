package weights

import (
	"fmt"

	"gomat/engine"
	"gomat/engine/efficientnet"
)

// Naming is the tensor-name scheme of a checkpoint.
type Naming int

const (
	// Torchvision names: features.0.0.weight, features.1.0.block.0.0.weight,
	// …, features.8.1.running_var, classifier.1.weight.
	Torchvision Naming = iota
	// Timm names: conv_stem.weight, bn1.*, blocks.i.j.*, conv_head.weight,
	// bn2.*, classifier.*.
	Timm
	// EngineNames are the engine's own param/<layer>/<name> names.
	EngineNames
)

// String returns the naming's name.
func (n Naming) String() string {
	return [...]string{"torchvision", "timm", "gomat"}[n]
}

// detectNaming tells the naming of a checkpoint from its tensor names.
func detectNaming(ck *Checkpoint) (Naming, error) {
	switch {
	case ck.Format == Engine:
		return EngineNames, nil
	case has(ck, "features.0.0.weight"):
		return Torchvision, nil
	case has(ck, "conv_stem.weight"):
		return Timm, nil
	}
	return 0, fmt.Errorf("unrecognised tensor names: expected an EfficientNet state dict with torchvision names (features.0.0.weight, …) or timm names (conv_stem.weight, …)")
}

func has(ck *Checkpoint, name string) bool {
	_, ok := ck.Tensors[name]
	return ok
}

// b0Repeats is the number of blocks of each stage of B0, scaled by the
// depth multiplier (efficientnet.RoundRepeats) in larger variants.
var b0Repeats = [7]int{1, 2, 2, 3, 3, 4, 1}

// moduleMap returns, for every engine layer of an EfficientNet graph built
// with cfg that carries parameters, the module path of the same layer in
// the naming n ("features.1.0.block.0.0" for the first block's depthwise
// convolution in torchvision).
func moduleMap(g *engine.Graph, cfg efficientnet.Config, n Naming) (map[string]string, error) {
	p := cfg.Name + "|model|"
	m := map[string]string{}
	set := func(layer, tv, timm string) {
		m[layer] = [...]string{tv, timm}[n]
	}
	set(p+"stem|conv2d|Conv2D", "features.0.0", "conv_stem")
	set(p+"stem|tpu_batch_normalization|FusedBatchNorm", "features.0.1", "bn1")
	set(p+"head|conv2d|Conv2D", fmt.Sprintf("features.%d.0", len(b0Repeats)+1), "conv_head")
	set(p+"head|tpu_batch_normalization|FusedBatchNorm", fmt.Sprintf("features.%d.1", len(b0Repeats)+1), "bn2")
	set(p+"head|dense|MatMul", "classifier.1", "classifier")

	next := map[string]string{}
	for _, c := range g.Connections() {
		next[c.Source] = c.Destination
	}
	idx := 0
	for s, r := range b0Repeats {
		for j := 0; j < efficientnet.RoundRepeats(r, cfg.Depth); j++ {
			b := fmt.Sprintf("%sblocks_%d|", p, idx)
			idx++
			if g.Layer(b+"depthwise_conv2d|depthwise") == nil {
				return nil, fmt.Errorf("%s has no block %d", cfg.Name, idx-1)
			}
			tv := fmt.Sprintf("features.%d.%d.block.", s+1, j)
			tm := fmt.Sprintf("blocks.%d.%d.", s, j)
			bn := func(k int) string {
				if k == 0 {
					return b + "tpu_batch_normalization|FusedBatchNorm"
				}
				return fmt.Sprintf("%stpu_batch_normalization_%d|FusedBatchNorm", b, k)
			}
			seReduce := next[b+"se|GlobAvgPool"]
			seExpand := next[b+"se|MulLayer"]
			if g.Layer(b+"conv2d_1|Conv2D") != nil { // expand, depthwise, SE, project
				set(b+"conv2d|Conv2D", tv+"0.0", tm+"conv_pw")
				set(bn(0), tv+"0.1", tm+"bn1")
				set(b+"depthwise_conv2d|depthwise", tv+"1.0", tm+"conv_dw")
				set(bn(1), tv+"1.1", tm+"bn2")
				set(seReduce, tv+"2.fc1", tm+"se.conv_reduce")
				set(seExpand, tv+"2.fc2", tm+"se.conv_expand")
				set(b+"conv2d_1|Conv2D", tv+"3.0", tm+"conv_pwl")
				set(bn(2), tv+"3.1", tm+"bn3")
			} else { // depthwise, SE, project
				set(b+"depthwise_conv2d|depthwise", tv+"0.0", tm+"conv_dw")
				set(bn(0), tv+"0.1", tm+"bn1")
				set(seReduce, tv+"1.fc1", tm+"se.conv_reduce")
				set(seExpand, tv+"1.fc2", tm+"se.conv_expand")
				set(b+"conv2d|Conv2D", tv+"2.0", tm+"conv_pw")
				set(bn(1), tv+"2.1", tm+"bn2")
			}
		}
	}
	return m, nil
}

// paramSuffix maps engine parameter names to PyTorch attribute names.
var paramSuffix = map[string]string{
	"Weights": "weight", "Bias": "bias", "Scale": "weight", "Offset": "bias",
	"TrainedMean": "running_mean", "TrainedVariance": "running_var",
}

// torchShape is the PyTorch shape of an engine parameter: convolution
// weights [out, in/groups, kh, kw] for the engine's [kh, kw, in/groups,
// out]; fully connected weights [out, in] as in the engine; vectors as is.
func torchShape(p *engine.Param) []int {
	s := p.Shape
	if len(s) == 4 {
		return []int{s[3], s[2], s[0], s[1]}
	}
	return s
}

// fromTorch stores a PyTorch-layout tensor into an engine parameter.
func fromTorch(dst []float32, src []float32, shape []int) {
	if len(shape) != 4 {
		copy(dst, src)
		return
	}
	kh, kw, in, out := shape[0], shape[1], shape[2], shape[3]
	for o := 0; o < out; o++ {
		for i := 0; i < in; i++ {
			for y := 0; y < kh; y++ {
				for x := 0; x < kw; x++ {
					dst[((y*kw+x)*in+i)*out+o] = src[((o*in+i)*kh+y)*kw+x]
				}
			}
		}
	}
}
