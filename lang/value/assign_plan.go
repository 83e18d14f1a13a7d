package value

import (
	"strconv"
	"strings"
)

// assignPlan says where an indexed assignment writes: the selected
// positions, laid out for the array's size after growth, and that size
// (nil when the array keeps its size).
type assignPlan struct {
	sel     selection
	newDims Dims
}

func numelMismatchErr() error {
	return Errorf("MATLAB:subsassignnumelmismatch", "Unable to perform assignment because the left and right sides have a different number of elements.")
}

func ambiguousGrowErr() error {
	return Errorf("MATLAB:indexing:ambiguousGrow", "Attempt to grow array along ambiguous dimension.")
}

// byText formats a size as MATLAB's assignment errors do: "1-by-3".
func byText(sz []int) string {
	parts := make([]string, len(sz))
	for i, x := range sz {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, "-by-")
}

// planAssign resolves the subscripts of an assignment into an array of
// size old from a right-hand side of size rhs, checks that the sizes agree
// and works out any growth.
func planAssign(old Dims, subs []Value, rhs Dims) (assignPlan, error) {
	n := len(subs)
	if n == 0 {
		return assignPlan{}, badIndexErr()
	}
	fd := foldDims(old, n)
	ss := make([]subscript, n)
	for k, v := range subs {
		s, err := makeSubscript(v, fd[k])
		if err != nil {
			return assignPlan{}, err
		}
		ss[k] = s
	}
	if n > 1 {
		resolveEmptyColons(ss, fd, rhs)
	}
	if err := checkRHSSize(ss, rhs); err != nil {
		return assignPlan{}, err
	}
	nd, err := grownDims(old, fd, ss)
	if err != nil {
		return assignPlan{}, err
	}
	layout := fd
	if nd != nil {
		layout = foldDims(nd, n)
	}
	return assignPlan{sel: selectPositions(ss, layout), newDims: nd}, nil
}

// resolveEmptyColons gives a ':' over an empty dimension the extent of the
// matching dimension of the right-hand side, so that M(end+1,:) = row
// builds a matrix from [].
func resolveEmptyColons(ss []subscript, fd, rhs Dims) {
	var r []int
	for _, x := range rhs {
		if x != 1 {
			r = append(r, x)
		}
	}
	j := 0
	for k := range ss {
		switch {
		case ss[k].colon && fd[k] == 0:
			c := 1
			if j < len(r) {
				c = r[j]
				j++
			}
			ss[k].n, ss[k].max = c, c
		case ss[k].n != 1:
			j++
		}
	}
}

// checkRHSSize checks that the right-hand side is a scalar or has as many
// elements as are selected (and, for N-d subscripts, the same size once
// singleton dimensions are dropped).
func checkRHSSize(ss []subscript, rhs Dims) error {
	rn := rhs.Numel()
	if rn == 1 {
		return nil
	}
	count := 1
	for k := range ss {
		count *= ss[k].n
	}
	if len(ss) == 1 {
		if rn != count {
			return numelMismatchErr()
		}
		return nil
	}
	var left, l, r []int
	for k := range ss {
		left = append(left, ss[k].n)
		if ss[k].n != 1 {
			l = append(l, ss[k].n)
		}
	}
	for _, x := range rhs {
		if x != 1 {
			r = append(r, x)
		}
	}
	if rn == count && Dims(l).Equal(Dims(r)) {
		return nil
	}
	return Errorf("MATLAB:subsassigndimmismatch", "Unable to perform assignment because the size of the left side is %s and the size of the right side is %s.", byText(left), byText(rhs))
}

