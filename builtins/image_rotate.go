package builtins

import (
	"math"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imrotate", Fn: imrotateFn, Doc: "J = imrotate(I,angle), imrotate(I,angle,method), imrotate(I,angle,method,bbox): rotate an image counterclockwise about its center; method 'nearest' (default), 'bilinear' or 'bicubic'; bbox 'loose' (default) or 'crop'; fill 0"},
	})
}

// imageChoice matches s to one of choices as validatestring does: case
// insensitive, a unique prefix being enough.
func imageChoice(s string, choices []string) (string, bool) {
	found := ""
	for _, c := range choices {
		if strings.EqualFold(s, c) {
			return c, true
		}
		if s != "" && strings.HasPrefix(c, strings.ToLower(s)) {
			if found != "" {
				return "", false
			}
			found = c
		}
	}
	return found, found != ""
}

func imrotateFn(c *interp.Call) ([]value.Value, error) {
	var img value.Value
	var angle float64
	var opt1, opt2 string
	if err := c.Unpack("I", &img, "angle", &angle, "method?", &opt1, "bbox?", &opt2); err != nil {
		return nil, err
	}
	a, err := imageArg("imrotate", img)
	if err != nil {
		return nil, err
	}
	method, crop := "nearest", false
	for i, s := range []string{opt1, opt2}[:max(len(c.Args)-2, 0)] {
		if m, ok := imageChoice(s, []string{"nearest", "bilinear", "bicubic"}); ok {
			method = m
		} else if b, ok := imageChoice(s, []string{"loose", "crop"}); ok {
			crop = b == "crop"
		} else {
			return nil, value.Errorf("MATLAB:imrotate:unrecognizedStringChoice", "Expected input number %d, METHOD or BBOX, to match one of these values:\n\n'nearest', 'bilinear', 'bicubic', 'loose', 'crop'\n\nThe input, '%s', did not match any of the valid values.", i+3, s)
		}
	}
	if math.IsNaN(angle) || math.IsInf(angle, 0) {
		return nil, value.Errorf("MATLAB:imrotate:expectedFinite", "Expected input number 2, ANGLE, to be finite.")
	}
	if math.Mod(angle, 90) == 0 {
		return one(value.FromRef(rotate90(a, int(math.Mod(angle/90, 4)+4)%4, crop)))
	}
	if a.Size().Numel() == 0 {
		return one(value.FromRef(a))
	}
	return oneResult(rotateImage(a, angle, method, crop))
}

// rotate90 rotates by k×90 degrees exactly, as rot90 does. With crop, a
// non-square image rotated by ±90 degrees keeps its size the way MATLAB's
// imrotate does it: only the centred min(h,w) square block (offset by
// |floor(h/2)-floor(w/2)| along the longer side) is rotated, in place, and
// the rest is zero.
func rotate90(a *value.Array, k int, crop bool) *value.Array {
	d := a.Size()
	h, w := d[0], d[1]
	// The bh×bw block at (r0, c0) is rotated into the same place of an
	// oh×ow output.
	bh, bw, r0, c0 := h, w, 0, 0
	oh, ow := h, w
	switch {
	case k%2 == 1 && crop && h != w:
		n, off := min(h, w), h/2-w/2
		bh, bw = n, n
		if off > 0 {
			r0 = off
		} else {
			c0 = -off
		}
	case k%2 == 1:
		oh, ow = w, h
	}
	return resample(a, oh, ow, func(i, j int) (float64, float64, bool) {
		p, q := i-r0, j-c0
		if p < 0 || q < 0 || (k%2 == 0 && (p >= bh || q >= bw)) || (k%2 == 1 && (p >= bw || q >= bh)) {
			return 0, 0, false
		}
		switch k {
		case 1:
			p, q = q, bw-1-p
		case 2:
			p, q = bh-1-p, bw-1-q
		case 3:
			p, q = bh-1-q, p
		}
		return float64(p + r0), float64(q + c0), true
	}, "nearest")
}

