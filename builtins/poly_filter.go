package builtins

import (
	"math"
	"strings"

	"gonum.org/v1/gonum/dsp/fourier"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "roots", Fn: rootsFn, Doc: "roots(p): roots of the polynomial with real coefficients p (highest power first), as the eigenvalues of its companion matrix"},
		{Name: "deconv", Fn: deconvFn, Doc: "[q,r] = deconv(b,a): polynomial division b = conv(a,q) + r"},
		{Name: "filter", Fn: filterFn, Doc: "y = filter(b,a,x), filter(b,a,x,zi), filter(b,a,x,zi,dim), [y,zf] = filter(...): rational transfer function filter (direct form II transposed) along the first non-singleton dimension or dim"},
		{Name: "fft", Fn: fftFn(false), Doc: "fft(X), fft(X,n), fft(X,n,dim), fft(X,[],dim): discrete Fourier transform, zero-padded or truncated to n points"},
		{Name: "ifft", Fn: fftFn(true), Doc: "ifft(Y), ifft(Y,n), ifft(Y,n,dim), ifft(...,'symmetric'|'nonsymmetric'): inverse discrete Fourier transform ('symmetric' returns the real result)"},
	})
}

// realCoefs reads a real coefficient vector.
func realCoefs(fn string, v value.Value) ([]float64, error) {
	a, err := realReduction(fn, v)
	if err != nil {
		return nil, err
	}
	if !a.Size().IsVector() && len(a.Re) > 0 {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "Input must be a vector.")
	}
	return a.Re, nil
}

func rootsFn(c *interp.Call) ([]value.Value, error) {
	var pv value.Value
	if err := c.Unpack("p", &pv); err != nil {
		return nil, err
	}
	p, err := realCoefs("roots", pv)
	if err != nil {
		return nil, err
	}
	for _, x := range p {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, value.Errorf("MATLAB:roots:NonFiniteInput", "Input to ROOTS must not contain NaN or Inf.")
		}
	}
	// Strip leading zeros; trailing zeros are roots at zero.
	lead, trail := 0, len(p)
	for lead < len(p) && p[lead] == 0 {
		lead++
	}
	for trail > lead && p[trail-1] == 0 {
		trail--
	}
	zeros := len(p) - trail
	if lead == len(p) {
		zeros = 0
	}
	c0 := p[lead:trail]
	n := len(c0) - 1
	var re, im []float64
	if n >= 1 {
		comp := make([]float64, n*n) // column-major companion matrix
		for j := range n {
			comp[j*n] = -c0[j+1] / c0[0]
			if j+1 < n {
				comp[j*n+j+1] = 1
			}
		}
		re, im, _, _, _, _, err = eigGeneral(value.NewArrayFrom(value.Double, value.Dims{n, n}, comp, nil), 1)
		if err != nil {
			return nil, err
		}
	}
	re = append(re, make([]float64, zeros)...)
	im = append(im, make([]float64, zeros)...)
	if len(re) == 0 {
		return []value.Value{emptyMatrix(value.Double, 0, 1)}, nil
	}
	return []value.Value{newResult(scaleClass(c.Args[0].Class()), value.Dims{len(re), 1}, re, im)}, nil
}

// filterDF2T filters x by b/a (both of length n, a[0] = 1) in direct
// form II transposed, starting from (and updating) the state z of length
// n-1.
func filterDF2T(b, a, x, z []float64) []float64 {
	y := make([]float64, len(x))
	n := len(b)
	for i, xi := range x {
		yi := b[0] * xi
		if n > 1 {
			yi += z[0]
		}
		for k := 1; k < n-1; k++ {
			z[k-1] = b[k]*xi + z[k] - a[k]*yi
		}
		if n > 1 {
			z[n-2] = b[n-1]*xi - a[n-1]*yi
		}
		y[i] = yi
	}
	return y
}

// normalizedCoefs pads b and a to one length and divides them by a(1).
func normalizedCoefs(fn string, b, a []float64) ([]float64, []float64, error) {
	if len(a) == 0 || len(b) == 0 {
		return nil, nil, value.Errorf("MATLAB:"+fn+":emptyCoefficients", "The coefficient vectors must not be empty.")
	}
	if a[0] == 0 {
		return nil, nil, value.Errorf("MATLAB:"+fn+":firstCoeffZero", "First denominator filter coefficient must be non-zero.")
	}
	n := max(len(a), len(b))
	nb, na := make([]float64, n), make([]float64, n)
	for i, x := range b {
		nb[i] = x / a[0]
	}
	for i, x := range a {
		na[i] = x / a[0]
	}
	return nb, na, nil
}

