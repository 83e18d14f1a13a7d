package builtins

import (
	"math"
	"sort"

	"gomat/lang/value"
)

// resizeKernel is an interpolation kernel and its support width.
type resizeKernel struct {
	f     func(x float64) float64
	width float64
}

// resizeKernels are imresize's methods, with MATLAB's kernel definitions.
var resizeKernels = map[string]resizeKernel{
	"nearest":  {boxKernel, 1},
	"box":      {boxKernel, 1},
	"bilinear": {triangleKernel, 2},
	"triangle": {triangleKernel, 2},
	"bicubic":  {cubicKernel, 4},
	"cubic":    {cubicKernel, 4},
	"lanczos2": {lanczosKernel(2), 4},
	"lanczos3": {lanczosKernel(3), 6},
}

func boxKernel(x float64) float64 {
	if -0.5 <= x && x < 0.5 {
		return 1
	}
	return 0
}

func triangleKernel(x float64) float64 {
	switch {
	case -1 <= x && x < 0:
		return x + 1
	case 0 <= x && x <= 1:
		return 1 - x
	}
	return 0
}

// cubicKernel is Keys' cubic convolution kernel with a = -0.5.
func cubicKernel(x float64) float64 {
	ax := math.Abs(x)
	ax2, ax3 := ax*ax, ax*ax*ax
	switch {
	case ax <= 1:
		return 1.5*ax3 - 2.5*ax2 + 1
	case ax <= 2:
		return -0.5*ax3 + 2.5*ax2 - 4*ax + 2
	}
	return 0
}

// lanczosKernel returns the Lanczos kernel with a lobes, regularised at 0
// with eps as MATLAB's is.
func lanczosKernel(a float64) func(float64) float64 {
	const eps = 0x1p-52
	return func(x float64) float64 {
		if math.Abs(x) >= a {
			return 0
		}
		// Grouped as MATLAB's pi^2 * x.^2 / a.
		return (math.Sin(math.Pi*x)*math.Sin(math.Pi*x/a) + eps) / (math.Pi*math.Pi*(x*x)/a + eps)
	}
}

// contribution lists the input indices (0-based) and weights that make up
// one output sample along a dimension.
type contribution struct {
	idx []int
	w   []float64
}

// contributions computes, for each of outLen outputs, MATLAB's weights:
// output i (1-based) sits at u = i/scale + (1 - 1/scale)/2 in input
// coordinates; when shrinking with antialiasing the kernel is stretched by
// 1/scale; weights are normalised to sum 1 and out-of-range indices mirror
// back into the input (symmetric padding). As in MATLAB, a column of the
// outLen×P weight matrix is dropped only when it is zero in every row, so
// zero weights elsewhere still multiply their samples (NaN and Inf spread
// as they do in MATLAB).
func contributions(inLen, outLen int, scale float64, k resizeKernel, antialias bool) []contribution {
	h, width := k.f, k.width
	if scale < 1 && antialias {
		h = func(x float64) float64 { return scale * k.f(scale*x) }
		width /= scale
	}
	p := int(math.Ceil(width)) + 2
	ws := make([]float64, outLen*p)
	lefts := make([]int, outLen)
	keep := make([]bool, p)
	for i := range outLen {
		u := float64(i+1)/scale + 0.5*(1-1/scale)
		left := math.Floor(u - width/2)
		lefts[i] = int(left)
		row := ws[i*p : (i+1)*p]
		sum := 0.0
		for j := range row {
			row[j] = h(u - (left + float64(j)))
			sum += row[j]
		}
		for j := range row {
			row[j] /= sum
			// any() in MATLAB ignores NaN.
			keep[j] = keep[j] || (row[j] != 0 && !math.IsNaN(row[j]))
		}
	}
	out := make([]contribution, outLen)
	for i := range out {
		c := contribution{idx: make([]int, 0, p), w: make([]float64, 0, p)}
		for j, kept := range keep {
			if kept {
				c.idx = append(c.idx, mirrorIndex(lefts[i]+j, inLen))
				c.w = append(c.w, ws[i*p+j])
			}
		}
		out[i] = c
	}
	return out
}

// mirrorIndex maps a 1-based index outside 1..n onto it by symmetric
// reflection (…, 2, 1, 1, 2, …, n, n, n-1, …) and returns it 0-based.
func mirrorIndex(i, n int) int {
	m := (i - 1) % (2 * n)
	if m < 0 {
		m += 2 * n
	}
	if m < n {
		return m
	}
	return 2*n - 1 - m
}

