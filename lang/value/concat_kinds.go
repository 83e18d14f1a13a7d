package value

import "cmp"

// catPart is one numeric, logical or char operand of a concatenation.
type catPart struct {
	class  Class
	re, im []float64
}

// catClassOf picks the class of a concatenation: any char gives char,
// then the leftmost integer class, then single, then double; logical only
// when every operand is logical.
func catClassOf(parts []catPart) Class {
	cls, allLogical, hasSingle := Double, true, false
	intClass := Class(0)
	for _, p := range parts {
		switch {
		case p.class == Char:
			return Char
		case p.class.IsInteger() && intClass == 0:
			intClass = p.class
		case p.class == Single:
			hasSingle = true
		}
		allLogical = allLogical && p.class == Logical
	}
	switch {
	case intClass != 0:
		cls = intClass
	case hasSingle:
		cls = Single
	case allLogical:
		cls = Logical
	}
	return cls
}

// catDense concatenates numeric, logical and char operands.
func catDense(dim int, vals []Value) (Value, error) {
	parts := make([]catPart, len(vals))
	ds := make([]Dims, len(vals))
	scratch := make([]float64, len(vals))
	isComplex := false
	for i, v := range vals {
		if v.k != kindRef {
			scratch[i] = v.f
			parts[i] = catPart{class: v.Class(), re: scratch[i : i+1]}
			ds[i] = scalarDims
			continue
		}
		a, ok := v.r.(*Array)
		if !ok {
			return Value{}, catDimsErr()
		}
		parts[i] = catPart{class: a.class, re: a.Re, im: a.Im}
		ds[i] = a.dims
		isComplex = isComplex || a.Im != nil
	}
	cls := catClassOf(parts)
	out, use, err := catLayout(dim, ds)
	if err != nil {
		return Value{}, err
	}
	blocks, outer := catShape(dim, out, ds, use)
	var res, ims [][]float64
	for i, p := range parts {
		if !use[i] {
			continue
		}
		res = append(res, floatsAs(cls, p.class, p.re))
		if isComplex {
			im := p.im
			if im == nil {
				im = make([]float64, len(p.re))
			}
			ims = append(ims, floatsAs(cls, p.class, im))
		}
	}
	r := &Array{class: cls, dims: out, Re: make([]float64, out.Numel())}
	catCopy(r.Re, res, blocks, outer)
	if isComplex {
		r.Im = make([]float64, len(r.Re))
		catCopy(r.Im, ims, blocks, outer)
		dropZeroImag(r)
	}
	return FromRef(r), nil
}

// isEmptyDouble reports whether v is [] (a 0×0 double).
func isEmptyDouble(v Value) bool {
	a, ok := v.Ref().(*Array)
	return ok && a.class == Double && a.dims.Equal(emptyShape)
}

// catCells concatenates cell arrays; other operands (but []) become 1×1
// cells.
func catCells(dim int, vals []Value) (Value, error) {
	parts := make([][]Value, len(vals))
	ds := make([]Dims, len(vals))
	for i, v := range vals {
		switch c, ok := v.Ref().(*Cell); {
		case ok:
			parts[i], ds[i] = c.Elems, c.dims
		case isEmptyDouble(v):
			ds[i] = emptyShape
		default:
			parts[i], ds[i] = []Value{v}, scalarDims
		}
	}
	out, use, err := catLayout(dim, ds)
	if err != nil {
		return Value{}, err
	}
	blocks, outer := catShape(dim, out, ds, use)
	var srcs [][]Value
	for i, p := range parts {
		if use[i] {
			srcs = append(srcs, p)
		}
	}
	elems := make([]Value, out.Numel())
	catCopy(elems, srcs, blocks, outer)
	return FromRef(NewCellFrom(out, elems)), nil
}

// catStructs concatenates struct arrays with the same fields (in any
// order; the result uses the first non-empty operand's order).
func catStructs(dim int, vals []Value) (Value, error) {
	ss := make([]*Struct, len(vals))
	ds := make([]Dims, len(vals))
	var first, full *Struct
	for i, v := range vals {
		s, ok := v.Ref().(*Struct)
		switch {
		case ok:
			ss[i], ds[i] = s, s.dims
			first = cmp.Or(first, s)
			if full == nil && len(s.Elems) > 0 {
				full = s
			}
		case isEmptyDouble(v):
			ds[i] = emptyShape
		default:
			return Value{}, conversionErr("struct", v)
		}
	}
	fields := cmp.Or(full, first).Fields
	out, use, err := catLayout(dim, ds)
	if err != nil {
		return Value{}, err
	}
	blocks, outer := catShape(dim, out, ds, use)
	var srcs [][][]Value
	for i, s := range ss {
		if !use[i] || s == nil {
			continue
		}
		perm, ok := fieldOrder(fields, s.Fields)
		if !ok {
			return Value{}, Errorf("MATLAB:catenate:structFieldBad", "Names of fields in structure arrays being concatenated do not match.")
		}
		rows := make([][]Value, len(s.Elems))
		for j, row := range s.Elems {
			rows[j] = permutedRow(row, perm)
		}
		srcs = append(srcs, rows)
	}
	rows := make([][]Value, out.Numel())
	catCopy(rows, srcs, blocks, outer)
	return FromRef(&Struct{dims: out, Fields: append([]string(nil), fields...), Elems: rows}), nil
}

// catStrings concatenates string arrays with text and numbers, each
// converted to strings.
func catStrings(dim int, vals []Value) (Value, error) {
	elems := make([][]string, len(vals))
	miss := make([][]bool, len(vals))
	ds := make([]Dims, len(vals))
	anyMissing := false
	for i, v := range vals {
		if isEmptyDouble(v) {
			ds[i] = emptyShape
			continue
		}
		e, m, d, err := stringsOf(v)
		if err != nil {
			return Value{}, err
		}
		elems[i], miss[i], ds[i] = e, m, d
		anyMissing = anyMissing || m != nil
	}
	out, use, err := catLayout(dim, ds)
	if err != nil {
		return Value{}, err
	}
	blocks, outer := catShape(dim, out, ds, use)
	var srcs [][]string
	var msrcs [][]bool
	for i := range vals {
		if !use[i] {
			continue
		}
		srcs = append(srcs, elems[i])
		m := miss[i]
		if m == nil {
			m = make([]bool, len(elems[i]))
		}
		msrcs = append(msrcs, m)
	}
	r := &StringArray{dims: out, Elems: make([]string, out.Numel())}
	catCopy(r.Elems, srcs, blocks, outer)
	if anyMissing {
		r.Missing = make([]bool, len(r.Elems))
		catCopy(r.Missing, msrcs, blocks, outer)
		r.Missing = compactMissing(r.Missing)
	}
	return FromRef(r), nil
}