func filterFn(c *interp.Call) ([]value.Value, error) {
	var bv, av, xv, ziv value.Value
	dimArg := 0
	if err := c.Unpack("b", &bv, "a", &av, "x", &xv, "zi?", &ziv, "dim?", &dimArg); err != nil {
		return nil, err
	}
	b, err := realCoefs("filter", bv)
	if err != nil {
		return nil, err
	}
	a, err := realCoefs("filter", av)
	if err != nil {
		return nil, err
	}
	b, a, err = normalizedCoefs("filter", b, a)
	if err != nil {
		return nil, err
	}
	x, err := reductionArg("filter", xv)
	if err != nil {
		return nil, err
	}
	d := x.Size()
	dim := defaultDim(d)
	if len(c.Args) >= 5 {
		if dimArg < 1 {
			return nil, errDimArg()
		}
		dim = dimArg - 1
	}
	v := viewAlong(d, dim)
	ns := len(b) - 1
	var zi []float64
	if len(c.Args) >= 4 && !ziv.IsEmpty() {
		if zi, err = realCoefsAny("filter", ziv); err != nil {
			return nil, err
		}
		if len(zi) != ns*v.count {
			return nil, value.Errorf("MATLAB:filter:invalidInitialConditions", "Initial conditions must be a vector of length max(length(a),length(b))-1, or an array with the leading dimension of size max(length(a),length(b))-1 and with remaining dimensions matching those of x.")
		}
	}
	parts := [][]float64{x.Re}
	if x.Im != nil {
		parts = append(parts, x.Im)
	}
	outs := make([][]float64, len(parts))
	var zf []float64
	for pi, src := range parts {
		out := make([]float64, len(src))
		z := make([]float64, ns*v.count)
		if pi == 0 && zi != nil {
			copy(z, zi)
		}
		buf := make([]float64, 0, v.n)
		for o := range v.count {
			y := filterDF2T(b, a, v.gather(src, o, buf), z[o*ns:(o+1)*ns])
			base := v.base(o)
			for j, yj := range y {
				out[base+j*v.stride] = yj
			}
		}
		outs[pi] = out
		if pi == 0 {
			zf = z
		}
	}
	var im []float64
	if len(outs) > 1 {
		im = outs[1]
	}
	zd := append(value.Dims{ns}, v.out[:dim]...)
	if dim+1 < len(v.out) {
		zd = append(zd, v.out[dim+1:]...)
	}
	zd = value.MakeDims(zd...)
	return []value.Value{newResult(scaleClass(x.Class()), d, outs[0], im), newResult(scaleClass(x.Class()), zd, zf, nil)}, nil
}

// realCoefsAny reads a real numeric array of any shape, column-major.
func realCoefsAny(fn string, v value.Value) ([]float64, error) {
	a, err := realReduction(fn, v)
	if err != nil {
		return nil, err
	}
	return a.Re, nil
}

func deconvFn(c *interp.Call) ([]value.Value, error) {
	var bv, av value.Value
	if err := c.Unpack("b", &bv, "a", &av); err != nil {
		return nil, err
	}
	b, err := realCoefs("deconv", bv)
	if err != nil {
		return nil, err
	}
	a, err := realCoefs("deconv", av)
	if err != nil {
		return nil, err
	}
	if len(a) == 0 || a[0] == 0 {
		return nil, value.Errorf("MATLAB:deconv:ZeroCoef1", "First coefficient of A must be non-zero.")
	}
	cl := scaleClass(bv.Class())
	if len(a) > len(b) {
		return []value.Value{value.Scalar(cl, 0), newResult(cl, bv.Size(), append([]float64(nil), b...), nil)}, nil
	}
	nq := len(b) - len(a) + 1
	nb, na, err := normalizedCoefs("deconv", b, a)
	if err != nil {
		return nil, err
	}
	impulse := make([]float64, nq)
	impulse[0] = 1
	z := make([]float64, len(nb)-1)
	q := filterDF2T(nb, na, impulse, z)
	r := make([]float64, len(b))
	for k := range len(a) - 1 {
		r[nq+k] = z[k] * a[0]
	}
	qd := value.Dims{1, nq}
	if bv.Size().Cols() == 1 && len(b) > 1 {
		qd = value.Dims{nq, 1}
	}
	return []value.Value{newResult(cl, qd, q, nil), newResult(cl, bv.Size(), r, nil)}, nil
}

