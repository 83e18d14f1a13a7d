package value

import "math"

var zeroFloat = []float64{0}

// conversionErr is MATLAB's error for storing a value of one class into an
// array of another that cannot hold it.
func conversionErr(to string, from Value) error {
	return Errorf("MATLAB:invalidConversion", "Conversion to %s from %s is not possible.", to, from.ClassName())
}

// denseRHS returns the right-hand side of an assignment into a numeric,
// logical or char array (to names that array's class for errors).
func denseRHS(rhs Value, to string) (*Array, error) {
	if a, ok := rhs.Array(); ok {
		return a, nil
	}
	if s, ok := rhs.Ref().(*StringArray); ok && to != "char" {
		re := denseFromStrings(s.Elems)
		for i := range re {
			if s.Missing != nil && s.Missing[i] {
				re[i] = math.NaN()
			}
		}
		return &Array{class: Double, dims: s.dims, Re: re}, nil
	}
	return nil, conversionErr(to, rhs)
}

// assignDense stores rhs into a numeric, logical or char array a (nil for
// a new one).
func assignDense(a *Array, inPlace bool, subs []Value, rhs Value) (Value, error) {
	to := "double"
	if a != nil {
		to = a.class.String()
	}
	ra, err := denseRHS(rhs, to)
	if err != nil {
		return Value{}, err
	}
	cls := ra.class
	old := emptyShape
	if a != nil {
		old = a.dims
		if a.class != Logical || ra.class == Logical {
			cls = a.class
		}
	}
	plan, err := planAssign(old, subs, ra.dims)
	if err != nil {
		return Value{}, err
	}
	if a != nil && ra == a {
		ra = a.Clone()
	}
	var re, im []float64
	if a != nil {
		re, im = a.Re, a.Im
	}
	d := old
	switch {
	case plan.newDims != nil:
		d = plan.newDims
		re, _ = regrow(re, old, d, inPlace)
		if im != nil {
			im, _ = regrow(im, old, d, inPlace)
		}
	case !inPlace:
		re = append([]float64(nil), re...)
		if im != nil {
			im = append([]float64(nil), im...)
		}
	}
	scatterSlice(re, plan.sel, floatsAs(cls, ra.class, ra.Re))
	switch {
	case ra.Im != nil:
		if im == nil {
			im = make([]float64, len(re))
		}
		scatterSlice(im, plan.sel, floatsAs(cls, ra.class, ra.Im))
	case im != nil:
		scatterSlice(im, plan.sel, zeroFloat)
	}
	if a != nil && inPlace {
		a.class, a.dims, a.Re, a.Im = cls, d, re, im
		return FromRef(a), nil
	}
	return FromRef(&Array{class: cls, dims: d, Re: re, Im: im}), nil
}

// assignScalarLike handles function handles and objects, which can only
// be replaced whole: v(1) = rhs.
func assignScalarLike(lhs Ref, subs []Value, rhs Value) (Value, error) {
	old := scalarDims
	if lhs == nil {
		old = emptyShape
	}
	plan, err := planAssign(old, subs, rhs.Size())
	if err != nil {
		return Value{}, err
	}
	_, isFunc := rhs.Ref().(*Func)
	if lhs != nil {
		_, isFunc = lhs.(*Func)
	}
	if plan.sel.count() != 1 || plan.newDims != nil && !plan.newDims.IsScalar() {
		if isFunc {
			return Value{}, Errorf("MATLAB:functionHandleArrays", "Nonscalar arrays of function handles are not allowed; use cell arrays instead.")
		}
		return Value{}, Errorf("MATLAB:index:object", "Assignment to a %s value must select exactly one element.", rhs.ClassName())
	}
	if lhs != nil {
		lv := Value{k: kindRef, r: lhs}
		if lv.ClassName() != rhs.ClassName() {
			return Value{}, conversionErr(lv.ClassName(), rhs)
		}
	}
	return rhs, nil
}
