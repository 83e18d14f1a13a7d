package value

// Assign returns v with v(subs{:}) = rhs. An undefined v (or []) takes the
// right-hand side's kind and class. The array grows as needed, filling with
// zeros (char(0) for char, [] for cells, structs of [] fields, <missing>
// for strings); a scalar right-hand side goes to every selected position.
// The left-hand side keeps its class (a logical array receiving other
// values takes their class). When Unique(v) the array is changed in place;
// storing a scalar at an existing position of a real array allocates
// nothing.
func Assign(v Value, subs []Value, rhs Value) (Value, error) {
	if a, ok := v.r.(*Array); ok && v.k == kindRef && (rhs.k == kindNum || rhs.k == kindBool) && Unique(v) {
		if p, ok := scalarPos(a, subs); ok {
			storeScalar(a, p, rhs)
			return v, nil
		}
		if appendScalar(a, subs, rhs) {
			return v, nil
		}
	}
	return assignSlow(v, subs, rhs)
}

// scalarPos returns the position of a(i) or a(i,j) for scalar numbers
// within the bounds of a 2-D array; ok is false for anything else.
func scalarPos(a *Array, subs []Value) (int, bool) {
	switch {
	case len(subs) == 1 && subs[0].k == kindNum:
		i, ok := indexPos(subs[0].f)
		return i, ok && i < len(a.Re)
	case len(subs) == 2 && subs[0].k == kindNum && subs[1].k == kindNum && len(a.dims) == 2:
		i, ok1 := indexPos(subs[0].f)
		j, ok2 := indexPos(subs[1].f)
		if !ok1 || !ok2 || i >= a.dims[0] || j >= a.dims[1] {
			return 0, false
		}
		return i + j*a.dims[0], true
	}
	return 0, false
}

// storeScalar stores an inline scalar at position p of a unique array.
func storeScalar(a *Array, p int, rhs Value) {
	x := rhs.f
	if a.class == Logical && rhs.k == kindNum {
		a.class = Double
	} else if a.class != Double {
		x = elemAs(a.class, x)
	}
	a.Re[p] = x
	if a.Im != nil {
		a.Im[p] = 0
	}
}

// appendScalar handles a(end+1) = x on a unique non-empty real vector,
// growing its storage geometrically; it reports whether it did.
func appendScalar(a *Array, subs []Value, rhs Value) bool {
	if len(subs) != 1 || subs[0].k != kindNum || a.Im != nil || len(a.dims) != 2 || len(a.Re) == 0 {
		return false
	}
	p, ok := indexPos(subs[0].f)
	if !ok || p != len(a.Re) || p >= maxElems {
		return false
	}
	var d Dims
	switch {
	case a.dims[0] == 1:
		d = Dims{1, p + 1}
	case a.dims[1] == 1:
		d = Dims{p + 1, 1}
	default:
		return false
	}
	a.Re, _ = regrow(a.Re, a.dims, d, true)
	a.dims = d
	storeScalar(a, p, rhs)
	return true
}

// assignSlow is Assign for everything but the scalar fast paths: it picks
// the kind of the result from the left-hand side, or from the right-hand
// side when the left is undefined or [].
func assignSlow(v Value, subs []Value, rhs Value) (Value, error) {
	if !rhs.Defined() {
		return Value{}, numelMismatchErr()
	}
	var lhs Ref
	inPlace := Unique(v)
	switch v.k {
	case kindRef:
		lhs = v.r
		if a, ok := lhs.(*Array); ok && a.class == Double && a.dims.Equal(emptyShape) {
			lhs = nil
		}
	case kindNum, kindBool:
		lhs, _ = v.Array()
		inPlace = true
	}
	probe := lhs
	if probe == nil {
		probe = rhs.Ref()
	}
	switch probe.(type) {
	case nil, *Array:
		a, _ := lhs.(*Array)
		return assignDense(a, inPlace, subs, rhs)
	case *Cell:
		c, _ := lhs.(*Cell)
		return assignCell(c, inPlace, subs, rhs)
	case *Struct:
		s, _ := lhs.(*Struct)
		return assignStruct(s, inPlace, subs, rhs)
	case *StringArray:
		s, _ := lhs.(*StringArray)
		return assignString(s, inPlace, subs, rhs)
	}
	return assignScalarLike(lhs, subs, rhs)
}

// BraceAssign returns v with v{subs{:}} = rhs. An undefined or empty v
// becomes a cell array; the cell grows as needed, filling with []. The
// subscripts must select exactly one element. rhs is retained.
func BraceAssign(v Value, subs []Value, rhs Value) (Value, error) {
	var c *Cell
	inPlace := Unique(v)
	switch r := v.Ref().(type) {
	case *Cell:
		c = r
		if len(subs) == 1 && subs[0].k == kindNum && inPlace {
			if p, ok := indexPos(subs[0].f); ok && p < len(c.Elems) {
				c.Elems[p] = rhs
				Retain(rhs)
				return v, nil
			}
		}
	case *Array:
		if len(r.Re) != 0 {
			return Value{}, braceAssignErr()
		}
	case nil:
		if v.Defined() {
			return Value{}, braceAssignErr()
		}
	default:
		return Value{}, braceAssignErr()
	}
	old := emptyShape
	if c != nil {
		old = c.dims
	}
	plan, err := planAssign(old, subs, scalarDims)
	if err != nil {
		return Value{}, err
	}
	if plan.sel.count() != 1 {
		return Value{}, Errorf("MATLAB:needMoreRhsOutputs", "Insufficient number of outputs from right hand side of equal sign to satisfy assignment.")
	}
	out := writableCell(c, inPlace, old, plan.newDims)
	out.Elems[plan.sel.starts[0]] = rhs
	Retain(rhs)
	return FromRef(out), nil
}

func braceAssignErr() error {
	return Errorf("MATLAB:cellAssToNonCell", "Unable to perform assignment because brace indexing is not supported for variables of this type.")
}
