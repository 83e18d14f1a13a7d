package builtins

import (
	"bytes"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"os"

	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"

	"gomat/lang/value"
)

// maxImagePixels bounds the pixel count a header may announce before any
// pixel memory is allocated, so a corrupt or hostile header cannot exhaust
// memory.
const maxImagePixels = 1 << 28

// decodedImage is what imread reads from one file.
type decodedImage struct {
	format    string       // imformats name: "png", "jpg", "bmp", "gif", "tif", "pgm", "ppm"
	pixels    *value.Array // H×W (gray or indexed), H×W×3 (RGB) or H×W×4 (CMYK)
	cmap      *value.Array // N×3 double colormap of an indexed image, else nil
	alpha     *value.Array // H×W transparency of a PNG with an alpha channel, else nil
	bitDepth  int          // bits per pixel, as imfinfo reports
	colorType string       // "grayscale", "truecolor", "indexed" or "CMYK"
}

// DecodeImage reads the image file at path as imread does, for the Deep
// Learning package: a grayscale image is an H×W array, an RGB image H×W×3,
// of class uint8 or uint16 as stored (a 1-bit PNG is logical); alpha is
// dropped, and an indexed image (paletted PNG, GIF, 8-bit BMP) is converted
// to RGB uint8 through its colormap, as imageDatastore's reader does.
// Errors are MATLAB errors naming the file. It never panics on corrupt
// input.
func DecodeImage(path string) (*value.Array, error) {
	d, err := readImageFile(path)
	if err != nil {
		return nil, err
	}
	if d.cmap != nil {
		return indexedToRGB(d.pixels, d.cmap), nil
	}
	return d.pixels, nil
}

// readImageFile reads and decodes the file at path, with MATLAB's errors
// for a missing file and an unreadable one.
func readImageFile(path string) (decodedImage, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return decodedImage{}, value.Errorf("MATLAB:imagesci:imread:fileDoesNotExist", "File \"%s\" does not exist.", path)
		}
		return decodedImage{}, value.Errorf("MATLAB:imagesci:imread:fileReadFailed", "Unable to read file '%s'. %v", path, err)
	}
	d, err := decodeImageBytes(data)
	if err != nil {
		if err == errUnknownFormat {
			return decodedImage{}, value.Errorf("MATLAB:imagesci:imread:fileFormat", "Unable to determine the file format of '%s'.", path)
		}
		return decodedImage{}, value.Errorf("MATLAB:imagesci:imread:fileReadFailed", "Unable to read file '%s'. %v", path, err)
	}
	return d, nil
}

var errUnknownFormat = fmt.Errorf("unknown image format")

// sniffFormat names the format of an encoded image from its first bytes.
func sniffFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(data, []byte("\xff\xd8")):
		return "jpg"
	case bytes.HasPrefix(data, []byte("BM")):
		return "bmp"
	case bytes.HasPrefix(data, []byte("GIF8")):
		return "gif"
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return "tif"
	case len(data) >= 2 && data[0] == 'P' && (data[1] == '2' || data[1] == '5'):
		return "pgm"
	case len(data) >= 2 && data[0] == 'P' && (data[1] == '3' || data[1] == '6'):
		return "ppm"
	}
	return ""
}

// decodeImageBytes decodes an encoded image. Decoder panics are turned into
// errors, and images whose header announces more than maxImagePixels are
// refused before their pixels are decoded.
func decodeImageBytes(data []byte) (d decodedImage, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("The file is corrupt (%v).", r)
		}
	}()
	format := sniffFormat(data)
	if format == "" {
		return decodedImage{}, errUnknownFormat
	}
	if format == "pgm" || format == "ppm" {
		return decodePNM(data)
	}
	cfg, err := decodeConfig(format, data)
	if err != nil {
		return decodedImage{}, decodeFailure(err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width*cfg.Height > maxImagePixels {
		return decodedImage{}, fmt.Errorf("The image size %d×%d is not supported.", cfg.Height, cfg.Width)
	}
	img, err := decodeWith(format, data)
	if err != nil {
		return decodedImage{}, decodeFailure(err)
	}
	d = fromGoImage(img)
	d.format = format
	if format == "png" {
		applyPNGHeader(&d, data)
	}
	return d, nil
}

// decodeFailure words a decoder error as the sentence after "Unable to
// read file 'x'.".
func decodeFailure(err error) error {
	return fmt.Errorf("The file is corrupt or truncated (%v).", err)
}

// codec is one image format's decoder and header reader.
type codec struct {
	decode func(io.Reader) (image.Image, error)
	config func(io.Reader) (image.Config, error)
}

// codecs are the decoders by format name; TIFF is the fallback.
var codecs = map[string]codec{
	"png":  {png.Decode, png.DecodeConfig},
	"jpg":  {jpeg.Decode, jpeg.DecodeConfig},
	"bmp":  {bmp.Decode, bmp.DecodeConfig},
	"gif":  {gif.Decode, gif.DecodeConfig},
	"tiff": {tiff.Decode, tiff.DecodeConfig},
}

func codecFor(format string) codec {
	if c, ok := codecs[format]; ok {
		return c
	}
	return codecs["tiff"]
}

func decodeConfig(format string, data []byte) (image.Config, error) {
	return codecFor(format).config(bytes.NewReader(data))
}

func decodeWith(format string, data []byte) (image.Image, error) {
	return codecFor(format).decode(bytes.NewReader(data))
}

// PNG colour types from the IHDR chunk.
const (
	pngGray      = 0
	pngTrueColor = 2
	pngIndexed   = 3
	pngGrayAlpha = 4
	pngRGBA      = 6
)

// applyPNGHeader fixes up what Go's PNG decoder loses: a grayscale image
// with transparency (decoded as RGBA) goes back to one channel, a 1-bit
// grayscale image becomes logical, alpha is kept only for images with an
// alpha channel, and the bit depth is the file's.
func applyPNGHeader(d *decodedImage, data []byte) {
	if len(data) < 26 {
		return
	}
	depth, ctype := int(data[24]), int(data[25])
	channels := map[int]int{pngGray: 1, pngTrueColor: 3, pngIndexed: 1, pngGrayAlpha: 2, pngRGBA: 4}[ctype]
	d.bitDepth = depth * channels
	if ctype == pngGray || ctype == pngGrayAlpha {
		if dims := d.pixels.Size(); len(dims) == 3 {
			h, w := dims[0], dims[1]
			g := value.NewArrayFrom(d.pixels.Class(), value.Dims{h, w}, d.pixels.Re[:h*w], nil)
			d.pixels = g
		}
		d.colorType = "grayscale"
		if depth == 1 {
			d.pixels.SetClass(value.Logical)
			for i, x := range d.pixels.Re {
				if x != 0 {
					d.pixels.Re[i] = 1
				}
			}
		}
	}
	if ctype != pngGrayAlpha && ctype != pngRGBA {
		d.alpha = nil
	}
}
