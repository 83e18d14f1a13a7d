package builtins

import (
	"math"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "imresize", Fn: imresizeFn, Doc: "B = imresize(A,scale), imresize(A,[rows cols]) (one may be NaN), imresize(A,...,method) with method 'bicubic' (default), 'bilinear', 'nearest', 'box', 'triangle', 'cubic', 'lanczos2', 'lanczos3'; options 'Antialiasing', 'Method', 'OutputSize', 'Scale': resize an image (any class; integer classes round and saturate)"},
	})
}

// resizeTarget works out imresize's output size and per-dimension scale
// from a scale factor or a [rows cols] size with at most one NaN.
func resizeTarget(in value.Dims, spec []float64, isSize bool) (rows, cols int, scale [2]float64, err error) {
	r0, c0 := float64(in[0]), float64(in[1])
	if !isSize {
		s := spec[0]
		if !(s > 0) || math.IsInf(s, 0) {
			return 0, 0, scale, value.Errorf("MATLAB:imresize:invalidScale", "The scale factor must be a positive number.")
		}
		return int(math.Ceil(s * r0)), int(math.Ceil(s * c0)), [2]float64{s, s}, nil
	}
	r, c := spec[0], spec[1]
	switch {
	case math.IsNaN(r) && math.IsNaN(c):
		return 0, 0, scale, value.Errorf("MATLAB:imresize:invalidOutputSize", "At most one element of the output size can be NaN.")
	case math.IsNaN(r):
		s := c / c0
		return int(math.Ceil(s * r0)), int(c), [2]float64{s, s}, nil
	case math.IsNaN(c):
		s := r / r0
		return int(r), int(math.Ceil(s * c0)), [2]float64{s, s}, nil
	}
	if r < 0 || c < 0 || r != math.Floor(r) || c != math.Floor(c) {
		return 0, 0, scale, value.Errorf("MATLAB:imresize:invalidOutputSize", "The output size must be a vector of nonnegative integers.")
	}
	return int(r), int(c), [2]float64{r / r0, c / c0}, nil
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
	if !ok || a.Class() == value.Char || a.IsComplex() {
		return nil, value.Errorf("MATLAB:imresize:invalidInput", "Expected input number 1, A, to be one of these types:\n\nnumeric, logical")
	}
	if methodOpt != "" {
		method = methodOpt
	}
	if method == "" {
		method = "bicubic"
	}
	method = strings.ToLower(method)
	k, ok := resizeKernels[method]
	if !ok {
		return nil, value.Errorf("gomat:notImplemented", "imresize: method '%s' is not supported.", method)
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
	if scaleOpt.Defined() && len(xs) == 2 {
		return nil, value.Errorf("gomat:notImplemented", "imresize: a separate scale per dimension is not supported.")
	}
	rows, cols, scale, err := resizeTarget(a.Size(), xs, len(xs) == 2)
	if err != nil {
		return nil, err
	}
	antialias := method != "nearest"
	if aa.Defined() {
		b, err := value.IsTrue(aa)
		if err != nil {
			return nil, err
		}
		antialias = b
	}
	return []value.Value{value.FromRef(resizeImage(a, rows, cols, scale, k, antialias))}, nil
}
