package builtins

import (
	"math"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "polyval", Fn: biPolyval, Doc: "polyval(p,x): value of the polynomial with coefficients p (highest power first) at each element of x"},
		{Name: "polyfit", Fn: biPolyfit, Doc: "p = polyfit(x,y,n): least-squares polynomial of degree n"},
		{Name: "interp1", Fn: biInterp1, Doc: "interp1(x,v,xq), interp1(x,v,xq,method), interp1(x,v,xq,method,extrap) with method 'linear' (default), 'nearest', 'previous', 'next'; NaN outside the data unless extrap is given"},
	})
}

func biPolyval(c *interp.Call) ([]value.Value, error) {
	var p, x value.Value
	if err := c.Unpack("p", &p, "x", &x); err != nil {
		return nil, err
	}
	coef, err := value.ToFloat64(p)
	if err != nil {
		return nil, err
	}
	xa, err := denseArg("polyval", x)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(xa.Re))
	for i, v := range xa.Re {
		var s float64
		for _, k := range coef {
			s = s*v + k
		}
		out[i] = s
	}
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, xa.Size().Clone(), out, nil))}, nil
}

func biPolyfit(c *interp.Call) ([]value.Value, error) {
	var x, y value.Value
	var n int
	if err := c.Unpack("x", &x, "y", &y, "n", &n); err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(x)
	if err != nil {
		return nil, err
	}
	ys, err := value.ToFloat64(y)
	if err != nil {
		return nil, err
	}
	if len(xs) != len(ys) {
		return nil, value.Errorf("MATLAB:polyfit:XYSizeMismatch", "The first two inputs must have the same number of elements.")
	}
	if n < 0 {
		return nil, value.Errorf("MATLAB:polyfit:InvalidDegree", "Degree must be a nonnegative integer.")
	}
	// Vandermonde matrix (column-major), solved by least squares.
	m := len(xs)
	v := make([]float64, m*(n+1))
	for j := 0; j <= n; j++ {
		for i, xi := range xs {
			v[i+j*m] = math.Pow(xi, float64(n-j))
		}
	}
	a := value.FromRef(value.NewArrayFrom(value.Double, value.Dims{m, n + 1}, v, nil))
	b := value.FromRef(value.NewArrayFrom(value.Double, value.Dims{m, 1}, append([]float64(nil), ys...), nil))
	p, err := value.MLDivide(a, b)
	if err != nil {
		return nil, err
	}
	return oneResult(value.Transpose(p))
}

func biInterp1(c *interp.Call) ([]value.Value, error) {
	var x, v, xq value.Value
	method := "linear"
	var extrap value.Value
	if err := c.Unpack("x", &x, "v", &v, "xq", &xq, "method?", &method, "extrap?", &extrap); err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(x)
	if err != nil {
		return nil, err
	}
	vs, err := value.ToFloat64(v)
	if err != nil {
		return nil, err
	}
	if len(xs) != len(vs) {
		return nil, value.Errorf("MATLAB:interp1:YInvalidNumRows", "The grid vectors do not define a grid of points that match the given values.")
	}
	if len(xs) < 2 {
		return nil, value.Errorf("MATLAB:interp1:NotEnoughPts", "Interpolation requires at least two sample points for each dimension.")
	}
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return xs[order[i]] < xs[order[j]] })
	sx, sv := make([]float64, len(xs)), make([]float64, len(xs))
	for i, k := range order {
		sx[i], sv[i] = xs[k], vs[k]
	}
	for i := 1; i < len(sx); i++ {
		if sx[i] == sx[i-1] {
			return nil, value.Errorf("MATLAB:interp1:NonUniqueX", "The grid vectors must contain unique points.")
		}
	}
	outside := math.NaN()
	extrapolate := false
	if extrap.Defined() {
		if s, ok := extrap.Text(); ok && strings.EqualFold(s, "extrap") {
			extrapolate = true
		} else if f, err := value.ScalarFloat(extrap); err == nil {
			outside = f
		} else {
			return nil, value.Errorf("MATLAB:interp1:InvalidExtrap", "Invalid extrapolation value.")
		}
	}
	q, err := denseArg("interp1", xq)
	if err != nil {
		return nil, err
	}
	method = strings.ToLower(method)
	switch method {
	case "linear", "nearest", "previous", "next":
	default:
		return nil, value.Errorf("gomat:notImplemented", "interp1: method '%s' is not supported.", method)
	}
	n := len(sx)
	out := make([]float64, len(q.Re))
	for i, t := range q.Re {
		if math.IsNaN(t) {
			out[i] = math.NaN()
			continue
		}
		if (t < sx[0] || t > sx[n-1]) && !extrapolate {
			out[i] = outside
			continue
		}
		k := sort.SearchFloat64s(sx, t) // first index with sx[k] >= t
		lo := min(max(k-1, 0), n-2)
		if k < n && sx[k] == t {
			out[i] = sv[k]
			continue
		}
		switch method {
		case "linear":
			w := (t - sx[lo]) / (sx[lo+1] - sx[lo])
			out[i] = sv[lo] + w*(sv[lo+1]-sv[lo])
		case "nearest":
			if t-sx[lo] < sx[lo+1]-t {
				out[i] = sv[lo]
			} else {
				out[i] = sv[lo+1]
			}
		case "previous":
			out[i] = sv[lo]
		case "next":
			out[i] = sv[lo+1]
		}
	}
	return []value.Value{value.FromRef(value.NewArrayFrom(value.Double, q.Size().Clone(), out, nil))}, nil
}
