package dl

import "gomat/lang/value"

// MiniBatchSource is a datastore the trainer can draw mini-batches from.
type MiniBatchSource interface {
	NumObservations() int
	Categories() []string                       // class names, in categorical order
	Labels() []int                              // 0-based class index of every observation, in current order
	Shuffle(rng interface{ Float64() float64 }) // new random order (the trainer calls it per epoch when Shuffle is 'every-epoch' or 'once')
	// ReadBatch decodes (in parallel over runtime.NumCPU goroutines,
	// prefetching is a bonus), augments and resizes observations idx
	// (positions in the current order) into dst, NHWC float32 with values
	// on the 0–255 scale, each image h×w×c; grayscale → error unless
	// ColorPreprocessing 'gray2rgb' (MATLAB's message), RGB into a
	// 1-channel net → error unless 'rgb2gray'.
	ReadBatch(idx []int, h, w, c int, dst []float32) error
}

// AsMiniBatchSource returns the training source behind a value
// (augmentedImageDatastore or imageDatastore), or false.
//
// Each call returns a fresh source with its own order, starting in the
// datastore's current order, so the trainer's shuffles never reorder the
// user's datastore; decoded images are cached in the datastore and shared
// by every source drawn from it.
func AsMiniBatchSource(v value.Value) (MiniBatchSource, bool) {
	switch d := v.Ref().(type) {
	case *AugmentedImageDatastore:
		return d.source(), true
	case *ImageDatastore:
		return d.source(), true
	}
	return nil, false
}
