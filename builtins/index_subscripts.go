package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "sub2ind", Fn: sub2indFn, Doc: "sub2ind(sz,row,col), sub2ind(sz,I1,I2,...,In): linear indices of subscripts into an array of size sz"},
		{Name: "ind2sub", Fn: ind2subFn, Doc: "[row,col] = ind2sub(sz,ind), [I1,...,In] = ind2sub(sz,ind): subscripts of linear indices into an array of size sz (with fewer outputs than dimensions the last output indexes the trailing dimensions together)"},
	})
}

// foldedSize reads the size vector of sub2ind and ind2sub and adapts it to
// n subscripts: trailing dimensions beyond the n-th are merged into it, and
// missing ones are 1.
func foldedSize(fn string, v value.Value, n int) ([]int, error) {
	xs, err := value.ToFloat64(v)
	if err != nil || len(xs) == 0 {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidSize", "Size vector must be a vector of nonnegative integers.")
	}
	out := make([]int, n)
	for i := range out {
		out[i] = 1
	}
	for i, x := range xs {
		if x < 0 || x != math.Trunc(x) || math.IsInf(x, 0) {
			return nil, value.Errorf("MATLAB:"+fn+":InvalidSize", "Size vector must be a vector of nonnegative integers.")
		}
		out[min(i, n-1)] *= int(x)
	}
	return out, nil
}

func sub2indFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	subs := c.Args[1:]
	sz, err := foldedSize("sub2ind", c.Args[0], len(subs))
	if err != nil {
		return nil, err
	}
	d := subs[0].Size()
	ind := make([]float64, d.Numel())
	stride := 1.0
	for k, s := range subs {
		if !s.Size().Equal(d) {
			return nil, value.Errorf("MATLAB:sub2ind:SubscriptVectorSize", "The subscript vectors must all be of the same size.")
		}
		xs, err := value.ToFloat64(s)
		if err != nil {
			return nil, undefinedFor("sub2ind", s)
		}
		for i, x := range xs {
			if x != math.Trunc(x) {
				return nil, value.Errorf("MATLAB:badsubscript", "Subscript indices must either be real positive integers or logicals.")
			}
			if x < 1 || x > float64(sz[k]) {
				return nil, value.Errorf("MATLAB:sub2ind:IndexOutOfRange", "Out of range subscript.")
			}
			ind[i] += (x - 1) * stride
		}
		stride *= float64(sz[k])
	}
	for i := range ind {
		ind[i]++
	}
	return []value.Value{newResult(value.Double, d, ind, nil)}, nil
}

func ind2subFn(c *interp.Call) ([]value.Value, error) {
	var szv, iv value.Value
	if err := c.Unpack("sz", &szv, "ind", &iv); err != nil {
		return nil, err
	}
	nout := max(c.Nargout, 1)
	sz, err := foldedSize("ind2sub", szv, nout)
	if err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(iv)
	if err != nil {
		return nil, undefinedFor("ind2sub", iv)
	}
	total := 1.0
	for _, s := range sz {
		total *= float64(s)
	}
	subs := make([][]float64, nout)
	for k := range subs {
		subs[k] = make([]float64, len(xs))
	}
	for i, x := range xs {
		if x != math.Trunc(x) || x < 1 || x > total {
			return nil, value.Errorf("MATLAB:ind2sub:IndexOutOfRange", "Out of range index.")
		}
		r := x - 1
		for k, s := range sz[:nout-1] {
			subs[k][i] = math.Mod(r, float64(s)) + 1
			r = math.Floor(r / float64(s))
		}
		subs[nout-1][i] = r + 1
	}
	out := make([]value.Value, nout)
	for k, s := range subs {
		out[k] = newResult(value.Double, iv.Size(), s, nil)
	}
	return out, nil
}
