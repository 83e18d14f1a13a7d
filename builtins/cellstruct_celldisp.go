package builtins

import (
	"io"
	"strconv"
	"strings"

	"gomat/lang/display"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// cellSubscript is the index celldisp shows for element k (0-based) of a
// cell of size d: linear for vectors, one subscript per dimension
// otherwise.
func cellSubscript(d value.Dims, k int) string {
	if d.IsVector() {
		return strconv.Itoa(k + 1)
	}
	subs := make([]string, len(d))
	for i, n := range d {
		subs[i] = strconv.Itoa(k%n + 1)
		k /= n
	}
	return strings.Join(subs, ",")
}

// cellDisp writes the contents of cell c named name, recursing into
// nonempty inner cells as name{i}{j}.
func cellDisp(c *interp.Call, name string, cell *value.Cell) {
	w, f := c.In.Out, c.In.Format
	d := cell.Size()
	for k, e := range cell.Elems {
		sub := name + "{" + cellSubscript(d, k) + "}"
		if inner, ok := e.Ref().(*value.Cell); ok && len(inner.Elems) > 0 {
			cellDisp(c, sub, inner)
			continue
		}
		io.WriteString(w, " \n"+sub+" =\n \n")
		if e.Numel() == 0 {
			io.WriteString(w, "     []\n")
		} else {
			display.Disp(w, e, f, c.In.Width)
			if e.Class() != value.Char && !f.Compact {
				io.WriteString(w, "\n")
			}
		}
		io.WriteString(w, " \n")
	}
}

func biCelldisp(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	name := ""
	if err := c.Unpack("C", &v, "displayName?", &name); err != nil {
		return nil, err
	}
	cell, ok := v.Ref().(*value.Cell)
	if !ok {
		return nil, value.Errorf("MATLAB:celldisp:notCellArray", "Must be a cell array.")
	}
	if len(c.Args) < 2 {
		if name = c.InputName(0); name == "" {
			name = "ans"
		}
	}
	cellDisp(c, name, cell)
	return nil, nil
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "celldisp", Fn: biCelldisp, Doc: "celldisp(C), celldisp(C, displayName): displays each element as name{i} = …, recursing into inner cells"},
	})
}
