package value

// Delete returns v with v(subs{:}) = []. One subscript deletes elements
// linearly (the result is a row vector unless v is a column; ':' leaves
// 0×0); with several, all but one must be ':' (or span their whole
// dimension) and the remaining one picks the rows, columns or pages to
// delete. Deleting nothing returns v unchanged.
func Delete(v Value, subs []Value) (Value, error) {
	if len(subs) == 0 {
		return Value{}, badIndexErr()
	}
	if !v.Defined() {
		v = Empty()
	}
	r, _ := indexable(v)
	if _, ok := r.(*Func); ok || isObject(r) {
		return Value{}, Errorf("MATLAB:index:deleteUnsupported", "Deleting elements of a %s value is not supported.", v.ClassName())
	}
	d := r.Size()
	n := len(subs)
	fd := foldDims(d, n)
	ss := make([]subscript, n)
	for k, sv := range subs {
		s, err := makeSubscript(sv, fd[k])
		if err != nil {
			return Value{}, err
		}
		if s.max > fd[k] {
			return Value{}, Errorf("MATLAB:subsdeldimmismatch", "Matrix index is out of range for deletion.")
		}
		ss[k] = s
	}
	if n == 1 {
		return deleteLinear(v, r, d, &ss[0]), nil
	}
	k := -1
	for i := range ss {
		if !coversAll(&ss[i], fd[i]) {
			if k >= 0 {
				return Value{}, Errorf("MATLAB:subsdeldimmismatch", "A null assignment can have only one non-colon index.")
			}
			k = i
		}
	}
	if k < 0 {
		k = 0
		for i := range ss {
			if !ss[i].colon {
				k = i
				break
			}
		}
	}
	keep := keptPositions(&ss[k], fd[k])
	if len(keep) == fd[k] {
		return v, nil
	}
	ks := make([]subscript, n)
	for i := range ks {
		ks[i] = subscript{n: fd[i], max: fd[i], colon: true}
	}
	ks[k] = subscript{idx: keep, n: len(keep)}
	var rd Dims
	if k < n-1 && n < len(d) {
		rd = d.Clone()
		rd[k] = len(keep)
	} else {
		rd = fd.Clone()
		rd[k] = len(keep)
	}
	return gatherRef(r, selectPositions(ks, fd), MakeDims(rd...)), nil
}

// deleteLinear deletes the elements one subscript selects.
func deleteLinear(v Value, r Ref, d Dims, s *subscript) Value {
	if s.colon {
		return gatherRef(r, selection{run: 1}, Dims{0, 0})
	}
	keep := keptPositions(s, d.Numel())
	if len(keep) == d.Numel() {
		return v
	}
	rd := Dims{1, len(keep)}
	if len(d) == 2 && d[1] == 1 && d[0] != 1 {
		rd = Dims{len(keep), 1}
	}
	return gatherRef(r, selection{starts: keep, run: 1}, rd)
}

// coversAll reports whether subscript s selects every position of a
// dimension of size extent.
func coversAll(s *subscript, extent int) bool {
	if s.colon || s.idx == nil && s.start == 0 && s.n >= extent {
		return true
	}
	return len(keptPositions(s, extent)) == 0
}

// keptPositions lists the positions of a dimension of size extent that
// subscript s does not select.
func keptPositions(s *subscript, extent int) []int {
	del := make([]bool, extent)
	for i := range s.n {
		del[s.at(i)] = true
	}
	keep := make([]int, 0, extent)
	for p, x := range del {
		if !x {
			keep = append(keep, p)
		}
	}
	return keep
}
