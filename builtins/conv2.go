package builtins

import (
	"runtime"
	"strings"
	"sync"

	"gonum.org/v1/gonum/floats"

	"gomat/engine/vec64"
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

// convRegion is the part of a full 2-D convolution a shape keeps: rows
// r0..r0+nr-1 and columns c0..c0+nc-1 of the (ar+kr-1)×(ac+kc-1) result.
type convRegion struct{ r0, c0, nr, nc int }

// shapeRegion returns the region of the full convolution of an ar×ac array
// with a kr×kc kernel that shape keeps ('same': the central ar×ac part).
func shapeRegion(ar, ac, kr, kc int, shape string) convRegion {
	switch shape {
	case "same":
		return convRegion{kr / 2, kc / 2, ar, ac}
	case "valid":
		return convRegion{kr - 1, kc - 1, max(ar-kr+1, 0), max(ac-kc+1, 0)}
	}
	return convRegion{0, 0, max(ar+kr-1, 0), max(ac+kc-1, 0)}
}

// convolve2 computes region g of the 2-D convolution of a (ar×ac) with k
// (kr×kc), column-major, without computing the parts the region leaves
// out. Each output element gets its terms in one fixed order, kernel
// column j outer and row i inner, skipping zero weights, each product
// rounded before it is added. The rows whose taps all fall inside the
// source column (all but the first and last few) take every tap in one
// vec64.Taps call; the others get one scaled column segment (a vectorised
// axpy) per tap. Output columns are split across the machine's cores for
// large problems.
func convolve2(a []float64, ar, ac int, k []float64, kr, kc int, g convRegion) []float64 {
	out := make([]float64, g.nr*g.nc)
	// Output rows dlo..dhi-1 read source rows d+r0-i in 0..ar-1 for all i.
	dlo := min(max(kr-1-g.r0, 0), g.nr)
	dhi := max(min(g.nr, ar-g.r0), dlo)
	cols := func(lo, hi int) {
		// w and off list the nonzero taps of kernel columns 0..built-1,
		// column j's from start[j], with offsets from the smallest source
		// column they read, c0+o-(built-1), to the tap's source row for
		// output row dlo. They serve every output column whose last kernel
		// column in range is built-1: for the others they are rebuilt.
		var w []float64
		var off []int
		start, built := make([]int, kc+1), -1
		for o := lo; o < hi; o++ {
			dst := out[o*g.nr : (o+1)*g.nr]
			// Kernel columns jlo..jhi-1 read source columns c0+o-j in range.
			jlo, jhi := max(g.c0+o-ac+1, 0), min(g.c0+o+1, kc)
			if dlo > 0 || dhi < g.nr {
				for j := jlo; j < jhi; j++ {
					src := a[(g.c0+o-j)*ar : (g.c0+o-j+1)*ar]
					for i := range kr {
						if wt := k[i+j*kr]; wt != 0 {
							axpyRows(dst, src, wt, g.r0-i, 0, dlo)
							axpyRows(dst, src, wt, g.r0-i, dhi, g.nr)
						}
					}
				}
			}
			if dlo == dhi || jlo >= jhi {
				continue
			}
			if built != jhi {
				w, off, built = w[:0], off[:0], jhi
				for j := range jhi {
					start[j] = len(w)
					for i := range kr {
						if wt := k[i+j*kr]; wt != 0 {
							w = append(w, wt)
							off = append(off, (jhi-1-j)*ar+g.r0+dlo-i)
						}
					}
				}
				start[jhi] = len(w)
			}
			t := start[jlo]
			vec64.Taps(dst[dlo:dhi], a[(g.c0+o-jhi+1)*ar:], w[t:], off[t:])
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || g.nr*g.nc*kr*kc < 1<<18 {
		cols(0, g.nc)
		return out
	}
	var wg sync.WaitGroup
	step := (g.nc + workers - 1) / workers
	for lo := 0; lo < g.nc; lo += step {
		wg.Add(1)
		go func(lo, hi int) {
			defer wg.Done()
			cols(lo, hi)
		}(lo, min(lo+step, g.nc))
	}
	wg.Wait()
	return out
}

// axpyRows adds w·src[d+shift] to dst[d] for the output rows d in lo..hi-1
// whose source row d+shift is in src.
func axpyRows(dst, src []float64, w float64, shift, lo, hi int) {
	rlo, rhi := max(lo+shift, 0), min(hi+shift, len(src))
	if rlo < rhi {
		floats.AddScaled(dst[rlo-shift:rhi-shift], w, src[rlo:rhi])
	}
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
		// conv2(u, v, A) convolves the columns of A with u, then the rows
		// of the result with v, as MATLAB documents.
		nu, nv := ur*uc, vr*vc
		if ar*ac == 0 || nu*nv == 0 {
			return emptyConv(ar, ac, nu, nv, shape), nil
		}
		g := shapeRegion(ar, ac, nu, nv, shape)
		byCols := convolve2(a, ar, ac, u, nu, 1, convRegion{g.r0, 0, g.nr, ac})
		out := convolve2(byCols, g.nr, ac, v, 1, nv, convRegion{0, g.c0, g.nr, g.nc})
		return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, value.Dims{g.nr, g.nc}, out, nil))}, nil
	}
	if len(args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
}

func convResult(a []float64, ar, ac int, k []float64, kr, kc int, shape string) []value.Value {
	if ar*ac == 0 || kr*kc == 0 {
		return emptyConv(ar, ac, kr, kc, shape)
	}
	g := shapeRegion(ar, ac, kr, kc, shape)
	out := convolve2(a, ar, ac, k, kr, kc, g)
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, value.Dims{g.nr, g.nc}, out, nil))}
}

// emptyConv is conv2's result when the array or the kernel is empty.
func emptyConv(ar, ac, kr, kc int, shape string) []value.Value {
	if shape == "same" {
		return []value.Value{value.FromRef(value.NewArray(value.Double, value.Dims{ar, ac}))}
	}
	return []value.Value{value.FromRef(value.NewArray(value.Double, value.Dims{max(ar+kr-1, 0), max(ac+kc-1, 0)}))}
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
	g := shapeRegion(nu, 1, nv, 1, shape)
	out := convolve2(ud, nu, 1, vd, nv, 1, g)
	d := value.Dims{1, g.nr}
	if uc == 1 && ur > 1 || (nu == 1 && vc == 1 && vr > 1) {
		d = value.Dims{g.nr, 1}
	}
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, d, out, nil))}, nil
}