// fftFn builds fft and ifft.
func fftFn(inverse bool) interp.BuiltinFunc {
	fn := "fft"
	if inverse {
		fn = "ifft"
	}
	return func(c *interp.Call) ([]value.Value, error) {
		args := c.Args
		symmetric := false
		if n := len(args); n > 1 {
			if s, ok := args[n-1].Text(); ok {
				switch strings.ToLower(s) {
				case "symmetric":
					symmetric = inverse
				case "nonsymmetric":
				default:
					return nil, value.Errorf("MATLAB:"+fn+":InvalidOption", "Invalid option '%s'.", s)
				}
				if !inverse {
					return nil, value.Errorf("MATLAB:fft:InvalidOption", "Invalid option '%s'.", s)
				}
				args = args[:n-1]
			}
		}
		if len(args) == 0 {
			return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
		if len(args) > 3 {
			return nil, value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
		}
		x, err := reductionArg(fn, args[0])
		if err != nil {
			return nil, err
		}
		d := x.Size()
		dim := defaultDim(d)
		if len(args) == 3 {
			ds, err := dimsArg(args[2])
			if err != nil || len(ds) != 1 {
				return nil, errDimArg()
			}
			dim = ds[0]
		}
		n := d.At(dim)
		if len(args) >= 2 && !args[1].IsEmpty() {
			k, err := value.ScalarFloat(args[1])
			if err != nil || k < 1 || k != math.Trunc(k) || math.IsInf(k, 0) {
				return nil, value.Errorf("MATLAB:"+fn+":lengthNotNonNegInt", "N must be a positive integer scalar.")
			}
			out := d.Clone()
			for len(out) <= dim {
				out = append(out, 1)
			}
			out[dim] = int(min(k, 1<<53))
			if err := checkArraySize(out); err != nil {
				return nil, err
			}
			n = int(k)
		} else if len(d) == 2 && d[0] == 0 && d[1] == 0 {
			return []value.Value{emptyMatrix(scaleClass(x.Class()), 0, 0)}, nil
		}
		in := viewAlong(d, dim)
		od := d.Clone()
		for len(od) <= dim {
			od = append(od, 1)
		}
		od[dim] = n
		od = value.MakeDims(od...)
		out := viewAlong(od, dim)
		re, im := make([]float64, od.Numel()), make([]float64, od.Numel())
		if inverse && conjugateSymmetric(in, x.Re, x.Im) && in.n == n {
			symmetric = true
		}
		if n > 0 && in.count > 0 {
			f := fourier.NewCmplxFFT(n)
			seq := make([]complex128, n)
			for o := range in.count {
				clear(seq)
				b := in.base(o)
				for j := range min(n, in.n) {
					var xi float64
					if x.Im != nil {
						xi = x.Im[b+j*in.stride]
					}
					seq[j] = complex(x.Re[b+j*in.stride], xi)
				}
				if inverse {
					f.Sequence(seq, seq)
				} else {
					f.Coefficients(seq, seq)
				}
				ob := out.base(o)
				for j, z := range seq {
					if inverse {
						z /= complex(float64(n), 0)
					}
					re[ob+j*out.stride], im[ob+j*out.stride] = real(z), imag(z)
				}
			}
		}
		if symmetric {
			im = nil
		}
		return []value.Value{newResult(scaleClass(x.Class()), od, re, im)}, nil
	}
}

// conjugateSymmetric reports whether every slice s of a view satisfies
// s(k) = conj(s(n-k)), so that its inverse transform is real.
func conjugateSymmetric(v sliceView, re, im []float64) bool {
	for o := range v.count {
		b := v.base(o)
		for k := range v.n {
			i, j := b+k*v.stride, b+((v.n-k)%v.n)*v.stride
			var ii, ij float64
			if im != nil {
				ii, ij = im[i], im[j]
			}
			if re[i] != re[j] || ii != -ij {
				return false
			}
		}
	}
	return true
}
