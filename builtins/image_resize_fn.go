package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imresize", Fn: imresizeFn, Doc: "B = imresize(A,scale), imresize(A,[rows cols]) (one may be NaN), imresize(A,...,method) with method 'bicubic' (default), 'bilinear', 'nearest', 'box', 'triangle', 'cubic', 'lanczos2', 'lanczos3'; (unique prefixes accepted); options 'Antialiasing', 'Method', 'OutputSize', 'Scale' (scalar or [srows scols]): resize an image with MATLAB's algorithm (sizes round up; any real or complex numeric or logical class; integer classes round and saturate)"},
	})
}

// resizeMethods are imresize's method names in MATLAB's order; a unique
// case-insensitive prefix selects one.
var resizeMethods = []string{"nearest", "bilinear", "bicubic", "box", "triangle", "cubic", "lanczos2", "lanczos3"}

// resizeTarget works out imresize's output size and per-dimension scale
// as MATLAB's fixupSizeAndScale does, from a scale factor (one, or one per
// dimension) or, when isSize, a [rows cols] size with at most one NaN.
// Sizes are rounded up; a NaN becomes the size that keeps the aspect
// ratio, and both scales are then those of the given dimension.
func resizeTarget(in value.Dims, spec []float64, isSize bool) (rows, cols int, scale [2]float64, err error) {
	r0, c0 := float64(in[0]), float64(in[1])
	if !isSize {
		scale = [2]float64{spec[0], spec[len(spec)-1]}
		for _, s := range scale {
			if !(s > 0) || math.IsInf(s, 0) {
				return 0, 0, scale, value.Errorf("MATLAB:imresize:invalidScale", "The scale factor must be a positive number.")
			}
		}
		return int(math.Ceil(scale[0] * r0)), int(math.Ceil(scale[1] * c0)), scale, nil
	}
	r, c := spec[0], spec[1]
	if math.IsNaN(r) && math.IsNaN(c) {
		return 0, 0, scale, value.Errorf("MATLAB:imresize:allNaN", "At most one element of the output size can be NaN.")
	}
	for _, x := range spec {
		if x <= 0 || math.IsInf(x, 0) {
			return 0, 0, scale, value.Errorf("MATLAB:imresize:badOutputSize", "Expected input number 2, [MROWS NCOLS], to be positive.")
		}
	}
	switch {
	case math.IsNaN(r):
		rows, cols = int(math.Ceil(c*r0/c0)), int(math.Ceil(c))
		s := float64(cols) / c0
		return rows, cols, [2]float64{s, s}, nil
	case math.IsNaN(c):
		rows, cols = int(math.Ceil(r)), int(math.Ceil(r*c0/r0))
		s := float64(rows) / r0
		return rows, cols, [2]float64{s, s}, nil
	}
	rows, cols = int(math.Ceil(r)), int(math.Ceil(c))
	return rows, cols, [2]float64{float64(rows) / r0, float64(cols) / c0}, nil
}

func imresizeFn(c *interp.Call) ([]value.Value, error) {
	var av, spec, aa, outSize, scaleOpt value.Value
	method := ""
	methodOpt := ""
	if len(c.Args) >= 3 {
		_, secondText := c.Args[1].Text()
		if _, thirdText := c.Args[2].Text(); !secondText && !thirdText {
			return nil, value.Errorf("gomat:notImplemented", "imresize: indexed images (imresize(X,map,...)) are not supported.")
		}
	}
	if err := c.Unpack("A", &av, "scale?", &spec, "method?", &method, "-Antialiasing", &aa, "-Method", &methodOpt, "-OutputSize", &outSize, "-Scale", &scaleOpt); err != nil {
		return nil, err
	}
	a, ok := av.Array()
	if !ok || a.Class() == value.Char {
		return nil, value.Errorf("MATLAB:imresize:invalidInput", "Expected input number 1, A, to be one of these types:\n\nnumeric, logical")
	}
	if a.Size().Numel() == 0 {
		return nil, value.Errorf("MATLAB:imresize:expectedNonempty", "Expected input number 1, A, to be nonempty.")
	}
	if methodOpt != "" {
		method = methodOpt
	}
	if method == "" {
		method = "bicubic"
	}
	name, ok := imageChoice(method, resizeMethods)
	if !ok {
		return nil, value.Errorf("MATLAB:imresize:unrecognizedMethodString", "imresize: unrecognized or ambiguous method '%s'.", method)
	}
	switch {
	case outSize.Defined():
		spec = outSize
	case scaleOpt.Defined():
		spec = scaleOpt
	case !spec.Defined():
		return nil, value.Errorf("MATLAB:imresize:missingScaleAndSize", "You must specify either a scale factor or an output size.")
	}
	xs, err := value.ToFloat64(spec)
	if err != nil || (len(xs) != 1 && len(xs) != 2) {
		return nil, value.Errorf("MATLAB:imresize:badScaleOrSize", "The second argument must be a scale factor or a two-element output size.")
	}
	rows, cols, scale, err := resizeTarget(a.Size(), xs, len(xs) == 2 && !scaleOpt.Defined())
	if err != nil {
		return nil, err
	}
	antialias := name != "nearest"
	if aa.Defined() {
		b, err := value.IsTrue(aa)
		if err != nil {
			return nil, err
		}
		antialias = b
	}
	if err := checkImageSize(a, rows, cols); err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(resizeImage(a, rows, cols, scale, resizeKernels[name], antialias))}, nil
}
