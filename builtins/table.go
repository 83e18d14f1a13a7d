package builtins

import (
	"fmt"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// Table is MATLAB's table: named variables (columns) of equal height,
// each an array with one row per table row (numeric, logical, char, cell,
// string, categorical; a variable may have several columns), and optional
// row names. Tables have value semantics.
type Table struct {
	names    []string
	vars     []value.Value
	rowNames []string // nil when the table has none
	height   int
}

// NewTable returns a table whose variables are cols, named names. Every
// column must have the same number of rows and the names must be distinct
// valid identifiers.
func NewTable(names []string, cols []value.Value) (*Table, error) {
	if len(names) != len(cols) {
		return nil, value.Errorf("MATLAB:table:IncorrectNumberOfVarNames", "The VariableNames property must contain one name for each variable in the table.")
	}
	t := &Table{}
	if len(cols) > 0 {
		t.height = cols[0].Size().Rows()
	}
	for i, c := range cols {
		if c.Size().Rows() != t.height {
			return nil, value.Errorf("MATLAB:table:UnequalVarLengths", "All table variables must have the same number of rows.")
		}
		if err := t.checkNewName(names[i]); err != nil {
			return nil, err
		}
		value.Retain(c)
		t.names = append(t.names, names[i])
		t.vars = append(t.vars, c)
	}
	return t, nil
}

// checkNewName rejects a variable name that is invalid or already used.
func (t *Table) checkNewName(name string) error {
	if !isIdentifier(name) {
		return value.Errorf("MATLAB:table:VariableNameNotValidIdentifier", "'%s' is not a valid variable name.", name)
	}
	if t.varIndex(name) >= 0 {
		return value.Errorf("MATLAB:table:DuplicateVarNames", "Duplicate table variable name: '%s'.", name)
	}
	return nil
}

// isIdentifier reports whether s is a valid MATLAB identifier.
func isIdentifier(s string) bool {
	if s == "" || len(s) > 63 {
		return false
	}
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !(letter || i > 0 && (r == '_' || r >= '0' && r <= '9')) {
			return false
		}
	}
	return true
}

// VariableNames returns the variable names in order.
func (t *Table) VariableNames() []string { return append([]string(nil), t.names...) }

// Var returns the variable called name.
func (t *Table) Var(name string) (value.Value, bool) {
	if i := t.varIndex(name); i >= 0 {
		return t.vars[i], true
	}
	return value.Value{}, false
}

// Height returns the number of rows.
func (t *Table) Height() int { return t.height }

// Width returns the number of variables.
func (t *Table) Width() int { return len(t.vars) }

// Class returns value.ObjectClass.
func (t *Table) Class() value.Class { return value.ObjectClass }

// Size returns [height width].
func (t *Table) Size() value.Dims { return value.Dims{t.height, len(t.vars)} }

// ClassName returns "table".
func (t *Table) ClassName() string { return "table" }

func (t *Table) varIndex(name string) int {
	for i, n := range t.names {
		if n == name {
			return i
		}
	}
	return -1
}

// clone returns a copy sharing the variable values (counted as shared).
func (t *Table) clone() *Table {
	u := &Table{names: append([]string(nil), t.names...), vars: append([]value.Value(nil), t.vars...), height: t.height}
	if t.rowNames != nil {
		u.rowNames = append([]string(nil), t.rowNames...)
	}
	for _, v := range u.vars {
		value.Retain(v)
	}
	return u
}

// properties returns t.Properties as a struct.
func (t *Table) properties() value.Value {
	fields := []string{"Description", "UserData", "DimensionNames", "VariableNames", "VariableDescriptions", "VariableUnits", "VariableContinuity", "RowNames"}
	s := value.NewStruct(value.Dims{1, 1}, fields)
	rows := t.rowNames
	if rows == nil {
		rows = []string{}
	}
	vals := []value.Value{
		emptyChar(), value.Empty(), cellOfStrs(value.Dims{1, 2}, []string{"Row", "Variables"}),
		cellOfStrs(value.Dims{1, len(t.names)}, t.VariableNames()), cellOfStrs(value.Dims{1, 0}, nil),
		cellOfStrs(value.Dims{1, 0}, nil), value.Empty(), cellOfStrs(value.Dims{len(rows), min(len(rows), 1)}, append([]string(nil), rows...)),
	}
	for i, v := range vals {
		value.Retain(v)
		s.Elems[0][i] = v
	}
	return value.FromRef(s)
}

