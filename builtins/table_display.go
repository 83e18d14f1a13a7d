package builtins

import (
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"gomat/lang/display"
	"gomat/lang/value"
)

// tblWidth is the number of terminal columns s takes.
func tblWidth(s string) int { return utf8.RuneCountInString(s) }

// tblPad pads s with blanks on the right (left false) or left (left true)
// to width w.
func tblPad(s string, w int, left bool) string {
	n := max(w-tblWidth(s), 0)
	if left {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}

// tblCenter places s in a field of width w, the extra blank (if odd) on the
// right.
func tblCenter(s string, w int) string {
	n := max(w-tblWidth(s), 0)
	return strings.Repeat(" ", n/2) + s + strings.Repeat(" ", n-n/2)
}

// tblNumber formats a table number: integers exactly, others with five
// significant digits.
func tblNumber(x float64, cls value.Class) string {
	switch {
	case cls == value.Logical && x != 0:
		return "true"
	case cls == value.Logical:
		return "false"
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	case x == math.Trunc(x) && math.Abs(x) < 1e15:
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strconv.FormatFloat(x, 'g', 5, 64)
}

// tableCellText is one cell element as a table shows it, inside its braces:
// 'abc', [5], 1×3 double.
func tableCellText(v value.Value, f display.Format) string {
	if s, ok := v.Text(); ok && v.Class() == value.Char {
		return "'" + s + "'"
	}
	if _, isObj := v.Ref().(value.Object); !isObj && v.Numel() == 1 && (v.Class().IsNumeric() || v.Class() == value.Logical || v.Class() == value.StringClass) {
		return "[" + display.Summary(v, f) + "]"
	}
	return v.Size().String() + " " + v.ClassName()
}

// varBlock renders the rows of a table variable as lines of equal width:
// numbers right-aligned, text left-aligned, several columns of a variable
// separated by four blanks.
func varBlock(v value.Value, height int, f display.Format) []string {
	d := v.Size()
	cols := 1
	if height > 0 {
		cols = d.Numel() / height
	}
	var item func(i int) (string, bool)
	cellLike := false
	switch r := v.Ref().(type) {
	case *Categorical:
		item = func(i int) (string, bool) { return r.label(i), false }
	case *datetimeArray:
		item = func(i int) (string, bool) { return cldrText(r.t[i], r.format), false }
	case *durationArray:
		item = func(i int) (string, bool) { return durationText(r.secs[i], r.format), true }
	case *value.Cell:
		cellLike = true
		item = func(i int) (string, bool) { return tableCellText(r.Elems[i], f), false }
	case *value.StringArray:
		item = func(i int) (string, bool) {
			if r.Missing != nil && r.Missing[i] {
				return "<missing>", false
			}
			return `"` + r.Elems[i] + `"`, false
		}
	default:
		a, ok := v.Array()
		switch {
		case ok && a.Class() == value.Char:
			cols = 1
			item = func(i int) (string, bool) { return tblCharRow(a, i), false }
		case ok:
			item = func(i int) (string, bool) { return tblNumber(a.Re[i], a.Class()), a.Class() != value.Logical }
		default:
			cols = 1
			item = func(int) (string, bool) { return "[" + d.String() + " " + v.ClassName() + "]", false }
		}
	}
	// Numbers share one width across the columns of a variable (as a
	// numeric matrix displays); other values are padded column by column.
	texts := make([]string, height*cols)
	right := make([]bool, height*cols)
	widths := make([]int, cols)
	shared := 0
	for k := range texts {
		texts[k], right[k] = item(k)
		widths[k/max(height, 1)] = max(widths[k/max(height, 1)], tblWidth(texts[k]))
		if right[k] {
			shared = max(shared, tblWidth(texts[k]))
		}
	}
	lines := make([]string, height)
	for j := range cols {
		w := widths[j]
		if shared > 0 {
			w = max(w, shared)
		}
		for i := range height {
			k := i + j*height
			s := tblPad(texts[k], w, right[k])
			if cellLike {
				s = "{" + s + "}"
			}
			if j > 0 {
				lines[i] += "    "
			}
			lines[i] += s
		}
	}
	return lines
}

// DisplayBody writes a table as MATLAB shows it: the size line, variable
// names centred over underlines, and one line per row, every column
// centred in a field as wide as its name or widest value and separated by
// four blanks; disp (name "") omits the size line.
func (t *Table) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	var b strings.Builder
	blank := func() {
		if !f.Compact {
			b.WriteString("\n")
		}
	}
	if t.height == 0 || len(t.vars) == 0 {
		if name != "" {
			b.WriteString("  " + t.Size().String() + " empty table\n")
		}
		io.WriteString(w, b.String())
		return
	}
	if name != "" {
		b.WriteString("  " + t.Size().String() + " table\n")
		blank()
	}
	lead := "    "
	rowW := 0
	for _, r := range t.rowNames {
		rowW = max(rowW, tblWidth(r))
	}
	head, under := lead, lead
	if t.rowNames != nil {
		head += strings.Repeat(" ", rowW+4)
		under += strings.Repeat(" ", rowW+4)
	}
	rows := make([]string, t.height)
	for i := range rows {
		rows[i] = lead
		if t.rowNames != nil {
			rows[i] += tblPad(t.rowNames[i], rowW, false) + "    "
		}
	}
	for j, v := range t.vars {
		block := varBlock(v, t.height, f)
		bw := 0
		for _, l := range block {
			bw = max(bw, tblWidth(l))
		}
		cw := max(bw, tblWidth(t.names[j]))
		sep := ""
		if j > 0 {
			sep = "    "
		}
		head += sep + tblCenter(t.names[j], cw)
		under += sep + strings.Repeat("_", cw)
		for i, l := range block {
			rows[i] += sep + tblCenter(tblPad(l, bw, false), cw)
		}
	}
	b.WriteString(head + "\n" + under + "\n")
	blank()
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	io.WriteString(w, b.String())
}

// tblCharRow returns row i of a char matrix as text.
func tblCharRow(a *value.Array, i int) string {
	d := a.Size()
	row := value.NewArray(value.Char, value.Dims{1, d.Cols()})
	for j := range d.Cols() {
		row.Re[j] = a.Re[i+j*d.Rows()]
	}
	return row.CharData()
}
