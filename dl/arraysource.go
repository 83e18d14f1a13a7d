package dl

import (
	"sort"

	"gomat/lang/value"
)

// arraySource is a MiniBatchSource over an H×W×C×N numeric array of
// images and a categorical vector of N labels (trainNetwork(X, Y, …) and
// ValidationData {X, Y}). Labels may be absent for prediction.
type arraySource struct {
	x          *value.Array
	h, w, c, n int
	codes      []int // 0-based, by observation
	cats       []string
	order      []int
}

// newArraySource checks X (and Y when defined) and returns the source.
func newArraySource(x, y value.Value, what string) (*arraySource, error) {
	a, ok := x.Ref().(*value.Array)
	if !ok || !(a.Class().IsNumeric() || a.Class() == value.Logical) {
		if x.IsNum() {
			a = value.NewArrayFrom(value.Double, value.Dims{1, 1}, []float64{x.Float()}, nil)
		} else {
			return nil, value.Errorf("nnet_cnn:trainNetwork:InvalidData", "Invalid %s. The images must be a numeric array of size h×w×c×N.", what)
		}
	}
	d := a.Size()
	at := func(i int) int {
		if i < len(d) {
			return d[i]
		}
		return 1
	}
	s := &arraySource{x: a, h: at(0), w: at(1), c: at(2), n: at(3)}
	if len(d) > 4 {
		return nil, value.Errorf("nnet_cnn:trainNetwork:InvalidData", "Invalid %s. The images must be a numeric array of size h×w×c×N.", what)
	}
	s.order = make([]int, s.n)
	for i := range s.order {
		s.order[i] = i
	}
	if !y.Defined() {
		return s, nil
	}
	codes, cats, ok := labelCodes(y)
	if !ok {
		return nil, value.Errorf("nnet_cnn:trainNetwork:InvalidResponses", "Invalid %s. For classification tasks, responses must be a vector of categorical responses.", what)
	}
	if len(codes) != s.n {
		return nil, value.Errorf("nnet_cnn:trainNetwork:SizeMismatch", "Invalid %s. X and Y must have the same number of observations.", what)
	}
	s.codes, s.cats = codes, cats
	return s, nil
}

// NumObservations returns N.
func (s *arraySource) NumObservations() int { return s.n }

// Categories returns the label categories.
func (s *arraySource) Categories() []string { return s.cats }

// Labels returns the labels in the current order (nil without labels).
func (s *arraySource) Labels() []int {
	if s.codes == nil {
		return nil
	}
	out := make([]int, len(s.order))
	for k, i := range s.order {
		out[k] = s.codes[i]
	}
	return out
}

// Shuffle draws a new order.
func (s *arraySource) Shuffle(rng interface{ Float64() float64 }) {
	perm := randomOrder(rng, len(s.order))
	order := make([]int, len(perm))
	for k, p := range perm {
		order[k] = s.order[p]
	}
	s.order = order
}

// ReadBatch copies observations idx into dst in NHWC order.
func (s *arraySource) ReadBatch(idx []int, h, w, c int, dst []float32) error {
	if h != s.h || w != s.w || c != s.c {
		return value.Errorf("nnet_cnn:trainNetwork:InvalidInputImageSize", "The training images are of size %d×%d×%d but the input layer expects images of size %d×%d×%d.", s.h, s.w, s.c, h, w, c)
	}
	per := h * w * c
	re := s.x.Re
	for k, p := range idx {
		obs := s.order[p]
		out := dst[k*per : (k+1)*per]
		base := obs * per
		for ch := 0; ch < c; ch++ {
			for x := 0; x < w; x++ {
				for y := 0; y < h; y++ {
					out[(y*w+x)*c+ch] = float32(re[base+y+h*(x+w*ch)])
				}
			}
		}
	}
	return nil
}

// randomOrder returns a random permutation of 0…n−1: the order of n
// uniform draws, as randperm does.
func randomOrder(rng interface{ Float64() float64 }, n int) []int {
	keys := make([]float64, n)
	idx := make([]int, n)
	for i := range keys {
		keys[i] = rng.Float64()
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	return idx
}
