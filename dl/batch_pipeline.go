package dl

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"gomat/builtins"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// pipeline turns the observations of a datastore into network-ready
// images. Loading (decoding a file or slicing an array), colour
// preprocessing and fitting to the output size happen once per
// observation and are cached; the random part (augmentation, random crop)
// is drawn afresh on every read, so that every epoch sees new variants.
type pipeline struct {
	key    func(i int) string               // cache key of observation i
	load   func(i int) (value.Value, error) // the image of observation i
	serial bool                             // load runs interpreter code: one at a time, on the calling goroutine
	cache  *imageCache                      // nil: nothing is cached
	outH   int                              // output size; 0 keeps each image's size
	outW   int
	color  string              // "none", "gray2rgb" or "rgb2gray"
	mode   string              // "resize", "centercrop" or "randcrop"
	aug    *ImageDataAugmenter // nil: no augmentation
	caller *interp.Call        // calls augmenter function handles
}

// preparedImage is a loaded observation, colour-preprocessed and, when that
// does not depend on a random draw, fitted to the output size.
type preparedImage struct {
	img          *pixels
	fitted       bool // img has the output size
	origH, origW int  // size before fitting
}

// renderPlan is the random part of rendering one observation.
type renderPlan struct {
	t          augTransform
	offX, offY int // crop window origin in the augmented image
}

// images renders observations ids for one read: parallel loading (or
// cache hits), random draws from rng in order (so results do not depend
// on scheduling), then parallel rendering.
func (p *pipeline) images(ids []int, rng randSource) ([]*pixels, error) {
	preps := make([]*preparedImage, len(ids))
	err := runParallel(len(ids), p.serial, func(k int) error {
		var err error
		preps[k], err = p.prepare(ids[k])
		return err
	})
	if err != nil {
		return nil, err
	}
	plans := make([]renderPlan, len(ids))
	for k, pr := range preps {
		if plans[k], err = p.renderPlan(pr, rng); err != nil {
			return nil, err
		}
	}
	out := make([]*pixels, len(ids))
	err = runParallel(len(ids), false, func(k int) error {
		var err error
		out[k], err = p.render(preps[k], plans[k])
		return err
	})
	return out, err
}

// prepare returns observation i loaded, preprocessed and (when
// deterministic) fitted, from the cache when it is there.
func (p *pipeline) prepare(i int) (*preparedImage, error) {
	key := p.key(i)
	if p.cache != nil {
		if pr := p.cache.get(key); pr != nil {
			return pr, nil
		}
	}
	v, err := p.load(i)
	if err != nil {
		return nil, err
	}
	a, ok := v.Array()
	if !ok || len(a.Size()) > 3 || !(a.Class().IsNumeric() || a.Class() == value.Logical) {
		return nil, value.Errorf("MATLAB:datastoreio:imagedatastore:invalidImage", "The data read for '%s' is not an image: expected a numeric array of size H-by-W or H-by-W-by-C.", key)
	}
	a = colorPreprocess(a, p.color)
	pr := &preparedImage{origH: a.Size().At(0), origW: a.Size().At(1)}
	if p.outH > 0 && p.mode != "resize" && (pr.origH < p.outH || pr.origW < p.outW) {
		return nil, value.Errorf("MATLAB:augmentedImageDatastore:invalidCropOutputSize", "When 'OutputSizeMode' in augmentedImageDatastore is '%s', requested 'OutputSize' must be smaller than input image size.", p.mode)
	}
	if p.outH > 0 && p.mode == "resize" && (pr.origH != p.outH || pr.origW != p.outW) {
		if a, err = builtins.Resize(a, p.outH, p.outW, "bicubic", true); err != nil {
			return nil, err
		}
	}
	pr.img, _ = pixelsFromArray(a)
	pr.fitted = p.outH == 0 || p.mode == "resize"
	if p.mode == "centercrop" && p.aug == nil {
		pr.img = warpImage(pr.img, noAugTransform.inverseMap(pr.origH, pr.origW, 1, 1, float64((pr.origW-p.outW)/2), float64((pr.origH-p.outH)/2)), p.outH, p.outW, []float64{0})
		pr.fitted = true
	}
	if p.cache != nil {
		p.cache.put(key, pr)
	}
	return pr, nil
}

