package builtins

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "struct2table", Fn: struct2tableFn, Doc: "T = struct2table(S), struct2table(S,'AsArray',tf): a table with one variable per field; a struct array gives one row per element, a scalar struct one variable per field (its values must have equal numbers of rows)"},
		{Name: "table2struct", Fn: table2structFn, Doc: "S = table2struct(T), table2struct(T,'ToScalar',true): an N×1 struct array with one element per row, or a scalar struct with one field per variable"},
		{Name: "cell2table", Fn: cell2tableFn, Doc: "T = cell2table(C), option 'VariableNames': a table with one variable per column of C (numbers join into numeric columns, text into cell arrays of character vectors)"},
	})
}

func struct2tableFn(c *interp.Call) ([]value.Value, error) {
	var sv value.Value
	asArray := false
	if err := c.Unpack("S", &sv, "-AsArray", &asArray); err != nil {
		return nil, err
	}
	s, ok := sv.Ref().(*value.Struct)
	if !ok {
		return nil, value.Errorf("MATLAB:struct2table:InvalidInput", "Input must be a scalar structure, or a structure array with one row or one column.")
	}
	d := s.Size()
	if !d.IsMatrix() || (d.Rows() != 1 && d.Cols() != 1) {
		return nil, value.Errorf("MATLAB:struct2table:InvalidInput", "Input must be a scalar structure, or a structure array with one row or one column.")
	}
	cols := make([]value.Value, len(s.Fields))
	for k := range s.Fields {
		if d.Numel() == 1 && !asArray {
			cols[k] = s.Elems[0][k]
			continue
		}
		vals := make([]value.Value, len(s.Elems))
		for i, e := range s.Elems {
			vals[i] = e[k]
		}
		col, err := tableColumn(vals)
		if err != nil {
			return nil, err
		}
		cols[k] = col
	}
	return tableResult(append([]string(nil), s.Fields...), cols)
}

func table2structFn(c *interp.Call) ([]value.Value, error) {
	t, err := tableArg(c, 0)
	if err != nil {
		return nil, err
	}
	var self value.Value
	toScalar := false
	if err := c.Unpack("T", &self, "-ToScalar", &toScalar); err != nil {
		return nil, err
	}
	if toScalar {
		s := value.NewStruct(value.Dims{1, 1}, t.names)
		for k, v := range t.vars {
			value.Retain(v)
			s.Elems[0][k] = v
		}
		return one(value.FromRef(s))
	}
	s := value.NewStruct(value.Dims{t.height, 1}, t.names)
	for k, v := range t.vars {
		for i := range t.height {
			r, err := tableCell(v, i)
			if err != nil {
				return nil, err
			}
			value.Retain(r)
			s.Elems[i][k] = r
		}
	}
	return one(value.FromRef(s))
}

func cell2tableFn(c *interp.Call) ([]value.Value, error) {
	var cv value.Value
	var names []string
	if err := c.Unpack("C", &cv, "-VariableNames", &names); err != nil {
		return nil, err
	}
	cl, ok := cv.Ref().(*value.Cell)
	if !ok || !cl.Size().IsMatrix() {
		return nil, value.Errorf("MATLAB:cell2table:NDCell", "Input must be a 2-D cell array.")
	}
	d := cl.Size()
	if names == nil {
		names = columnVarNames(c, d.Cols())
	}
	cols := make([]value.Value, d.Cols())
	for j := range cols {
		col, err := tableColumn(cl.Elems[j*d.Rows() : (j+1)*d.Rows()])
		if err != nil {
			return nil, err
		}
		cols[j] = col
	}
	return tableResult(names, cols)
}

// tableColumn joins the values of one table variable, one per row, as
// MATLAB's conversions do: numeric or logical scalars of one class into a
// column vector, anything else (text included) into a cell column.
func tableColumn(vals []value.Value) (value.Value, error) {
	numeric := len(vals) > 0
	for _, v := range vals {
		if v.Numel() != 1 || !(v.Class().IsNumeric() || v.Class() == value.Logical) || v.Class() != vals[0].Class() {
			numeric = false
			break
		}
	}
	if numeric {
		return value.VertCat(vals)
	}
	return value.FromRef(value.NewCellFrom(value.Dims{len(vals), 1}, append([]value.Value(nil), vals...))), nil
}

// tableResult builds a table from names and columns and returns it.
func tableResult(names []string, cols []value.Value) ([]value.Value, error) {
	t, err := NewTable(names, cols)
	if err != nil {
		return nil, err
	}
	return one(value.FromRef(t))
}
