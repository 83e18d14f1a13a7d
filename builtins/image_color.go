package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "rgb2gray", Fn: rgb2grayFn, Doc: "I = rgb2gray(RGB), newmap = rgb2gray(map): luminance 0.298936021293775·R + 0.587043074451121·G + 0.114020904255103·B (same class; integers rounded)"},
		{Name: "im2double", Fn: im2floatFn(value.Double), Doc: "I2 = im2double(I): image to double in [0,1] (uint8 /255, uint16 /65535, int16 shifted, logical 0/1)"},
		{Name: "im2single", Fn: im2floatFn(value.Single), Doc: "I2 = im2single(I): image to single in [0,1] (uint8 /255, uint16 /65535, int16 shifted, logical 0/1)"},
		{Name: "im2uint8", Fn: im2uint8Fn, Doc: "I2 = im2uint8(I): image to uint8 (floating point ×255 rounded and saturated, uint16 /257, int16 shifted, logical ×255)"},
		{Name: "mat2gray", Fn: mat2grayFn, Doc: "I = mat2gray(A), mat2gray(A,[amin amax]): scale to double in [0,1], clipping outside [amin amax] (default min and max of A)"},
	})
}

// Luminance coefficients rgb2gray uses (those of MATLAB's rgb2ntsc row,
// normalised as MATLAB's rgb2gray does).
const (
	lumaR = 0.298936021293775
	lumaG = 0.587043074451121
	lumaB = 0.114020904255103
)

// imageArg reads a real numeric or logical image argument.
func imageArg(fn string, v value.Value) (*value.Array, error) {
	a, ok := v.Array()
	if !ok || a.Class() == value.Char || a.IsComplex() {
		return nil, value.Errorf("MATLAB:"+fn+":invalidType", "Expected input to be a real numeric or logical array.")
	}
	return a, nil
}

func rgb2grayFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("RGB", &v); err != nil {
		return nil, err
	}
	a, err := imageArg("rgb2gray", v)
	if err != nil {
		return nil, err
	}
	d := a.Size()
	cls := a.Class()
	if len(d) == 2 && d[1] == 3 {
		if !cls.IsFloat() {
			return nil, value.Errorf("MATLAB:rgb2gray:invalidColormap", "A colormap must be a double or single M-by-3 array.")
		}
		n := d[0]
		out := make([]float64, 3*n)
		for i := range n {
			y := math.Min(math.Max(lumaR*a.Re[i]+lumaG*a.Re[n+i]+lumaB*a.Re[2*n+i], 0), 1)
			out[i], out[n+i], out[2*n+i] = y, y, y
		}
		return one(newResult(cls, value.Dims{n, 3}, out, nil))
	}
	if len(d) != 3 || d[2] != 3 {
		return nil, value.Errorf("MATLAB:rgb2gray:invalidInputSize", "MAP must be a m x 3 array.")
	}
	hw := d[0] * d[1]
	out := make([]float64, hw)
	for i := range out {
		out[i] = lumaR*a.Re[i] + lumaG*a.Re[hw+i] + lumaB*a.Re[2*hw+i]
	}
	if cls == value.Logical {
		cls = value.Double
	}
	return one(newResult(cls, value.Dims{d[0], d[1]}, out, nil))
}

// toUnitRange maps element x of an image of class c onto [0, 1] as
// im2double does.
func toUnitRange(c value.Class, x float64) float64 {
	switch {
	case c.IsFloat(), c == value.Logical:
		return x
	case c == value.Int16:
		return (x + 32768) / 65535
	case c.IsInteger():
		lo, hi := c.IntRange()
		return (x - lo) / (hi - lo)
	}
	return x
}

// indexedArg reads the optional 'indexed' second argument of the im2*
// conversions.
func indexedArg(c *interp.Call, fn string, typ string) (bool, error) {
	if len(c.Args) < 2 {
		return false, nil
	}
	if _, ok := imageChoice(typ, []string{"indexed"}); !ok {
		return false, value.Errorf("MATLAB:"+fn+":unrecognizedStringChoice", "Expected input number 2, TYPE, to match one of these values:\n\n'indexed'\n\nThe input, '%s', did not match any of the valid values.", typ)
	}
	return true, nil
}

func im2floatFn(to value.Class) interp.BuiltinFunc {
	fn := "im2" + to.String()
	return func(c *interp.Call) ([]value.Value, error) {
		var v value.Value
		typ := ""
		if err := c.Unpack("I", &v, "type?", &typ); err != nil {
			return nil, err
		}
		a, err := imageArg(fn, v)
		if err != nil {
			return nil, err
		}
		indexed, err := indexedArg(c, fn, typ)
		if err != nil {
			return nil, err
		}
		cls := a.Class()
		if cls != value.Uint8 && cls != value.Uint16 && cls != value.Int16 && !cls.IsFloat() && cls != value.Logical {
			return nil, value.Errorf("MATLAB:"+fn+":invalidType", "Expected input to be one of these types: double, single, logical, uint8, uint16, int16.")
		}
		if indexed && cls == value.Int16 {
			return nil, value.Errorf("MATLAB:"+fn+":invalidIndexedImage", "An indexed image can be uint8, uint16, double, single, or logical.")
		}
		out := make([]float64, len(a.Re))
		for i, x := range a.Re {
			switch {
			case !indexed:
				out[i] = toUnitRange(cls, x)
			case cls.IsInteger():
				// Zero-based integer indices become one-based.
				out[i] = x + 1
			default:
				out[i] = x
			}
		}
		return one(newResult(to, a.Size(), out, nil))
	}
}

