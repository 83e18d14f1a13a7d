package value

// EndValue returns the value `end` takes in position k (0-based) of n
// subscripts of v: numel(v) when n is 1, size(v,k+1) before the last
// position, and the product of the remaining dimensions in the last.
func EndValue(v Value, k, n int) int {
	d := v.Size()
	switch {
	case n <= 1:
		return d.Numel()
	case k < n-1:
		return d.At(k)
	}
	p := 1
	for i := k; i < len(d); i++ {
		p *= d[i]
	}
	return p
}

// ReshapeValue returns v, of any class, with size d, which must have as
// many elements. The result never shares storage with v.
func ReshapeValue(v Value, d Dims) (Value, error) {
	nd := MakeDims(d...)
	if nd.Numel() != v.Numel() {
		return Value{}, Errorf("MATLAB:getReshapeDims:notSameNumel", "Number of elements must not change. Use [] as one of the size inputs to automatically calculate the appropriate size for that dimension.")
	}
	switch r := v.Ref().(type) {
	case *Array:
		b := r.Clone()
		b.dims = nd
		return FromRef(b), nil
	case *Cell:
		return FromRef(NewCellFrom(nd, append([]Value(nil), r.Elems...))), nil
	case *Struct:
		t := r.Clone()
		t.dims = nd
		return FromRef(t), nil
	case *StringArray:
		t := r.Clone()
		t.dims = nd
		return FromRef(t), nil
	}
	return v, nil
}

// Permute returns v with its dimensions rearranged: dimension i of the
// result is dimension order[i] (0-based) of v. order must be a permutation
// of 0..len(order)-1 covering every dimension of v.
func Permute(v Value, order []int) (Value, error) {
	d := v.Size()
	if len(order) < len(d) {
		return Value{}, Errorf("MATLAB:permute:tooFewIndices", "ORDER must have at least N elements for an N-D array.")
	}
	seen := make([]bool, len(order))
	for _, o := range order {
		if o < 0 || o >= len(order) || seen[o] {
			return Value{}, Errorf("MATLAB:permute:badIndex", "ORDER contains an invalid permutation index.")
		}
		seen[o] = true
	}
	r := v.Ref()
	switch r.(type) {
	case *Array, *Cell, *Struct, *StringArray:
	default:
		return v, nil
	}
	src := d.Strides()
	sz := make([]int, len(order))
	st := make([]int, len(order))
	for i, o := range order {
		sz[i] = d.At(o)
		if o < len(src) {
			st[i] = src[o]
		}
	}
	n := d.Numel()
	starts := make([]int, 0, n)
	if n > 0 {
		ctr := make([]int, len(sz))
		for {
			off := 0
			for i, c := range ctr {
				off += c * st[i]
			}
			starts = append(starts, off)
			i := 0
			for ; i < len(ctr); i++ {
				ctr[i]++
				if ctr[i] < sz[i] {
					break
				}
				ctr[i] = 0
			}
			if i == len(ctr) {
				break
			}
		}
	}
	return gatherRef(r, selection{starts: starts, run: 1}, MakeDims(sz...)), nil
}
