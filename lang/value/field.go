package value

// GetField returns s.name as a comma-separated list: the field's value in
// each element of struct array s, in column-major order. An object that
// implements PropertyGetter gives its property.
func GetField(v Value, name string) ([]Value, error) {
	switch r := v.Ref().(type) {
	case *Struct:
		j := r.FieldIndex(name)
		if j < 0 {
			return nil, unknownFieldErr(name)
		}
		out := make([]Value, len(r.Elems))
		for i, row := range r.Elems {
			out[i] = row[j]
		}
		return out, nil
	case PropertyGetter:
		p, err := r.GetProperty(name)
		if err != nil {
			return nil, err
		}
		return []Value{p}, nil
	}
	return nil, Errorf("MATLAB:structRefFromNonStruct", "Dot indexing is not supported for variables of this type.")
}

func unknownFieldErr(name string) error {
	return Errorf("MATLAB:nonExistentField", "Unrecognized field name \"%s\".", name)
}

// SetField returns v with v.name = rhs. An undefined v or [] becomes a 1×1
// struct; an empty struct array becomes 1×1; the field is added when
// missing. v must otherwise be a scalar struct (struct array elements are
// assigned by composing Index and Assign). An object that implements
// PropertySetter sets its property. rhs is retained; a unique struct is
// changed in place.
func SetField(v Value, name string, rhs Value) (Value, error) {
	switch r := v.Ref().(type) {
	case *Struct:
		return setStructField(r, Unique(v), name, rhs)
	case PropertySetter:
		return r.SetProperty(name, rhs)
	case *Array:
		if len(r.Re) == 0 {
			return newScalarStruct(name, rhs), nil
		}
	case nil:
		if !v.Defined() {
			return newScalarStruct(name, rhs), nil
		}
	}
	return Value{}, Errorf("MATLAB:dotAssignToNonStruct", "Unable to perform assignment because dot indexing is not supported for variables of this type.")
}

// newScalarStruct returns a 1×1 struct whose only field is name.
func newScalarStruct(name string, rhs Value) Value {
	Retain(rhs)
	return FromRef(&Struct{dims: Dims{1, 1}, Fields: []string{name}, Elems: [][]Value{{rhs}}})
}

// setStructField sets a field of a scalar (or empty) struct.
func setStructField(s *Struct, inPlace bool, name string, rhs Value) (Value, error) {
	switch len(s.Elems) {
	case 0:
		t := &Struct{dims: Dims{1, 1}, Fields: append([]string(nil), s.Fields...), Elems: [][]Value{emptyRow(len(s.Fields))}}
		s, inPlace = t, true
	case 1:
	default:
		return Value{}, Errorf("MATLAB:index:scalarStructRequired", "Scalar structure required for this assignment.")
	}
	if !inPlace {
		s = s.Clone()
	}
	j := s.AddField(name)
	s.Elems[0][j] = rhs
	Retain(rhs)
	return FromRef(s), nil
}
