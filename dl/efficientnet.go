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
// ('Weights','none') or a DAGNetwork: with the weights of a file
// ('Weights', FILE), or with the installed (or downloaded) ImageNet
// weights, or else with random weights and a warning.
func buildEfficientNet(c *interp.Call, cfg efficientnet.Config, weights *string) ([]value.Value, error) {
	w := "imagenet"
	if weights == nil {
		if err := c.Unpack("-Weights", &w); err != nil {
			return nil, err
		}
	} else {
		w = *weights
	}
	w, err := weightsChoice(c.Name, w)
	if err != nil {
		return nil, err
	}
	model := cfg.Name
	if testConfig != nil {
		cfg = testConfig(cfg)
	}
	var eg *engine.Graph
	why := ""
	switch w {
	case "none":
	case "imagenet":
		eg, why = cachedWeights(c, model, cfg)
	default:
		if eg, err = fileWeights(cfg, w); err != nil {
			return nil, err
		}
	}
	if eg == nil {
		if eg, err = efficientnet.Build(cfg); err != nil {
			return nil, value.Errorf("gomat:efficientnet:build", "%s", err.Error())
		}
	}
	g := graphFromEngine(eg)
	if w == "none" {
		return []value.Value{value.FromRef(g)}, nil
	}
	if w == "imagenet" && !hasWeights(eg) {
		if why != "" {
			why = " (" + why + ")"
		}
		c.In.Warn("gomat:efficientnet:randomWeights", "No pretrained weights for %s are installed, so the network starts from random weights%s. To use pretrained weights, install them with: gomat weights install %s --from FILE", model, why, model)
	}
	n, err := assemble(g, streamOf(c.In), false)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(n)}, nil
}

// hasWeights reports whether a graph's first convolution carries weights.
func hasWeights(g *engine.Graph) bool {
	for _, l := range g.Layers() {
		if conv, ok := l.(*engine.Convolution2D); ok {
			return conv.Weights != nil && conv.Weights.Value != nil
		}
	}
	return false
}

// graphFromEngine wraps an engine layer graph's layers as layer objects.
func graphFromEngine(eg *engine.Graph) *LayerGraph {
	g := &LayerGraph{conns: eg.Connections()}
	for _, e := range eg.Layers() {
		g.layers = append(g.layers, wrapEngine(e))
	}
	return g
}
