package builtins

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"testing"
)

// FuzzImread feeds arbitrary bytes to imread's decoding path: it must
// return an image or an error, never panic, and a returned image must be
// consistent with its size.
func FuzzImread(f *testing.F) {
	img := image.NewNRGBA(image.Rect(0, 0, 3, 2))
	img.Set(1, 1, color.NRGBA{200, 100, 50, 128})
	pal := image.NewPaletted(image.Rect(0, 0, 2, 2), color.Palette{color.Black, color.White})
	var buf bytes.Buffer
	png.Encode(&buf, img)
	f.Add(append([]byte(nil), buf.Bytes()...))
	buf.Reset()
	jpeg.Encode(&buf, img, nil)
	f.Add(append([]byte(nil), buf.Bytes()...))
	buf.Reset()
	gif.Encode(&buf, pal, nil)
	f.Add(append([]byte(nil), buf.Bytes()...))
	f.Add([]byte("P5 2 2 255\n\x00\x01\x02\x03"))
	f.Add([]byte("P3\n1 1\n65535\n1 2 3\n"))
	f.Add([]byte("BM\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := decodeImageBytes(data)
		if err != nil {
			return
		}
		if d.pixels == nil || len(d.pixels.Re) != d.pixels.Size().Numel() {
			t.Fatalf("inconsistent image: %v", d.pixels)
		}
		if d.cmap != nil {
			indexedToRGB(d.pixels, d.cmap)
		}
	})
}
