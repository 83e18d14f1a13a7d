package builtins

import (
	"bufio"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"

	"gomat/lang/value"
)

// writeFormats maps the format names and extensions imwrite accepts to the
// canonical name.
var writeFormats = map[string]string{
	"png": "png", "jpg": "jpg", "jpeg": "jpg", "bmp": "bmp", "gif": "gif",
	"tif": "tif", "tiff": "tif", "pgm": "pgm", "ppm": "ppm",
}

// writeOptions are imwrite's name-value options.
type writeOptions struct {
	quality int          // JPEG quality, 0..100
	alpha   *value.Array // PNG transparency, H×W
}

// sample8 converts one element of image data of class c to an 8-bit
// sample as im2uint8 does.
func sample8(c value.Class, x float64) uint8 {
	switch c {
	case value.Uint8:
		return uint8(x)
	case value.Uint16:
		return uint8(math.Round(x / 257))
	case value.Logical:
		if x != 0 {
			return 255
		}
		return 0
	}
	return uint8(value.SaturateInt(x*255, 0, 255))
}

// sample16 converts one element to a 16-bit sample as im2uint16 does.
func sample16(c value.Class, x float64) uint16 {
	switch c {
	case value.Uint16:
		return uint16(x)
	case value.Uint8:
		return uint16(x) * 257
	case value.Logical:
		if x != 0 {
			return 65535
		}
		return 0
	}
	return uint16(value.SaturateInt(x*65535, 0, 65535))
}

// checkWriteClass rejects image data imwrite cannot store.
func checkWriteClass(a *value.Array) error {
	switch a.Class() {
	case value.Uint8, value.Uint16, value.Logical, value.Double, value.Single:
		return nil
	}
	return value.Errorf("MATLAB:imagesci:imwrite:unsupportedDataType", "Image data of class %s is not supported.", a.Class())
}

// toGoImage converts H×W or H×W×3 image data (with optional alpha) to a Go
// image; deep keeps 16 bits per sample.
func toGoImage(a *value.Array, alpha *value.Array, deep bool) (image.Image, error) {
	d := a.Size()
	if len(d) > 3 || (len(d) == 3 && d[2] != 3) {
		return nil, value.Errorf("MATLAB:imagesci:imwrite:wrongImageDimensions", "Image data must be M-by-N (grayscale) or M-by-N-by-3 (truecolor).")
	}
	h, w := d[0], d[1]
	if alpha != nil && (alpha.Size().Numel() != h*w) {
		return nil, value.Errorf("MATLAB:imagesci:imwrite:badAlphaSize", "The alpha data must have the same number of rows and columns as the image data.")
	}
	cls, rect, hw := a.Class(), image.Rect(0, 0, w, h), h*w
	rgb := len(d) == 3
	at := func(y, x, k int) float64 {
		if !rgb {
			k = 0
		}
		return a.Re[y+h*x+hw*k]
	}
	var img draw.Image
	switch {
	case deep && (rgb || alpha != nil):
		img = image.NewNRGBA64(rect)
	case deep:
		img = image.NewGray16(rect)
	case rgb || alpha != nil:
		img = image.NewNRGBA(rect)
	default:
		img = image.NewGray(rect)
	}
	for y := range h {
		for x := range w {
			var c color.Color
			if deep {
				op := uint16(65535)
				if alpha != nil {
					op = sample16(alpha.Class(), alpha.Re[y+h*x])
				}
				c = color.NRGBA64{sample16(cls, at(y, x, 0)), sample16(cls, at(y, x, 1)), sample16(cls, at(y, x, 2)), op}
				if !rgb && alpha == nil {
					c = color.Gray16{sample16(cls, at(y, x, 0))}
				}
			} else {
				op := uint8(255)
				if alpha != nil {
					op = sample8(alpha.Class(), alpha.Re[y+h*x])
				}
				c = color.NRGBA{sample8(cls, at(y, x, 0)), sample8(cls, at(y, x, 1)), sample8(cls, at(y, x, 2)), op}
				if !rgb && alpha == nil {
					c = color.Gray{sample8(cls, at(y, x, 0))}
				}
			}
			img.Set(x, y, c)
		}
	}
	return img, nil
}

