package dl

import (
	"fmt"

	"gomat/engine"
	"gomat/engine/efficientnet"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	table := []interp.Builtin{
		{Name: "efficientnet", Fn: efficientnetPhiFn, Doc: "net = efficientnet(phi, 'Weights', 'imagenet'|'none'): EfficientNet with compound coefficient phi (depth 1.2^phi, width 1.1^phi, resolution 224·1.15^phi) — a gomat extension"},
	}
	for b := 0; b <= 7; b++ {
		table = append(table, interp.Builtin{
			Name: fmt.Sprintf("efficientnetb%d", b),
			Fn:   efficientnetFn(b),
			Doc:  fmt.Sprintf("net = efficientnetb%d('Weights', 'imagenet'|'none'): EfficientNet-B%d DAGNetwork (random weights unless installed); 'none' returns the untrained LayerGraph", b, b),
		})
	}
	interp.Register(table)
}

// testConfig, when set, rewrites every EfficientNet configuration before
// it is built. It exists only for tests, which use it to run scripts
// written for 224×224 EfficientNets on a tiny network; nothing else sets it.
var testConfig func(efficientnet.Config) efficientnet.Config

// efficientnetFn returns the constructor of EfficientNet-B<b>.
func efficientnetFn(b int) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		cfg, err := efficientnet.Variant(b)
		if err != nil {
			return nil, err
		}
		return buildEfficientNet(c, cfg, nil)
	}
}

// efficientnetPhiFn implements efficientnet(phi, …).
func efficientnetPhiFn(c *interp.Call) ([]value.Value, error) {
	var phi value.Value
	weights := "imagenet"
	if err := c.Unpack("phi", &phi, "-Weights", &weights); err != nil {
		return nil, err
	}
	f, err := validator{"efficientnet", "phi"}.nonnegative(phi)
	if err != nil {
		return nil, err
	}
	cfg := efficientnet.Compound(f)
	return buildEfficientNet(c, cfg, &weights)
}

// buildEfficientNet builds the graph of cfg and returns the LayerGraph
// ('Weights','none') or a DAGNetwork with random weights, warning that no
// pretrained weights are installed.
func buildEfficientNet(c *interp.Call, cfg efficientnet.Config, weights *string) ([]value.Value, error) {
	w := "imagenet"
	if weights == nil {
		if err := c.Unpack("-Weights", &w); err != nil {
			return nil, err
		}
	} else {
		w = *weights
	}
	w, err := validator{c.Name, "Weights"}.choice(value.Str(w), "imagenet", "none")
	if err != nil {
		return nil, err
	}
	if testConfig != nil {
		cfg = testConfig(cfg)
	}
	eg, err := efficientnet.Build(cfg)
	if err != nil {
		return nil, value.Errorf("gomat:efficientnet:build", "%s", err.Error())
	}
	g := graphFromEngine(eg)
	if w == "none" {
		return []value.Value{value.FromRef(g)}, nil
	}
	c.In.Warn("gomat:efficientnet:randomWeights", "No pretrained weights for %s are installed, so the network starts from random weights. To use pretrained weights, install them with: gomat weights install %s --from FILE", cfg.Name, cfg.Name)
	n, err := assemble(g, streamOf(c.In), false)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(n)}, nil
}

// graphFromEngine wraps an engine layer graph's layers as layer objects.
func graphFromEngine(eg *engine.Graph) *LayerGraph {
	g := &LayerGraph{conns: eg.Connections()}
	for _, e := range eg.Layers() {
		g.layers = append(g.layers, wrapEngine(e))
	}
	return g
}
