package builtins

import (
	"gomat/lang/value"
)

// codesValue wraps a code array as a value for the generic indexing
// operations.
func codesValue(a *value.Array) value.Value { return value.FromRef(a) }

// codesOf returns the dense code array of a value produced from codes
// (which may have come back as an inline scalar).
func codesOf(v value.Value) *value.Array {
	a, _ := v.Array()
	return value.NewArrayFrom(value.Double, a.Size().Clone(), append([]float64(nil), a.Re...), nil)
}

// ParenIndex implements c(subs): a categorical array with the same
// categories.
func (c *Categorical) ParenIndex(subs []value.Value) (value.Value, error) {
	r, err := value.Index(codesValue(c.codes), subs)
	if err != nil {
		return value.Value{}, err
	}
	return value.FromRef(c.withCodes(codesOf(r))), nil
}

// ParenAssign implements c(subs) = rhs, where rhs is categorical, text
// (new names become new categories; ” and <missing> are <undefined>) or
// [] to delete elements.
func (c *Categorical) ParenAssign(subs []value.Value, rhs value.Value) (value.Value, error) {
	if a, ok := rhs.Ref().(*value.Array); ok && a.Class() == value.Double && a.Size().Equal(value.Dims{0, 0}) {
		r, err := value.Delete(codesValue(c.codes.Clone()), subs)
		if err != nil {
			return value.Value{}, err
		}
		return value.FromRef(c.withCodes(codesOf(r))), nil
	}
	out := &Categorical{cats: append([]string(nil), c.cats...), ordinal: c.ordinal}
	rc, err := out.codesFor(rhs)
	if err != nil {
		return value.Value{}, err
	}
	r, err := value.Assign(codesValue(c.codes.Clone()), subs, codesValue(rc))
	if err != nil {
		return value.Value{}, err
	}
	out.codes = codesOf(r)
	return value.FromRef(out), nil
}

// codesFor codes a categorical or text value against c's categories,
// adding the names c lacks (an error for ordinal arrays).
func (c *Categorical) codesFor(v value.Value) (*value.Array, error) {
	var labels []string
	var d value.Dims
	if o, ok := v.Ref().(*Categorical); ok {
		labels, d = o.Labels(), o.Size()
	} else if t, ok := readTexts(v); ok {
		d = t.dims
		labels = make([]string, len(t.elems))
		for i, s := range t.elems {
			if !t.isMissing(i) {
				labels[i] = s
			}
		}
	} else {
		return nil, value.Errorf("MATLAB:categorical:InvalidRHS", "Unable to assign or combine a value of class %s with a categorical array. Use text or a categorical array.", v.ClassName())
	}
	codes := value.NewArray(value.Double, d.Clone())
	for i, l := range labels {
		if l == "" {
			continue
		}
		k := c.categoryIndex(l)
		if k == 0 {
			if c.ordinal {
				return nil, value.Errorf("MATLAB:categorical:ProtectedForAssign", "Unable to add '%s' to an ordinal categorical array: it is not one of its categories.", l)
			}
			c.cats = append(c.cats, l)
			k = len(c.cats)
		}
		codes.Re[i] = float64(k)
	}
	return codes, nil
}

// Concat implements [a, b], [a; b] and cat with categorical operands (text
// operands are converted): the categories are those of the first
// categorical followed by any new ones in order.
func (c *Categorical) Concat(vals []value.Value, dim int) (value.Value, error) {
	var out *Categorical
	for _, v := range vals {
		if o, ok := v.Ref().(*Categorical); ok {
			out = &Categorical{cats: append([]string(nil), o.cats...), ordinal: o.ordinal}
			break
		}
	}
	parts := make([]value.Value, 0, len(vals))
	for _, v := range vals {
		if a, ok := v.Ref().(*value.Array); ok && a.Size().Numel() == 0 && a.Class() == value.Double {
			continue
		}
		rc, err := out.codesFor(v)
		if err != nil {
			return value.Value{}, err
		}
		parts = append(parts, codesValue(rc))
	}
	if len(parts) == 0 {
		out.codes = value.NewArray(value.Double, value.Dims{0, 0})
		return value.FromRef(out), nil
	}
	r, err := value.Cat(dim, parts)
	if err != nil {
		return value.Value{}, err
	}
	out.codes = codesOf(r)
	return value.FromRef(out), nil
}

// EmptyLike is a 0×0 categorical array with c's categories, the start of
// x(k) = c when x does not exist.
func (c *Categorical) EmptyLike() value.Value {
	return value.FromRef(&Categorical{codes: value.NewArray(value.Double, value.Dims{0, 0}), cats: c.cats, ordinal: c.ordinal})
}
