package dl

import "gomat/lang/value"

// batchSource is the MiniBatchSource behind a datastore: the datastore's
// pipeline and labels, with an order of its own.
type batchSource struct {
	p      *pipeline
	labels labelSet   // by observation number
	order  []int      // observation numbers, in the source's current order
	rng    randSource // augmentation and random crops
}

// NumObservations returns the number of observations.
func (s *batchSource) NumObservations() int { return len(s.order) }

// Categories returns the class names in categorical order.
func (s *batchSource) Categories() []string { return append([]string(nil), s.labels.cats...) }

// Labels returns the 0-based class of every observation in the current
// order: -1 for an undefined label, and nil when the data has no labels.
func (s *batchSource) Labels() []int {
	if !s.labels.labeled() {
		return nil
	}
	out := make([]int, len(s.order))
	for k, i := range s.order {
		out[k] = s.labels.codes[i] - 1
	}
	return out
}

// Shuffle puts the observations in a new random order.
func (s *batchSource) Shuffle(rng interface{ Float64() float64 }) {
	perm := permutation(rng, len(s.order))
	order := make([]int, len(perm))
	for k, p := range perm {
		order[k] = s.order[p]
	}
	s.order = order
}

// ReadBatch renders observations idx (positions in the current order)
// into dst as NHWC float32. Every image must come out h×w×c, else
// trainNetwork's error naming both sizes.
func (s *batchSource) ReadBatch(idx []int, h, w, c int, dst []float32) error {
	ids := make([]int, len(idx))
	for k, i := range idx {
		ids[k] = s.order[i]
	}
	imgs, err := s.p.images(ids, s.rng)
	if err != nil {
		return err
	}
	n := h * w * c
	if len(dst) < len(idx)*n {
		return value.Errorf("gomat:dl:batchBuffer", "ReadBatch: destination holds %d values, %d needed.", len(dst), len(idx)*n)
	}
	for k, img := range imgs {
		if img.h != h || img.w != w || img.c != c {
			return value.Errorf("nnet_cnn:trainNetwork:InvalidInputImageSize", "The training images are of size %d×%d×%d but the input layer expects images of size %d×%d×%d.", img.h, img.w, img.c, h, w, c)
		}
		out := dst[k*n : (k+1)*n]
		if img.u8 != nil {
			for j, b := range img.u8 {
				out[j] = float32(b)
			}
		} else {
			copy(out, img.f32)
		}
	}
	return nil
}

// source returns a MiniBatchSource over the datastore's files in their
// current order. Images keep their size; decoded images are cached unless
// a custom ReadFcn is set (it may return different data on every call).
func (d *ImageDatastore) source() MiniBatchSource {
	order := make([]int, len(d.files))
	for i := range order {
		order[i] = i
	}
	return &batchSource{p: d.pipeline(), labels: d.labels, order: order}
}

// pipeline returns the loading pipeline of the datastore's files as they
// are now (later changes to its properties do not reach it), with no
// resizing or augmentation.
func (d *ImageDatastore) pipeline() *pipeline {
	snap := *d
	p := &pipeline{
		key:  func(i int) string { return snap.files[i] },
		load: func(i int) (value.Value, error) { return snap.readFile(nil, i) },
	}
	if d.customReader() {
		p.serial = true
	} else {
		p.cache = d.cache
	}
	return p
}
