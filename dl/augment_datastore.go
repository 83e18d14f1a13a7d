package dl

import (
	"fmt"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// AugmentedImageDatastore is MATLAB's augmentedImageDatastore: images from
// an ImageDatastore or a 4-D array, resized or cropped to OutputSize,
// colour-converted and randomly augmented on every read, in mini-batches
// of MiniBatchSize. It is a handle, as MATLAB's datastores are.
type AugmentedImageDatastore struct {
	base      imageBase
	labels    labelSet // by observation number
	cfg       augConfig
	p         *pipeline // built from base and cfg
	miniBatch int
	dispatch  bool
	order     []int // observation numbers in read order
	pos       int   // next position in order that read returns
	rng       randSource
	caller    *interp.Call
}

// augConfig is what decides the images an augmentedImageDatastore
// produces.
type augConfig struct {
	outH, outW int
	color      string              // "none", "gray2rgb", "rgb2gray"
	mode       string              // "resize", "centercrop", "randcrop"
	aug        *ImageDataAugmenter // nil: 'none'
}

// imageBase is where an augmentedImageDatastore's images come from: a
// snapshot of an ImageDatastore, or the images of an H×W×C×N array.
type imageBase struct {
	imds *ImageDatastore
	x    *value.Array
}

// count returns the number of observations.
func (b imageBase) count() int {
	if b.imds != nil {
		return len(b.imds.files)
	}
	if d := b.x.Size(); len(d) == 4 {
		return d[3]
	}
	return 1
}

// loader returns a pipeline that loads the base's images, without
// fitting or augmentation.
func (b imageBase) loader() *pipeline {
	if b.imds != nil {
		return b.imds.pipeline()
	}
	x := b.x
	d := x.Size()
	h, w, c := d.At(0), d.At(1), 1
	if len(d) >= 3 {
		c = d[2]
	}
	size := h * w * c
	return &pipeline{
		key: func(i int) string { return fmt.Sprintf("#%d", i) },
		load: func(i int) (value.Value, error) {
			re := append([]float64(nil), x.Re[i*size:(i+1)*size]...)
			dims := value.Dims{h, w}
			if c > 1 {
				dims = value.Dims{h, w, c}
			}
			return value.FromRef(value.NewArrayFrom(x.Class(), dims, re, nil)), nil
		},
	}
}

// build (re)creates the pipeline after the configuration changed, with an
// empty cache (custom ReadFcn data is never cached).
func (a *AugmentedImageDatastore) build() {
	p := a.base.loader()
	if !p.serial {
		p.cache = newImageCache()
	}
	p.outH, p.outW = a.cfg.outH, a.cfg.outW
	p.color, p.mode, p.aug, p.caller = a.cfg.color, a.cfg.mode, a.cfg.aug, a.caller
	a.p = p
}

// Class returns value.ObjectClass.
func (a *AugmentedImageDatastore) Class() value.Class { return value.ObjectClass }

// Size returns 1×1.
func (a *AugmentedImageDatastore) Size() value.Dims { return value.Dims{1, 1} }

// ClassName returns "augmentedImageDatastore".
func (a *AugmentedImageDatastore) ClassName() string { return "augmentedImageDatastore" }

// copyWithOrder returns a datastore sharing a's pipeline (and cache) that
// reads the observations in order, from the start.
func (a *AugmentedImageDatastore) copyWithOrder(order []int) *AugmentedImageDatastore {
	b := *a
	b.order, b.pos = order, 0
	return &b
}

// source returns a MiniBatchSource over the observations in their current
// order.
func (a *AugmentedImageDatastore) source() MiniBatchSource {
	return &batchSource{p: a.p, labels: a.labels, order: append([]int(nil), a.order...), rng: a.rng}
}
