package builtins

import (
	"math"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// guessDelimiter picks the delimiter of delimited text: comma, tab,
// semicolon or bar when a line has one, else white space ("").
func guessDelimiter(lines []string) string {
	for _, d := range []string{",", "\t", ";", "|"} {
		for _, l := range lines {
			if strings.Contains(l, d) {
				return d
			}
		}
	}
	return ""
}

// splitFields splits a line at the delimiter ("" means white space).
func splitFields(l, delim string) []string {
	if delim == "" {
		return strings.Fields(l)
	}
	fs := strings.Split(l, delim)
	for i, f := range fs {
		fs[i] = strings.Trim(strings.TrimSpace(f), `"`)
	}
	return fs
}

// numericLine reports whether any field of a line reads as a number.
func numericLine(fields []string) bool {
	for _, f := range fields {
		if _, ok := parseReal(f); ok {
			return true
		}
	}
	return false
}

// cellRange is a block of a delimited file, 1-based and inclusive; a zero
// last row or column means to the end, and a zero first row (a column
// range) leaves header lines to be detected.
type cellRange struct{ r1, c1, r2, c2 int }

// columnNumber reads spreadsheet column letters: A is 1, Z 26, AA 27.
func columnNumber(s string) (int, bool) {
	n := 0
	for _, ch := range strings.ToUpper(s) {
		if ch < 'A' || ch > 'Z' {
			return 0, false
		}
		n = n*26 + int(ch-'A'+1)
	}
	return n, s != ""
}

// parseCell splits a cell reference such as "B3" into row and column.
func parseCell(s string) (row, col int, ok bool) {
	i := strings.IndexAny(s, "0123456789")
	if i <= 0 {
		return 0, 0, false
	}
	col, ok = columnNumber(s[:i])
	row, err := strconv.Atoi(s[i:])
	return row, col, ok && err == nil && row > 0
}

// parseRange reads readmatrix's Range: "A2" (a start cell), "A2:C5", "A:C"
// (columns), "2:5" (rows), [row col] or [r1 c1 r2 c2].
func parseRange(v value.Value) (cellRange, error) {
	bad := value.Errorf("MATLAB:textio:io:InvalidRange", "Invalid 'Range' value. Specify a start cell such as 'A1', a rectangular range such as 'A1:C5', a row range such as '2:5', or a column range such as 'A:C'.")
	if s, ok := v.Text(); ok {
		s = strings.TrimSpace(s)
		a, b, two := strings.Cut(s, ":")
		if !two {
			r, c, ok := parseCell(s)
			if !ok {
				return cellRange{}, bad
			}
			return cellRange{r, c, 0, 0}, nil
		}
		if r1, c1, ok := parseCell(a); ok {
			if r2, c2, ok := parseCell(b); ok && r2 >= r1 && c2 >= c1 {
				return cellRange{r1, c1, r2, c2}, nil
			}
			return cellRange{}, bad
		}
		if c1, ok := columnNumber(a); ok {
			if c2, ok := columnNumber(b); ok && c2 >= c1 {
				return cellRange{0, c1, 0, c2}, nil
			}
			return cellRange{}, bad
		}
		r1, e1 := strconv.Atoi(a)
		r2, e2 := strconv.Atoi(b)
		if e1 != nil || e2 != nil || r1 < 1 || r2 < r1 {
			return cellRange{}, bad
		}
		return cellRange{r1, 1, r2, 0}, nil
	}
	a, ok := v.Array()
	if !ok || a.Class() == value.Char || (len(a.Re) != 2 && len(a.Re) != 4) {
		return cellRange{}, bad
	}
	n := make([]int, len(a.Re))
	for i, x := range a.Re {
		if x < 1 || x != math.Trunc(x) {
			return cellRange{}, bad
		}
		n[i] = int(x)
	}
	if len(n) == 2 {
		return cellRange{n[0], n[1], 0, 0}, nil
	}
	if n[2] < n[0] || n[3] < n[1] {
		return cellRange{}, bad
	}
	return cellRange{n[0], n[1], n[2], n[3]}, nil
}

func biReadmatrix(c *interp.Call) ([]value.Value, error) {
	var name, delim string
	var rangeV value.Value
	header := -1
	if err := c.Unpack("filename", &name, "-Delimiter", &delim, "-NumHeaderLines", &header, "-Range", &rangeV); err != nil {
		return nil, err
	}
	rng := cellRange{1, 1, 0, 0}
	if rangeV.Defined() {
		r, err := parseRange(rangeV)
		if err != nil {
			return nil, err
		}
		rng = r
		if rng.r1 > 0 {
			header = max(header, 0)
		}
	}
	text, err := readTextFile("readmatrix", name)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, l := range splitLines(text) {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if delim == "" {
		delim = guessDelimiter(lines)
	} else {
		delim = unescape(delim)
	}
	last := len(lines)
	if rng.r2 > 0 {
		last = min(rng.r2, last)
	}
	lines = lines[min(max(rng.r1-1, 0), last):last]
	start := 0
	if header >= 0 {
		start = min(header, len(lines))
	} else {
		for start < len(lines) && !numericLine(splitFields(lines[start], delim)) {
			start++
		}
	}
	var rows [][]float64
	cols := 0
	for _, l := range lines[start:] {
		fs := splitFields(l, delim)
		fs = fs[min(rng.c1-1, len(fs)):]
		if rng.c2 > 0 {
			fs = fs[:min(rng.c2-rng.c1+1, len(fs))]
		}
		row := make([]float64, len(fs))
		for j, f := range fs {
			x, ok := parseReal(f)
			if !ok {
				x = math.NaN()
			}
			row[j] = x
		}
		cols = max(cols, len(row))
		rows = append(rows, row)
	}
	m := len(rows)
	data := make([]float64, m*cols)
	for i, r := range rows {
		for j := range cols {
			x := math.NaN()
			if j < len(r) {
				x = r[j]
			}
			data[j*m+i] = x
		}
	}
	return one(numArray(value.Dims{m, cols}, data))
}

// cellText writes one element of writematrix's input.
func cellText(v value.Value, i int, delim string) string {
	switch r := v.Ref().(type) {
	case *value.StringArray:
		return quoteField(r.Elems[i], delim)
	case *value.Cell:
		e := r.Elems[i]
		if s, ok := e.Text(); ok {
			return quoteField(s, delim)
		}
		if x, err := value.ScalarFloat(e); err == nil {
			return numberField(x, e.Class())
		}
		return ""
	}
	a, _ := v.Array()
	return numberField(a.Re[i], a.Class())
}

func quoteField(s, delim string) string {
	if delim != "" && strings.Contains(s, delim) || strings.ContainsAny(s, "\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

// numberField writes a number with up to 15 significant digits, logicals
// as 1 and 0, and NaN as an empty field.
func numberField(x float64, cls value.Class) string {
	switch {
	case math.IsNaN(x):
		return ""
	case math.IsInf(x, 1):
		return "Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	case cls == value.Logical || cls.IsInteger():
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	return strconv.FormatFloat(x, 'g', 15, 64)
}

func biWritematrix(c *interp.Call) ([]value.Value, error) {
	var a value.Value
	name, delim, mode := "", ",", "overwrite"
	var nameV value.Value
	if err := c.Unpack("A", &a, "filename?", &nameV, "-Delimiter", &delim, "-WriteMode", &mode); err != nil {
		return nil, err
	}
	if nameV.Defined() {
		s, err := textArg("writematrix", nameV, "File name")
		if err != nil {
			return nil, err
		}
		name = s
	} else {
		name = "matrix.txt"
	}
	switch strings.ToLower(delim) {
	case "tab", "\\t":
		delim = "\t"
	case "comma":
		delim = ","
	case "space":
		delim = " "
	case "semi":
		delim = ";"
	case "bar":
		delim = "|"
	}
	app, err := writeMode(mode)
	if err != nil {
		return nil, err
	}
	d := a.Size()
	if !d.IsMatrix() {
		return nil, value.Errorf("MATLAB:table:write:NDArrayNotSupported", "Writing N-dimensional arrays is not supported.")
	}
	switch a.Ref().(type) {
	case *value.StringArray, *value.Cell:
	default:
		if _, ok := a.Array(); !ok {
			return nil, value.Errorf("MATLAB:writematrix:InvalidInput", "Input must be a numeric, logical, string, or cell array.")
		}
	}
	if a.Class() == value.Char {
		t, _ := readTexts(a)
		a = stringArray(value.Dims{len(t.elems), 1}, t.elems)
		d = a.Size()
	}
	var b strings.Builder
	m, n := d.Rows(), d.Cols()
	for i := range m {
		for j := range n {
			if j > 0 {
				b.WriteString(delim)
			}
			b.WriteString(cellText(a, j*m+i, delim))
		}
		b.WriteString("\n")
	}
	return nil, writeWhole(name, []byte(b.String()), app)
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "readmatrix", Fn: biReadmatrix, Doc: "A = readmatrix(filename), readmatrix(…, 'Delimiter', d, 'NumHeaderLines', n, 'Range', r): delimited text; non-numeric fields are NaN; r is 'A2', 'A2:C5', 'A:C', '2:5', [row col] or [r1 c1 r2 c2]"},
		{Name: "writematrix", Fn: biWritematrix, Doc: "writematrix(A), writematrix(A, filename), writematrix(…, 'Delimiter', d, 'WriteMode', 'overwrite'|'append'): delimited text, 15 significant digits"},
	})
}