// grownDims returns the size an array of size old (folded to fd) must grow
// to for subscripts ss, or nil when it is large enough.
func grownDims(old, fd Dims, ss []subscript) (Dims, error) {
	n := len(ss)
	if n == 1 {
		need := ss[0].max
		switch {
		case need <= fd[0]:
			return nil, nil
		case need > maxElems:
			return nil, sizeLimitErr()
		case len(old) == 2 && (old[0] == 1 || old[0] == 0 && old[1] == 0):
			return Dims{1, need}, nil
		case len(old) == 2 && old[1] == 1:
			return Dims{need, 1}, nil
		}
		return nil, ambiguousGrowErr()
	}
	need := make([]int, max(n, len(old)))
	grow := false
	for k := range need {
		if k >= n {
			need[k] = old[k]
			continue
		}
		need[k] = max(fd[k], ss[k].max)
		grow = grow || need[k] > fd[k]
	}
	if !grow {
		return nil, nil
	}
	if n < len(old) && need[n-1] > fd[n-1] {
		return nil, ambiguousGrowErr()
	}
	if n < len(old) {
		need[n-1] = old[n-1]
	}
	if !numelWithin(need) {
		return nil, sizeLimitErr()
	}
	return MakeDims(need...), nil
}

// numelWithin reports whether an array of size sz stays within maxElems.
func numelWithin(sz []int) bool {
	p := 1
	for _, x := range sz {
		if x == 0 {
			return true
		}
	}
	for _, x := range sz {
		if p > maxElems/x {
			return false
		}
		p *= x
	}
	return true
}

// layoutPrefix reports whether the column-major layout of size od is a
// prefix of that of size nd, so that growing needs no reordering.
func layoutPrefix(od, nd Dims) bool {
	if od.Numel() == 0 {
		return true
	}
	l := max(len(od), len(nd))
	m := -1
	for k := range l {
		if od.At(k) != nd.At(k) {
			m = k
		}
	}
	for k := range l {
		if k < m && od.At(k) != nd.At(k) || k > m && od.At(k) != 1 {
			return false
		}
	}
	return true
}

// regrow returns elements laid out for size nd that hold old's elements
// (laid out for od) at the same subscripts and zero values elsewhere,
// together with the position from which every element is new (0 when new
// elements are interleaved with old ones). inPlace allows reusing old's
// storage; growth keeps spare capacity so that appending one element at a
// time is amortised.
func regrow[T any](old []T, od, nd Dims, inPlace bool) ([]T, int) {
	n := nd.Numel()
	if !layoutPrefix(od, nd) {
		out := make([]T, n)
		copyInto(out, nd, old, od)
		return out, 0
	}
	if inPlace && cap(old) >= n {
		out := old[:n]
		clear(out[len(old):])
		return out, len(old)
	}
	c := n
	if n < 2*len(old) {
		c = 2 * len(old)
	}
	out := make([]T, n, c)
	copy(out, old)
	return out, len(old)
}

// copyInto copies the elements of src (size od) into dst (size nd, at
// least as large in every dimension) at the same subscripts.
func copyInto[T any](dst []T, nd Dims, src []T, od Dims) {
	if len(src) == 0 {
		return
	}
	rows := od[0]
	strides := make([]int, len(od))
	acc := 1
	for k := range strides {
		strides[k] = acc
		acc *= nd.At(k)
	}
	ctr := make([]int, len(od))
	for off := 0; off < len(src); off += rows {
		d := 0
		for k := 1; k < len(od); k++ {
			d += ctr[k] * strides[k]
		}
		copy(dst[d:d+rows], src[off:off+rows])
		for k := 1; k < len(od); k++ {
			ctr[k]++
			if ctr[k] < od[k] {
				break
			}
			ctr[k] = 0
		}
	}
}

// scatterSlice stores src (one element per selected position, or a single
// element for all of them) into the selected positions of dst.
func scatterSlice[T any](dst []T, sel selection, src []T) {
	if len(src) == 1 {
		x := src[0]
		for _, s := range sel.starts {
			for j := s; j < s+sel.run; j++ {
				dst[j] = x
			}
		}
		return
	}
	k := 0
	for _, s := range sel.starts {
		copy(dst[s:s+sel.run], src[k:k+sel.run])
		k += sel.run
	}
}
