package builtins

import (
	"fmt"
	"math"
	"os"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imshow", Fn: imshowFn, Doc: "imshow(I), imshow(I,[low high]), imshow(I,[]), imshow(X,map), imshow(filename): no window; writes the image as a PNG to a temporary file and prints its path"},
		{Name: "montage", Fn: montageFn, Doc: "montage(imgs), montage(imgs,'Size',[r c]): no window; tiles the images (cell array, H×W×C×N array or file names) into one PNG in a temporary file and prints its path"},
		{Name: "imcrop", Fn: imcropFn, Doc: "J = imcrop(I,[xmin ymin width height]), imcrop(X,map,rect), [J,rect] = imcrop(...): crop to the rectangle (rows round(ymin):round(ymin+height), columns round(xmin):round(xmin+width), clipped; [] when outside)"},
	})
}

// displayRGB converts image data to a uint8 RGB (or gray) array for
// display: a [low high] range scales it, floating point data is read in
// [0,1].
func displayRGB(a *value.Array, lo, hi float64, scaled bool) *value.Array {
	out := value.NewArray(value.Uint8, a.Size().Clone())
	for i, x := range a.Re {
		if scaled {
			y := 0.0
			if hi > lo {
				y = (x - lo) / (hi - lo)
			}
			out.Re[i] = value.SaturateInt(y*255, 0, 255)
			continue
		}
		out.Re[i] = float64(sample8(a.Class(), x))
	}
	return out
}

// writeFigure writes an image to a new temporary PNG file and prints its
// path as the figure's stand-in.
func writeFigure(c *interp.Call, a *value.Array) error {
	img, err := toGoImage(a, nil, false)
	if err != nil {
		return err
	}
	f, err := os.CreateTemp("", "gomat-figure-*.png")
	if err != nil {
		return value.Errorf("gomat:figure:writeFailed", "Unable to create a figure file: %v", err)
	}
	path := f.Name()
	f.Close()
	if err := writeImageFile(path, img, "png", writeOptions{}); err != nil {
		return err
	}
	fmt.Fprintf(c.In.Out, "Figure written to %s\n", path)
	return nil
}

func imshowFn(c *interp.Call) ([]value.Value, error) {
	var v, second value.Value
	if err := c.Unpack("I", &v, "range?", &second); err != nil {
		return nil, err
	}
	if name, ok := v.Text(); ok {
		d, err := readImageFile(name)
		if err != nil {
			return nil, err
		}
		img := d.pixels
		if d.cmap != nil {
			img = indexedToRGB(d.pixels, d.cmap)
		}
		return nil, writeFigure(c, displayRGB(img, 0, 0, false))
	}
	a, err := imageArg("imshow", v)
	if err != nil {
		return nil, err
	}
	if !second.Defined() {
		return nil, writeFigure(c, displayRGB(a, 0, 0, false))
	}
	r, ok := second.Array()
	if !ok {
		return nil, value.Errorf("MATLAB:imshow:invalidRange", "The display range must be [] or a two-element vector.")
	}
	switch d := r.Size(); {
	case d.IsEmpty():
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, x := range a.Re {
			lo, hi = math.Min(lo, x), math.Max(hi, x)
		}
		return nil, writeFigure(c, displayRGB(a, lo, hi, true))
	case d.Numel() == 2:
		return nil, writeFigure(c, displayRGB(a, r.Re[0], r.Re[1], true))
	case d.IsMatrix() && d.Cols() == 3:
		idx := append([]float64(nil), a.Re...)
		if a.Class().IsFloat() {
			for i := range idx {
				idx[i]--
			}
		}
		return nil, writeFigure(c, indexedToRGB(value.NewArrayFrom(value.Double, a.Size(), idx, nil), r))
	}
	return nil, value.Errorf("MATLAB:imshow:invalidRange", "The display range must be [] or a two-element vector.")
}

