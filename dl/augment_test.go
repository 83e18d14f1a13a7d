package dl

import (
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gomat/builtins"
	"gomat/lang/value"
)

// warpTestPixels is a 3×4 single-channel float image with distinct values.
func warpTestPixels() *pixels {
	p := newPixels(3, 4, 1, value.Single)
	for k := range p.f32 {
		p.f32[k] = float32(k + 1)
	}
	return p
}

func TestWarp(t *testing.T) {
	src := warpTestPixels()
	flipX := augTransform{a: [2][2]float64{{-1, 0}, {0, 1}}}
	flipXY := augTransform{a: [2][2]float64{{-1, 0}, {0, -1}}}
	s, c := math.Sincos(math.Pi)
	rot180 := augTransform{a: [2][2]float64{{c, s}, {-s, c}}}
	shiftRight := augTransform{a: identityAffine.m, tx: 1}
	cases := []struct {
		name string
		t    augTransform
		want []float32
	}{
		{"identity", noAugTransform, []float32{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{"reflect x", flipX, []float32{4, 3, 2, 1, 8, 7, 6, 5, 12, 11, 10, 9}},
		{"reflect both", flipXY, []float32{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}},
		{"rotate 180", rot180, []float32{12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1}},
		{"translate", shiftRight, []float32{-1, 1, 2, 3, -1, 5, 6, 7, -1, 9, 10, 11}},
	}
	for _, tc := range cases {
		out := warpImage(src, tc.t.inverseMap(3, 4, 1, 1, 0, 0), 3, 4, []float64{-1})
		for k := range tc.want {
			if math.Abs(float64(out.f32[k]-tc.want[k])) > 1e-4 {
				t.Errorf("%s: got %v, want %v", tc.name, out.f32, tc.want)
				break
			}
		}
	}
	// A scaled copy stands in for the original: a translation of 2
	// original pixels is 1 pixel of a half-size copy.
	half := warpImage(src, augTransform{a: identityAffine.m, tx: 2}.inverseMap(3, 4, 0.5, 1, 0, 0), 3, 4, []float64{0})
	if half.f32[1] != 1 || half.f32[0] != 0 {
		t.Errorf("conjugated translation: %v", half.f32)
	}
}

func TestImageDataAugmenter(t *testing.T) {
	s := newDSSession(t, t.TempDir())
	out := s.run("aug = imageDataAugmenter('RandXReflection', true, 'RandXScale', [0.9 1.1], 'randrotation', [-5 5])")
	for _, want := range []string{
		"  imageDataAugmenter with properties:\n\n",
		"           FillValue: 0\n",
		"     RandXReflection: 1\n",
		"        RandRotation: [-5 5]\n",
		"          RandXScale: [0.9000 1.1000]\n",
		"    RandYTranslation: [0 0]\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("display lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []struct{ code, want string }{
		{"imageDataAugmenter('RandRotation', [10 -10])", "Expected RandRotation to be nondecreasing."},
		{"imageDataAugmenter('RandScale', [0 2])", "Expected RandScale to be positive."},
		{"imageDataAugmenter('RandXShear', 5)", "two-element numeric vector"},
		{"imageDataAugmenter('RandXReflection', 2)", "logical scalar"},
	} {
		if msg := s.fails(bad.code + ";"); !strings.Contains(msg, bad.want) {
			t.Errorf("%s: %q, want %q", bad.code, msg, bad.want)
		}
	}
	s.run(`img = uint8(reshape(1:12, 3, 4));
		flip = imageDataAugmenter('RandXReflection', true);
		seen = zeros(1, 2); pairsAgree = true;
		for k = 1:20
			r = augment(flip, img);
			seen(1) = seen(1) | isequal(r, img);
			seen(2) = seen(2) | isequal(r, fliplr(img));
			pair = augment(flip, {img, img});
			pairsAgree = pairsAgree & isequal(pair{1}, pair{2});
		end`)
	if seen := s.v("seen").Ref().(*value.Array).Re; !reflect.DeepEqual(seen, []float64{1, 1}) {
		t.Errorf("RandXReflection over 20 draws: unchanged %v, mirrored %v", seen[0] == 1, seen[1] == 1)
	}
	if s.v("pairsAgree").Float() != 1 {
		t.Errorf("augment gave the images of a cell array different transforms")
	}
	s.run("c = class(augment(flip, img)); flip2 = flip; flip2.RandYShear = [-5 5]; r1 = flip.RandYShear; r2 = flip2.RandYShear;")
	if r1, r2 := s.v("r1").Ref().(*value.Array).Re, s.v("r2").Ref().(*value.Array).Re; !reflect.DeepEqual(r1, []float64{0, 0}) || !reflect.DeepEqual(r2, []float64{-5, 5}) {
		t.Errorf("property assignment: original %v, copy %v", r1, r2)
	}
	if c, _ := s.v("c").Text(); c != "uint8" {
		t.Errorf("augment changed the class to %s", c)
	}
}

func TestAugmentationIsReproducibleAndFresh(t *testing.T) {
	dir := t.TempDir()
	writeTestImage(t, filepath.Join(dir, "x", "a.png"), 20, 16, false, knownPixel)
	writeTestImage(t, filepath.Join(dir, "y", "b.jpg"), 24, 18, false, knownPixel)
	s := newDSSession(t, dir)
	s.run(`ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames');
		aug = imageDataAugmenter('RandRotation', [-30 30], 'RandXTranslation', [-3 3], 'RandScale', [0.8 1.2]);
		au = augmentedImageDatastore([12 12], ds, 'DataAugmentation', aug);
		rng(0); t1 = read(au); reset(au); t2 = read(au);
		rng(0); reset(au); t3 = read(au);
		same = isequal(t1.input, t3.input); fresh = ~isequal(t1.input, t2.input);
		r = t1.response; sz = size(t1.input{2});`)
	if s.v("same").Float() != 1 {
		t.Errorf("reads after rng(0) differ")
	}
	if s.v("fresh").Float() != 1 {
		t.Errorf("a second read repeated the same augmentation")
	}
	if got := s.v("r").Ref().(*builtins.Categorical).Labels(); !reflect.DeepEqual(got, []string{"x", "y"}) {
		t.Errorf("responses %q", got)
	}
	if sz := s.v("sz").Ref().(*value.Array).Re; !reflect.DeepEqual(sz, []float64{12, 12, 3}) {
		t.Errorf("image size %v", sz)
	}
	src := s.source("au")
	a, b := make([]float32, 2*432), make([]float32, 2*432)
	s.run("rng(5);")
	if err := src.ReadBatch([]int{0, 1}, 12, 12, 3, a); err != nil {
		t.Fatal(err)
	}
	s.run("rng(5);")
	if err := src.ReadBatch([]int{0, 1}, 12, 12, 3, b); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("ReadBatch under the same seed differs")
	}
}

func TestAugmentedImageDatastoreFromArray(t *testing.T) {
	s := newDSSession(t, t.TempDir())
	out := s.run(`X = zeros(4, 4, 1, 5, 'single'); X(:, :, 1, 3) = 1;
		Y = categorical({'a'; 'b'; 'a'; 'b'; 'a'});
		au = augmentedImageDatastore([2 2], X, Y);
		au.MiniBatchSize = 2;
		n = 0; while hasdata(au), t = read(au); n = n + height(t); end
		t2 = readByIndex(au, 3); v = t2.input{1}; c = class(v);
		au`)
	if n := s.v("n").Float(); n != 5 {
		t.Errorf("read %v observations in mini-batches, want 5", n)
	}
	if v := s.v("v").Ref().(*value.Array).Re; !reflect.DeepEqual(v, []float64{1, 1, 1, 1}) {
		t.Errorf("observation 3 resized: %v", v)
	}
	if c, _ := s.v("c").Text(); c != "single" {
		t.Errorf("class %s, want single", c)
	}
	want := `  augmentedImageDatastore with properties:

         NumObservations: 5
           MiniBatchSize: 2
        DataAugmentation: 'none'
      ColorPreprocessing: 'none'
              OutputSize: [2 2]
          OutputSizeMode: 'resize'
    DispatchInBackground: 0
`
	if !strings.Contains(out, want) {
		t.Errorf("display:\n%s\nwant:\n%s", out, want)
	}
	if msg := s.fails("augmentedImageDatastore([2 2], X, categorical({'a'}));"); !strings.Contains(msg, "must match the number of images (5)") {
		t.Errorf("response count: %s", msg)
	}
	if msg := s.fails("augmentedImageDatastore([2 2], X, 'OutputSizeMode', 'stretch');"); !strings.Contains(msg, "OutputSizeMode") {
		t.Errorf("bad mode: %s", msg)
	}
}

func TestTransformAndCombine(t *testing.T) {
	dir := makeImageTree(t, "a/1.png", "a/2.png", "b/3.png")
	s := newDSSession(t, dir)
	s.run(`ds = imageDatastore('.', 'IncludeSubfolders', true, 'LabelSource', 'foldernames');
		td = transform(ds, @(x) size(x, 1));
		td2 = transform(td, @(n) n * 10);
		v = read(td2); all = readall(td2); k = numel(all);
		cd = combine(ds, td);
		pair = read(cd); w = size(pair, 2); second = pair{2};
		p = preview(td2); still = hasdata(td2);`)
	for name, want := range map[string]float64{"v": 30, "k": 3, "w": 2, "second": 3, "p": 30, "still": 1} {
		if got := s.v(name).Float(); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	out := s.run("td2")
	if !strings.Contains(out, "TransformedDatastore with properties:") || !strings.Contains(out, "Transforms: {@(x)size(x,1)  @(n)n*10}") {
		t.Errorf("transformed display:\n%s", out)
	}
}
