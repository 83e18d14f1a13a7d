package builtins

import (
	"encoding/binary"
	"image"
	"io"
	"os"
	"path/filepath"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imread", Fn: imreadFn, Doc: "A = imread(filename), imread(filename,fmt), [X,map] = imread(...), [A,map,alpha] = imread(...): read a PNG, JPEG, BMP, GIF, TIFF, PGM or PPM image (gray H×W, RGB H×W×3, uint8/uint16 as stored; indexed images give indices and an N×3 colormap)"},
		{Name: "imwrite", Fn: imwriteFn, Doc: "imwrite(A,filename), imwrite(A,filename,fmt), imwrite(X,map,filename), options 'Quality' (JPEG, default 75) and 'Alpha' (PNG): write a PNG, JPEG, BMP, GIF, TIFF, PGM or PPM image"},
		{Name: "imfinfo", Fn: imfinfoFn, Doc: "info = imfinfo(filename): struct with Filename, FileModDate, FileSize, Format, FormatVersion, Width, Height, BitDepth, ColorType"},
	})
}

// imagePath resolves an imread file name: the name as given, or with
// ".fmt" appended when it does not exist and a format was named.
func imagePath(name, format string) string {
	if _, err := os.Stat(name); err != nil && format != "" {
		if _, err := os.Stat(name + "." + format); err == nil {
			return name + "." + format
		}
	}
	return name
}

func imreadFn(c *interp.Call) ([]value.Value, error) {
	var name, format string
	if err := c.Unpack("filename", &name, "fmt?", &format); err != nil {
		return nil, err
	}
	d, err := readImageFile(imagePath(name, format))
	if err != nil {
		return nil, err
	}
	out := []value.Value{value.FromRef(d.pixels), value.Empty(), value.Empty()}
	if d.cmap != nil {
		if c.Nargout < 2 {
			return out[:1], nil
		}
		out[1] = value.FromRef(d.cmap)
	}
	if d.alpha != nil {
		out[2] = value.FromRef(d.alpha)
	}
	return out, nil
}

// imwriteArgs splits imwrite's arguments into data, colormap, file name,
// format and the name-value pairs that follow.
func imwriteArgs(args []value.Value) (data, cmap value.Value, path, format string, rest []value.Value, err error) {
	if len(args) < 2 {
		return data, cmap, "", "", nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	data, rest = args[0], args[1:]
	if _, ok := rest[0].Text(); !ok {
		if len(rest) < 2 {
			return data, cmap, "", "", nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
		cmap, rest = rest[0], rest[1:]
	}
	path, ok := rest[0].Text()
	if !ok {
		return data, cmap, "", "", nil, value.Errorf("MATLAB:imagesci:imwrite:badFilename", "The file name must be a character vector or string scalar.")
	}
	rest = rest[1:]
	if len(rest)%2 == 1 {
		if format, ok = rest[0].Text(); !ok {
			return data, cmap, "", "", nil, value.Errorf("MATLAB:imagesci:imwrite:badFormat", "The format must be a character vector or string scalar.")
		}
		rest = rest[1:]
	}
	return data, cmap, path, format, rest, nil
}

// writeFormat picks imwrite's format from the explicit name or the file
// extension.
func writeFormat(path, format string) (string, error) {
	if format == "" {
		ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
		if f, ok := writeFormats[ext]; ok {
			return f, nil
		}
		return "", value.Errorf("MATLAB:imagesci:imwrite:fileFormat", "Unable to determine the file format from the file name.")
	}
	if f, ok := writeFormats[strings.ToLower(format)]; ok {
		return f, nil
	}
	return "", value.Errorf("gomat:notImplemented", "imwrite: format '%s' is not supported.", format)
}

func imwriteFn(c *interp.Call) ([]value.Value, error) {
	data, cmap, path, format, rest, err := imwriteArgs(c.Args)
	if err != nil {
		return nil, err
	}
	if format, err = writeFormat(path, format); err != nil {
		return nil, err
	}
	o := writeOptions{quality: 75}
	var alpha value.Value
	opts := *c
	opts.Args = rest
	if err := opts.Unpack("-Quality", &o.quality, "-Alpha", &alpha); err != nil {
		return nil, err
	}
	o.quality = min(max(o.quality, 0), 100)
	a, ok := data.Array()
	if !ok {
		return nil, value.Errorf("MATLAB:imagesci:imwrite:unsupportedDataType", "Image data of class %s is not supported.", data.ClassName())
	}
	if err := checkWriteClass(a); err != nil {
		return nil, err
	}
	if alpha.Defined() {
		if o.alpha, ok = alpha.Array(); !ok || format != "png" {
			return nil, value.Errorf("MATLAB:imagesci:imwrite:badAlpha", "The 'Alpha' option needs numeric data and the PNG format.")
		}
	}
	var img image.Image
	if cmap.Defined() {
		m, ok := cmap.Array()
		if !ok {
			return nil, value.Errorf("MATLAB:imagesci:imwrite:badColormap", "The colormap must be an M-by-3 array with at most 256 rows.")
		}
		var p *image.Paletted
		if p, err = toPaletted(a, m); err == nil {
			img = p
		}
	} else {
		deep := a.Class() == value.Uint16 && format != "jpg" && format != "bmp" && format != "gif"
		img, err = toGoImage(a, o.alpha, deep)
	}
	if err != nil {
		return nil, err
	}
	return nil, writeImageFile(path, img, format, o)
}

func imfinfoFn(c *interp.Call) ([]value.Value, error) {
	var name string
	if err := c.Unpack("filename", &name); err != nil {
		return nil, err
	}
	st, err := os.Stat(name)
	if err != nil {
		return nil, value.Errorf("MATLAB:imagesci:imfinfo:fileOpen", "Unable to open file \"%s\" for reading.", name)
	}
	d, err := readImageFile(name)
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		abs = name
	}
	dims := d.pixels.Size()
	fields := []string{"Filename", "FileModDate", "FileSize", "Format", "FormatVersion", "Width", "Height", "BitDepth", "ColorType"}
	s := value.NewStruct(value.Dims{1, 1}, fields)
	vals := []value.Value{
		value.Str(abs), value.Str(st.ModTime().Format("02-Jan-2006 15:04:05")), value.Num(float64(st.Size())),
		value.Str(d.format), formatVersion(name, d.format), value.Num(float64(dims[1])), value.Num(float64(dims[0])),
		value.Num(float64(d.bitDepth)), value.Str(d.colorType),
	}
	copy(s.Elems[0], vals)
	return []value.Value{value.FromRef(s)}, nil
}

// formatVersion is imfinfo's FormatVersion: ” for JPEG, the header's
// "87a" or "89a" for GIF, "Version 3 (Microsoft Windows 3.x)" for a BMP
// with a 40-byte info header, and [] otherwise (PNG, TIFF).
func formatVersion(name, format string) value.Value {
	head := make([]byte, 18)
	if f, err := os.Open(name); err == nil {
		n, _ := io.ReadFull(f, head)
		head = head[:n]
		f.Close()
	}
	switch {
	case format == "jpg":
		return value.Str("")
	case format == "gif" && len(head) >= 6:
		return value.Str(string(head[3:6]))
	case format == "bmp" && len(head) >= 18 && binary.LittleEndian.Uint32(head[14:18]) == 40:
		return value.Str("Version 3 (Microsoft Windows 3.x)")
	}
	return value.Empty()
}
