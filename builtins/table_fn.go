package builtins

import (
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "table", Fn: tableFn, Doc: "T = table(var1,...,varN), options 'VariableNames' and 'RowNames': table whose variables are the arguments (same number of rows; unnamed variables are Var1, Var2, ...)"},
		{Name: "istable", Fn: istableFn, Doc: "tf = istable(A): true for a table"},
		{Name: "height", Fn: heightFn, Doc: "n = height(A): number of rows of a table or array"},
		{Name: "width", Fn: widthFn, Doc: "n = width(A): number of variables of a table, or columns of an array"},
		{Name: "array2table", Fn: array2tableFn, Doc: "T = array2table(A), option 'VariableNames': table with one variable per column of a matrix"},
	})
	interp.RegisterMethods("table", []interp.Builtin{
		{Name: "head", Fn: headTailFn(true), Doc: "B = head(T), head(T,k): the first k (default 8) rows"},
		{Name: "tail", Fn: headTailFn(false), Doc: "B = tail(T), tail(T,k): the last k (default 8) rows"},
		{Name: "table2cell", Fn: table2cellFn, Doc: "C = table2cell(T): height×width cell array of the table's rows"},
		{Name: "table2array", Fn: table2arrayFn, Doc: "A = table2array(T): the variables concatenated horizontally"},
	})
}

// tableArg returns argument i as a table.
func tableArg(c *interp.Call, i int) (*Table, error) {
	if i < len(c.Args) {
		if t, ok := c.Args[i].Ref().(*Table); ok {
			return t, nil
		}
	}
	return nil, value.Errorf("MATLAB:table:"+c.Name+":InvalidInput", "%s: input must be a table.", c.Name)
}

// isTableOption reports whether v names one of table's options.
func isTableOption(v value.Value, opts ...string) bool {
	s, ok := v.Text()
	if !ok {
		return false
	}
	for _, o := range opts {
		if strings.EqualFold(s, o) {
			return true
		}
	}
	return false
}

// splitTableArgs separates the data arguments from the trailing options.
func splitTableArgs(c *interp.Call, opts ...string) ([]value.Value, interp.Call) {
	n := len(c.Args)
	for i := 0; i < len(c.Args); i++ {
		if isTableOption(c.Args[i], opts...) && (len(c.Args)-i)%2 == 0 {
			n = i
			break
		}
	}
	rest := *c
	rest.Args = c.Args[n:]
	return c.Args[:n], rest
}

func tableFn(c *interp.Call) ([]value.Value, error) {
	data, rest := splitTableArgs(c, "VariableNames", "RowNames")
	var names []string
	var rowNames value.Value
	if err := rest.Unpack("-VariableNames", &names, "-RowNames", &rowNames); err != nil {
		return nil, err
	}
	if names == nil {
		for i := range data {
			names = append(names, inputVarName(c, i))
		}
		names = uniqueVarNames(names)
	}
	t, err := NewTable(names, append([]value.Value(nil), data...))
	if err != nil {
		return nil, err
	}
	if rowNames.Defined() {
		if len(data) == 0 {
			t.height = rowNames.Numel()
		}
		if err := t.setRowNames(rowNames); err != nil {
			return nil, err
		}
	}
	return one(value.FromRef(t))
}

func istableFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("A", &v); err != nil {
		return nil, err
	}
	_, ok := v.Ref().(*Table)
	return one(value.Bool(ok))
}

func heightFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("A", &v); err != nil {
		return nil, err
	}
	return one(value.Num(float64(v.Size().Rows())))
}

func widthFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("A", &v); err != nil {
		return nil, err
	}
	return one(value.Num(float64(v.Size().Cols())))
}

func array2tableFn(c *interp.Call) ([]value.Value, error) {
	var av value.Value
	var names []string
	if err := c.Unpack("A", &av, "-VariableNames", &names); err != nil {
		return nil, err
	}
	d := av.Size()
	if !d.IsMatrix() {
		return nil, value.Errorf("MATLAB:array2table:NDArray", "Input must be a 2-D array.")
	}
	if names == nil {
		names = columnVarNames(c, d.Cols())
	}
	cols := make([]value.Value, d.Cols())
	for j := range cols {
		v, err := value.Index(av, []value.Value{value.Colon(), value.Num(float64(j + 1))})
		if err != nil {
			return nil, err
		}
		cols[j] = v
	}
	t, err := NewTable(names, cols)
	if err != nil {
		return nil, err
	}
	return one(value.FromRef(t))
}

func headTailFn(head bool) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		t, err := tableArg(c, 0)
		if err != nil {
			return nil, err
		}
		var self value.Value
		k := 8
		if err := c.Unpack("T", &self, "k?", &k); err != nil {
			return nil, err
		}
		k = min(max(k, 0), t.height)
		rows := make([]int, k)
		for i := range rows {
			rows[i] = i
			if !head {
				rows[i] = t.height - k + i
			}
		}
		vars := make([]int, len(t.vars))
		for j := range vars {
			vars[j] = j
		}
		u, err := t.subTable(rows, vars)
		if err != nil {
			return nil, err
		}
		return one(value.FromRef(u))
	}
}

func table2cellFn(c *interp.Call) ([]value.Value, error) {
	t, err := tableArg(c, 0)
	if err != nil {
		return nil, err
	}
	elems := make([]value.Value, t.height*len(t.vars))
	for j, v := range t.vars {
		for i := range t.height {
			r, err := tableCell(v, i)
			if err != nil {
				return nil, err
			}
			elems[i+j*t.height] = r
		}
	}
	return one(value.FromRef(value.NewCellFrom(value.Dims{t.height, len(t.vars)}, elems)))
}

// tableCell is row i of a table variable as one value, a cell variable's
// element unwrapped, as table2cell and table2struct give it.
func tableCell(v value.Value, i int) (value.Value, error) {
	r, err := tblRows(v, []int{i})
	if err != nil {
		return value.Value{}, err
	}
	if cl, ok := r.Ref().(*value.Cell); ok && cl.Size().Numel() == 1 {
		r = cl.Elems[0]
	}
	return r, nil
}

func table2arrayFn(c *interp.Call) ([]value.Value, error) {
	t, err := tableArg(c, 0)
	if err != nil {
		return nil, err
	}
	return oneResult(value.HorzCat(t.vars))
}
