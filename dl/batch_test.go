package dl

import (
	"fmt"
	"image/color"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gomat/lang/value"
)

// knownPixel is the colour of pixel (x, y) of the test image.
func knownPixel(x, y int) color.RGBA {
	return color.RGBA{uint8(10*x + y), uint8(100 + x), uint8(200 + y), 255}
}

// source returns the MiniBatchSource behind a session variable.
func (s *dsSession) source(name string) MiniBatchSource {
	s.t.Helper()
	src, ok := AsMiniBatchSource(s.v(name))
	if !ok {
		s.t.Fatalf("%s is not a MiniBatchSource", name)
	}
	return src
}

func TestReadBatchKnownImage(t *testing.T) {
	dir := t.TempDir()
	writeTestImage(t, filepath.Join(dir, "k", "img.png"), 3, 2, false, knownPixel)
	s := newDSSession(t, dir)
	s.run("ds = imageDatastore('k'); au = augmentedImageDatastore([2 3], ds);")
	for _, name := range []string{"ds", "au"} {
		dst := make([]float32, 2*3*3)
		if err := s.source(name).ReadBatch([]int{0}, 2, 3, 3, dst); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for y := 0; y < 2; y++ {
			for x := 0; x < 3; x++ {
				p := knownPixel(x, y)
				want := []float32{float32(p.R), float32(p.G), float32(p.B)}
				if got := dst[(y*3+x)*3 : (y*3+x)*3+3]; !reflect.DeepEqual(got, want) {
					t.Errorf("%s pixel (%d,%d) = %v, want %v", name, x, y, got, want)
				}
			}
		}
	}
	if _, ok := AsMiniBatchSource(value.Num(1)); ok {
		t.Errorf("a number is not a MiniBatchSource")
	}
}

func TestReadBatchSizesAndColour(t *testing.T) {
	dir := t.TempDir()
	writeTestImage(t, filepath.Join(dir, "rgb", "a.png"), 6, 4, false, knownPixel)
	writeTestImage(t, filepath.Join(dir, "gray", "g.png"), 8, 8, true, flatColor(77, 77, 77))
	s := newDSSession(t, dir)
	s.run(`rgb = imageDatastore('rgb'); gray = imageDatastore('gray');
		big = augmentedImageDatastore([10 12], rgb);
		g3 = augmentedImageDatastore([8 8], gray, 'ColorPreprocessing', 'gray2rgb');
		g1 = augmentedImageDatastore([8 8], gray);
		r1 = augmentedImageDatastore([4 6], rgb, 'ColorPreprocessing', 'rgb2gray');`)
	cases := []struct {
		src     string
		h, w, c int
		err     string
	}{
		{"rgb", 224, 224, 3, "The training images are of size 4×6×3 but the input layer expects images of size 224×224×3."},
		{"big", 10, 12, 3, ""},
		{"g1", 8, 8, 3, "The training images are of size 8×8×1 but the input layer expects images of size 8×8×3."},
		{"g3", 8, 8, 3, ""},
		{"rgb", 4, 6, 1, "of size 4×6×3 but the input layer expects images of size 4×6×1."},
		{"r1", 4, 6, 1, ""},
	}
	for _, tc := range cases {
		dst := make([]float32, tc.h*tc.w*tc.c)
		err := s.source(tc.src).ReadBatch([]int{0}, tc.h, tc.w, tc.c, dst)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%s: %v", tc.src, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%s: error %v, want %q", tc.src, err, tc.err)
		case tc.src == "g3" && (dst[0] != 77 || dst[1] != 77 || dst[2] != 77):
			t.Errorf("gray2rgb pixel %v, want 77 77 77", dst[:3])
		}
	}
}

func TestMiniBatchLabelsFollowShuffle(t *testing.T) {
	dir := t.TempDir()
	colours := map[string]uint8{"blue": 30, "green": 90, "red": 200}
	for name, v := range colours {
		for i := 0; i < 4; i++ {
			writeTestImage(t, filepath.Join(dir, name, fmt.Sprintf("%d.png", i)), 5, 5, false, flatColor(v, v, v))
		}
	}
	s := newDSSession(t, dir)
	s.run("ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames'); au = augmentedImageDatastore([5 5], ds);")
	src := s.source("au")
	if got := src.Categories(); !reflect.DeepEqual(got, []string{"blue", "green", "red"}) {
		t.Fatalf("categories %q", got)
	}
	if src.NumObservations() != 12 {
		t.Fatalf("NumObservations %d", src.NumObservations())
	}
	src.Shuffle(newDSTestRand(3))
	labels := src.Labels()
	idx := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	dst := make([]float32, 12*75)
	if err := src.ReadBatch(idx, 5, 5, 3, dst); err != nil {
		t.Fatal(err)
	}
	order := []string{"blue", "green", "red"}
	sorted := true
	for k, l := range labels {
		if want := float32(colours[order[l]]); dst[k*75] != want {
			t.Errorf("observation %d: label %s but pixel %v", k, order[l], dst[k*75])
		}
		if k > 0 && l < labels[k-1] {
			sorted = false
		}
	}
	if sorted {
		t.Errorf("Shuffle left the labels in order: %v", labels)
	}
	s.run("n = au.NumObservations; f = au.Files;")
	if got := relFiles(t, dir, s.texts("f")); got[0] != "blue/0.png" {
		t.Errorf("the trainer's Shuffle reordered the user's datastore: %q", got)
	}
}