// resizeAlong resamples column-major data of size dims along dimension dim
// (0 or 1) with the given contributions, casting each result to class c.
func resizeAlong(data []float64, dims []int, dim int, cs []contribution, c value.Class) ([]float64, []int) {
	outDims := append([]int(nil), dims...)
	outDims[dim] = len(cs)
	n := 1
	for _, d := range outDims {
		n *= d
	}
	out := make([]float64, n)
	r := dims[0]
	if dim == 0 {
		cols := 0
		if r > 0 {
			cols = len(data) / r
		}
		nr := len(cs)
		for col := range cols {
			in := data[col*r : (col+1)*r]
			for i, ct := range cs {
				s := 0.0
				for k, idx := range ct.idx {
					s += ct.w[k] * in[idx]
				}
				out[col*nr+i] = s
			}
		}
	} else {
		cIn, cOut := dims[1], len(cs)
		planes := 0
		if r*cIn > 0 {
			planes = len(data) / (r * cIn)
		}
		for p := range planes {
			in := data[p*r*cIn : (p+1)*r*cIn]
			o := out[p*r*cOut : (p+1)*r*cOut]
			for j, ct := range cs {
				dst := o[j*r : (j+1)*r]
				for k, idx := range ct.idx {
					w, src := ct.w[k], in[idx*r:(idx+1)*r]
					for i := range dst {
						dst[i] += w * src[i]
					}
				}
			}
		}
	}
	castInPlace(c, out)
	return out, outDims
}

// resizeImage resizes the first two dimensions of a to rows×cols with the
// per-dimension scales, resampling first along the dimension with the
// smaller scale, as MATLAB does. Integer classes round and saturate after
// each pass; logical images are resized as uint8 0/255 and thresholded
// above 128; complex images resize their real and imaginary parts.
func resizeImage(a *value.Array, rows, cols int, scale [2]float64, k resizeKernel, antialias bool) *value.Array {
	cls := a.Class()
	if a.Size().Numel() == 0 {
		dims := append([]int{rows, cols}, a.Size()[2:]...)
		return value.NewArray(cls, value.MakeDims(dims...))
	}
	work := cls
	re := append([]float64(nil), a.Re...)
	if cls == value.Logical || cls == value.Char {
		work = value.Uint8
		if cls == value.Logical {
			for i := range re {
				re[i] *= 255
			}
		}
	}
	var im []float64
	if a.IsComplex() {
		im = append([]float64(nil), a.Im...)
	}
	dims := append([]int(nil), a.Size()...)
	outSize := [2]int{rows, cols}
	order := []int{0, 1}
	sort.SliceStable(order, func(i, j int) bool { return scale[order[i]] < scale[order[j]] })
	for _, d := range order {
		cs := contributions(dims[d], outSize[d], scale[d], k, antialias)
		if im != nil {
			im, _ = resizeAlong(im, dims, d, cs, work)
		}
		re, dims = resizeAlong(re, dims, d, cs, work)
	}
	if cls == value.Logical {
		for i, x := range re {
			re[i] = 0
			if x > 128 {
				re[i] = 1
			}
		}
	}
	return value.NewArrayFrom(cls, value.MakeDims(dims...), re, im)
}

// Resize returns img (H×W×C…, any numeric or logical class) resized to
// rows×cols with imresize's algorithm, for the Deep Learning package.
// method is "bicubic", "bilinear", "nearest", "box", "triangle", "cubic",
// "lanczos2" or "lanczos3"; antialias widens the kernel when shrinking
// (imresize's 'Antialiasing', true by default except for "nearest"). The
// result has img's class, integer classes rounded and saturated.
func Resize(img *value.Array, rows, cols int, method string, antialias bool) (*value.Array, error) {
	k, ok := resizeKernels[method]
	if !ok {
		return nil, value.Errorf("gomat:notImplemented", "imresize: method '%s' is not supported.", method)
	}
	if rows < 0 || cols < 0 {
		return nil, value.Errorf("MATLAB:imresize:invalidOutputSize", "The output size must be nonnegative.")
	}
	if img.IsComplex() {
		return nil, value.Errorf("MATLAB:imresize:expectedReal", "Input image must be real.")
	}
	if err := checkImageSize(img, rows, cols); err != nil {
		return nil, err
	}
	d := img.Size()
	scale := [2]float64{float64(rows) / float64(d[0]), float64(cols) / float64(d[1])}
	return resizeImage(img, rows, cols, scale, k, antialias), nil
}
