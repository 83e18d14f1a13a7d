package builtins

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf16"

	"gomat/lang/value"
)

// ContainersMap is MATLAB's containers.Map: a handle object mapping unique
// keys (char vectors or real numeric scalars of one class) to values.
//
// It is a handle class: a value.Value holds a pointer to the map, and
// assignment copies the pointer, never the map, so every copy refers to the
// same map. Its methods and M(key) = v change the map in place and return
// the same pointer. Stored values are retained, so that copy-on-write never
// changes a value the map holds through another variable.
type ContainersMap struct {
	keyType   value.Class // Char, or the numeric class of the keys
	valueType string      // "any" or a class name
	entries   map[mapKey]value.Value
	order     []mapKey // the keys in sorted order; nil when out of date
}

// mapKey is one key: text for a char-keyed map, a number otherwise.
type mapKey struct {
	s string
	f float64
}

// mapClassName is what class(M) returns.
const mapClassName = "containers.Map"

// mapKeyTypes are the classes a map's keys can have.
var mapKeyTypes = []string{"char", "double", "single", "int32", "uint32", "int64", "uint64"}

// mapValueTypes are the ValueType names a map accepts.
var mapValueTypes = []string{"any", "char", "double", "single", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "logical"}

// newContainersMap returns an empty map with the given key class and value
// type.
func newContainersMap(keyType value.Class, valueType string) *ContainersMap {
	return &ContainersMap{keyType: keyType, valueType: valueType, entries: map[mapKey]value.Value{}}
}

// Class returns value.ObjectClass.
func (m *ContainersMap) Class() value.Class { return value.ObjectClass }

// Size returns [Count 1]: a map is a Count×1 set of key-value pairs, as
// size, length, numel and isempty see it.
func (m *ContainersMap) Size() value.Dims { return value.Dims{len(m.entries), 1} }

// ClassName returns "containers.Map".
func (m *ContainersMap) ClassName() string { return mapClassName }

// KeyType returns the class name of the keys.
func (m *ContainersMap) KeyType() string { return m.keyType.String() }

// noKeyErr is MATLAB's error for a key the map lacks.
func noKeyErr() error {
	return value.Errorf("MATLAB:Containers:Map:NoKey", "The specified key is not present in this container.")
}

// keyTypeErr is MATLAB's error for a key of the wrong type.
func keyTypeErr() error {
	return value.Errorf("MATLAB:Containers:TypeMismatch", "Specified key type does not match the type expected for this container.")
}

// valueTypeErr is MATLAB's error for a value of the wrong type.
func valueTypeErr() error {
	return value.Errorf("MATLAB:Containers:TypeMismatch", "Specified value type does not match the type expected for this container.")
}

// key converts v to a key of the map's type.
func (m *ContainersMap) key(v value.Value) (mapKey, error) {
	if m.keyType == value.Char {
		s, ok := v.Text()
		if !ok {
			return mapKey{}, keyTypeErr()
		}
		return mapKey{s: s}, nil
	}
	x, ok := numericScalar(v, m.keyType)
	if !ok {
		return mapKey{}, keyTypeErr()
	}
	return mapKey{f: x}, nil
}

// numericScalar returns the real numeric scalar v converted to class c; ok
// is false for anything else (char and logical included).
func numericScalar(v value.Value, c value.Class) (float64, bool) {
	a, ok := v.Array()
	if !ok || !a.Class().IsNumeric() || a.IsComplex() || len(a.Re) != 1 {
		return 0, false
	}
	cv, err := value.ConvertTo(v, c)
	if err != nil {
		return 0, false
	}
	ca, _ := cv.Array()
	return ca.Re[0], true
}

// keyValue returns key k as a MATLAB value: a char vector or a scalar of
// the key class.
func (m *ContainersMap) keyValue(k mapKey) value.Value {
	if m.keyType == value.Char {
		return value.Str(k.s)
	}
	return value.Scalar(m.keyType, k.f)
}

// checkValue returns v as the map stores it: any value for ValueType
// 'any', a char vector for 'char' (a string scalar is converted), or a
// real numeric or logical scalar converted to a numeric or logical
// ValueType.
func (m *ContainersMap) checkValue(v value.Value) (value.Value, error) {
	switch m.valueType {
	case "any":
		return v, nil
	case "char":
		if a, ok := v.Array(); ok && a.Class() == value.Char && (a.Size().Rows() == 1 || a.Size().IsEmpty()) {
			return v, nil
		}
		if s, ok := v.Ref().(*value.StringArray); ok && s.Size().IsScalar() {
			if t, ok := v.Text(); ok {
				return value.Str(t), nil
			}
		}
		return value.Value{}, valueTypeErr()
	}
	c, _ := value.ClassByName(m.valueType)
	a, ok := v.Array()
	if !ok || a.Class() == value.Char || a.IsComplex() || len(a.Re) != 1 || !a.Size().IsScalar() {
		return value.Value{}, valueTypeErr()
	}
	return value.ConvertTo(v, c)
}