// dsTestRand is a small deterministic uniform stream for Shuffle.
type dsTestRand struct{ x uint64 }

func newDSTestRand(seed uint64) *dsTestRand { return &dsTestRand{x: seed*2654435761 + 1} }

func (r *dsTestRand) Float64() float64 {
	r.x ^= r.x << 13
	r.x ^= r.x >> 7
	r.x ^= r.x << 17
	return float64(r.x>>11) / (1 << 53)
}

func TestCacheAvoidsReloading(t *testing.T) {
	loads := 0
	p := &pipeline{
		key: func(i int) string { return fmt.Sprint(i) },
		load: func(i int) (value.Value, error) {
			loads++
			return value.FromRef(value.NewArrayFrom(value.Uint8, value.Dims{2, 2}, []float64{1, 2, 3, float64(i)}, nil)), nil
		},
		serial: true, outH: 4, outW: 4, mode: "resize", color: "none",
	}
	for _, tc := range []struct {
		budget    int64
		wantLoads int
	}{{1 << 20, 3}, {0, 6}} {
		loads = 0
		saved := cacheBudget
		cacheBudget = tc.budget
		p.cache = newImageCache()
		for epoch := 0; epoch < 2; epoch++ {
			imgs, err := p.images([]int{0, 1, 2}, newDSTestRand(1))
			if err != nil {
				t.Fatal(err)
			}
			if imgs[2].h != 4 || imgs[2].w != 4 {
				t.Fatalf("image size %d×%d, want 4×4", imgs[2].h, imgs[2].w)
			}
		}
		cacheBudget = saved
		if loads != tc.wantLoads {
			t.Errorf("budget %d: %d loads over two epochs, want %d", tc.budget, loads, tc.wantLoads)
		}
	}
}

func TestCropModes(t *testing.T) {
	dir := t.TempDir()
	writeTestImage(t, filepath.Join(dir, "c", "a.png"), 6, 4, false, knownPixel)
	s := newDSSession(t, dir)
	s.run(`ds = imageDatastore('c');
		cc = augmentedImageDatastore([2 2], ds, 'OutputSizeMode', 'centercrop');
		rc = augmentedImageDatastore([2 2], ds, 'OutputSizeMode', 'randcrop');
		too = augmentedImageDatastore([5 5], ds, 'OutputSizeMode', 'centercrop');`)
	dst := make([]float32, 12)
	if err := s.source("cc").ReadBatch([]int{0}, 2, 2, 3, dst); err != nil {
		t.Fatal(err)
	}
	// The centre 2×2 window of a 4×6 image starts at x = 2, y = 1.
	if want := knownPixel(2, 1); dst[0] != float32(want.R) || dst[1] != float32(want.G) {
		t.Errorf("centercrop first pixel %v, want %v", dst[:3], want)
	}
	if err := s.source("rc").ReadBatch([]int{0}, 2, 2, 3, dst); err != nil {
		t.Fatal(err)
	}
	err := s.source("too").ReadBatch([]int{0}, 5, 5, 3, make([]float32, 75))
	if err == nil || !strings.Contains(err.Error(), "requested 'OutputSize' must be smaller than input image size") {
		t.Errorf("crop larger than the image: %v", err)
	}
}

// BenchmarkReadBatch renders the example image set
// (scripts/path_to_your_image_folder, 48 images of 64–96 px) at 224×224×3, as trainNetwork draws it from the seed
// script's augmentedImageDatastore: "decode" re-decodes and resizes every
// image (cache budget 0), "cached" only copies cached images out.
func BenchmarkReadBatch(b *testing.B) {
	dir, err := filepath.Abs(filepath.Join("..", "scripts"))
	if err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		budget int64
	}{{"decode", 0}, {"cached", 1 << 30}} {
		b.Run(tc.name, func(b *testing.B) {
			saved := cacheBudget
			cacheBudget = tc.budget
			defer func() { cacheBudget = saved }()
			s := newDSSession(b, dir)
			s.run("au = augmentedImageDatastore([224 224], imageDatastore('path_to_your_image_folder', 'IncludeSubfolders', true, 'LabelSource', 'foldernames'));")
			src, _ := AsMiniBatchSource(s.v("au"))
			idx := make([]int, src.NumObservations())
			for i := range idx {
				idx[i] = i
			}
			dst := make([]float32, len(idx)*224*224*3)
			if err := src.ReadBatch(idx, 224, 224, 3, dst); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for range b.N {
				if err := src.ReadBatch(idx, 224, 224, 3, dst); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*len(idx))/b.Elapsed().Seconds(), "images/s")
		})
	}
}
