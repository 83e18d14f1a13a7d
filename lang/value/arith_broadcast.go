package value

// errSizeMismatch is MATLAB's error for operands whose sizes are not
// compatible under implicit expansion.
var errSizeMismatch = &Error{ID: "MATLAB:sizeDimensionsMustMatch", Msg: "Arrays have incompatible sizes for this operation."}

// broadcastDims returns the size of an element-wise result: in every
// dimension the sizes must be equal or one of them 1.
func broadcastDims(a, b Dims) (Dims, error) {
	if a.Equal(b) {
		return a.Clone(), nil
	}
	n := max(len(a), len(b))
	d := make(Dims, n)
	for k := range n {
		x, y := a.At(k), b.At(k)
		switch {
		case x == y, y == 1:
			d[k] = x
		case x == 1:
			d[k] = y
		default:
			return nil, errSizeMismatch
		}
	}
	return d.trim(), nil
}

// forRuns walks an element-wise operation of operands sized da and db with
// result size dout as runs of consecutive result elements. For each run it
// calls f with the run's first element offset in each operand (oa, ob), the
// operand's step along the run (1, or 0 where that operand is expanded), the
// offset in the result and the run length. Same-size and scalar operands give
// a single run.
func forRuns(da, db, dout Dims, f func(oa, sa, ob, sb, oo, n int)) {
	total := dout.Numel()
	switch {
	case total == 0:
		return
	case da.Equal(db):
		f(0, 1, 0, 1, 0, total)
		return
	case da.Numel() == 1:
		f(0, 0, 0, 1, 0, total)
		return
	case db.Numel() == 1:
		f(0, 1, 0, 0, 0, total)
		return
	}
	nd := len(dout)
	run, k, sa, sb := 1, 0, 1, 1
	for k < nd && da.At(k) == db.At(k) {
		run *= dout[k]
		k++
	}
	if k == 0 {
		run, k = dout[0], 1
		if da.At(0) == 1 {
			sa = 0
		}
		if db.At(0) == 1 {
			sb = 0
		}
	}
	// Strides of the outer dimensions k..nd-1 in each operand (0 where the
	// operand is expanded along that dimension).
	outer := nd - k
	strA, strB := make([]int, outer), make([]int, outer)
	na, nb := 1, 1
	for j := range k {
		na *= da.At(j)
		nb *= db.At(j)
	}
	for j := range outer {
		if da.At(k+j) != 1 {
			strA[j] = na
		}
		if db.At(k+j) != 1 {
			strB[j] = nb
		}
		na *= da.At(k + j)
		nb *= db.At(k + j)
	}
	cnt := make([]int, outer)
	oa, ob := 0, 0
	for oo := 0; oo < total; oo += run {
		f(oa, sa, ob, sb, oo, run)
		for j := range outer {
			cnt[j]++
			oa += strA[j]
			ob += strB[j]
			if cnt[j] < dout[k+j] {
				break
			}
			oa -= strA[j] * cnt[j]
			ob -= strB[j] * cnt[j]
			cnt[j] = 0
		}
	}
}
