package builtins

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "diff", Fn: diffFn, Doc: "diff(x), diff(x,n), diff(x,n,dim): differences between adjacent elements, applied n times"},
		{Name: "trapz", Fn: trapzFn, Doc: "trapz(y), trapz(x,y), trapz(...,dim): trapezoidal integration (unit spacing, scalar spacing x, or coordinates x)"},
	})
}

func diffFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	n := 1
	dim := 0
	if err := c.Unpack("x", &x, "n?", &n, "dim?", &dim); err != nil {
		return nil, err
	}
	a, err := reductionArg("diff", x)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, value.Errorf("MATLAB:diff:differenceOrderMustBePositiveInteger", "Difference order N must be a positive integer scalar.")
	}
	k := defaultDim(a.Size())
	if len(c.Args) == 3 {
		if dim < 1 {
			return nil, errDimArg()
		}
		k = dim - 1
	}
	re, im := a.Re, a.Im
	d := a.Size().Clone()
	if len(c.Args) < 3 && n > 0 && d.IsScalar() {
		return []value.Value{emptyLike(a.Class(), value.Dims{0, 0})}, nil
	}
	for range n {
		// Without a dimension, an order beyond the working dimension's
		// length carries on along the next non-singleton dimension.
		if len(c.Args) < 3 && d.At(k) == 1 && !d.IsScalar() {
			k = defaultDim(d)
		}
		if d.At(k) == 0 {
			break
		}
		v := viewAlong(d, k)
		m := max(v.n-1, 0)
		nd := d.Clone()
		for len(nd) <= k {
			nd = append(nd, 1)
		}
		nd[k] = m
		nd = value.MakeDims(nd...)
		nr := make([]float64, nd.Numel())
		var ni []float64
		if im != nil {
			ni = make([]float64, len(nr))
		}
		for s := range v.count {
			b := v.base(s)
			ob := (b/(v.stride*v.n))*v.stride*m + b%v.stride
			for j := range m {
				nr[ob+j*v.stride] = re[b+(j+1)*v.stride] - re[b+j*v.stride]
				if ni != nil {
					ni[ob+j*v.stride] = im[b+(j+1)*v.stride] - im[b+j*v.stride]
				}
			}
		}
		re, im, d = nr, ni, nd
	}
	return []value.Value{newResult(diffClass(a.Class()), d, append([]float64(nil), re...), im)}, nil
}

// diffClass is the class of diff's result: numeric classes are kept,
// char and logical give double.
func diffClass(c value.Class) value.Class {
	if !c.IsNumeric() {
		return value.Double
	}
	return c
}

// emptyLike returns an empty array of diff's result class for class c.
func emptyLike(c value.Class, d value.Dims) value.Value {
	return newResult(diffClass(c), d, nil, nil)
}

func trapzFn(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	if len(args) == 0 || len(args) > 3 {
		return nil, value.Errorf("MATLAB:narginchk:notEnoughInputs", "Not enough input arguments.")
	}
	var xs []float64
	dim := -1
	var yv value.Value
	switch len(args) {
	case 1:
		yv = args[0]
	case 2:
		if args[1].Numel() == 1 && args[0].Numel() != 1 {
			yv = args[0]
			ds, err := dimsArg(args[1])
			if err != nil {
				return nil, err
			}
			dim = ds[0]
		} else {
			yv = args[1]
			x, err := value.ToFloat64(args[0])
			if err != nil {
				return nil, undefinedFor("trapz", args[0])
			}
			xs = x
		}
	case 3:
		yv = args[1]
		x, err := value.ToFloat64(args[0])
		if err != nil {
			return nil, undefinedFor("trapz", args[0])
		}
		xs = x
		ds, err := dimsArg(args[2])
		if err != nil {
			return nil, err
		}
		dim = ds[0]
	}
	a, err := realReduction("trapz", yv)
	if err != nil {
		return nil, err
	}
	if dim < 0 {
		dim = defaultDim(a.Size())
	}
	v := viewAlong(a.Size(), dim)
	if len(xs) > 1 && len(xs) != v.n {
		return nil, value.Errorf("MATLAB:trapz:LengthXMismatchY", "length(x) must equal the length of the first non-singleton dimension of y.")
	}
	out := make([]float64, v.count)
	buf := make([]float64, 0, v.n)
	for s := range v.count {
		buf = v.gather(a.Re, s, buf)
		t := 0.0
		for j := 1; j < len(buf); j++ {
			h := 1.0
			switch {
			case len(xs) == 1:
				h = xs[0]
			case len(xs) > 1:
				h = xs[j] - xs[j-1]
			}
			t += h * (buf[j] + buf[j-1]) / 2
		}
		out[s] = t
	}
	return []value.Value{newResult(statsClass(a.Class(), false), v.out, out, nil)}, nil
}
