// Command makeimages generates the example image set that the README's
// transfer-learning command trains on: three visually distinct classes of
// small synthetic RGB pictures in scripts/path_to_your_image_folder/<class>/NNN.png|jpg,
// labelled by folder as imageDatastore's 'LabelSource','foldernames' reads
// them.
//
//	go run ./tools/makeimages [-out scripts/path_to_your_image_folder] [-n 16] [-seed 1]
//
// The output is deterministic for a given seed. Sizes vary from 64 to 96
// pixels per side; odd-numbered files are PNG, even-numbered JPEG. Every
// image is RGB, since the seed script has no 'ColorPreprocessing'.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// classes are the class names (folder names) and how each draws a picture.
var classes = []struct {
	name string
	draw func(img *image.RGBA, r *rand.Rand)
}{
	{"circles", drawCircles},
	{"squares", drawSquares},
	{"stripes", drawStripes},
}

func main() {
	out := flag.String("out", filepath.Join("scripts", "path_to_your_image_folder"), "output folder")
	n := flag.Int("n", 16, "images per class")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if err := generate(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "makeimages:", err)
		os.Exit(1)
	}
}

// generate writes n images of every class under out, replacing the class
// folders.
func generate(out string, n int, seed uint64) error {
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	for _, cl := range classes {
		dir := filepath.Join(out, cl.name)
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		for i := 1; i <= n; i++ {
			img := image.NewRGBA(image.Rect(0, 0, 64+r.IntN(33), 64+r.IntN(33)))
			background(img, r)
			cl.draw(img, r)
			addNoise(img, r, 6)
			if err := save(img, dir, i); err != nil {
				return err
			}
		}
	}
	return nil
}

// save writes img as dir/NNN.png (odd i) or dir/NNN.jpg (even i).
func save(img *image.RGBA, dir string, i int) error {
	ext := ".png"
	if i%2 == 0 {
		ext = ".jpg"
	}
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%03d%s", i, ext)))
	if err != nil {
		return err
	}
	if ext == ".png" {
		err = png.Encode(f, img)
	} else {
		err = jpeg.Encode(f, img, &jpeg.Options{Quality: 85})
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// background fills img with a pale vertical gradient between two random
// colours.
func background(img *image.RGBA, r *rand.Rand) {
	top, bottom := paleColor(r), paleColor(r)
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		t := float64(y) / float64(b.Dy()-1)
		c := mix(top, bottom, t)
		for x := b.Min.X; x < b.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

// drawCircles draws one to three filled discs.
func drawCircles(img *image.RGBA, r *rand.Rand) {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	for k := 1 + r.IntN(3); k > 0; k-- {
		rad := (0.12 + 0.2*r.Float64()) * math.Min(w, h)
		cx, cy := rad+r.Float64()*(w-2*rad), rad+r.Float64()*(h-2*rad)
		fill(img, vividColor(r), func(x, y float64) bool { return math.Hypot(x-cx, y-cy) <= rad })
	}
}

// drawSquares draws one or two filled squares at random angles.
func drawSquares(img *image.RGBA, r *rand.Rand) {
	w, h := float64(img.Bounds().Dx()), float64(img.Bounds().Dy())
	for k := 1 + r.IntN(2); k > 0; k-- {
		half := (0.15 + 0.15*r.Float64()) * math.Min(w, h)
		cx, cy := half*1.4+r.Float64()*(w-2.8*half), half*1.4+r.Float64()*(h-2.8*half)
		s, c := math.Sincos(r.Float64() * math.Pi / 2)
		fill(img, vividColor(r), func(x, y float64) bool {
			u, v := (x-cx)*c+(y-cy)*s, -(x-cx)*s+(y-cy)*c
			return math.Abs(u) <= half && math.Abs(v) <= half
		})
	}
}

// drawStripes covers the picture with parallel bands in a random
// direction, alternating a vivid colour with the background.
func drawStripes(img *image.RGBA, r *rand.Rand) {
	period := 8 + 8*r.Float64()
	s, c := math.Sincos(r.Float64() * math.Pi)
	phase := r.Float64() * period
	fill(img, vividColor(r), func(x, y float64) bool {
		return math.Mod(x*c+y*s+phase+1000*period, period) < period/2
	})
}

// fill paints the pixels whose centres satisfy inside.
func fill(img *image.RGBA, col color.RGBA, inside func(x, y float64) bool) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if inside(float64(x)+0.5, float64(y)+0.5) {
				img.SetRGBA(x, y, col)
			}
		}
	}
}

// addNoise adds uniform noise of up to ±amp to every channel.
func addNoise(img *image.RGBA, r *rand.Rand, amp int) {
	for i := range img.Pix {
		if i%4 == 3 {
			continue
		}
		v := int(img.Pix[i]) + r.IntN(2*amp+1) - amp
		img.Pix[i] = uint8(min(max(v, 0), 255))
	}
}

// paleColor returns a light, low-saturation colour.
func paleColor(r *rand.Rand) color.RGBA {
	return color.RGBA{uint8(180 + r.IntN(70)), uint8(180 + r.IntN(70)), uint8(180 + r.IntN(70)), 255}
}

// vividColor returns a saturated colour: a random hue at full value.
func vividColor(r *rand.Rand) color.RGBA {
	hue := r.Float64() * 6
	f := hue - math.Floor(hue)
	up, down := uint8(255*f), uint8(255*(1-f))
	switch int(hue) {
	case 0:
		return color.RGBA{255, up, 0, 255}
	case 1:
		return color.RGBA{down, 255, 0, 255}
	case 2:
		return color.RGBA{0, 255, up, 255}
	case 3:
		return color.RGBA{0, down, 255, 255}
	case 4:
		return color.RGBA{up, 0, 255, 255}
	}
	return color.RGBA{255, 0, down, 255}
}

// mix blends a and b, t from 0 (a) to 1 (b).
func mix(a, b color.RGBA, t float64) color.RGBA {
	l := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-t) + float64(y)*t)) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 255}
}
