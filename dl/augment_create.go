package dl

import (
	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "augmentedImageDatastore", Fn: augmentedImageDatastoreFn, Doc: "auimds = augmentedImageDatastore(outputSize, imds | X, Y, Name,Value): resize/crop, colour-convert and augment images in mini-batches ('DataAugmentation', 'ColorPreprocessing', 'OutputSizeMode', 'DispatchInBackground')"},
	})
}

func augmentedImageDatastoreFn(c *interp.Call) ([]value.Value, error) {
	var outSize, data, y, aug, color, mode, dispatch value.Value
	if err := c.Unpack("outputSize", &outSize, "data", &data, "Y?", &y,
		"-DataAugmentation", &aug, "-ColorPreprocessing", &color,
		"-OutputSizeMode", &mode, "-DispatchInBackground", &dispatch); err != nil {
		return nil, err
	}
	a := &AugmentedImageDatastore{miniBatch: 128, cfg: augConfig{color: "none", mode: "resize"}, rng: builtins.RandStream(c.In), caller: c}
	if err := a.setBase(data, y); err != nil {
		return nil, err
	}
	if err := a.setOutputSize(outSize); err != nil {
		return nil, err
	}
	for _, o := range []struct {
		name string
		v    value.Value
	}{{"DataAugmentation", aug}, {"ColorPreprocessing", color}, {"OutputSizeMode", mode}, {"DispatchInBackground", dispatch}} {
		if o.v.Defined() {
			if err := a.setOption(o.name, o.v); err != nil {
				return nil, err
			}
		}
	}
	a.order = make([]int, a.base.count())
	for i := range a.order {
		a.order[i] = i
	}
	a.build()
	return []value.Value{value.FromRef(a)}, nil
}

// setBase reads the data arguments: an ImageDatastore (labels from its
// Labels), or an image array X with optional categorical responses Y.
func (a *AugmentedImageDatastore) setBase(data, y value.Value) error {
	if d, ok := data.Ref().(*ImageDatastore); ok {
		if y.Defined() {
			return value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
		}
		snap := *d
		snap.pos = 0
		a.base, a.labels = imageBase{imds: &snap}, d.labels
		return nil
	}
	x, ok := data.Array()
	if !ok || !(x.Class().IsNumeric() || x.Class() == value.Logical) || len(x.Size()) > 4 || x.IsComplex() {
		return value.Errorf("MATLAB:augmentedImageDatastore:invalidInput", "Input data must be an ImageDatastore or a numeric array of images of size h-by-w-by-c-by-n.")
	}
	a.base = imageBase{x: x}
	if !y.Defined() {
		return nil
	}
	cat, ok := y.Ref().(*builtins.Categorical)
	if !ok {
		return value.Errorf("gomat:notImplemented", "augmentedImageDatastore: responses Y must be categorical; numeric (regression) responses are not supported.")
	}
	if cat.Size().Numel() != a.base.count() {
		return value.Errorf("MATLAB:augmentedImageDatastore:responseSizeMismatch", "The number of responses (%d) must match the number of images (%d).", cat.Size().Numel(), a.base.count())
	}
	a.labels = labelSet{codes: cat.Codes(), cats: cat.Categories()}
	return nil
}

// setOutputSize reads [h w] or [h w c] (the channel count is not kept:
// ColorPreprocessing decides the channels).
func (a *AugmentedImageDatastore) setOutputSize(v value.Value) error {
	xs, err := value.ToFloat64(v)
	bad := err != nil || (len(xs) != 2 && len(xs) != 3)
	for _, x := range xs {
		bad = bad || x < 1 || x != float64(int(x))
	}
	if bad {
		return (validator{fn: "augmentedImageDatastore", name: "outputSize"}).invalid("a vector of two or three positive integers")
	}
	a.cfg.outH, a.cfg.outW = int(xs[0]), int(xs[1])
	return nil
}

// setOption validates and stores one Name-Value option; on error a is
// unchanged.
func (a *AugmentedImageDatastore) setOption(name string, v value.Value) error {
	check := validator{fn: "augmentedImageDatastore", name: name}
	switch name {
	case "DataAugmentation":
		if g, ok := v.Ref().(*ImageDataAugmenter); ok {
			a.cfg.aug = g
			return nil
		}
		if _, err := check.choice(v, "none"); err != nil {
			return value.Errorf("MATLAB:augmentedImageDatastore:invalidDataAugmentation", "DataAugmentation must be 'none' or an imageDataAugmenter object.")
		}
		a.cfg.aug = nil
	case "ColorPreprocessing", "OutputSizeMode":
		valid := map[string][]string{"ColorPreprocessing": {"none", "gray2rgb", "rgb2gray"}, "OutputSizeMode": {"resize", "centercrop", "randcrop"}}[name]
		s, err := check.choice(v, valid...)
		if err != nil {
			return err
		}
		if name == "ColorPreprocessing" {
			a.cfg.color = s
		} else {
			a.cfg.mode = s
		}
	case "DispatchInBackground":
		b, err := check.logical(v)
		if err != nil {
			return err
		}
		a.dispatch = b
	case "MiniBatchSize":
		n, err := check.posInt(v, false)
		if err != nil {
			return err
		}
		a.miniBatch = int(n)
	}
	return nil
}
