package dl

import (
	"context"
	"fmt"
	"os"

	"gomat/engine"
	"gomat/engine/efficientnet"
	"gomat/engine/weights"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// weightsChoice validates an EfficientNet 'Weights' value: 'imagenet',
// 'none' or the name of a weights file (returned as is).
func weightsChoice(fn, w string) (string, error) {
	if c, ok := matchChoice(w, []string{"imagenet", "none"}); ok {
		return c, nil
	}
	if st, err := os.Stat(w); err == nil && !st.IsDir() {
		return w, nil
	}
	return "", value.Errorf("MATLAB:"+fn+":invalidValue", "The value of 'Weights' is invalid. Expected 'imagenet', 'none' or the name of a weights file (.pth or .safetensors); '%s' is none of these.", w)
}

// fileWeights builds cfg's EfficientNet with the weights of a file.
func fileWeights(cfg efficientnet.Config, path string) (*engine.Graph, error) {
	net, _, err := weights.Load(path, cfg, weights.OriginAuto)
	if err != nil {
		return nil, value.Errorf("gomat:efficientnet:weights", "Cannot use the weights in %s", err.Error())
	}
	return net.Graph(), nil
}

// cachedWeights builds cfg's EfficientNet with the installed weights of
// model, downloading them first (with a progress bar on a terminal) when
// they are not installed and downloads are allowed. It returns a nil graph
// and why when there are no usable weights ("" when none are installed
// and none may be downloaded).
func cachedWeights(c *interp.Call, model string, cfg efficientnet.Config) (*engine.Graph, string) {
	cache, ok := weights.DefaultCache()
	if !ok {
		return nil, ""
	}
	path, m, ok := cache.Installed(model)
	if !ok {
		d, ok := weights.DefaultDownloader()
		if _, published := weights.Lookup(model); !ok || !published {
			return nil, ""
		}
		d.Progress = weights.TerminalWriter(c.In.Err)
		if d.Progress != nil {
			fmt.Fprintf(d.Progress, "Downloading pretrained %s weights into %s\n", model, cache.Dir)
		}
		if _, err := d.Install(context.Background(), cache, model); err != nil {
			return nil, "the download failed: " + err.Error()
		}
		path, m, _ = cache.Installed(model)
	}
	net, _, err := weights.Load(path, cfg, m.PaddingOrigin())
	if err != nil {
		return nil, "the installed weights cannot be used: " + err.Error()
	}
	return net.Graph(), ""
}