// renderPlan draws the random part of rendering pr.
func (p *pipeline) renderPlan(pr *preparedImage, rng randSource) (renderPlan, error) {
	pl := renderPlan{t: noAugTransform}
	if p.aug != nil {
		t, err := p.aug.random(rng, p.caller)
		if err != nil {
			return pl, err
		}
		pl.t = t
	}
	switch {
	case pr.fitted:
	case p.mode == "randcrop":
		pl.offX = int(math.Floor(rng.Float64() * float64(pr.origW-p.outW+1)))
		pl.offY = int(math.Floor(rng.Float64() * float64(pr.origH-p.outH+1)))
	default:
		pl.offX, pl.offY = (pr.origW-p.outW)/2, (pr.origH-p.outH)/2
	}
	return pl, nil
}

// render applies a plan: the image itself when nothing random is left,
// otherwise one bilinear resampling that applies the augmentation (in the
// original image's geometry) and the crop window together.
func (p *pipeline) render(pr *preparedImage, pl renderPlan) (*pixels, error) {
	if pr.fitted && pl.t.isIdentity() {
		return pr.img, nil
	}
	fill := []float64{0}
	if p.aug != nil {
		var err error
		if fill, err = p.aug.fillFor(pr.img.c); err != nil {
			return nil, err
		}
	}
	if pr.fitted {
		sx, sy := float64(p.outW)/float64(pr.origW), float64(p.outH)/float64(pr.origH)
		return warpImage(pr.img, pl.t.inverseMap(p.outH, p.outW, sx, sy, 0, 0), p.outH, p.outW, fill), nil
	}
	a := pl.t.inverseMap(pr.origH, pr.origW, 1, 1, float64(pl.offX), float64(pl.offY))
	return warpImage(pr.img, a, p.outH, p.outW, fill), nil
}

// colorPreprocess applies ColorPreprocessing: 'gray2rgb' repeats a
// single channel three times, 'rgb2gray' converts RGB with rgb2gray's
// weights; other images pass unchanged.
func colorPreprocess(a *value.Array, mode string) *value.Array {
	d := a.Size()
	h, w := d.At(0), d.At(1)
	plane := h * w
	switch {
	case mode == "gray2rgb" && len(d) == 2:
		re := make([]float64, 3*plane)
		for k := 0; k < 3; k++ {
			copy(re[k*plane:], a.Re)
		}
		return value.NewArrayFrom(a.Class(), value.Dims{h, w, 3}, re, nil)
	case mode == "rgb2gray" && len(d) == 3 && d[2] == 3:
		re := make([]float64, plane)
		for i := range re {
			g := 0.298936021293775*a.Re[i] + 0.587043074451121*a.Re[plane+i] + 0.114020904255103*a.Re[2*plane+i]
			if a.Class() != value.Double && a.Class() != value.Single {
				g = math.Round(g)
			}
			re[i] = g
		}
		return value.NewArrayFrom(a.Class(), value.Dims{h, w}, re, nil)
	}
	return a
}

// runParallel calls fn(0..n-1), over runtime.NumCPU goroutines unless serial,
// and returns the error of the lowest k that failed.
func runParallel(n int, serial bool, fn func(k int) error) error {
	errs := make([]error, n)
	if serial || n < 2 {
		for k := 0; k < n; k++ {
			if errs[k] = fn(k); errs[k] != nil {
				return errs[k]
			}
		}
		return nil
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := int(next.Add(1) - 1); k < n; k = int(next.Add(1) - 1) {
				errs[k] = fn(k)
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
