// Package value holds gomat's run-time values: MATLAB's arrays of every
// class, cells, structs, strings, function handles and objects, together
// with the operations on them (arithmetic, comparison, indexing,
// concatenation, conversion). Real double scalars and logical scalars are
// stored inline in a Value, so scalar arithmetic and comparisons never
// allocate.
package value

type kind uint8

const (
	kindUndef kind = iota // no value: an unassigned variable slot
	kindNum               // real double scalar in f
	kindBool              // logical scalar in f (0 or 1)
	kindRef               // heap value in r
)

// Value is one MATLAB value. The zero Value is "undefined" (an unassigned
// variable).
type Value struct {
	k kind
	f float64
	r Ref
}

// Ref is a value stored on the heap: every array, cell, struct, string,
// handle and object.
type Ref interface {
	Class() Class
	Size() Dims
}

// Num returns the real double scalar x.
func Num(x float64) Value { return Value{k: kindNum, f: x} }

// Bool returns the logical scalar b.
func Bool(b bool) Value {
	if b {
		return Value{k: kindBool, f: 1}
	}
	return Value{k: kindBool}
}

// FromRef wraps a heap value. A 1×1 real double or logical array is stored
// inline instead.
func FromRef(r Ref) Value {
	if a, ok := r.(*Array); ok && a.Im == nil && len(a.Re) == 1 && len(a.dims) == 2 {
		switch a.class {
		case Double:
			return Num(a.Re[0])
		case Logical:
			return Value{k: kindBool, f: a.Re[0]}
		}
	}
	return Value{k: kindRef, r: r}
}

// Defined reports whether v holds a value.
func (v Value) Defined() bool { return v.k != kindUndef }

// IsNum reports whether v is an inline real double scalar; Float then
// returns it.
func (v Value) IsNum() bool { return v.k == kindNum }

// IsBool reports whether v is an inline logical scalar.
func (v Value) IsBool() bool { return v.k == kindBool }

// Float returns the inline scalar of a Num or Bool value.
func (v Value) Float() float64 { return v.f }

// Ref returns the heap value, or nil for inline scalars.
func (v Value) Ref() Ref {
	if v.k == kindRef {
		return v.r
	}
	return nil
}

// Class returns the value's class.
func (v Value) Class() Class {
	switch v.k {
	case kindNum:
		return Double
	case kindBool:
		return Logical
	case kindRef:
		return v.r.Class()
	}
	return Double
}

// ClassName returns what class(v) prints, including object class names.
func (v Value) ClassName() string {
	if o, ok := v.Ref().(Object); ok {
		return o.ClassName()
	}
	return v.Class().String()
}

var scalarDims = Dims{1, 1}

// Size returns the value's size vector. Callers must not modify it.
func (v Value) Size() Dims {
	if v.k == kindRef {
		return v.r.Size()
	}
	return scalarDims
}

// Numel returns the number of elements.
func (v Value) Numel() int {
	if v.k == kindRef {
		return v.r.Size().Numel()
	}
	return 1
}

// IsEmpty reports whether the value has no elements.
func (v Value) IsEmpty() bool { return v.k == kindRef && v.r.Size().IsEmpty() }

// Array returns v as a dense array (numeric, logical or char), materialising
// inline scalars; ok is false for other classes.
func (v Value) Array() (a *Array, ok bool) {
	switch v.k {
	case kindNum:
		return &Array{class: Double, dims: Dims{1, 1}, Re: []float64{v.f}}, true
	case kindBool:
		return &Array{class: Logical, dims: Dims{1, 1}, Re: []float64{v.f}}, true
	case kindRef:
		a, ok := v.r.(*Array)
		return a, ok
	}
	return nil, false
}

// Array is a dense N-d array of a numeric class, logical or char, stored
// column-major. Every class keeps its elements as float64 (integer classes
// hold integral values within their range; char holds UTF-16 code units;
// logical holds 0 or 1). Im is nil for real arrays.
type Array struct {
	owners
	class  Class
	dims   Dims
	Re, Im []float64
}

// NewArray returns a zero-filled real array.
func NewArray(c Class, d Dims) *Array {
	return &Array{class: c, dims: d, Re: make([]float64, d.Numel())}
}

// NewArrayFrom wraps existing data (column-major, len(re) == d.Numel()).
func NewArrayFrom(c Class, d Dims, re, im []float64) *Array {
	return &Array{class: c, dims: d, Re: re, Im: im}
}

// Class returns the array's class.
func (a *Array) Class() Class { return a.class }

// Size returns the array's size; callers must not modify it.
func (a *Array) Size() Dims { return a.dims }

// IsComplex reports whether the array carries imaginary parts.
func (a *Array) IsComplex() bool { return a.Im != nil }

// SetClass changes the class tag without converting data; for code that has
// already produced data valid for the new class.
func (a *Array) SetClass(c Class) { a.class = c }

// Reshape changes the size to d, which must have the same number of elements.
func (a *Array) Reshape(d Dims) { a.dims = d }

// Clone returns an independent copy.
func (a *Array) Clone() *Array {
	b := &Array{class: a.class, dims: a.dims.Clone(), Re: append([]float64(nil), a.Re...)}
	if a.Im != nil {
		b.Im = append([]float64(nil), a.Im...)
	}
	return b
}