// floatToUint8 converts a floating point pixel as im2uint8 does: x·255 in
// the input's precision, clipped to [0, 255], then rounded half up (NaN
// gives 0).
func floatToUint8(x float64, single bool) float64 {
	v := x * 255
	if single {
		v = float64(float32(float32(x) * 255))
	}
	switch {
	case v < 0 || v != v:
		return 0
	case v > 255:
		return 255
	}
	if single {
		return math.Trunc(float64(float32(v + 0.5)))
	}
	return math.Trunc(v + 0.5)
}

func im2uint8Fn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	typ := ""
	if err := c.Unpack("I", &v, "type?", &typ); err != nil {
		return nil, err
	}
	a, err := imageArg("im2uint8", v)
	if err != nil {
		return nil, err
	}
	indexed, err := indexedArg(c, "im2uint8", typ)
	if err != nil {
		return nil, err
	}
	cls := a.Class()
	if indexed && cls != value.Logical {
		return im2uint8Indexed(a)
	}
	out := make([]float64, len(a.Re))
	for i, x := range a.Re {
		switch {
		case cls == value.Uint8:
			out[i] = x
		case cls == value.Uint16:
			out[i] = x / 257
		case cls == value.Int16:
			out[i] = (x + 32768) / 257
		case cls == value.Logical:
			out[i] = x * 255
		case cls.IsFloat():
			out[i] = floatToUint8(x, cls == value.Single)
		default:
			return nil, value.Errorf("MATLAB:im2uint8:invalidType", "Expected input to be one of these types: double, single, logical, uint8, uint16, int16.")
		}
	}
	return one(newResult(value.Uint8, a.Size(), out, nil))
}

// im2uint8Indexed converts an indexed image to zero-based uint8 indices:
// floating point indices (1-based, at most 256) drop by one, uint16 ones
// (at most 255) keep their value.
func im2uint8Indexed(a *value.Array) ([]value.Value, error) {
	cls := a.Class()
	switch {
	case cls == value.Int16 || !(cls.IsFloat() || cls == value.Uint8 || cls == value.Uint16):
		return nil, value.Errorf("MATLAB:im2uint8:invalidIndexedImage", "An indexed image can be uint8, uint16, double, single, or logical.")
	case cls == value.Uint8:
		return one(value.FromRef(a))
	}
	out := make([]float64, len(a.Re))
	for i, x := range a.Re {
		switch {
		case cls == value.Uint16 && x > 255, cls.IsFloat() && x >= 257:
			return nil, value.Errorf("MATLAB:im2uint8:tooManyColorsFor8bitStorage", "Too many colors for 8-bit integer storage.")
		case cls.IsFloat() && x < 1:
			return nil, value.Errorf("MATLAB:im2uint8:invalidIndexValue", "Index values must be greater than or equal to 1.")
		case cls.IsFloat():
			out[i] = x - 1
		default:
			out[i] = x
		}
	}
	return one(newResult(value.Uint8, a.Size(), out, nil))
}

// clampUnit is MATLAB's max(0, min(x, 1)), where min ignores NaN.
func clampUnit(x float64) float64 {
	if x != x {
		return 1
	}
	return math.Max(0, math.Min(x, 1))
}

// mat2grayFn follows MATLAB's mat2gray: limits default to the (NaN
// ignoring) minimum and maximum; a constant image keeps its values; the
// scaling is delta*A - limits(1)*delta with delta = 1/(limits(2) -
// limits(1)), as imlincomb computes it; the result is clipped to [0, 1].
func mat2grayFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	var limits []float64
	if err := c.Unpack("A", &v, "limits?", &limits); err != nil {
		return nil, err
	}
	a, err := imageArg("mat2gray", v)
	if err != nil {
		return nil, err
	}
	lo, hi := math.NaN(), math.NaN()
	switch len(limits) {
	case 0:
		for _, x := range a.Re {
			if x == x {
				if lo != lo || x < lo {
					lo = x
				}
				if hi != hi || x > hi {
					hi = x
				}
			}
		}
	case 2:
		lo, hi = limits[0], limits[1]
	default:
		return nil, value.Errorf("MATLAB:mat2gray:invalidLimits", "LIMITS must be a two-element vector.")
	}
	out := make([]float64, len(a.Re))
	delta := 1 / (hi - lo)
	for i, x := range a.Re {
		if hi != lo {
			x = delta*x + -lo*delta
		}
		out[i] = clampUnit(x)
	}
	return one(newResult(value.Double, a.Size(), out, nil))
}