// montageFrames reads montage's images as uint8 RGB arrays.
func montageFrames(v value.Value) ([]*value.Array, error) {
	if names, ok := interp.TextList(v); ok && (v.Class() != value.CellClass || isCellstr(v)) {
		var out []*value.Array
		for _, n := range names {
			a, err := DecodeImage(n)
			if err != nil {
				return nil, err
			}
			out = append(out, a)
		}
		return out, nil
	}
	if cl, ok := v.Ref().(*value.Cell); ok {
		var out []*value.Array
		for _, e := range cl.Elems {
			a, err := imageArg("montage", e)
			if err != nil {
				return nil, err
			}
			out = append(out, a)
		}
		return out, nil
	}
	a, err := imageArg("montage", v)
	if err != nil {
		return nil, err
	}
	d := a.Size()
	if len(d) < 3 || (len(d) == 3 && d[2] == 3) {
		return []*value.Array{a}, nil // one gray or truecolor image
	}
	h, w, ch := d[0], d[1], d[2]
	if len(d) == 3 {
		ch = 1 // M×N×K: K gray frames
	}
	n := d.Numel() / max(h*w*ch, 1)
	out := make([]*value.Array, n)
	for k := range out {
		out[k] = value.NewArrayFrom(a.Class(), value.MakeDims(h, w, ch), a.Re[k*h*w*ch:(k+1)*h*w*ch], nil)
	}
	return out, nil
}

func montageFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	var grid []float64
	if err := c.Unpack("I", &v, "-Size", &grid); err != nil {
		return nil, err
	}
	frames, err := montageFrames(v)
	if err != nil {
		return nil, err
	}
	if len(frames) == 0 {
		return nil, value.Errorf("MATLAB:montage:noImages", "montage needs at least one image.")
	}
	h, w := frames[0].Size()[0], frames[0].Size()[1]
	cols := int(math.Ceil(math.Sqrt(float64(len(frames)))))
	rows := (len(frames) + cols - 1) / cols
	if len(grid) == 2 {
		rows, cols = int(grid[0]), int(grid[1])
		if math.IsNaN(grid[0]) {
			rows = (len(frames) + cols - 1) / cols
		}
		if math.IsNaN(grid[1]) {
			cols = (len(frames) + rows - 1) / rows
		}
	}
	out := value.NewArray(value.Uint8, value.MakeDims(rows*h, cols*w, 3))
	H, W := rows*h, cols*w
	for k, fr := range frames {
		if k >= rows*cols {
			break
		}
		if fd := fr.Size(); fd[0] != h || fd[1] != w {
			if fr, err = Resize(fr, h, w, "bicubic", true); err != nil {
				return nil, err
			}
		}
		fr = displayRGB(fr, 0, 0, false)
		gray := len(fr.Size()) == 2
		r0, c0 := (k/cols)*h, (k%cols)*w
		for ch := range 3 {
			src := ch
			if gray {
				src = 0
			}
			for x := range w {
				for y := range h {
					out.Re[(r0+y)+H*(c0+x)+H*W*ch] = fr.Re[y+h*x+h*w*src]
				}
			}
		}
	}
	return nil, writeFigure(c, out)
}

// imcropFn crops non-interactively as MATLAB's imcrop does with the
// default spatial coordinates: rows round(ymin) to round(ymin+height) and
// columns round(xmin) to round(xmin+width), clipped to the image; a
// rectangle wholly outside gives []. imcrop(X,map,rect) crops an indexed
// image; the second output is the rectangle.
func imcropFn(c *interp.Call) ([]value.Value, error) {
	var v, second, third value.Value
	if err := c.Unpack("I", &v, "rect", &second, "rect?", &third); err != nil {
		return nil, err
	}
	rv := second
	if third.Defined() {
		if d := second.Size(); len(d) != 2 || d[1] != 3 {
			return nil, value.Errorf("MATLAB:imcrop:badMap", "Expected input number 2, MAP, to be a colormap (an M-by-3 array).")
		}
		rv = third
	}
	rect, err := value.ToFloat64(rv)
	if err != nil || len(rect) != 4 {
		return nil, value.Errorf("MATLAB:imcrop:invalidRect", "The crop rectangle must be a four-element vector [xmin ymin width height].")
	}
	d := v.Size()
	m, n := d.At(0), d.At(1)
	r1, r2 := int(math.Round(rect[1])), int(math.Round(rect[1]+rect[3]))
	c1, c2 := int(math.Round(rect[0])), int(math.Round(rect[0]+rect[2]))
	outs := []value.Value{value.Empty(), value.RowVector(rect)}
	if r1 > m || r2 < 1 || c1 > n || c2 < 1 {
		return outs, nil
	}
	r1, r2, c1, c2 = max(r1, 1), min(r2, m), max(c1, 1), min(c2, n)
	rows := make([]int, r2-r1+1)
	for i := range rows {
		rows[i] = r1 - 1 + i
	}
	cols := make([]int, c2-c1+1)
	for i := range cols {
		cols[i] = c1 - 1 + i
	}
	out, err := pickAlong(v, 0, rows)
	if err == nil {
		outs[0], err = pickAlong(out, 1, cols)
	}
	return outs, err
}
