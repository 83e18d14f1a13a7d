package builtins

import (
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "containers.Map", Fn: containersMapFn, Doc: "M = containers.Map, containers.Map(keySet,valueSet), containers.Map(keySet,valueSet,'UniformValues',tf), containers.Map('KeyType',kType,'ValueType',vType): a handle object mapping char or numeric keys to values"},
	})
}

func containersMapFn(c *interp.Call) ([]value.Value, error) {
	args := c.Args
	if len(args) == 0 {
		return one(value.FromRef(newContainersMap(value.Char, "any")))
	}
	if s, ok := args[0].Text(); ok && len(args) >= 4 && (strings.EqualFold(s, "KeyType") || strings.EqualFold(s, "ValueType")) {
		m, err := mapFromTypes(c)
		if err != nil {
			return nil, err
		}
		return one(value.FromRef(m))
	}
	var keySet, valueSet, uniform value.Value
	if err := c.Unpack("keySet", &keySet, "valueSet", &valueSet, "-UniformValues", &uniform); err != nil {
		return nil, err
	}
	m, err := mapFromSets(keySet, valueSet, uniform)
	if err != nil {
		return nil, err
	}
	return one(value.FromRef(m))
}

// mapFromTypes builds the empty map of containers.Map('KeyType',kType,
// 'ValueType',vType), both pairs required, in either order.
func mapFromTypes(c *interp.Call) (*ContainersMap, error) {
	var kType, vType string
	var uniform value.Value
	if err := c.Unpack("-KeyType", &kType, "-ValueType", &vType, "-UniformValues", &uniform); err != nil {
		return nil, err
	}
	if kType == "" || vType == "" {
		return nil, value.Errorf("MATLAB:Containers:Map:TypesRequired", "Specify both 'KeyType' and 'ValueType' to create an empty containers.Map.")
	}
	kc, err := parseKeyType(kType)
	if err != nil {
		return nil, err
	}
	vt, err := parseValueType(vType)
	if err != nil {
		return nil, err
	}
	return newContainersMap(kc, vt), nil
}

// mapFromSets builds containers.Map(keySet,valueSet): the key class comes
// from the keys, the value type from the values ('any' unless they are all
// char vectors or all scalars of one class, or when uniform is false).
func mapFromSets(keySet, valueSet, uniform value.Value) (*ContainersMap, error) {
	keys, kc, err := mapKeyList(keySet)
	if err != nil {
		return nil, err
	}
	vals, err := mapValueList(valueSet, len(keys))
	if err != nil {
		return nil, err
	}
	vt := uniformValueType(vals)
	if uniform.Defined() {
		u, err := value.IsTrue(uniform)
		if err != nil {
			return nil, err
		}
		if !u {
			vt = "any"
		}
	}
	m := newContainersMap(kc, vt)
	for i, k := range keys {
		if err := m.set(k, vals[i]); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// mapKeyList splits a keySet into keys and picks the key class: char for
// text (a char vector is one key; string arrays and cells of char vectors
// hold several), the numeric class of numeric keys when it is a key class,
// double otherwise.
func mapKeyList(v value.Value) ([]value.Value, value.Class, error) {
	switch r := v.Ref().(type) {
	case *value.Cell:
		return mapCellKeys(r.Elems)
	case *value.StringArray:
		keys := make([]value.Value, len(r.Elems))
		for i, s := range r.Elems {
			if r.Missing != nil && r.Missing[i] {
				return nil, 0, keyTypeErr()
			}
			keys[i] = value.Str(s)
		}
		return keys, value.Char, nil
	}
	a, ok := v.Array()
	if !ok || a.IsComplex() {
		return nil, 0, keyTypeErr()
	}
	if a.Class() == value.Char {
		if _, ok := v.Text(); !ok {
			return nil, 0, keyTypeErr()
		}
		return []value.Value{v}, value.Char, nil
	}
	keys := make([]value.Value, len(a.Re))
	for i, x := range a.Re {
		keys[i] = value.Scalar(a.Class(), x)
	}
	return keys, numericKeyClass([]value.Class{a.Class()}), nil
}

// mapCellKeys checks a cell array of keys: all text, or all real numeric
// scalars.
func mapCellKeys(elems []value.Value) ([]value.Value, value.Class, error) {
	var classes []value.Class
	text := 0
	for _, e := range elems {
		if _, ok := e.Text(); ok {
			text++
			continue
		}
		a, ok := e.Array()
		if !ok || a.Class() == value.Char || a.IsComplex() || len(a.Re) != 1 {
			return nil, 0, keyTypeErr()
		}
		classes = append(classes, a.Class())
	}
	switch {
	case text == len(elems):
		return elems, value.Char, nil
	case text > 0:
		return nil, 0, keyTypeErr()
	}
	return elems, numericKeyClass(classes), nil
}

// numericKeyClass is the key class of numeric keys of the given classes:
// their class when they share one that keys can have, double otherwise.
func numericKeyClass(classes []value.Class) value.Class {
	for _, c := range classes[1:] {
		if c != classes[0] {
			return value.Double
		}
	}
	if len(classes) > 0 {
		if _, err := parseKeyType(classes[0].String()); err == nil {
			return classes[0]
		}
	}
	return value.Double
}

// mapValueList splits a valueSet into n values: the elements of a cell
// array, the value itself for a single key, or the elements of a numeric,
// logical or string array.
func mapValueList(v value.Value, n int) ([]value.Value, error) {
	var vals []value.Value
	c, isCell := v.Ref().(*value.Cell)
	switch {
	case isCell:
		vals = c.Elems
	case n == 1:
		vals = []value.Value{v}
	case v.Class() != value.Char && v.Class() != value.StructClass && v.Numel() == n:
		for i := range n {
			e, err := value.Index(v, []value.Value{value.Num(float64(i + 1))})
			if err != nil {
				return nil, err
			}
			vals = append(vals, e)
		}
	}
	if len(vals) != n {
		return nil, value.Errorf("MATLAB:Containers:Map:KeyValueNumberMismatch", "The number of keys and values must be the same.")
	}
	return vals, nil
}

// uniformValueType is the ValueType of a map built from vals: 'char' when
// all are char vectors, the class when all are real numeric or logical
// scalars of one class, 'any' otherwise.
func uniformValueType(vals []value.Value) string {
	if len(vals) == 0 {
		return "any"
	}
	vt := ""
	for _, v := range vals {
		a, ok := v.Array()
		var t string
		switch {
		case !ok:
			return "any"
		case a.Class() == value.Char:
			if _, ok := v.Text(); !ok {
				return "any"
			}
			t = "char"
		case a.IsComplex() || !a.Size().IsScalar():
			return "any"
		default:
			t = a.Class().String()
		}
		if vt != "" && t != vt {
			return "any"
		}
		vt = t
	}
	return vt
}
