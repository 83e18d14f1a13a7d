package value

// writableCell returns the cell to store into: c itself when it may be
// changed in place, else a copy (nil c: a new cell of size old), grown to
// nd when nd is not nil, with [] in the new elements.
func writableCell(c *Cell, inPlace bool, old, nd Dims) *Cell {
	var elems []Value
	if c != nil {
		elems = c.Elems
	}
	own := c != nil && inPlace
	if !own {
		for _, e := range elems {
			Retain(e)
		}
	}
	d := old
	switch {
	case nd != nil:
		var from int
		elems, from = regrow(elems, old, nd, own)
		fillEmptyValues(elems, from)
		d = nd
	case !own:
		elems = append([]Value(nil), elems...)
	}
	if own {
		c.Elems, c.dims = elems, d
		return c
	}
	return &Cell{dims: d, Elems: elems}
}

// fillEmptyValues puts [] into the unset elements from position from on.
func fillEmptyValues(elems []Value, from int) {
	var e Value
	for i := from; i < len(elems); i++ {
		if !elems[i].Defined() {
			if !e.Defined() {
				e = Empty()
			}
			elems[i] = e
			Retain(e)
		}
	}
}

// retainStored counts the holders of values scattered into count
// positions from src.
func retainStored(src []Value, count int) {
	if len(src) == 1 {
		for range count {
			Retain(src[0])
		}
		return
	}
	for _, v := range src {
		Retain(v)
	}
}

// assignCell stores the elements of cell rhs into cell array c (nil for a
// new one).
func assignCell(c *Cell, inPlace bool, subs []Value, rhs Value) (Value, error) {
	rc, ok := rhs.Ref().(*Cell)
	if !ok {
		return Value{}, conversionErr("cell", rhs)
	}
	old := emptyShape
	if c != nil {
		old = c.dims
	}
	plan, err := planAssign(old, subs, rc.dims)
	if err != nil {
		return Value{}, err
	}
	src := rc.Elems
	if rc == c {
		src = append([]Value(nil), src...)
	}
	out := writableCell(c, inPlace, old, plan.newDims)
	scatterSlice(out.Elems, plan.sel, src)
	retainStored(src, plan.sel.count())
	return FromRef(out), nil
}

// fieldOrder maps each of want's fields to its position in have; ok is
// false unless both name the same fields.
func fieldOrder(want, have []string) ([]int, bool) {
	if len(want) != len(have) {
		return nil, false
	}
	perm := make([]int, len(want))
	for j, f := range want {
		perm[j] = -1
		for i, g := range have {
			if f == g {
				perm[j] = i
				break
			}
		}
		if perm[j] < 0 {
			return nil, false
		}
	}
	return perm, true
}

// permutedRow returns a struct element's field values in the order perm
// gives, counting the new holder.
func permutedRow(src []Value, perm []int) []Value {
	out := make([]Value, len(perm))
	for j, i := range perm {
		out[j] = src[i]
		Retain(out[j])
	}
	return out
}

// emptyRow returns a struct element whose n fields are all [].
func emptyRow(n int) []Value {
	row := make([]Value, n)
	for j := range row {
		row[j] = Empty()
	}
	return row
}

func dissimilarStructsErr() error {
	return Errorf("MATLAB:heterogeneousStrucAssignment", "Subscripted assignment between dissimilar structures.")
}

// assignStruct stores the elements of struct array rhs into struct array s
// (nil for a new one). Both must have the same fields, in any order.
func assignStruct(s *Struct, inPlace bool, subs []Value, rhs Value) (Value, error) {
	rs, ok := rhs.Ref().(*Struct)
	if !ok {
		return Value{}, conversionErr("struct", rhs)
	}
	old, fields := emptyShape, rs.Fields
	var rows [][]Value
	if s != nil {
		old, rows = s.dims, s.Elems
		if len(s.Fields) > 0 || len(s.Elems) > 0 {
			fields = s.Fields
		}
	}
	perm, ok := fieldOrder(fields, rs.Fields)
	if !ok {
		return Value{}, dissimilarStructsErr()
	}
	plan, err := planAssign(old, subs, rs.dims)
	if err != nil {
		return Value{}, err
	}
	own := s != nil && inPlace
	if !own {
		copied := make([][]Value, len(rows))
		for i, row := range rows {
			copied[i] = cloneRow(row)
		}
		rows = copied
	}
	d := old
	if plan.newDims != nil {
		var from int
		d = plan.newDims
		rows, from = regrow(rows, old, d, true)
		for i := from; i < len(rows); i++ {
			if rows[i] == nil {
				rows[i] = emptyRow(len(fields))
			}
		}
	}
	src := rs.Elems
	if rs == s {
		src = append([][]Value(nil), src...)
	}
	k := 0
	for _, st := range plan.sel.starts {
		for j := st; j < st+plan.sel.run; j++ {
			if len(src) == 1 {
				rows[j] = permutedRow(src[0], perm)
			} else {
				rows[j] = permutedRow(src[k], perm)
			}
			k++
		}
	}
	if own {
		s.Elems, s.dims, s.Fields = rows, d, append([]string(nil), fields...)
		return FromRef(s), nil
	}
	return FromRef(&Struct{dims: d, Fields: append([]string(nil), fields...), Elems: rows}), nil
}

// assignString stores rhs, converted to strings, into string array s (nil
// for a new one); new elements are <missing>.
func assignString(s *StringArray, inPlace bool, subs []Value, rhs Value) (Value, error) {
	src, srcMiss, rd, err := stringsOf(rhs)
	if err != nil {
		return Value{}, err
	}
	old := emptyShape
	var elems []string
	var miss []bool
	if s != nil {
		old, elems, miss = s.dims, s.Elems, s.Missing
	}
	plan, err := planAssign(old, subs, rd)
	if err != nil {
		return Value{}, err
	}
	if r, ok := rhs.Ref().(*StringArray); ok && r == s {
		src, srcMiss = append([]string(nil), src...), append([]bool(nil), srcMiss...)
	}
	own := s != nil && inPlace
	d := old
	switch {
	case plan.newDims != nil:
		d = plan.newDims
		present := make([]bool, len(elems))
		for i := range present {
			present[i] = miss == nil || !miss[i]
		}
		elems, _ = regrow(elems, old, d, own)
		present, _ = regrow(present, old, d, true)
		miss = make([]bool, len(elems))
		for i, p := range present {
			miss[i] = !p
		}
	case !own:
		elems = append([]string(nil), elems...)
		if miss != nil {
			miss = append([]bool(nil), miss...)
		}
	}
	scatterSlice(elems, plan.sel, src)
	if srcMiss != nil || miss != nil {
		if miss == nil {
			miss = make([]bool, len(elems))
		}
		if srcMiss == nil {
			srcMiss = []bool{false}
		}
		scatterSlice(miss, plan.sel, srcMiss)
	}
	miss = compactMissing(miss)
	if own {
		s.Elems, s.Missing, s.dims = elems, miss, d
		return FromRef(s), nil
	}
	return FromRef(&StringArray{dims: d, Elems: elems, Missing: miss}), nil
}

// compactMissing returns nil when no element is marked missing.
func compactMissing(miss []bool) []bool {
	for _, m := range miss {
		if m {
			return miss
		}
	}
	return nil
}