// toPaletted converts an indexed image X (double: 1-based, else 0-based)
// and its N×3 colormap to a Go paletted image.
func toPaletted(x, cmap *value.Array) (*image.Paletted, error) {
	md := cmap.Size()
	if !md.IsMatrix() || md.Cols() != 3 || md.Rows() == 0 || md.Rows() > 256 {
		return nil, value.Errorf("MATLAB:imagesci:imwrite:badColormap", "The colormap must be an M-by-3 array with at most 256 rows.")
	}
	d := x.Size()
	if !d.IsMatrix() {
		return nil, value.Errorf("MATLAB:imagesci:imwrite:wrongImageDimensions", "Indexed image data must be M-by-N.")
	}
	n := md.Rows()
	pal := make(color.Palette, n)
	for i := range pal {
		pal[i] = color.NRGBA{sample8(value.Double, cmap.Re[i]), sample8(value.Double, cmap.Re[n+i]), sample8(value.Double, cmap.Re[2*n+i]), 255}
	}
	h, w := d[0], d[1]
	img := image.NewPaletted(image.Rect(0, 0, w, h), pal)
	off := 0.0
	if x.Class().IsFloat() {
		off = 1
	}
	for y := range h {
		for xx := range w {
			k := int(x.Re[y+h*xx] - off)
			img.SetColorIndex(xx, y, uint8(min(max(k, 0), n-1)))
		}
	}
	return img, nil
}

// encodeImage writes img in format to w.
func encodeImage(w io.Writer, img image.Image, format string, o writeOptions) error {
	switch format {
	case "png":
		return png.Encode(w, img)
	case "jpg":
		return jpeg.Encode(w, img, &jpeg.Options{Quality: o.quality})
	case "bmp":
		return bmp.Encode(w, img)
	case "tif":
		return tiff.Encode(w, img, &tiff.Options{Compression: tiff.Deflate})
	case "gif":
		if g, ok := img.(*image.Gray); ok {
			img = grayPaletted(g)
		}
		return gif.Encode(w, img, &gif.Options{NumColors: 256, Drawer: draw.Src})
	}
	return encodePNM(w, img, format)
}

// grayPaletted returns a gray image as a paletted one with a 256-level
// gray palette, so GIF stores it exactly.
func grayPaletted(g *image.Gray) *image.Paletted {
	pal := make(color.Palette, 256)
	for i := range pal {
		pal[i] = color.Gray{uint8(i)}
	}
	p := image.NewPaletted(g.Bounds(), pal)
	copy(p.Pix, g.Pix)
	return p
}

// encodePNM writes a binary PGM (P5) or PPM (P6) file, 8 or 16 bits.
func encodePNM(w io.Writer, img image.Image, format string) error {
	b := img.Bounds()
	_, deep := nrgbaPixel(img)
	if _, ok := img.(*image.Gray16); ok {
		deep = true
	}
	channels, magic, maxval := 1, "P5", 255
	if format == "ppm" {
		channels, magic = 3, "P6"
	}
	if deep {
		maxval = 65535
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s\n%d %d\n%d\n", magic, b.Dx(), b.Dy(), maxval)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := color.NRGBA64Model.Convert(img.At(x, y)).(color.NRGBA64)
			s := []uint16{c.R, c.G, c.B}
			if channels == 1 {
				s = []uint16{color.Gray16Model.Convert(img.At(x, y)).(color.Gray16).Y}
			}
			for _, v := range s {
				if deep {
					bw.Write([]byte{byte(v >> 8), byte(v)})
				} else {
					bw.WriteByte(byte(v >> 8))
				}
			}
		}
	}
	return bw.Flush()
}

// writeImageFile encodes img into a temporary file next to path and renames
// it into place, so a failed write never leaves a partial file.
func writeImageFile(path string, img image.Image, format string, o writeOptions) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return value.Errorf("MATLAB:imagesci:imwrite:fileOpen", "Unable to open file \"%s\" for writing. You might not have write permission.", path)
	}
	tmp := f.Name()
	err = encodeImage(f, img, format, o)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return value.Errorf("MATLAB:imagesci:imwrite:writeFailed", "Unable to write file \"%s\". %s", path, strings.TrimPrefix(err.Error(), format+": "))
	}
	return nil
}
