package builtins

import (
	"sort"

	"gomat/lang/display"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// validFieldName reports whether s can name a struct field.
func validFieldName(s string) bool {
	if s == "" || len(s) > 63 {
		return false
	}
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || r != '_' && (r < '0' || r > '9')) {
			return false
		}
	}
	return true
}

func biStruct(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return one(value.FromRef(value.NewStruct(value.Dims{1, 1}, nil)))
	}
	if len(c.Args) == 1 {
		switch r := c.Args[0].Ref().(type) {
		case *value.Struct:
			return one(c.Args[0])
		case *value.Array:
			if len(r.Re) == 0 {
				return one(value.FromRef(value.NewStruct(value.Dims{0, 0}, nil)))
			}
		}
		if o, ok := c.Args[0].Ref().(value.Object); ok {
			return objectStruct(o)
		}
	}
	if len(c.Args)%2 != 0 {
		return nil, value.Errorf("MATLAB:struct:FieldValuePairs", "Field and value input arguments must come in pairs.")
	}
	var fields []string
	var vals []value.Value
	var dims value.Dims
	for i := 0; i < len(c.Args); i += 2 {
		name, ok := c.Args[i].Text()
		if !ok {
			return nil, value.Errorf("MATLAB:struct:FieldNameNotChar", "Field names must be nonempty character vectors or string scalars.")
		}
		if !validFieldName(name) {
			return nil, value.Errorf("MATLAB:Cell2Struct:InvalidFieldName", "Invalid field name \"%s\".", name)
		}
		v := c.Args[i+1]
		if cl, ok := v.Ref().(*value.Cell); ok && !cl.Size().IsScalar() {
			if dims != nil && !dims.Equal(cl.Size()) {
				return nil, value.Errorf("MATLAB:struct:DimensionMismatch", "Dimensions of cell array values must match.")
			}
			dims = cl.Size()
		}
		k := -1
		for j, f := range fields {
			if f == name {
				k = j
			}
		}
		if k >= 0 {
			vals[k] = v
			continue
		}
		fields = append(fields, name)
		vals = append(vals, v)
	}
	if dims == nil {
		dims = value.Dims{1, 1}
	}
	s := value.NewStruct(dims.Clone(), fields)
	for j, v := range vals {
		for i := range s.Elems {
			e := v
			if cl, ok := v.Ref().(*value.Cell); ok {
				if cl.Size().IsScalar() {
					e = cl.Elems[0]
				} else {
					e = cl.Elems[i]
				}
			}
			value.Retain(e)
			s.Elems[i][j] = e
		}
	}
	return one(value.FromRef(s))
}

// objectStruct converts an object with listed properties to a struct.
func objectStruct(o value.Object) ([]value.Value, error) {
	l, ok1 := o.(display.PropertyLister)
	g, ok2 := o.(value.PropertyGetter)
	if !ok1 || !ok2 {
		return nil, value.Errorf("MATLAB:struct:InvalidInput", "Conversion to struct from %s is not possible.", o.ClassName())
	}
	names := l.PropertyNames()
	s := value.NewStruct(value.Dims{1, 1}, names)
	for j, n := range names {
		v, err := g.GetProperty(n)
		if err != nil {
			return nil, err
		}
		s.Elems[0][j] = v
	}
	return one(value.FromRef(s))
}

// structArg reads a struct argument with the function's error.
func structArg(fn string, v value.Value) (*value.Struct, error) {
	s, ok := v.Ref().(*value.Struct)
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "Invalid input argument of type '%s'. Input must be a structure.", v.ClassName())
	}
	return s, nil
}

func biFieldnames(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	var names []string
	switch r := c.Args[0].Ref().(type) {
	case *value.Struct:
		names = r.Fields
	case display.PropertyLister:
		names = r.PropertyNames()
	default:
		return nil, value.Errorf("MATLAB:fieldnames:InvalidInput", "Invalid input argument of type '%s'. Input must be a structure or a Java or COM object.", c.Args[0].ClassName())
	}
	return one(cellOfStrs(value.Dims{len(names), 1}, names))
}

