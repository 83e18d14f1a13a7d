package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "size", Fn: sizeFn, Doc: "sz = size(x), size(x,dim), size(x,[d1 d2 ...]), size(x,d1,d2,...), [m,n,...] = size(x) (the last output folds the trailing dimensions)"},
		{Name: "numel", Fn: sizeQuery(func(d value.Dims) value.Value { return value.Num(float64(d.Numel())) }), Doc: "numel(x): number of elements"},
		{Name: "length", Fn: sizeQuery(lengthOf), Doc: "length(x): largest dimension, or 0 for an empty array"},
		{Name: "ndims", Fn: sizeQuery(func(d value.Dims) value.Value { return value.Num(float64(len(d))) }), Doc: "ndims(x): number of dimensions (at least 2)"},
		{Name: "isempty", Fn: sizePred(value.Dims.IsEmpty), Doc: "isempty(x): true if x has no elements"},
		{Name: "isscalar", Fn: sizePred(value.Dims.IsScalar), Doc: "isscalar(x): true if x is 1×1"},
		{Name: "isvector", Fn: sizePred(value.Dims.IsVector), Doc: "isvector(x): true if x is 1×n or n×1"},
		{Name: "ismatrix", Fn: sizePred(value.Dims.IsMatrix), Doc: "ismatrix(x): true if x has two dimensions"},
		{Name: "isrow", Fn: sizePred(func(d value.Dims) bool { return len(d) == 2 && d[0] == 1 }), Doc: "isrow(x): true if x is 1×n"},
		{Name: "iscolumn", Fn: sizePred(func(d value.Dims) bool { return len(d) == 2 && d[1] == 1 }), Doc: "iscolumn(x): true if x is n×1"},
		{Name: "issquare", Fn: sizePred(func(d value.Dims) bool { return len(d) == 2 && d[0] == d[1] }), Doc: "issquare(x): true if x is n×n"},
		{Name: "class", Fn: classFn, Doc: "class(x): the class name of x"},
		{Name: "isa", Fn: isaFn, Doc: "isa(x,classname): true if x is of the class, or of a category 'numeric', 'float' or 'integer'"},
		{Name: "isnumeric", Fn: classPred(value.Class.IsNumeric), Doc: "isnumeric(x): true for double, single and integer arrays"},
		{Name: "isfloat", Fn: classPred(value.Class.IsFloat), Doc: "isfloat(x): true for double and single arrays"},
		{Name: "isinteger", Fn: classPred(value.Class.IsInteger), Doc: "isinteger(x): true for integer-class arrays"},
		{Name: "islogical", Fn: classPred(func(c value.Class) bool { return c == value.Logical }), Doc: "islogical(x): true for logical arrays"},
		{Name: "ischar", Fn: classPred(func(c value.Class) bool { return c == value.Char }), Doc: "ischar(x): true for char arrays"},
		{Name: "isstring", Fn: classPred(func(c value.Class) bool { return c == value.StringClass }), Doc: "isstring(x): true for string arrays"},
		{Name: "iscell", Fn: classPred(func(c value.Class) bool { return c == value.CellClass }), Doc: "iscell(x): true for cell arrays"},
		{Name: "isobject", Fn: isobjectFn, Doc: "tf = isobject(x): true if x is an object of a class (containers.Map, table, categorical, MException…)"},
		{Name: "isstruct", Fn: classPred(func(c value.Class) bool { return c == value.StructClass }), Doc: "isstruct(x): true for struct arrays"},
		{Name: "isreal", Fn: isrealFn, Doc: "isreal(x): true unless x is a complex array (false for cells, structs and strings)"},
		{Name: "iscellstr", Fn: iscellstrFn, Doc: "iscellstr(x): true for a cell array whose every element is a char array"},
		{Name: "isfield", Fn: isfieldFn, Doc: "isfield(s,name), isfield(s,{names}): whether a struct has the named fields"},
		{Name: "isnan", Fn: elemPred("isnan", func(re, im float64) bool { return math.IsNaN(re) || math.IsNaN(im) }), Doc: "isnan(x): element-wise test for NaN"},
		{Name: "isinf", Fn: elemPred("isinf", func(re, im float64) bool { return math.IsInf(re, 0) || math.IsInf(im, 0) }), Doc: "isinf(x): element-wise test for ±Inf"},
		{Name: "isfinite", Fn: elemPred("isfinite", func(re, im float64) bool { return re-re == 0 && im-im == 0 }), Doc: "isfinite(x): element-wise test for finite values"},
	})
}

func sizeFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	d := c.Args[0].Size()
	if len(c.Args) > 1 {
		var dims []float64
		for _, a := range c.Args[1:] {
			xs, err := value.ToFloat64(a)
			if err != nil || len(xs) == 0 || len(c.Args) > 2 && len(xs) != 1 {
				return nil, errDimArg()
			}
			for _, x := range xs {
				if x < 1 || x != math.Trunc(x) {
					return nil, errDimArg()
				}
			}
			dims = append(dims, xs...)
		}
		out := make([]float64, len(dims))
		for i, k := range dims {
			if k <= float64(len(d)) {
				out[i] = float64(d[int(k)-1])
			} else {
				out[i] = 1
			}
		}
		if c.Nargout <= 1 {
			return []value.Value{value.RowVector(out)}, nil
		}
		vals := make([]value.Value, len(out))
		for i, x := range out {
			vals[i] = value.Num(x)
		}
		return vals, nil
	}
	if c.Nargout <= 1 {
		out := make([]float64, len(d))
		for i, x := range d {
			out[i] = float64(x)
		}
		return []value.Value{value.RowVector(out)}, nil
	}
	vals := make([]value.Value, c.Nargout)
	for i := range vals {
		x := d.At(i)
		if i == c.Nargout-1 {
			x = 1
			for k := i; k < len(d); k++ {
				x *= d[k]
			}
		}
		vals[i] = value.Num(float64(x))
	}
	return vals, nil
}

// errDimArg is MATLAB's error for a bad dimension argument.
func errDimArg() error {
	return value.Errorf("MATLAB:getdimarg:invalidDim", "Dimension argument must be a positive integer scalar or a vector of positive integers.")
}

// lengthOf is length(x).
func lengthOf(d value.Dims) value.Value {
	if d.IsEmpty() {
		return value.Num(0)
	}
	m := 0
	for _, x := range d {
		m = max(m, x)
	}
	return value.Num(float64(m))
}

// sizeQuery builds a one-argument function of the size of its argument.
func sizeQuery(f func(value.Dims) value.Value) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("x", &x); err != nil {
			return nil, err
		}
		return []value.Value{f(x.Size())}, nil
	}
}

// sizePred builds a logical test of the size of its argument.
func sizePred(f func(value.Dims) bool) interp.BuiltinFunc {
	return sizeQuery(func(d value.Dims) value.Value { return value.Bool(f(d)) })
}

// classPred builds a logical test of the class of its argument.
func classPred(f func(value.Class) bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("x", &x); err != nil {
			return nil, err
		}
		_, isObj := x.Ref().(value.Object)
		return []value.Value{value.Bool(!isObj && f(x.Class()))}, nil
	}
}

func classFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	return []value.Value{value.Str(x.ClassName())}, nil
}

// isClass reports whether x is of class name or of the categories
// 'numeric', 'float' and 'integer', as isa and validateattributes test.
func isClass(x value.Value, name string) bool {
	if _, isObj := x.Ref().(value.Object); !isObj {
		switch name {
		case "numeric":
			return x.Class().IsNumeric()
		case "float":
			return x.Class().IsFloat()
		case "integer":
			return x.Class().IsInteger()
		}
	}
	return x.ClassName() == name
}

func isaFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	var name string
	if err := c.Unpack("x", &x, "classname", &name); err != nil {
		return nil, err
	}
	return []value.Value{value.Bool(isClass(x, name))}, nil
}

func isrealFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	a, ok := x.Array()
	return []value.Value{value.Bool(ok && !a.IsComplex())}, nil
}

func iscellstrFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	return []value.Value{value.Bool(isCellstr(x))}, nil
}

// isCellstr reports whether x is a cell array of char arrays.
func isCellstr(x value.Value) bool {
	cl, ok := x.Ref().(*value.Cell)
	if !ok {
		return false
	}
	for _, e := range cl.Elems {
		if e.Class() != value.Char {
			return false
		}
	}
	return true
}

func isfieldFn(c *interp.Call) ([]value.Value, error) {
	var s, names value.Value
	if err := c.Unpack("s", &s, "field", &names); err != nil {
		return nil, err
	}
	st, isStruct := s.Ref().(*value.Struct)
	has := func(v value.Value) bool {
		name, ok := v.Text()
		return ok && isStruct && st.FieldIndex(name) >= 0
	}
	if cl, ok := names.Ref().(*value.Cell); ok {
		out := value.NewArray(value.Logical, cl.Size().Clone())
		for i, e := range cl.Elems {
			if has(e) {
				out.Re[i] = 1
			}
		}
		return []value.Value{value.FromRef(out)}, nil
	}
	if sa, ok := names.Ref().(*value.StringArray); ok && len(sa.Elems) != 1 {
		out := value.NewArray(value.Logical, sa.Size().Clone())
		for i, e := range sa.Elems {
			if isStruct && st.FieldIndex(e) >= 0 {
				out.Re[i] = 1
			}
		}
		return []value.Value{value.FromRef(out)}, nil
	}
	return []value.Value{value.Bool(has(names))}, nil
}

// elemPred builds an element-wise logical test on numeric, logical and
// char arrays.
func elemPred(fn string, f func(re, im float64) bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var x value.Value
		if err := c.Unpack("x", &x); err != nil {
			return nil, err
		}
		a, err := denseArg(fn, x)
		if err != nil {
			return nil, err
		}
		out := value.NewArray(value.Logical, a.Size().Clone())
		for i, re := range a.Re {
			im := 0.0
			if a.Im != nil {
				im = a.Im[i]
			}
			if f(re, im) {
				out.Re[i] = 1
			}
		}
		return []value.Value{value.FromRef(out)}, nil
	}
}

// isobjectFn is isobject: true for values of an object class.
func isobjectFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	_, ok := x.Ref().(value.Object)
	return one(value.Bool(ok))
}