// rotateImage rotates by angle degrees counterclockwise about the image
// center. The loose output is the smallest pixel grid, centered on the
// same point, that holds the rotated image; crop keeps the input's grid.
func rotateImage(a *value.Array, angle float64, method string, crop bool) (value.Value, error) {
	d := a.Size()
	h, w := d[0], d[1]
	t := angle * math.Pi / 180
	cs, sn := math.Cos(t), math.Sin(t)
	oh, ow := h, w
	if !crop {
		ow = int(math.Ceil(float64(w)*math.Abs(cs) + float64(h)*math.Abs(sn)))
		oh = int(math.Ceil(float64(w)*math.Abs(sn) + float64(h)*math.Abs(cs)))
	}
	if err := checkImageSize(a, oh, ow); err != nil {
		return value.Value{}, err
	}
	cy, cx := float64(h-1)/2, float64(w-1)/2
	ocy, ocx := float64(oh-1)/2, float64(ow-1)/2
	return value.FromRef(resample(a, oh, ow, func(i, j int) (float64, float64, bool) {
		dx, dy := float64(j)-ocx, float64(i)-ocy
		return cy + dx*sn + dy*cs, cx + dx*cs - dy*sn, true
	}, method)), nil
}

// checkImageSize refuses an rows×cols output of image a (with a's planes)
// too large to allocate, as checkArraySize does.
func checkImageSize(a *value.Array, rows, cols int) error {
	return checkArraySize(value.MakeDims(append([]int{rows, cols}, a.Size()[2:]...)...))
}

// resample builds an oh×ow image (same class and planes as a) whose pixel
// (i, j) (0-based) takes a's value at the source position src returns,
// interpolated with method; pixels whose source lies outside the image
// are 0, and interpolation reads 0 beyond the image's edges.
func resample(a *value.Array, oh, ow int, src func(i, j int) (float64, float64, bool), method string) *value.Array {
	d := a.Size()
	h, w := d[0], d[1]
	planes := 1
	if h*w > 0 {
		planes = len(a.Re) / (h * w)
	}
	outDims := append([]int{oh, ow}, d[2:]...)
	out := make([]float64, oh*ow*planes)
	for j := range ow {
		for i := range oh {
			y, x, ok := src(i, j)
			if !ok {
				continue
			}
			for p := range planes {
				in := a.Re[p*h*w : (p+1)*h*w]
				out[p*oh*ow+j*oh+i] = interpolate(in, h, w, y, x, method)
			}
		}
	}
	if a.Class() == value.Logical {
		for i, x := range out {
			out[i] = 0
			if x >= 0.5 {
				out[i] = 1
			}
		}
	} else {
		castInPlace(a.Class(), out)
	}
	return value.NewArrayFrom(a.Class(), value.MakeDims(outDims...), out, nil)
}

// interpolate samples the column-major h×w plane at 0-based (y, x).
func interpolate(in []float64, h, w int, y, x float64, method string) float64 {
	at := func(r, c int) float64 {
		if r < 0 || r >= h || c < 0 || c >= w {
			return 0
		}
		return in[c*h+r]
	}
	switch method {
	case "bilinear":
		if y <= -1 || y >= float64(h) || x <= -1 || x >= float64(w) {
			return 0
		}
		r, c := int(math.Floor(y)), int(math.Floor(x))
		fy, fx := y-float64(r), x-float64(c)
		return (1-fy)*((1-fx)*at(r, c)+fx*at(r, c+1)) + fy*((1-fx)*at(r+1, c)+fx*at(r+1, c+1))
	case "bicubic":
		if y <= -2 || y >= float64(h+1) || x <= -2 || x >= float64(w+1) {
			return 0
		}
		r, c := int(math.Floor(y)), int(math.Floor(x))
		s := 0.0
		for dr := -1; dr <= 2; dr++ {
			wy := cubicKernel(y - float64(r+dr))
			for dc := -1; dc <= 2; dc++ {
				s += wy * cubicKernel(x-float64(c+dc)) * at(r+dr, c+dc)
			}
		}
		return s
	}
	return at(int(math.Round(y)), int(math.Round(x)))
}
