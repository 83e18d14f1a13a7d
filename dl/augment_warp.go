package dl

import "math"

// affine maps output pixel coordinates (x right, y down, 0-based pixel
// centres) to source coordinates: src = M·out + b.
type affine struct {
	m [2][2]float64
	b [2]float64
}

// identityAffine is the affine map that changes nothing.
var identityAffine = affine{m: [2][2]float64{{1, 0}, {0, 1}}}

// integerShift reports whether a is a pure whole-pixel translation, and
// returns it, so that sampling can copy instead of interpolate.
func (a affine) integerShift() (dx, dy int, ok bool) {
	if a.m != identityAffine.m || a.b[0] != math.Trunc(a.b[0]) || a.b[1] != math.Trunc(a.b[1]) {
		return 0, 0, false
	}
	return int(a.b[0]), int(a.b[1]), true
}

// warpImage returns the h×w image whose pixel (x, y) is src sampled at a(x, y)
// with bilinear interpolation (imwarp's 'linear'), fill[ch] where that
// falls outside src. The result has src's class.
func warpImage(src *pixels, a affine, h, w int, fill []float64) *pixels {
	out := newPixels(h, w, src.c, src.class)
	if dx, dy, ok := a.integerShift(); ok {
		copyShifted(out, src, dx, dy, fill)
		return out
	}
	c := src.c
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			sx := a.m[0][0]*float64(x) + a.m[0][1]*float64(y) + a.b[0]
			sy := a.m[1][0]*float64(x) + a.m[1][1]*float64(y) + a.b[1]
			k := (y*w + x) * c
			const eps = 1e-9
			if sx < -eps || sy < -eps || sx > float64(src.w-1)+eps || sy > float64(src.h-1)+eps {
				for ch := 0; ch < c; ch++ {
					out.set(k+ch, float32(fill[ch%len(fill)]))
				}
				continue
			}
			x0, y0 := int(math.Floor(sx)), int(math.Floor(sy))
			x0, y0 = min(max(x0, 0), src.w-1), min(max(y0, 0), src.h-1)
			x1, y1 := min(x0+1, src.w-1), min(y0+1, src.h-1)
			fx, fy := float32(sx-float64(x0)), float32(sy-float64(y0))
			fx, fy = min(max(fx, 0), 1), min(max(fy, 0), 1)
			for ch := 0; ch < c; ch++ {
				v00 := src.at((y0*src.w+x0)*c + ch)
				v01 := src.at((y0*src.w+x1)*c + ch)
				v10 := src.at((y1*src.w+x0)*c + ch)
				v11 := src.at((y1*src.w+x1)*c + ch)
				top := v00 + (v01-v00)*fx
				bot := v10 + (v11-v10)*fx
				out.set(k+ch, top+(bot-top)*fy)
			}
		}
	}
	return out
}

// copyShifted fills out with src shifted by whole pixels (out(x, y) =
// src(x+dx, y+dy)), fill outside src.
func copyShifted(out, src *pixels, dx, dy int, fill []float64) {
	c := src.c
	for y := 0; y < out.h; y++ {
		for x := 0; x < out.w; x++ {
			k := (y*out.w + x) * c
			sx, sy := x+dx, y+dy
			inside := sx >= 0 && sy >= 0 && sx < src.w && sy < src.h
			for ch := 0; ch < c; ch++ {
				if inside {
					out.set(k+ch, src.at((sy*src.w+sx)*c+ch))
				} else {
					out.set(k+ch, float32(fill[ch%len(fill)]))
				}
			}
		}
	}
}

// augTransform is one random draw of an imageDataAugmenter: a linear map and
// a translation in pixels, applied about the image centre.
type augTransform struct {
	a  [2][2]float64 // forward linear part, in (x, y)
	tx float64       // translation, pixels to the right
	ty float64       // translation, pixels down
}

// noAugTransform is the transform of an augmenter with every option at its
// default.
var noAugTransform = augTransform{a: identityAffine.m}

// isIdentity reports whether t leaves images unchanged.
func (t augTransform) isIdentity() bool { return t == noAugTransform }

// inverseMap returns the affine map from output pixels to source pixels
// for t applied to an image of srcH×srcW pixels, rendered at outH×outW
// with the output grid offset by (offX, offY) source pixels (a crop
// window), and the source image scaled by (sx, sy) (a resized copy stands
// in for the original: the transform is conjugated by the scaling so that
// rotations and shears keep their angles in the original's geometry).
func (t augTransform) inverseMap(srcH, srcW int, sx, sy, offX, offY float64) affine {
	// Forward in original coordinates, centred: q' = A (q - c) + c + t.
	// In scaled coordinates p = S q: p' = S A S⁻¹ (p - S c) + S c + S t.
	a := [2][2]float64{
		{t.a[0][0], t.a[0][1] * sx / sy},
		{t.a[1][0] * sy / sx, t.a[1][1]},
	}
	det := a[0][0]*a[1][1] - a[0][1]*a[1][0]
	inv := [2][2]float64{{a[1][1] / det, -a[0][1] / det}, {-a[1][0] / det, a[0][0] / det}}
	cx, cy := (float64(srcW)-1)/2, (float64(srcH)-1)/2
	tx, ty := t.tx*sx, t.ty*sy
	// src = inv (out + off - c - t) + c
	ox, oy := offX-cx-tx, offY-cy-ty
	return affine{m: inv, b: [2]float64{
		inv[0][0]*ox + inv[0][1]*oy + cx,
		inv[1][0]*ox + inv[1][1]*oy + cy,
	}}
}
