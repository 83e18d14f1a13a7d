package weights

import (
	"fmt"
	"strings"
)

// DefaultBaseURL is where torchvision publishes its checkpoints.
const DefaultBaseURL = "https://download.pytorch.org/models/"

// Published is an ImageNet checkpoint that torchvision publishes.
type Published struct {
	// Model is gomat's name, "efficientnet-b0" … "efficientnet-b7".
	Model string
	// File is the checkpoint's file name; the 8 hex digits after its last
	// '-' are the first 8 hex digits of its SHA-256.
	File string
	// Top1 is torchvision's reported ImageNet top-1 accuracy (%).
	Top1 float64
}

// URL is the file's address under base ("" means DefaultBaseURL).
func (p Published) URL(base string) string {
	if base == "" {
		base = DefaultBaseURL
	}
	return strings.TrimSuffix(base, "/") + "/" + p.File
}

// Catalog lists torchvision's current IMAGENET1K_V1 EfficientNet-B0…B7
// checkpoints (B0–B4 ported from timm, B5–B7 from lukemelas'
// TF-ported EfficientNet-PyTorch), in model order.
var Catalog = []Published{
	{"efficientnet-b0", "efficientnet_b0_rwightman-7f5810bc.pth", 77.692},
	{"efficientnet-b1", "efficientnet_b1_rwightman-bac287d4.pth", 78.642},
	{"efficientnet-b2", "efficientnet_b2_rwightman-c35c1473.pth", 80.608},
	{"efficientnet-b3", "efficientnet_b3_rwightman-b3899882.pth", 82.008},
	{"efficientnet-b4", "efficientnet_b4_rwightman-23ab8bcd.pth", 83.384},
	{"efficientnet-b5", "efficientnet_b5_lukemelas-1a07897c.pth", 83.444},
	{"efficientnet-b6", "efficientnet_b6_lukemelas-24a108a5.pth", 84.008},
	{"efficientnet-b7", "efficientnet_b7_lukemelas-c5b4e57e.pth", 84.122},
}

// olderFiles are names torchvision used before re-saving the same weights
// (torchvision ≤ 0.14) and the IMAGENET1K_V2 B1; files with these names
// are checksum-checked too.
var olderFiles = map[string]string{
	"efficientnet_b0_rwightman-3dd342df.pth": "efficientnet-b0",
	"efficientnet_b1_rwightman-533bc792.pth": "efficientnet-b1",
	"efficientnet_b1-c27df63c.pth":           "efficientnet-b1",
	"efficientnet_b2_rwightman-bcdf34b7.pth": "efficientnet-b2",
	"efficientnet_b3_rwightman-cf984f9c.pth": "efficientnet-b3",
	"efficientnet_b4_rwightman-7eb33cd5.pth": "efficientnet-b4",
	"efficientnet_b5_lukemelas-b6417697.pth": "efficientnet-b5",
	"efficientnet_b6_lukemelas-c76e70fd.pth": "efficientnet-b6",
	"efficientnet_b7_lukemelas-dcc49843.pth": "efficientnet-b7",
}

// Lookup returns the published checkpoint of a model.
func Lookup(model string) (Published, bool) {
	for _, p := range Catalog {
		if p.Model == model {
			return p, true
		}
	}
	return Published{}, false
}

// KnownFile reports whether a file name is a torchvision checkpoint name,
// returning its model and expected SHA-256 prefix.
func KnownFile(name string) (model, prefix string, ok bool) {
	model, ok = olderFiles[name]
	for _, p := range Catalog {
		if p.File == name {
			model, ok = p.Model, true
		}
	}
	if !ok {
		return "", "", false
	}
	return model, hashPrefix(name), true
}

// hashPrefix is the hex digits between a file name's last '-' and its
// extension.
func hashPrefix(name string) string {
	name = strings.TrimSuffix(name, ".pth")
	return name[strings.LastIndexByte(name, '-')+1:]
}

// ModelVariant returns b for "efficientnet-b<b>".
func ModelVariant(model string) (int, error) {
	var b int
	if _, err := fmt.Sscanf(model, "efficientnet-b%d", &b); err != nil || b < 0 || b > 7 || model != fmt.Sprintf("efficientnet-b%d", b) {
		return 0, fmt.Errorf("unknown model %q (use efficientnet-b0 … efficientnet-b7)", model)
	}
	return b, nil
}
