package builtins

import (
	"fmt"
	"io"
	"strings"

	"gomat/lang/display"
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.RegisterMethods(mapClassName, []interp.Builtin{
		{Name: "keys", Fn: mapKeysFn, Doc: "keySet = keys(M): the keys of a containers.Map as a 1×N cell array, sorted (char keys by character code, numeric keys ascending)"},
		{Name: "values", Fn: mapValuesFn, Doc: "valueSet = values(M), values(M,keySet): the values in key order as a 1×N cell array, or those of the keys in cell array keySet (same size)"},
		{Name: "isKey", Fn: mapIsKeyFn, Doc: "TF = isKey(M,keySet): true if M has the key; a logical array of the same size for a cell array of keys"},
		{Name: "remove", Fn: mapRemoveFn, Doc: "remove(M,keySet): delete a key, or a cell array of keys, and their values from M (changes M, a handle, and returns it)"},
		{Name: "length", Fn: sizeQuery(lengthOf), Doc: "L = length(M), M.length(): the number of key-value pairs (M.Count as a double)"},
		{Name: "size", Fn: sizeFn, Doc: "sz = size(M), size(M,dim), M.size(): [Count 1], a Map being a Count×1 set of key-value pairs"},
		{Name: "isa", Fn: mapIsaFn, Doc: "tf = isa(M,classname): true for 'containers.Map' and 'handle'"},
		{Name: "eq", Fn: mapEqFn(false), Doc: "tf = eq(M1,M2): true if M1 and M2 are the same map (handle identity)"},
		{Name: "ne", Fn: mapEqFn(true), Doc: "tf = ne(M1,M2): true if M1 and M2 are different maps"},
	})
}

// mapArg returns the first argument as a map, after checking that the call
// has lo to hi arguments.
func mapArg(c *interp.Call, lo, hi int) (*ContainersMap, error) {
	if err := nargs(c, lo, hi); err != nil {
		return nil, err
	}
	m, ok := c.Args[0].Ref().(*ContainersMap)
	if !ok {
		return nil, value.Errorf("MATLAB:UndefinedFunction", "Undefined function '%s' for input arguments of type '%s'.", c.Name, c.Args[0].ClassName())
	}
	return m, nil
}

func mapKeysFn(c *interp.Call) ([]value.Value, error) {
	m, err := mapArg(c, 1, 1)
	if err != nil {
		return nil, err
	}
	ks := m.sortedKeys()
	out := make([]value.Value, len(ks))
	for i, k := range ks {
		out[i] = m.keyValue(k)
	}
	return one(value.FromRef(value.NewCellFrom(value.Dims{1, len(out)}, out)))
}

func mapValuesFn(c *interp.Call) ([]value.Value, error) {
	m, err := mapArg(c, 1, 2)
	if err != nil {
		return nil, err
	}
	if len(c.Args) == 1 {
		ks := m.sortedKeys()
		out := make([]value.Value, len(ks))
		for i, k := range ks {
			out[i] = m.entries[k]
		}
		return one(value.FromRef(value.NewCellFrom(value.Dims{1, len(out)}, out)))
	}
	keySet, ok := c.Args[1].Ref().(*value.Cell)
	if !ok {
		return nil, value.Errorf("MATLAB:Containers:Map:KeysNotCell", "Specify the keys as a cell array.")
	}
	out := make([]value.Value, len(keySet.Elems))
	for i, k := range keySet.Elems {
		if out[i], err = m.lookup(k); err != nil {
			return nil, err
		}
	}
	return one(value.FromRef(value.NewCellFrom(keySet.Size().Clone(), out)))
}

// mapKeySetArgs reads the arguments (M, keySet) of isKey and remove: the
// map, and the keys keySet names (the elements of a cell array, or keySet
// itself) with the size of the result.
func mapKeySetArgs(c *interp.Call) (*ContainersMap, []value.Value, value.Dims, error) {
	m, err := mapArg(c, 2, 2)
	if err != nil {
		return nil, nil, nil, err
	}
	if cl, ok := c.Args[1].Ref().(*value.Cell); ok {
		return m, cl.Elems, cl.Size().Clone(), nil
	}
	return m, c.Args[1:2], nil, nil
}

