package builtins

import (
	"encoding/binary"
	"math"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	table := []interp.Builtin{
		{Name: "char", Fn: charFn, Doc: "char(x), char(A,B,...), char(cellstr), char(strings): convert to char; several texts become the rows of a space-padded char matrix"},
		{Name: "cellstr", Fn: cellstrFn, Doc: "cellstr(chars), cellstr(strings), cellstr(cellstr): cell array of character vectors (trailing blanks of char rows removed)"},
		{Name: "num2cell", Fn: num2cellFn, Doc: "num2cell(A): cell array with each element of A in its own cell"},
		{Name: "cell2mat", Fn: cell2matFn, Doc: "cell2mat(C): concatenate the contents of a cell array of arrays into one array"},
		{Name: "struct2cell", Fn: struct2cellFn, Doc: "struct2cell(s): cell array of field values, fields along the first dimension"},
		{Name: "cell2struct", Fn: cell2structFn, Doc: "cell2struct(C,fields), cell2struct(C,fields,dim): struct array from a cell array, fields along dimension dim (default 1)"},
		{Name: "cast", Fn: castFn, Doc: "cast(x,classname), cast(x,'like',p): convert to another numeric, logical or char class"},
		{Name: "typecast", Fn: typecastFn, Doc: "typecast(x,classname): reinterpret the bytes of a numeric vector as another numeric class"},
	}
	for _, cl := range []value.Class{value.Double, value.Single, value.Int8, value.Int16, value.Int32, value.Int64,
		value.Uint8, value.Uint16, value.Uint32, value.Uint64, value.Logical} {
		table = append(table, interp.Builtin{Name: cl.String(), Fn: convertFn(cl), Doc: cl.String() + "(x): convert to " + cl.String()})
	}
	interp.Register(table)
}

// convertFn builds double, single, int8 … and logical.
func convertFn(cl value.Class) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		if len(c.Args) == 0 {
			if cl == value.Logical {
				return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
			}
			return []value.Value{value.FromRef(value.NewArray(cl, value.Dims{0, 0}))}, nil
		}
		var x value.Value
		if err := c.Unpack("x", &x); err != nil {
			return nil, err
		}
		return oneResult(value.ConvertTo(x, cl))
	}
}

func charFn(c *interp.Call) ([]value.Value, error) {
	switch len(c.Args) {
	case 0:
		return []value.Value{value.Str("")}, nil
	case 1:
		return oneResult(value.ConvertTo(c.Args[0], value.Char))
	}
	var rows []string
	for _, a := range c.Args {
		if cl, ok := a.Ref().(*value.Cell); ok {
			for _, e := range cl.Elems {
				r, err := textRowsOf(e)
				if err != nil {
					return nil, err
				}
				rows = append(rows, r...)
			}
			continue
		}
		r, err := textRowsOf(a)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r...)
	}
	return oneResult(value.ConvertTo(value.FromRef(value.NewStringArray(value.Dims{len(rows), 1}, rows)), value.Char))
}

// textRowsOf returns the rows of a value converted to char; an empty value
// still contributes one (blank) row, as char(A,B,...) treats it.
func textRowsOf(v value.Value) ([]string, error) {
	cv, err := value.ConvertTo(v, value.Char)
	if err != nil {
		return nil, err
	}
	a, _ := cv.Array()
	m, n := a.Size().Rows(), a.Size().Numel()/max(a.Size().Rows(), 1)
	if a.Size().IsEmpty() {
		return []string{""}, nil
	}
	rows := make([]string, m)
	for i := range m {
		u := make([]float64, n)
		for j := range n {
			u[j] = a.Re[j*m+i]
		}
		rows[i] = charText(u)
	}
	return rows, nil
}

// charText decodes UTF-16 code units stored as float64.
func charText(u []float64) string {
	a := value.NewArrayFrom(value.Char, value.Dims{1, len(u)}, u, nil)
	return a.CharData()
}

func cellstrFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("x", &x); err != nil {
		return nil, err
	}
	switch r := x.Ref().(type) {
	case *value.Cell:
		if !isCellstr(x) {
			return nil, errCellstrInput()
		}
		return []value.Value{x}, nil
	case *value.StringArray:
		elems := make([]value.Value, len(r.Elems))
		for i, s := range r.Elems {
			elems[i] = value.Str(s)
		}
		return []value.Value{value.FromRef(value.NewCellFrom(r.Size().Clone(), elems))}, nil
	}
	a, ok := x.Array()
	if !ok || a.Class() != value.Char || !a.Size().IsMatrix() {
		return nil, errCellstrInput()
	}
	if a.Size().IsEmpty() && a.Size().Rows() <= 1 {
		return []value.Value{value.FromRef(value.NewCellFrom(value.Dims{1, 1}, []value.Value{value.Str("")}))}, nil
	}
	rows, _ := textRowsOf(x)
	elems := make([]value.Value, len(rows))
	for i, r := range rows {
		elems[i] = value.Str(strings.TrimRight(r, " \t\n\v\f\r\x00"))
	}
	return []value.Value{value.FromRef(value.NewCellFrom(value.Dims{len(rows), 1}, elems))}, nil
}

// errCellstrInput is cellstr's error for an argument it cannot convert.
func errCellstrInput() error {
	return value.Errorf("MATLAB:cellstr:InputClass", "Input must be a string array, a character array, or a cell array of character vectors.")
}

func num2cellFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("A", &x); err != nil {
		return nil, err
	}
	n := x.Numel()
	elems := make([]value.Value, n)
	for i := range n {
		e, err := value.Index(x, []value.Value{value.Num(float64(i + 1))})
		if err != nil {
			return nil, err
		}
		elems[i] = e
	}
	return []value.Value{value.FromRef(value.NewCellFrom(x.Size().Clone(), elems))}, nil
}

func cell2matFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("C", &x); err != nil {
		return nil, err
	}
	cl, ok := x.Ref().(*value.Cell)
	if !ok {
		return nil, value.Errorf("MATLAB:cell2mat:InputClass", "Input must be a cell array.")
	}
	if len(cl.Elems) == 0 {
		return []value.Value{value.Empty()}, nil
	}
	for _, e := range cl.Elems {
		switch e.Ref().(type) {
		case *value.Cell, *value.Struct:
			return nil, value.Errorf("MATLAB:cell2mat:UnsupportedCellContent", "CELL2MAT does not support cell arrays containing cell arrays or objects.")
		}
	}
	d := cl.Size()
	if !d.IsMatrix() {
		return nil, value.Errorf("gomat:notImplemented", "cell2mat: N-D cell arrays are not supported.")
	}
	m, n := d.Rows(), d.Cols()
	rows := make([]value.Value, m)
	for i := range m {
		parts := make([]value.Value, n)
		for j := range n {
			parts[j] = cl.Elems[j*m+i]
		}
		r, err := value.HorzCat(parts)
		if err != nil {
			return nil, value.Errorf("MATLAB:cell2mat:InconsistentDimensions", "Dimensions of arrays being concatenated are not consistent.")
		}
		rows[i] = r
	}
	out, err := value.VertCat(rows)
	if err != nil {
		return nil, value.Errorf("MATLAB:cell2mat:InconsistentDimensions", "Dimensions of arrays being concatenated are not consistent.")
	}
	return []value.Value{out}, nil
}

func struct2cellFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	if err := c.Unpack("s", &x); err != nil {
		return nil, err
	}
	st, ok := x.Ref().(*value.Struct)
	if !ok {
		return nil, value.Errorf("MATLAB:struct2cell:invalidInput", "Input must be a structure.")
	}
	nf := len(st.Fields)
	elems := make([]value.Value, 0, nf*len(st.Elems))
	for _, row := range st.Elems {
		elems = append(elems, row...)
	}
	d := append(value.Dims{nf}, st.Size()...)
	return []value.Value{value.FromRef(value.NewCellFrom(value.MakeDims(d...), elems))}, nil
}

func cell2structFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	var fields []string
	dim := 1
	if err := c.Unpack("C", &x, "fields", &fields, "dim?", &dim); err != nil {
		return nil, err
	}
	cl, ok := x.Ref().(*value.Cell)
	if !ok {
		return nil, value.Errorf("MATLAB:cell2struct:ArgNotCell", "First argument must be a cell array.")
	}
	d := cl.Size()
	if !d.IsMatrix() || dim < 1 || dim > 2 {
		return nil, value.Errorf("gomat:notImplemented", "cell2struct: only 2-D cell arrays along dimension 1 or 2 are supported.")
	}
	if d.At(dim-1) != len(fields) {
		return nil, value.Errorf("MATLAB:cell2struct:ArgSizeMismatch", "Number of field names must match number of fields in new structure.")
	}
	m, n := d.Rows(), d.Cols()
	count := n
	if dim == 2 {
		count = m
	}
	st := value.NewStruct(value.Dims{count, 1}, fields)
	for k := range count {
		for f := range fields {
			var e value.Value
			if dim == 1 {
				e = cl.Elems[k*m+f]
			} else {
				e = cl.Elems[f*m+k]
			}
			value.Retain(e)
			st.Elems[k][f] = e
		}
	}
	return []value.Value{value.FromRef(st)}, nil
}

func castFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 3 {
		if s, ok := c.Args[1].Text(); ok && strings.EqualFold(s, "like") {
			return oneResult(value.ConvertTo(c.Args[0], c.Args[2].Class()))
		}
	}
	var x value.Value
	var name string
	if err := c.Unpack("x", &x, "newclass", &name); err != nil {
		return nil, err
	}
	cl, ok := value.ClassByName(name)
	if !ok || !cl.IsDense() {
		return nil, value.Errorf("MATLAB:cast:UnsupportedClass", "Unsupported data type for conversion: '%s'.", name)
	}
	return oneResult(value.ConvertTo(x, cl))
}

func typecastFn(c *interp.Call) ([]value.Value, error) {
	var x value.Value
	var name string
	if err := c.Unpack("x", &x, "type", &name); err != nil {
		return nil, err
	}
	a, ok := x.Array()
	if !ok || !a.Class().IsNumeric() || a.IsComplex() {
		return nil, value.Errorf("MATLAB:typecast:invalidInput", "The first input argument must be a full, real-valued numeric array.")
	}
	if !a.Size().IsVector() && !a.Size().IsEmpty() {
		return nil, value.Errorf("MATLAB:typecast:notVector", "The first input argument must be a vector.")
	}
	to, ok := value.ClassByName(name)
	if !ok || !to.IsNumeric() {
		return nil, value.Errorf("MATLAB:typecast:unsupportedOutputClass", "Unsupported class.")
	}
	var buf []byte
	for _, v := range a.Re {
		buf = appendBytes(buf, a.Class(), v)
	}
	w := int(classBytes(to))
	if len(buf)%w != 0 {
		return nil, value.Errorf("MATLAB:typecast:notEnoughInputElements", "Too few input values to make output type.")
	}
	re := make([]float64, len(buf)/w)
	for i := range re {
		re[i] = fromBytes(buf[i*w:], to)
	}
	d := value.Dims{1, len(re)}
	if a.Size().Cols() == 1 && a.Size().Rows() != 1 {
		d = value.Dims{len(re), 1}
	}
	return []value.Value{value.FromRef(value.NewArrayFrom(to, d, re, nil))}, nil
}

// appendBytes appends the little-endian bytes of x stored as class c.
func appendBytes(buf []byte, c value.Class, x float64) []byte {
	switch c {
	case value.Double:
		return binary.LittleEndian.AppendUint64(buf, math.Float64bits(x))
	case value.Single:
		return binary.LittleEndian.AppendUint32(buf, math.Float32bits(float32(x)))
	case value.Int8:
		return append(buf, byte(int8(x)))
	case value.Uint8:
		return append(buf, byte(x))
	case value.Int16:
		return binary.LittleEndian.AppendUint16(buf, uint16(int16(x)))
	case value.Uint16:
		return binary.LittleEndian.AppendUint16(buf, uint16(x))
	case value.Int32:
		return binary.LittleEndian.AppendUint32(buf, uint32(int32(x)))
	case value.Uint32:
		return binary.LittleEndian.AppendUint32(buf, uint32(x))
	case value.Int64:
		return binary.LittleEndian.AppendUint64(buf, uint64(int64(x)))
	}
	return binary.LittleEndian.AppendUint64(buf, uint64(x))
}

// fromBytes reads one little-endian value of class c.
func fromBytes(b []byte, c value.Class) float64 {
	switch c {
	case value.Double:
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	case value.Single:
		return float64(math.Float32frombits(binary.LittleEndian.Uint32(b)))
	case value.Int8:
		return float64(int8(b[0]))
	case value.Uint8:
		return float64(b[0])
	case value.Int16:
		return float64(int16(binary.LittleEndian.Uint16(b)))
	case value.Uint16:
		return float64(binary.LittleEndian.Uint16(b))
	case value.Int32:
		return float64(int32(binary.LittleEndian.Uint32(b)))
	case value.Uint32:
		return float64(binary.LittleEndian.Uint32(b))
	case value.Int64:
		return float64(int64(binary.LittleEndian.Uint64(b)))
	}
	return float64(binary.LittleEndian.Uint64(b))
}
