package builtins

import (
	"image"
	"image/color"
	"math"

	"gomat/lang/value"
)

// imagePlanes returns a zero H×W×n array of class c (H×W when n is 1) and
// a setter for pixel (y, x) of channel k.
func imagePlanes(c value.Class, h, w, n int) (*value.Array, func(y, x, k int, v float64)) {
	a := value.NewArray(c, value.MakeDims(h, w, n))
	hw := h * w
	return a, func(y, x, k int, v float64) { a.Re[y+h*x+hw*k] = v }
}

// fromGoImage converts a decoded Go image to MATLAB's layout: gray images
// are H×W, colour images H×W×3 (CMYK H×W×4), 8-bit data uint8 and 16-bit
// data uint16; paletted images are returned as zero-based indices with
// their colormap; non-premultiplied alpha is kept in alpha.
func fromGoImage(img image.Image) decodedImage {
	b := img.Bounds()
	h, w := b.Dy(), b.Dx()
	switch m := img.(type) {
	case *image.Gray:
		a, set := imagePlanes(value.Uint8, h, w, 1)
		for y := range h {
			for x := range w {
				set(y, x, 0, float64(m.GrayAt(b.Min.X+x, b.Min.Y+y).Y))
			}
		}
		return decodedImage{pixels: a, bitDepth: 8, colorType: "grayscale"}
	case *image.Gray16:
		a, set := imagePlanes(value.Uint16, h, w, 1)
		for y := range h {
			for x := range w {
				set(y, x, 0, float64(m.Gray16At(b.Min.X+x, b.Min.Y+y).Y))
			}
		}
		return decodedImage{pixels: a, bitDepth: 16, colorType: "grayscale"}
	case *image.Paletted:
		return fromPaletted(m)
	case *image.CMYK:
		a, set := imagePlanes(value.Uint8, h, w, 4)
		for y := range h {
			for x := range w {
				c := m.CMYKAt(b.Min.X+x, b.Min.Y+y)
				for k, v := range [4]uint8{c.C, c.M, c.Y, c.K} {
					set(y, x, k, float64(v))
				}
			}
		}
		return decodedImage{pixels: a, bitDepth: 32, colorType: "CMYK"}
	case *image.YCbCr:
		a, set := imagePlanes(value.Uint8, h, w, 3)
		for y := range h {
			for x := range w {
				c := m.YCbCrAt(b.Min.X+x, b.Min.Y+y)
				r, g, bl := color.YCbCrToRGB(c.Y, c.Cb, c.Cr)
				set(y, x, 0, float64(r))
				set(y, x, 1, float64(g))
				set(y, x, 2, float64(bl))
			}
		}
		return decodedImage{pixels: a, bitDepth: 24, colorType: "truecolor"}
	}
	return fromRGBA(img)
}

// nrgbaPixel returns a reader of non-premultiplied RGBA pixels of img at
// the image's own depth (deep: 16 bits per channel).
func nrgbaPixel(img image.Image) (at func(x, y int) [4]uint16, deep bool) {
	switch m := img.(type) {
	case *image.NRGBA:
		return func(x, y int) [4]uint16 {
			c := m.NRGBAAt(x, y)
			return [4]uint16{uint16(c.R), uint16(c.G), uint16(c.B), uint16(c.A)}
		}, false
	case *image.NRGBA64:
		return func(x, y int) [4]uint16 {
			c := m.NRGBA64At(x, y)
			return [4]uint16{c.R, c.G, c.B, c.A}
		}, true
	case *image.RGBA:
		return func(x, y int) [4]uint16 {
			c := color.NRGBAModel.Convert(m.RGBAAt(x, y)).(color.NRGBA)
			return [4]uint16{uint16(c.R), uint16(c.G), uint16(c.B), uint16(c.A)}
		}, false
	}
	deep = false
	if _, ok := img.(*image.RGBA64); ok {
		deep = true
	}
	return func(x, y int) [4]uint16 {
		c := color.NRGBA64Model.Convert(img.At(x, y)).(color.NRGBA64)
		p := [4]uint16{c.R, c.G, c.B, c.A}
		if !deep {
			for k := range p {
				p[k] >>= 8
			}
		}
		return p
	}, deep
}

// fromRGBA converts any other image through non-premultiplied RGBA: RGB
// channels plus alpha, uint8 or, for 16-bit images, uint16.
func fromRGBA(img image.Image) decodedImage {
	b := img.Bounds()
	h, w := b.Dy(), b.Dx()
	at, deep := nrgbaPixel(img)
	cls, depth := value.Uint8, 8
	if deep {
		cls, depth = value.Uint16, 16
	}
	a, set := imagePlanes(cls, h, w, 3)
	alpha, setA := imagePlanes(cls, h, w, 1)
	opaque := true
	for y := range h {
		for x := range w {
			p := at(b.Min.X+x, b.Min.Y+y)
			for k := range 3 {
				set(y, x, k, float64(p[k]))
			}
			setA(y, x, 0, float64(p[3]))
			opaque = opaque && p[3] == 1<<depth-1
		}
	}
	if opaque {
		return decodedImage{pixels: a, alpha: alpha, bitDepth: 3 * depth, colorType: "truecolor"}
	}
	return decodedImage{pixels: a, alpha: alpha, bitDepth: 4 * depth, colorType: "truecolor"}
}

// fromPaletted returns an indexed image: zero-based uint8 indices and the
// palette as an N×3 double colormap in [0, 1].
func fromPaletted(m *image.Paletted) decodedImage {
	b := m.Bounds()
	h, w := b.Dy(), b.Dx()
	a, set := imagePlanes(value.Uint8, h, w, 1)
	for y := range h {
		for x := range w {
			set(y, x, 0, float64(m.ColorIndexAt(b.Min.X+x, b.Min.Y+y)))
		}
	}
	n := len(m.Palette)
	cmap := value.NewArray(value.Double, value.Dims{n, 3})
	for i, c := range m.Palette {
		nc := color.NRGBAModel.Convert(c).(color.NRGBA)
		cmap.Re[i] = float64(nc.R) / 255
		cmap.Re[n+i] = float64(nc.G) / 255
		cmap.Re[2*n+i] = float64(nc.B) / 255
	}
	return decodedImage{pixels: a, cmap: cmap, bitDepth: 8, colorType: "indexed"}
}

// indexedToRGB converts zero-based indices into an N×3 colormap to an RGB
// uint8 image (indices past the map take its last colour).
func indexedToRGB(x, cmap *value.Array) *value.Array {
	d := x.Size()
	h, w := d[0], d[1]
	n := cmap.Size().Rows()
	out, set := imagePlanes(value.Uint8, h, w, 3)
	for i, v := range x.Re[:h*w] {
		k := min(max(int(v), 0), n-1)
		for c := range 3 {
			set(i%h, i/h, c, math.Round(cmap.Re[c*n+k]*255))
		}
	}
	return out
}
