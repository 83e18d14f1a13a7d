package dl

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// randSource is a uniform random stream on [0, 1): the interpreter's
// global Mersenne Twister (builtins.RandStream), so that rng(seed) makes
// shuffles and augmentation reproducible.
type randSource interface{ Float64() float64 }

// ImageDataAugmenter is MATLAB's imageDataAugmenter: the ranges random
// geometric transformations are drawn from. Ranges are [lo hi] pairs or
// function handles returning one draw.
type ImageDataAugmenter struct {
	fill                   []float64
	reflectX, reflectY     bool
	rotation, scale        rangeSpec
	scaleX, scaleY         rangeSpec
	shearX, shearY         rangeSpec
	translateX, translateY rangeSpec
}

// rangeSpec is one Rand* option: a [lo hi] interval, or a function handle
// called for each draw.
type rangeSpec struct {
	lo, hi float64
	fn     value.Value
}

// isConst reports whether the option always yields v (its default).
func (r rangeSpec) isConst(v float64) bool { return !r.fn.Defined() && r.lo == v && r.hi == v }

// draw returns one value from the range; a function handle is called
// through c.
func (r rangeSpec) draw(rng randSource, c *interp.Call) (float64, error) {
	if !r.fn.Defined() {
		return r.lo + (r.hi-r.lo)*rng.Float64(), nil
	}
	out, err := c.CallFunction(r.fn, nil, 1)
	if err != nil {
		return 0, err
	}
	if len(out) == 0 {
		return 0, value.Errorf("MATLAB:TooManyOutputs", "Too many output arguments.")
	}
	return value.ScalarFloat(out[0])
}

// value returns the option as MATLAB shows it: [lo hi] or the handle.
func (r rangeSpec) value() value.Value {
	if r.fn.Defined() {
		return r.fn
	}
	return value.RowVector([]float64{r.lo, r.hi})
}

// newAugmenter returns an augmenter with every option at its default (the
// identity transformation).
func newAugmenter() *ImageDataAugmenter {
	one := rangeSpec{lo: 1, hi: 1}
	return &ImageDataAugmenter{fill: []float64{0}, scale: one, scaleX: one, scaleY: one}
}

// Class returns value.ObjectClass.
func (g *ImageDataAugmenter) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (g *ImageDataAugmenter) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns "imageDataAugmenter".
func (g *ImageDataAugmenter) ClassName() string { return "imageDataAugmenter" }

// random draws one transform, consuming random numbers only for the
// options that differ from their defaults, in this order: X reflection,
// Y reflection, rotation, scale (or X then Y scale), X shear, Y shear, X
// translation, Y translation. MATLAB does not document its order, so
// streams agree with MATLAB's only for augmenters using one option.
func (g *ImageDataAugmenter) random(rng randSource, c *interp.Call) (augTransform, error) {
	t := noAugTransform
	mul := func(m [2][2]float64) {
		t.a = [2][2]float64{
			{m[0][0]*t.a[0][0] + m[0][1]*t.a[1][0], m[0][0]*t.a[0][1] + m[0][1]*t.a[1][1]},
			{m[1][0]*t.a[0][0] + m[1][1]*t.a[1][0], m[1][0]*t.a[0][1] + m[1][1]*t.a[1][1]},
		}
	}
	if g.reflectX && rng.Float64() > 0.5 {
		mul([2][2]float64{{-1, 0}, {0, 1}})
	}
	if g.reflectY && rng.Float64() > 0.5 {
		mul([2][2]float64{{1, 0}, {0, -1}})
	}
	var err error
	draw := func(r rangeSpec, def float64) float64 {
		if err != nil || r.isConst(def) {
			return def
		}
		var v float64
		v, err = r.draw(rng, c)
		return v
	}
	// A positive angle turns the picture counterclockwise as displayed
	// (y points down).
	if th := draw(g.rotation, 0) * math.Pi / 180; th != 0 {
		mul([2][2]float64{{math.Cos(th), math.Sin(th)}, {-math.Sin(th), math.Cos(th)}})
	}
	if !g.scale.isConst(1) {
		s := draw(g.scale, 1)
		mul([2][2]float64{{s, 0}, {0, s}})
	} else {
		mul([2][2]float64{{draw(g.scaleX, 1), 0}, {0, draw(g.scaleY, 1)}})
	}
	if sh := draw(g.shearX, 0); sh != 0 {
		mul([2][2]float64{{1, math.Tan(sh * math.Pi / 180)}, {0, 1}})
	}
	if sh := draw(g.shearY, 0); sh != 0 {
		mul([2][2]float64{{1, 0}, {math.Tan(sh * math.Pi / 180), 1}})
	}
	t.tx = draw(g.translateX, 0)
	t.ty = draw(g.translateY, 0)
	return t, err
}

// fillFor returns the fill value for an image with c channels, or
// MATLAB's error when a vector FillValue does not match.
func (g *ImageDataAugmenter) fillFor(c int) ([]float64, error) {
	if len(g.fill) != 1 && len(g.fill) != c {
		return nil, value.Errorf("MATLAB:imageDataAugmenter:invalidFillValue", "FillValue must be a scalar or a vector with one element per channel of the input image.")
	}
	return g.fill, nil
}