// lookup returns the value stored under key v.
func (m *ContainersMap) lookup(v value.Value) (value.Value, error) {
	k, err := m.key(v)
	if err != nil {
		return value.Value{}, err
	}
	x, ok := m.entries[k]
	if !ok {
		return value.Value{}, noKeyErr()
	}
	return x, nil
}

// set stores x under key v, replacing any value there.
func (m *ContainersMap) set(kv, x value.Value) error {
	k, err := m.key(kv)
	if err != nil {
		return err
	}
	x, err = m.checkValue(x)
	if err != nil {
		return err
	}
	m.put(k, x)
	return nil
}

// put stores x under k (already checked), keeping the key order current.
func (m *ContainersMap) put(k mapKey, x value.Value) {
	value.Retain(x)
	if old, ok := m.entries[k]; ok {
		value.Release(old)
	} else {
		m.order = nil
	}
	m.entries[k] = x
}

// delete removes key k.
func (m *ContainersMap) delete(k mapKey) {
	value.Release(m.entries[k])
	delete(m.entries, k)
	m.order = nil
}

// sortedKeys returns the keys in MATLAB's order: char keys by UTF-16 code
// unit (as sort orders char), numeric keys ascending.
func (m *ContainersMap) sortedKeys() []mapKey {
	if m.order != nil && len(m.order) == len(m.entries) {
		return m.order
	}
	m.order = make([]mapKey, 0, len(m.entries))
	for k := range m.entries {
		m.order = append(m.order, k)
	}
	if m.keyType != value.Char {
		sort.Slice(m.order, func(i, j int) bool { return m.order[i].f < m.order[j].f })
		return m.order
	}
	units := make(map[string][]uint16, len(m.order))
	for _, k := range m.order {
		units[k.s] = utf16.Encode([]rune(k.s))
	}
	sort.Slice(m.order, func(i, j int) bool { return slices.Compare(units[m.order[i].s], units[m.order[j].s]) < 0 })
	return m.order
}

// GetProperty reads M.Count (a uint64), M.KeyType and M.ValueType.
func (m *ContainersMap) GetProperty(name string) (value.Value, error) {
	switch name {
	case "Count":
		return value.Scalar(value.Uint64, float64(len(m.entries))), nil
	case "KeyType":
		return value.Str(m.KeyType()), nil
	case "ValueType":
		return value.Str(m.valueType), nil
	}
	return value.Value{}, value.Errorf("MATLAB:noSuchMethodOrField", "Unrecognized method, property, or field '%s' for class '%s'.", name, mapClassName)
}

// SetProperty refuses to set a property: all of them are read-only.
func (m *ContainersMap) SetProperty(name string, _ value.Value) (value.Value, error) {
	if _, err := m.GetProperty(name); err != nil {
		return value.Value{}, err
	}
	return value.Value{}, value.Errorf("MATLAB:class:SetProhibited", "Unable to set the '%s' property of class '%s' because it is read-only.", name, mapClassName)
}

// ParenIndex implements M(key).
func (m *ContainersMap) ParenIndex(subs []value.Value) (value.Value, error) {
	if len(subs) != 1 {
		return value.Value{}, mapOneKeyErr()
	}
	return m.lookup(subs[0])
}

// ParenAssign implements M(key) = v: it adds or replaces the pair in place
// and returns the same map.
func (m *ContainersMap) ParenAssign(subs []value.Value, rhs value.Value) (value.Value, error) {
	if len(subs) != 1 {
		return value.Value{}, mapOneKeyErr()
	}
	if err := m.set(subs[0], rhs); err != nil {
		return value.Value{}, err
	}
	return value.FromRef(m), nil
}

// mapOneKeyErr is the error for M() or M(k1,k2).
func mapOneKeyErr() error {
	return value.Errorf("MATLAB:Containers:Map:OneKey", "Only one key can be specified when indexing a containers.Map.")
}

// parseKeyType checks a 'KeyType' name.
func parseKeyType(s string) (value.Class, error) {
	for _, t := range mapKeyTypes {
		if strings.EqualFold(s, t) {
			c, _ := value.ClassByName(t)
			return c, nil
		}
	}
	return 0, value.Errorf("MATLAB:Containers:Map:UnsupportedKeyType", "Unsupported key type '%s'. Specify 'char', 'double', 'single', 'int32', 'uint32', 'int64', or 'uint64'.", s)
}

// parseValueType checks a 'ValueType' name.
func parseValueType(s string) (string, error) {
	for _, t := range mapValueTypes {
		if strings.EqualFold(s, t) {
			return t, nil
		}
	}
	return "", value.Errorf("MATLAB:Containers:Map:UnsupportedValueType", "Unsupported value type '%s'. Specify 'any', 'char', 'logical', or a numeric class.", s)
}

// NestedAssignError refuses M(key).field = v and the like, as MATLAB does.
func (m *ContainersMap) NestedAssignError() error {
	return value.Errorf("MATLAB:Containers:Map:OnlyOneLevelOfIndexing", "Only one level of indexing is supported by a containers.Map.")
}