func mapIsKeyFn(c *interp.Call) ([]value.Value, error) {
	m, kvs, d, err := mapKeySetArgs(c)
	if err != nil {
		return nil, err
	}
	tf := make([]bool, len(kvs))
	for i, kv := range kvs {
		if k, err := m.key(kv); err == nil {
			_, tf[i] = m.entries[k]
		}
	}
	if d == nil {
		return one(value.Bool(tf[0]))
	}
	return one(boolArray(d, tf))
}

func mapRemoveFn(c *interp.Call) ([]value.Value, error) {
	m, kvs, _, err := mapKeySetArgs(c)
	if err != nil {
		return nil, err
	}
	ks := make([]mapKey, len(kvs))
	for i, kv := range kvs {
		if ks[i], err = m.key(kv); err != nil {
			return nil, err
		}
		if _, ok := m.entries[ks[i]]; !ok {
			return nil, noKeyErr()
		}
	}
	for _, k := range ks {
		m.delete(k)
	}
	return one(c.Args[0])
}

func mapIsaFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	var name string
	if err := c.Unpack("x", &x, "classname", &name); err != nil {
		return nil, err
	}
	_, isMap := x.Ref().(*ContainersMap)
	return one(value.Bool(isMap && (name == mapClassName || name == "handle")))
}

// mapEqFn compares two maps by identity, as == does for handles; ne
// negates it.
func mapEqFn(negate bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if err := nargs(c, 2, 2); err != nil {
			return nil, err
		}
		a, okA := c.Args[0].Ref().(*ContainersMap)
		b, okB := c.Args[1].Ref().(*ContainersMap)
		if !okA || !okB {
			return nil, value.Errorf("MATLAB:UndefinedFunction", "Undefined function '%s' for input arguments of type '%s' and '%s'.", c.Name, c.Args[0].ClassName(), c.Args[1].ClassName())
		}
		return one(value.Bool((a == b) != negate))
	}
}

// Concat implements [M1; M2; ...]: a new map holding the pairs of every
// operand, later ones replacing earlier ones with the same key. The maps
// must have the same KeyType; the ValueType is theirs when they share one,
// 'any' otherwise. Maps concatenate only vertically.
func (m *ContainersMap) Concat(vals []value.Value, dim int) (value.Value, error) {
	if dim != 1 {
		return value.Value{}, value.Errorf("MATLAB:Containers:Map:HorzCat", "Only vertical concatenation of containers.Map objects ([M1; M2]) is supported.")
	}
	var maps []*ContainersMap
	for _, v := range vals {
		if v.IsEmpty() && v.Class() == value.Double {
			continue
		}
		o, ok := v.Ref().(*ContainersMap)
		if !ok || o.keyType != m.keyType {
			return value.Value{}, keyTypeErr()
		}
		maps = append(maps, o)
	}
	vt := maps[0].valueType
	for _, o := range maps[1:] {
		if o.valueType != vt {
			vt = "any"
		}
	}
	out := newContainersMap(m.keyType, vt)
	for _, o := range maps {
		for k, x := range o.entries {
			out.put(k, x)
		}
	}
	return value.FromRef(out), nil
}

// DisplayBody writes what MATLAB shows for a map: "  Map with
// properties:", a blank line (format loose), and Count, KeyType and
// ValueType with the names right-aligned.
func (m *ContainersMap) DisplayBody(w io.Writer, _ string, f display.Format, _ int) {
	var b strings.Builder
	b.WriteString("  Map with properties:\n")
	if !f.Compact {
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "        Count: %d\n", len(m.entries))
	fmt.Fprintf(&b, "      KeyType: %s\n", m.KeyType())
	fmt.Fprintf(&b, "    ValueType: %s\n", m.valueType)
	io.WriteString(w, b.String())
}