// withoutFields copies a struct leaving out some fields.
func withoutFields(s *value.Struct, drop map[string]bool) *value.Struct {
	var keep []int
	var fields []string
	for j, f := range s.Fields {
		if !drop[f] {
			keep = append(keep, j)
			fields = append(fields, f)
		}
	}
	t := value.NewStruct(s.Size().Clone(), fields)
	for i, row := range s.Elems {
		for k, j := range keep {
			t.Elems[i][k] = row[j]
			value.Retain(row[j])
		}
	}
	return t
}

func biRmfield(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 2); err != nil {
		return nil, err
	}
	s, err := structArg("rmfield", c.Args[0])
	if err != nil {
		return nil, err
	}
	names, ok := interp.TextList(c.Args[1])
	if !ok {
		return nil, value.Errorf("MATLAB:rmfield:InvalidFieldname", "Field names must be a character vector, string array, or cell array of character vectors.")
	}
	drop := map[string]bool{}
	for _, n := range names {
		if s.FieldIndex(n) < 0 {
			return nil, value.Errorf("MATLAB:rmfield:InvalidFieldname", "Unrecognized field name \"%s\".", n)
		}
		drop[n] = true
	}
	return one(value.FromRef(withoutFields(s, drop)))
}

// fieldPath reads getfield's and setfield's path: field names, each
// optionally followed by a cell of subscripts.
type fieldStep struct {
	subs []value.Value
	name string
}

func fieldPath(args []value.Value) ([]fieldStep, error) {
	var steps []fieldStep
	for _, a := range args {
		if cl, ok := a.Ref().(*value.Cell); ok {
			steps = append(steps, fieldStep{subs: cl.Elems})
			continue
		}
		name, ok := a.Text()
		if !ok {
			return nil, value.Errorf("MATLAB:getfield:InvalidFieldName", "Field names must be character vectors or string scalars.")
		}
		steps = append(steps, fieldStep{name: name})
	}
	return steps, nil
}

func getPath(v value.Value, steps []fieldStep) (value.Value, error) {
	for _, st := range steps {
		if st.subs != nil {
			x, err := value.Index(v, st.subs)
			if err != nil {
				return value.Value{}, err
			}
			v = x
			continue
		}
		vs, err := value.GetField(v, st.name)
		if err != nil {
			return value.Value{}, err
		}
		if len(vs) != 1 {
			return value.Value{}, value.Errorf("MATLAB:getfield:NonScalarStruct", "Getting a field of a struct array requires an index.")
		}
		v = vs[0]
	}
	return v, nil
}

func setPath(v value.Value, steps []fieldStep, rhs value.Value) (value.Value, error) {
	if len(steps) == 0 {
		return rhs, nil
	}
	st := steps[0]
	if st.subs != nil {
		var inner value.Value
		if v.Defined() && !v.IsEmpty() {
			x, err := value.Index(v, st.subs)
			if err != nil {
				return value.Value{}, err
			}
			inner = x
		}
		nv, err := setPath(inner, steps[1:], rhs)
		if err != nil {
			return value.Value{}, err
		}
		if !v.Defined() {
			v = value.FromRef(value.NewStruct(value.Dims{0, 0}, nil))
		}
		return value.Assign(v, st.subs, nv)
	}
	var inner value.Value
	if s, ok := v.Ref().(*value.Struct); ok && s.FieldIndex(st.name) >= 0 && len(s.Elems) == 1 {
		inner = s.Elems[0][s.FieldIndex(st.name)]
	}
	nv, err := setPath(inner, steps[1:], rhs)
	if err != nil {
		return value.Value{}, err
	}
	return value.SetField(v, st.name, nv)
}

func biGetfield(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, -1); err != nil {
		return nil, err
	}
	steps, err := fieldPath(c.Args[1:])
	if err != nil {
		return nil, err
	}
	v, err := getPath(c.Args[0], steps)
	if err != nil {
		return nil, err
	}
	return one(v)
}

func biSetfield(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 3, -1); err != nil {
		return nil, err
	}
	steps, err := fieldPath(c.Args[1 : len(c.Args)-1])
	if err != nil {
		return nil, err
	}
	v, err := setPath(c.Args[0], steps, c.Args[len(c.Args)-1])
	if err != nil {
		return nil, err
	}
	return one(v)
}