// Cell is an N-d cell array.
type Cell struct {
	owners
	dims  Dims
	Elems []Value
}

// NewCell returns a cell array of empty double matrices.
func NewCell(d Dims) *Cell {
	c := &Cell{dims: d, Elems: make([]Value, d.Numel())}
	for i := range c.Elems {
		c.Elems[i] = Empty()
	}
	return c
}

// NewCellFrom wraps elements (column-major) into a cell array of size d.
func NewCellFrom(d Dims, elems []Value) *Cell {
	for _, e := range elems {
		Retain(e)
	}
	return &Cell{dims: d, Elems: elems}
}

// Class returns CellClass.
func (c *Cell) Class() Class { return CellClass }

// Size returns the cell array's size.
func (c *Cell) Size() Dims { return c.dims }

// Reshape changes the size to d, which must have the same number of elements.
func (c *Cell) Reshape(d Dims) { c.dims = d }

// Clone returns a shallow copy (elements are shared, and counted as such).
func (c *Cell) Clone() *Cell {
	return NewCellFrom(c.dims.Clone(), append([]Value(nil), c.Elems...))
}

// Struct is an N-d struct array. Fields are ordered; Elems[i][j] is field
// Fields[j] of element i (column-major).
type Struct struct {
	owners
	dims   Dims
	Fields []string
	Elems  [][]Value
}

// NewStruct returns a struct array of size d with the given fields, every
// field value an empty double matrix.
func NewStruct(d Dims, fields []string) *Struct {
	s := &Struct{dims: d, Fields: append([]string(nil), fields...), Elems: make([][]Value, d.Numel())}
	for i := range s.Elems {
		row := make([]Value, len(fields))
		for j := range row {
			row[j] = Empty()
		}
		s.Elems[i] = row
	}
	return s
}

// Class returns StructClass.
func (s *Struct) Class() Class { return StructClass }

// Size returns the struct array's size.
func (s *Struct) Size() Dims { return s.dims }

// Reshape changes the size to d, which must have the same number of elements.
func (s *Struct) Reshape(d Dims) { s.dims = d }

// FieldIndex returns the position of a field, or -1.
func (s *Struct) FieldIndex(name string) int {
	for i, f := range s.Fields {
		if f == name {
			return i
		}
	}
	return -1
}

// AddField appends a field (if absent) filled with empty matrices and
// returns its position.
func (s *Struct) AddField(name string) int {
	if i := s.FieldIndex(name); i >= 0 {
		return i
	}
	s.Fields = append(s.Fields, name)
	for i := range s.Elems {
		s.Elems[i] = append(s.Elems[i], Empty())
	}
	return len(s.Fields) - 1
}

// Clone returns a shallow copy (field values are shared, and counted so).
func (s *Struct) Clone() *Struct {
	t := &Struct{dims: s.dims.Clone(), Fields: append([]string(nil), s.Fields...), Elems: make([][]Value, len(s.Elems))}
	for i, row := range s.Elems {
		t.Elems[i] = append([]Value(nil), row...)
		for _, v := range row {
			Retain(v)
		}
	}
	return t
}

// StringArray is an N-d array of MATLAB strings. Missing marks <missing>
// elements (nil when there are none).
type StringArray struct {
	owners
	dims    Dims
	Elems   []string
	Missing []bool
}

// NewStringArray returns a string array of size d holding elems.
func NewStringArray(d Dims, elems []string) *StringArray {
	return &StringArray{dims: d, Elems: elems}
}

// Class returns StringClass.
func (s *StringArray) Class() Class { return StringClass }

// Size returns the string array's size.
func (s *StringArray) Size() Dims { return s.dims }

// Reshape changes the size to d, which must have the same number of elements.
func (s *StringArray) Reshape(d Dims) { s.dims = d }

// Clone returns an independent copy.
func (s *StringArray) Clone() *StringArray {
	t := &StringArray{dims: s.dims.Clone(), Elems: append([]string(nil), s.Elems...)}
	if s.Missing != nil {
		t.Missing = append([]bool(nil), s.Missing...)
	}
	return t
}

// Func is a function handle. Name is the function's name ("" for anonymous
// functions), Text what func2str returns, and Impl the interpreter's own
// representation of what to call.
type Func struct {
	owners
	Name string
	Text string
	Impl any
}

// Class returns FuncClass.
func (f *Func) Class() Class { return FuncClass }

// Size returns 1×1.
func (f *Func) Size() Dims { return scalarDims }

// Object is a value of a class that is not a built-in type (MException,
// categorical, table, networks, datastores…). It reports its MATLAB class
// name; property access and display go through optional interfaces.
type Object interface {
	Ref
	ClassName() string
}

// PropertyGetter is an Object whose properties can be read with dot syntax.
type PropertyGetter interface {
	GetProperty(name string) (Value, error)
}

// PropertySetter is an Object whose properties can be assigned with dot
// syntax. It returns the updated object (objects have value semantics unless
// they are handles).
type PropertySetter interface {
	SetProperty(name string, v Value) (Value, error)
}
