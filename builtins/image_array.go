package builtins

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "flip", Fn: flipFn, Doc: "B = flip(A), flip(A,dim): reverse the order of elements along the first non-singleton dimension (or dim)"},
		{Name: "fliplr", Fn: flipDimFn(2), Doc: "B = fliplr(A): reverse the columns"},
		{Name: "flipud", Fn: flipDimFn(1), Doc: "B = flipud(A): reverse the rows"},
		{Name: "rot90", Fn: rot90Fn, Doc: "B = rot90(A), rot90(A,k): rotate the first two dimensions by k×90 degrees counterclockwise"},
		{Name: "circshift", Fn: circshiftFn, Doc: "B = circshift(A,K), circshift(A,K,dim): shift elements circularly (K scalar: first non-singleton dimension or dim; K vector: one shift per dimension)"},
		{Name: "permute", Fn: permuteFn(false), Doc: "B = permute(A,order): rearrange dimensions"},
		{Name: "ipermute", Fn: permuteFn(true), Doc: "A = ipermute(B,order): inverse of permute"},
		{Name: "squeeze", Fn: squeezeFn, Doc: "B = squeeze(A): remove dimensions of length 1 (2-D arrays unchanged)"},
	})
}

// pickAlong returns v indexed with src(k) along dimension dim (0-based)
// and ':' elsewhere: the k-th slice of the result is slice src[k] of v.
func pickAlong(v value.Value, dim int, src []int) (value.Value, error) {
	nd := max(len(v.Size()), dim+1)
	subs := make([]value.Value, nd)
	for i := range subs {
		subs[i] = value.Colon()
	}
	xs := make([]float64, len(src))
	for i, s := range src {
		xs[i] = float64(s + 1)
	}
	subs[dim] = value.RowVector(xs)
	return value.Index(v, subs)
}

// firstNonSingleton returns the first dimension (0-based) whose length is
// not 1.
func firstNonSingleton(d value.Dims) int {
	for i, n := range d {
		if n != 1 {
			return i
		}
	}
	return 0
}

// reversed returns n-1, ..., 0.
func reversed(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = n - 1 - i
	}
	return out
}

func flipFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	dim := 0
	if err := c.Unpack("A", &v, "dim?", &dim); err != nil {
		return nil, err
	}
	d := firstNonSingleton(v.Size())
	if len(c.Args) > 1 {
		if dim < 1 {
			return nil, value.Errorf("MATLAB:flip:InvalidDim", "Dimension argument must be a positive integer scalar.")
		}
		d = dim - 1
	}
	if d >= len(v.Size()) {
		return one(v) // a trailing singleton dimension: nothing to reverse
	}
	return oneResult(pickAlong(v, d, reversed(v.Size().At(d))))
}

func flipDimFn(dim int) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var v value.Value
		if err := c.Unpack("A", &v); err != nil {
			return nil, err
		}
		return oneResult(pickAlong(v, dim-1, reversed(v.Size().At(dim-1))))
	}
}

func rot90Fn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	k := 1
	if err := c.Unpack("A", &v, "k?", &k); err != nil {
		return nil, err
	}
	nd := len(v.Size())
	order := make([]int, nd)
	for i := range order {
		order[i] = i
	}
	order[0], order[1] = 1, 0
	var err error
	switch ((k % 4) + 4) % 4 {
	case 1:
		if v, err = pickAlong(v, 1, reversed(v.Size().At(1))); err == nil {
			v, err = value.Permute(v, order)
		}
	case 2:
		if v, err = pickAlong(v, 0, reversed(v.Size().At(0))); err == nil {
			v, err = pickAlong(v, 1, reversed(v.Size().At(1)))
		}
	case 3:
		if v, err = value.Permute(v, order); err == nil {
			v, err = pickAlong(v, 1, reversed(v.Size().At(1)))
		}
	}
	return oneResult(v, err)
}

func circshiftFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	var shifts []float64
	dim := 0
	if err := c.Unpack("A", &v, "K", &shifts, "dim?", &dim); err != nil {
		return nil, err
	}
	dims := make([]int, len(shifts))
	for i := range dims {
		dims[i] = i
	}
	if len(shifts) == 1 {
		dims[0] = firstNonSingleton(v.Size())
		if len(c.Args) > 2 {
			dims[0] = dim - 1
		}
	}
	var err error
	for i, s := range shifts {
		n := v.Size().At(dims[i])
		if n == 0 || dims[i] < 0 {
			continue
		}
		k := ((int(s) % n) + n) % n
		src := make([]int, n)
		for j := range src {
			src[j] = ((j-k)%n + n) % n
		}
		if v, err = pickAlong(v, dims[i], src); err != nil {
			return nil, err
		}
	}
	return one(v)
}

func permuteFn(inverse bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var v value.Value
		var order []float64
		if err := c.Unpack("A", &v, "order", &order); err != nil {
			return nil, err
		}
		ord := make([]int, len(order))
		for i, o := range order {
			ord[i] = int(o) - 1
		}
		if inverse {
			inv := make([]int, len(ord))
			for i, o := range ord {
				if o < 0 || o >= len(ord) {
					return nil, value.Errorf("MATLAB:permute:badIndex", "ORDER contains an invalid permutation index.")
				}
				inv[o] = i
			}
			ord = inv
		}
		return oneResult(value.Permute(v, ord))
	}
}

func squeezeFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("A", &v); err != nil {
		return nil, err
	}
	d := v.Size()
	if len(d) <= 2 {
		return one(v)
	}
	var nd []int
	for _, n := range d {
		if n != 1 {
			nd = append(nd, n)
		}
	}
	if len(nd) == 1 {
		nd = append(nd, 1)
	}
	return oneResult(value.ReshapeValue(v, value.MakeDims(nd...)))
}
