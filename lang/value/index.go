package value

// Index returns v(subs{:}). One subscript indexes linearly; two or more are
// N-d subscripts, the last one spanning all trailing dimensions. Each
// subscript is a positive integer-valued number or array, a logical mask or
// Colon(). Cells give a sub-cell, structs a sub-struct array, strings a
// string array; a real double or logical scalar result is returned inline.
func Index(v Value, subs []Value) (Value, error) {
	if a, ok := v.r.(*Array); ok && v.k == kindRef && a.Im == nil {
		if r, ok := indexScalarFast(a, subs); ok {
			return r, nil
		}
	}
	if len(subs) == 0 {
		return v, nil
	}
	if a, ok := v.r.(*Array); ok && v.k == kindRef && len(subs) == 1 && subs[0].IsColon() {
		return FromRef(columnCopy(a)), nil
	}
	r, err := indexable(v)
	if err != nil {
		return Value{}, err
	}
	ss, fd, err := resolveSubs(r.Size(), subs)
	if err != nil {
		return Value{}, err
	}
	var d Dims
	if len(ss) == 1 {
		d = linearResultDims(r.Size(), &ss[0])
	} else {
		d = subsResultDims(ss)
	}
	if _, ok := r.(*Func); ok || isObject(r) {
		return scalarLikeIndex(v, selectPositions(ss, fd))
	}
	return gatherRef(r, selectPositions(ss, fd), d), nil
}

// columnCopy is A(:) of a dense array: its elements as one column, copied
// in one move.
func columnCopy(a *Array) *Array {
	out := &Array{class: a.class, dims: Dims{len(a.Re), 1}, Re: append([]float64(nil), a.Re...)}
	if a.Im != nil {
		out.Im = append([]float64(nil), a.Im...)
	}
	return out
}

// indexScalarFast reads a real double or logical element picked by one or
// two scalar numbers, without allocating; ok is false for anything else.
func indexScalarFast(a *Array, subs []Value) (Value, bool) {
	if a.class != Double && a.class != Logical {
		return Value{}, false
	}
	p := 0
	switch {
	case len(subs) == 1 && subs[0].k == kindNum:
		i, ok := indexPos(subs[0].f)
		if !ok || i >= len(a.Re) {
			return Value{}, false
		}
		p = i
	case len(subs) == 2 && subs[0].k == kindNum && subs[1].k == kindNum && len(a.dims) == 2:
		i, ok1 := indexPos(subs[0].f)
		j, ok2 := indexPos(subs[1].f)
		if !ok1 || !ok2 || i >= a.dims[0] || j >= a.dims[1] {
			return Value{}, false
		}
		p = i + j*a.dims[0]
	default:
		return Value{}, false
	}
	if a.class == Logical {
		return Value{k: kindBool, f: a.Re[p]}, true
	}
	return Num(a.Re[p]), true
}

// indexable returns the heap value behind v, materialising inline scalars
// and treating an undefined value as [].
func indexable(v Value) (Ref, error) {
	switch v.k {
	case kindUndef:
		return NewArray(Double, Dims{0, 0}), nil
	case kindRef:
		return v.r, nil
	}
	a, _ := v.Array()
	return a, nil
}

// isObject reports whether r is a value of a non-built-in class.
func isObject(r Ref) bool {
	switch r.(type) {
	case *Array, *Cell, *Struct, *StringArray, *Func:
		return false
	}
	return true
}

// scalarLikeIndex indexes an object, which only its own single element can
// be taken from; function handles cannot be indexed.
func scalarLikeIndex(v Value, sel selection) (Value, error) {
	if _, ok := v.r.(*Func); ok {
		return Value{}, Errorf("MATLAB:index:functionHandle", "Indexing into a function handle is not supported.")
	}
	if sel.count() != 1 {
		return Value{}, Errorf("MATLAB:index:object", "Indexing a %s value must select exactly one element.", v.ClassName())
	}
	return v, nil
}

// gatherSlice copies the selected elements of src, in order.
func gatherSlice[T any](src []T, sel selection) []T {
	out := make([]T, sel.count())
	if sel.run == 1 {
		for i, s := range sel.starts {
			out[i] = src[s]
		}
		return out
	}
	for i, s := range sel.starts {
		copy(out[i*sel.run:(i+1)*sel.run], src[s:s+sel.run])
	}
	return out
}

// gatherRef returns the selected elements of r as a new value of the same
// kind and size d. r must be an *Array, *Cell, *Struct or *StringArray.
func gatherRef(r Ref, sel selection, d Dims) Value {
	switch r := r.(type) {
	case *Array:
		b := &Array{class: r.class, dims: d, Re: gatherSlice(r.Re, sel)}
		if r.Im != nil {
			b.Im = gatherSlice(r.Im, sel)
			dropZeroImag(b)
		}
		return FromRef(b)
	case *Cell:
		return FromRef(NewCellFrom(d, gatherSlice(r.Elems, sel)))
	case *Struct:
		rows := gatherSlice(r.Elems, sel)
		for i, row := range rows {
			rows[i] = cloneRow(row)
		}
		return FromRef(&Struct{dims: d, Fields: append([]string(nil), r.Fields...), Elems: rows})
	case *StringArray:
		t := &StringArray{dims: d, Elems: gatherSlice(r.Elems, sel)}
		if r.Missing != nil {
			t.Missing = gatherSlice(r.Missing, sel)
		}
		return FromRef(t)
	}
	return Value{k: kindRef, r: r}
}

// cloneRow copies one struct element's field values, counting the new
// holder.
func cloneRow(row []Value) []Value {
	out := append([]Value(nil), row...)
	for _, v := range out {
		Retain(v)
	}
	return out
}

// dropZeroImag makes a complex array real when every imaginary part is 0.
func dropZeroImag(a *Array) {
	for _, x := range a.Im {
		if x != 0 {
			return
		}
	}
	a.Im = nil
}

// BraceIndex returns the comma-separated list c{subs{:}}, the selected
// elements of cell array c in column-major order.
func BraceIndex(v Value, subs []Value) ([]Value, error) {
	c, ok := v.Ref().(*Cell)
	if !ok {
		return nil, Errorf("MATLAB:cellRefFromNonCell", "Brace indexing is not supported for variables of this type.")
	}
	if len(subs) == 1 && subs[0].k == kindNum {
		if p, ok := indexPos(subs[0].f); ok && p < len(c.Elems) {
			return []Value{c.Elems[p]}, nil
		}
	}
	if len(subs) == 0 {
		return append([]Value(nil), c.Elems...), nil
	}
	ss, fd, err := resolveSubs(c.dims, subs)
	if err != nil {
		return nil, err
	}
	return gatherSlice(c.Elems, selectPositions(ss, fd)), nil
}
