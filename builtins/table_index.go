package builtins

import (
	"math"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// tableSubsError is MATLAB's error for t(i) and t{i}.
func tableSubsError() error {
	return value.Errorf("MATLAB:table:LinearSubscript", "Subscripting into a table using one subscript (as in t(i)) is not supported. Specify a row subscript and a variable subscript, as in t(rows,vars).")
}

// tblPositions resolves a table subscript over n items with optional names:
// ':' (all), positive integers, a logical mask, or names (text).
func tblPositions(sub value.Value, n int, names []string, what string) ([]int, error) {
	if sub.IsColon() {
		out := make([]int, n)
		for i := range out {
			out[i] = i
		}
		return out, nil
	}
	if list, ok := interp.TextList(sub); ok {
		out := make([]int, len(list))
		for k, s := range list {
			out[k] = -1
			for i, name := range names {
				if name == s {
					out[k] = i
					break
				}
			}
			if out[k] < 0 {
				return nil, value.Errorf("MATLAB:table:UnrecognizedVarName", "Unrecognized table %s name '%s'.", what, s)
			}
		}
		return out, nil
	}
	a, ok := sub.Array()
	if !ok {
		return nil, value.Errorf("MATLAB:table:InvalidSubscript", "Table subscripts must be numeric, logical, text or ':'.")
	}
	var out []int
	if a.Class() == value.Logical {
		if len(a.Re) > n {
			return nil, value.Errorf("MATLAB:table:RowIndexOutOfRange", "Logical subscript is longer than the table %s dimension.", what)
		}
		for i, x := range a.Re {
			if x != 0 {
				out = append(out, i)
			}
		}
		return out, nil
	}
	for _, x := range a.Re {
		if x < 1 || x != math.Floor(x) {
			return nil, value.Errorf("MATLAB:badsubscript", "Array indices must be positive integers or logical values.")
		}
		if int(x) > n {
			return nil, value.Errorf("MATLAB:table:RowIndexOutOfRange", "Index exceeds table dimensions. Index must not exceed %d.", n)
		}
		out = append(out, int(x)-1)
	}
	return out, nil
}

// tblRows returns rows idx (0-based) of a table variable, keeping its other
// dimensions.
func tblRows(v value.Value, idx []int) (value.Value, error) {
	xs := make([]float64, len(idx))
	for i, k := range idx {
		xs[i] = float64(k + 1)
	}
	subs := []value.Value{value.ColVector(xs)}
	for range len(v.Size()) - 1 {
		subs = append(subs, value.Colon())
	}
	if p, ok := v.Ref().(interp.ParenIndexer); ok {
		return p.ParenIndex(subs)
	}
	return value.Index(v, subs)
}

// subTable returns rows and variables of t selected by 0-based positions.
func (t *Table) subTable(rows, vars []int) (*Table, error) {
	u := &Table{height: len(rows)}
	for _, j := range vars {
		v, err := tblRows(t.vars[j], rows)
		if err != nil {
			return nil, err
		}
		value.Retain(v)
		u.names = append(u.names, t.names[j])
		u.vars = append(u.vars, v)
	}
	if t.rowNames != nil {
		for _, i := range rows {
			u.rowNames = append(u.rowNames, t.rowNames[i])
		}
	}
	return u, nil
}

// selection resolves t(rows, vars) subscripts.
func (t *Table) selection(subs []value.Value) (rows, vars []int, err error) {
	if len(subs) != 2 {
		return nil, nil, tableSubsError()
	}
	if rows, err = tblPositions(subs[0], t.height, t.rowNames, "row"); err != nil {
		return nil, nil, err
	}
	if vars, err = tblPositions(subs[1], len(t.vars), t.names, "variable"); err != nil {
		return nil, nil, err
	}
	return rows, vars, nil
}

// assignSelection resolves the subscripts of t(rows, vars) = x and
// t{rows, vars} = x, where numeric row subscripts may exceed the height
// to append rows (then every variable must be assigned, as in
// t(end+1, :) = {...}). It returns the new height.
func (t *Table) assignSelection(subs []value.Value) (rows, vars []int, height int, err error) {
	if len(subs) != 2 {
		return nil, nil, 0, tableSubsError()
	}
	if vars, err = tblPositions(subs[1], len(t.vars), t.names, "variable"); err != nil {
		return nil, nil, 0, err
	}
	height = t.height
	if a, ok := subs[0].Array(); ok && a.Class() != value.Logical && a.Class() != value.Char {
		for _, x := range a.Re {
			if x == math.Floor(x) && x > float64(height) {
				height = int(x)
			}
		}
	}
	if rows, err = tblPositions(subs[0], height, t.rowNames, "row"); err != nil {
		return nil, nil, 0, err
	}
	if height > t.height && (len(vars) != len(t.vars) || t.rowNames != nil) {
		return nil, nil, 0, value.Errorf("gomat:notImplemented", "table: appending rows needs values for every variable of a table without row names.")
	}
	return rows, vars, height, nil
}

// ParenIndex implements t(rows, vars): a table.
func (t *Table) ParenIndex(subs []value.Value) (value.Value, error) {
	rows, vars, err := t.selection(subs)
	if err != nil {
		return value.Value{}, err
	}
	u, err := t.subTable(rows, vars)
	if err != nil {
		return value.Value{}, err
	}
	return value.FromRef(u), nil
}

// BraceIndex implements t{rows, vars}: the selected variables' rows
// concatenated horizontally into one array.
func (t *Table) BraceIndex(subs []value.Value) ([]value.Value, error) {
	rows, vars, err := t.selection(subs)
	if err != nil {
		return nil, err
	}
	u, err := t.subTable(rows, vars)
	if err != nil {
		return nil, err
	}
	if len(u.vars) == 1 {
		return []value.Value{u.vars[0]}, nil
	}
	r, err := value.HorzCat(u.vars)
	if err != nil {
		return nil, err
	}
	return []value.Value{r}, nil
}

// rowSubscript is the 1-based row list a variable assignment uses.
func rowSubscript(rows []int) value.Value {
	xs := make([]float64, len(rows))
	for i, r := range rows {
		xs[i] = float64(r + 1)
	}
	return value.ColVector(xs)
}

// assignRows stores rhs into rows of variable v.
func assignRows(v value.Value, rows []int, rhs value.Value) (value.Value, error) {
	subs := []value.Value{rowSubscript(rows)}
	for range len(v.Size()) - 1 {
		subs = append(subs, value.Colon())
	}
	if p, ok := v.Ref().(interp.ParenAssigner); ok {
		return p.ParenAssign(subs, rhs)
	}
	return value.Assign(v, subs, rhs)
}

// BraceAssign implements t{rows, var} = rhs for one variable.
func (t *Table) BraceAssign(subs []value.Value, rhs value.Value) (value.Value, error) {
	rows, vars, height, err := t.assignSelection(subs)
	if err != nil {
		return value.Value{}, err
	}
	if len(vars) != 1 {
		return value.Value{}, value.Errorf("gomat:notImplemented", "table: brace assignment to more than one variable is not supported.")
	}
	u := t.clone()
	u.height = height
	nv, err := assignRows(u.vars[vars[0]], rows, rhs)
	if err != nil {
		return value.Value{}, err
	}
	if nv.Size().Rows() != u.height {
		return value.Value{}, value.Errorf("MATLAB:table:RowDimensionMismatch", "To assign to or create a variable in a table, the number of rows must match the height of the table.")
	}
	value.Retain(nv)
	value.Release(u.vars[vars[0]])
	u.vars[vars[0]] = nv
	return value.FromRef(u), nil
}

// ParenAssign implements t(rows, :) = [] (deleting rows), t(:, vars) = []
// (deleting variables), and t(rows, vars) = x where x is a table or a cell
// array of the selected size (a 1×1 cell fills the whole selection): the
// cells of each column become that variable's rows (still cells for a cell
// variable). Rows past the end append rows, as in t(end+1, :) = {...}.
func (t *Table) ParenAssign(subs []value.Value, rhs value.Value) (value.Value, error) {
	if a, ok := rhs.Ref().(*value.Array); ok && a.Size().Numel() == 0 && a.Class() == value.Double {
		rows, vars, err := t.selection(subs)
		if err != nil {
			return value.Value{}, err
		}
		return t.deleteParts(subs, rows, vars)
	}
	rows, vars, height, err := t.assignSelection(subs)
	if err != nil {
		return value.Value{}, err
	}
	// part returns the value for variable k of the selection.
	var part func(k int) (value.Value, error)
	switch r := rhs.Ref().(type) {
	case *Table:
		if r.height != len(rows) || len(r.vars) != len(vars) {
			return value.Value{}, value.Errorf("MATLAB:table:AssignmentDimensionMismatch", "The right-hand side table must have %d row(s) and %d variable(s).", len(rows), len(vars))
		}
		part = func(k int) (value.Value, error) { return r.vars[k], nil }
	case *value.Cell:
		d := r.Size()
		scalar := d.IsScalar()
		if !scalar && (!d.IsMatrix() || d.Rows() != len(rows) || d.Cols() != len(vars)) {
			return value.Value{}, value.Errorf("MATLAB:table:AssignmentDimensionMismatch", "The right-hand side cell array must be %d-by-%d or a scalar cell.", len(rows), len(vars))
		}
		part = func(k int) (value.Value, error) {
			col := make([]value.Value, len(rows))
			for i := range col {
				if scalar {
					col[i] = r.Elems[0]
				} else {
					col[i] = r.Elems[i+k*len(rows)]
				}
			}
			if _, isCell := t.vars[vars[k]].Ref().(*value.Cell); isCell {
				return value.FromRef(value.NewCellFrom(value.Dims{len(col), 1}, col)), nil
			}
			if scalar {
				return r.Elems[0], nil
			}
			return value.VertCat(col)
		}
	default:
		return value.Value{}, value.Errorf("MATLAB:table:InvalidRHS", "Right hand side of an assignment into a table must be another table or a cell array.")
	}
	u := t.clone()
	u.height = height
	for k, j := range vars {
		x, err := part(k)
		if err != nil {
			return value.Value{}, err
		}
		nv, err := assignRows(u.vars[j], rows, x)
		if err != nil {
			return value.Value{}, err
		}
		value.Retain(nv)
		value.Release(u.vars[j])
		u.vars[j] = nv
	}
	return value.FromRef(u), nil
}

// deleteParts removes the selected rows (vars ':') or variables (rows ':').
func (t *Table) deleteParts(subs []value.Value, rows, vars []int) (value.Value, error) {
	drop := func(n int, sel []int) []int {
		gone := make([]bool, n)
		for _, i := range sel {
			gone[i] = true
		}
		var keep []int
		for i := range n {
			if !gone[i] {
				keep = append(keep, i)
			}
		}
		return keep
	}
	all := func(n int) []int { return drop(n, nil) }
	switch {
	case subs[1].IsColon():
		u, err := t.subTable(drop(t.height, rows), all(len(t.vars)))
		if err != nil {
			return value.Value{}, err
		}
		return value.FromRef(u), nil
	case subs[0].IsColon():
		u, err := t.subTable(all(t.height), drop(len(t.vars), vars))
		if err != nil {
			return value.Value{}, err
		}
		return value.FromRef(u), nil
	}
	return value.Value{}, value.Errorf("MATLAB:table:InvalidEmptyAssignment", "At least one subscript must be ':' when you delete rows or variables by assigning [].")
}

// Concat implements [t1; t2] (same variables, rows appended) and [t1, t2]
// (variables side by side, same height).
func (t *Table) Concat(vals []value.Value, dim int) (value.Value, error) {
	var tabs []*Table
	for _, v := range vals {
		if v.IsEmpty() && v.Class() == value.Double {
			continue
		}
		u, ok := v.Ref().(*Table)
		if !ok {
			return value.Value{}, value.Errorf("MATLAB:table:ConcatenationOfNonTable", "Tables can only be concatenated with other tables.")
		}
		tabs = append(tabs, u)
	}
	if len(tabs) == 0 {
		return value.FromRef(&Table{}), nil
	}
	if dim == 2 {
		var names []string
		var cols []value.Value
		for _, u := range tabs {
			names = append(names, u.names...)
			cols = append(cols, u.vars...)
		}
		out, err := NewTable(names, cols)
		if err != nil {
			return value.Value{}, err
		}
		return value.FromRef(out), nil
	}
	if dim != 1 {
		return value.Value{}, value.Errorf("gomat:notImplemented", "table: concatenation along dimension %d is not supported.", dim)
	}
	first := tabs[0]
	cols := make([]value.Value, len(first.vars))
	for j, name := range first.names {
		parts := make([]value.Value, len(tabs))
		for k, u := range tabs {
			v, ok := u.Var(name)
			if !ok || len(u.vars) != len(first.vars) {
				return value.Value{}, value.Errorf("MATLAB:table:vertcat:UnequalVarNames", "All tables being vertically concatenated must have the same variable names.")
			}
			parts[k] = v
		}
		c, err := value.VertCat(parts)
		if err != nil {
			return value.Value{}, err
		}
		cols[j] = c
	}
	out, err := NewTable(first.names, cols)
	if err != nil {
		return value.Value{}, err
	}
	if first.rowNames != nil {
		for _, u := range tabs {
			out.rowNames = append(out.rowNames, u.rowNames...)
		}
		if len(out.rowNames) != out.height {
			out.rowNames = nil
		}
	}
	return value.FromRef(out), nil
}