func biOrderfields(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	s, err := structArg("orderfields", c.Args[0])
	if err != nil {
		return nil, err
	}
	n := len(s.Fields)
	perm := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	bad := value.Errorf("MATLAB:orderfields:InvalidInput", "The second input must specify the same field names as the first input.")
	if len(c.Args) == 1 {
		sort.SliceStable(perm, func(a, b int) bool { return s.Fields[perm[a]] < s.Fields[perm[b]] })
	} else {
		var order []string
		switch r := c.Args[1].Ref().(type) {
		case *value.Struct:
			order = r.Fields
		default:
			if names, ok := interp.TextList(c.Args[1]); ok && c.Args[1].Class() != value.Char {
				order = names
			} else if xs, err := value.ToFloat64(c.Args[1]); err == nil {
				if len(xs) != n {
					return nil, bad
				}
				seen := make([]bool, n)
				for i, x := range xs {
					k := int(x) - 1
					if k < 0 || k >= n || seen[k] {
						return nil, bad
					}
					seen[k] = true
					perm[i] = k
				}
			} else {
				return nil, bad
			}
		}
		if order != nil {
			if len(order) != n {
				return nil, bad
			}
			for i, f := range order {
				k := s.FieldIndex(f)
				if k < 0 {
					return nil, bad
				}
				perm[i] = k
			}
		}
	}
	fields := make([]string, n)
	for i, k := range perm {
		fields[i] = s.Fields[k]
	}
	t := value.NewStruct(s.Size().Clone(), fields)
	for e, row := range s.Elems {
		for i, k := range perm {
			t.Elems[e][i] = row[k]
			value.Retain(row[k])
		}
	}
	p := make([]float64, n)
	for i, k := range perm {
		p[i] = float64(k + 1)
	}
	return []value.Value{value.FromRef(t), value.ColVector(p)}, nil
}

func biDeal(c *interp.Call) ([]value.Value, error) {
	nout := max(c.Nargout, 1)
	switch {
	case len(c.Args) == 1:
		out := make([]value.Value, nout)
		for i := range out {
			out[i] = c.Args[0]
		}
		return out, nil
	case len(c.Args) == nout:
		return c.Args, nil
	}
	return nil, value.Errorf("MATLAB:deal:narginNargoutMismatch", "The number of outputs should match the number of inputs.")
}

// equalAll implements isequal and isequaln over two or more arguments.
func equalAll(c *interp.Call, eq func(a, b value.Value) bool) ([]value.Value, error) {
	if err := nargs(c, 2, -1); err != nil {
		return nil, err
	}
	for _, v := range c.Args[1:] {
		if !eq(c.Args[0], v) {
			return one(value.Bool(false))
		}
	}
	return one(value.Bool(true))
}

func biIsequal(c *interp.Call) ([]value.Value, error)  { return equalAll(c, value.IsEqual) }
func biIsequaln(c *interp.Call) ([]value.Value, error) { return equalAll(c, value.IsEqualN) }

func init() {
	interp.Register([]interp.Builtin{
		{Name: "struct", Fn: biStruct, Doc: "s = struct, struct([]), struct(s), struct(obj), struct(field, value, …); cell values make struct arrays, {x} stores x"},
		{Name: "fieldnames", Fn: biFieldnames, Doc: "names = fieldnames(s), fieldnames(obj)"},
		{Name: "rmfield", Fn: biRmfield, Doc: "s = rmfield(s, field), rmfield(s, fields)"},
		{Name: "getfield", Fn: biGetfield, Doc: "v = getfield(s, field), getfield(s, {i}, field, {j}, …)"},
		{Name: "setfield", Fn: biSetfield, Doc: "s = setfield(s, field, v), setfield(s, {i}, field, …, v)"},
		{Name: "orderfields", Fn: biOrderfields, Doc: "[s, perm] = orderfields(s), orderfields(s, s2|names|perm)"},
		{Name: "deal", Fn: biDeal, Doc: "[a, b, …] = deal(x), [a, b, …] = deal(x1, x2, …)"},
		{Name: "isequal", Fn: biIsequal, Doc: "tf = isequal(A, B, …): NaN differs from NaN"},
		{Name: "isequaln", Fn: biIsequaln, Doc: "tf = isequaln(A, B, …): NaN equals NaN"},
	})
}