// GetProperty implements t.Name for a variable name, t.Properties,
// t.Row (the row names) and t.Variables (all variables concatenated).
func (t *Table) GetProperty(name string) (value.Value, error) {
	if v, ok := t.Var(name); ok {
		return v, nil
	}
	switch name {
	case "Properties":
		return t.properties(), nil
	case "Row":
		return cellOfStrs(value.Dims{len(t.rowNames), min(len(t.rowNames), 1)}, append([]string(nil), t.rowNames...)), nil
	case "Variables":
		return value.HorzCat(t.vars)
	}
	return value.Value{}, value.Errorf("MATLAB:table:UnrecognizedVarName", "Unrecognized table variable name '%s'.", name)
}

// SetProperty implements t.Name = v (replacing or adding a variable) and
// assignment of t.Properties (VariableNames and RowNames are applied).
func (t *Table) SetProperty(name string, v value.Value) (value.Value, error) {
	u := t.clone()
	if name == "Properties" {
		return u.setProperties(v)
	}
	if v.Size().Rows() != u.height && len(u.vars) > 0 {
		return value.Value{}, value.Errorf("MATLAB:table:RowDimensionMismatch", "To assign to or create a variable in a table, the number of rows must match the height of the table.")
	}
	value.Retain(v)
	if i := u.varIndex(name); i >= 0 {
		value.Release(u.vars[i])
		u.vars[i] = v
		return value.FromRef(u), nil
	}
	if err := u.checkNewName(name); err != nil {
		return value.Value{}, err
	}
	if len(u.vars) == 0 {
		u.height = v.Size().Rows()
	}
	u.names = append(u.names, name)
	u.vars = append(u.vars, v)
	return value.FromRef(u), nil
}

// setProperties applies an assigned Properties struct.
func (t *Table) setProperties(v value.Value) (value.Value, error) {
	s, ok := v.Ref().(*value.Struct)
	if !ok || len(s.Elems) != 1 {
		return value.Value{}, value.Errorf("MATLAB:table:InvalidProperties", "Table properties must be assigned a scalar struct.")
	}
	if k := s.FieldIndex("VariableNames"); k >= 0 {
		names, ok := interp.TextList(s.Elems[0][k])
		if !ok || len(names) != len(t.vars) {
			return value.Value{}, value.Errorf("MATLAB:table:IncorrectNumberOfVarNames", "The VariableNames property must contain one name for each variable in the table.")
		}
		t.names = nil
		for _, n := range names {
			if err := t.checkNewName(n); err != nil {
				return value.Value{}, err
			}
			t.names = append(t.names, n)
		}
	}
	if k := s.FieldIndex("RowNames"); k >= 0 {
		if err := t.setRowNames(s.Elems[0][k]); err != nil {
			return value.Value{}, err
		}
	}
	return value.FromRef(t), nil
}

// setRowNames sets the row names from text (empty clears them).
func (t *Table) setRowNames(v value.Value) error {
	if v.IsEmpty() {
		t.rowNames = nil
		return nil
	}
	names, ok := interp.TextList(v)
	if !ok || len(names) != t.height || len(sortedUnique(names)) != len(names) {
		return value.Errorf("MATLAB:table:IncorrectNumberOfRowNames", "The RowNames property must contain one unique, nonempty name for each row in the table.")
	}
	t.rowNames = names
	return nil
}

// defaultVarName is the name table gives an unnamed input: Var1, Var2, …
func defaultVarName(i int) string { return fmt.Sprintf("Var%d", i+1) }

// inputVarName is the name table gives its input i: the caller's variable
// name when the argument was one (table(Age, Height)), else Var<i+1>.
func inputVarName(c *interp.Call, i int) string {
	if n := c.InputName(i); n != "" {
		return n
	}
	return defaultVarName(i)
}

// columnVarNames names the variables made from the n columns of the first
// argument: its variable name followed by the column number (A1, A2, …),
// or Var1, Var2, … when it was not a variable, as array2table and
// cell2table do.
func columnVarNames(c *interp.Call, n int) []string {
	base := c.InputName(0)
	names := make([]string, n)
	for j := range names {
		if base != "" {
			names[j] = fmt.Sprintf("%s%d", base, j+1)
		} else {
			names[j] = defaultVarName(j)
		}
	}
	return names
}

// uniqueVarNames makes repeated names distinct as MATLAB's
// matlab.lang.makeUniqueStrings does: the first keeps its name, later
// ones get _1, _2, … (table(x, x) has variables x and x_1).
func uniqueVarNames(names []string) []string {
	taken := make(map[string]bool, len(names))
	for _, n := range names {
		taken[n] = true
	}
	seen := make(map[string]bool, len(names))
	out := make([]string, len(names))
	for i, n := range names {
		if !seen[n] {
			seen[n], out[i] = true, n
			continue
		}
		for k := 1; ; k++ {
			if c := fmt.Sprintf("%s_%d", n, k); !taken[c] {
				taken[c], out[i] = true, c
				break
			}
		}
	}
	return out
}
