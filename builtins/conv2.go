package builtins

import (
	"runtime"
	"strings"
	"sync"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "conv2", Fn: biConv2, Doc: "conv2(A,B), conv2(A,B,shape), conv2(u,v,A), conv2(u,v,A,shape) with shape 'full' (default), 'same' or 'valid': 2-D convolution of real double arrays"},
		{Name: "conv", Fn: biConv, Doc: "conv(u,v), conv(u,v,shape): convolution of real vectors, shape 'full' (default), 'same' or 'valid'"},
	})
}

// matrix2D reads a real 2-D numeric argument as column-major float64 data.
func matrix2D(fn string, v value.Value) (data []float64, rows, cols int, err error) {
	a, err := denseArg(fn, v)
	if err != nil {
		return nil, 0, 0, err
	}
	if a.IsComplex() {
		return nil, 0, 0, value.Errorf("gomat:notImplemented", "%s: complex input is not supported.", fn)
	}
	d := a.Size()
	if !d.IsMatrix() {
		return nil, 0, 0, value.Errorf("MATLAB:conv2:inputsMustBe2D", "N-D arrays are not supported.")
	}
	return a.Re, d.Rows(), d.Cols(), nil
}

// convShape parses the shape argument of conv and conv2.
func convShape(v value.Value) (string, error) {
	s, ok := v.Text()
	switch strings.ToLower(s) {
	case "full", "same", "valid":
		if ok {
			return strings.ToLower(s), nil
		}
	}
	return "", value.Errorf("MATLAB:conv2:unknownShapeParameter", "The shape parameter must be 'full', 'same', or 'valid'.")
}

// conv2Full computes the full 2-D convolution of a (ar×ac) with k (kr×kc),
// column-major; the result is (ar+kr-1)×(ac+kc-1). Output columns are
// split across the machine's cores for large problems.
func conv2Full(a []float64, ar, ac int, k []float64, kr, kc int) []float64 {
	or, oc := ar+kr-1, ac+kc-1
	out := make([]float64, or*oc)
	cols := func(lo, hi int) {
		for o := lo; o < hi; o++ {
			dst := out[o*or : (o+1)*or]
			for j := 0; j < kc; j++ {
				c := o - j
				if c < 0 || c >= ac {
					continue
				}
				src := a[c*ar : (c+1)*ar]
				for i := 0; i < kr; i++ {
					w := k[i+j*kr]
					if w == 0 {
						continue
					}
					d := dst[i : i+ar]
					for r, x := range src {
						d[r] += w * x
					}
				}
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || ar*ac*kr*kc < 1<<18 {
		cols(0, oc)
		return out
	}
	var wg sync.WaitGroup
	step := (oc + workers - 1) / workers
	for lo := 0; lo < oc; lo += step {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			cols(lo, hi)
		}(lo, min(lo+step, oc))
	}
	wg.Wait()
	return out
}

// cropConv cuts the 'same' or 'valid' part out of a full convolution.
func cropConv(full []float64, or, oc, ar, ac, kr, kc int, shape string) ([]float64, int, int) {
	var r0, c0, nr, nc int
	switch shape {
	case "full":
		return full, or, oc
	case "same":
		r0, c0, nr, nc = kr/2, kc/2, ar, ac
	default:
		r0, c0 = kr-1, kc-1
		nr, nc = max(ar-kr+1, 0), max(ac-kc+1, 0)
	}
	out := make([]float64, nr*nc)
	for c := 0; c < nc; c++ {
		copy(out[c*nr:(c+1)*nr], full[(c+c0)*or+r0:(c+c0)*or+r0+nr])
	}
	return out, nr, nc
}

func biConv2(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	shape := "full"
	if n := len(args); n == 3 || n == 4 {
		if _, ok := args[n-1].Text(); ok {
			s, err := convShape(args[n-1])
			if err != nil {
				return nil, err
			}
			shape, args = s, args[:n-1]
		}
	}
	switch len(args) {
	case 2:
		a, ar, ac, err := matrix2D("conv2", args[0])
		if err != nil {
			return nil, err
		}
		k, kr, kc, err := matrix2D("conv2", args[1])
		if err != nil {
			return nil, err
		}
		return convResult(a, ar, ac, k, kr, kc, shape), nil
	case 3:
		u, ur, uc, err := matrix2D("conv2", args[0])
		if err != nil {
			return nil, err
		}
		v, vr, vc, err := matrix2D("conv2", args[1])
		if err != nil {
			return nil, err
		}
		a, ar, ac, err := matrix2D("conv2", args[2])
		if err != nil {
			return nil, err
		}
		// conv2(u, v, A) convolves the columns with u and the rows with v:
		// the same as convolving with the outer product u(:)*v(:).'.
		nu, nv := ur*uc, vr*vc
		k := make([]float64, nu*nv)
		for j := 0; j < nv; j++ {
			for i := 0; i < nu; i++ {
				k[i+j*nu] = u[i] * v[j]
			}
		}
		return convResult(a, ar, ac, k, nu, nv, shape), nil
	}
	if len(args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
}

func convResult(a []float64, ar, ac int, k []float64, kr, kc int, shape string) []value.Value {
	if ar*ac == 0 || kr*kc == 0 {
		if shape == "same" {
			return []value.Value{value.FromRef(value.NewArray(value.Double, value.Dims{ar, ac}))}
		}
		return []value.Value{value.FromRef(value.NewArray(value.Double, value.Dims{max(ar+kr-1, 0), max(ac+kc-1, 0)}))}
	}
	full := conv2Full(a, ar, ac, k, kr, kc)
	out, nr, nc := cropConv(full, ar+kr-1, ac+kc-1, ar, ac, kr, kc, shape)
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, value.Dims{nr, nc}, out, nil))}
}

func biConv(c *interp.Call) ([]value.Value, error) {
	var u, v value.Value
	shapeArg := value.Str("full")
	if err := c.Unpack("u", &u, "v", &v, "shape?", &shapeArg); err != nil {
		return nil, err
	}
	shape, err := convShape(shapeArg)
	if err != nil {
		return nil, err
	}
	ud, ur, uc, err := matrix2D("conv", u)
	if err != nil {
		return nil, err
	}
	vd, vr, vc, err := matrix2D("conv", v)
	if err != nil {
		return nil, err
	}
	if (ur != 1 && uc != 1) || (vr != 1 && vc != 1) {
		return nil, value.Errorf("MATLAB:conv:AorBNotVector", "Inputs must be vectors.")
	}
	nu, nv := ur*uc, vr*vc
	full := conv2Full(ud, nu, 1, vd, nv, 1)
	out, n, _ := cropConv(full, nu+nv-1, 1, nu, 1, nv, 1, shape)
	d := value.Dims{1, n}
	if uc == 1 && ur > 1 || (nu == 1 && vc == 1 && vr > 1) {
		d = value.Dims{n, 1}
	}
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, d, out, nil))}, nil
}
