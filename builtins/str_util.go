package builtins

import (
	"strings"
	"unicode/utf16"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// textKind is the container a text argument came in, so that results keep
// MATLAB's rule "char in, char out; cellstr in, cell out; string in, string
// out".
type textKind int

const (
	kindChar textKind = iota
	kindCellstr
	kindString
)

// texts is a text argument read as a list of strings with its container.
// A char row is one element; a char matrix is its rows (dims n×1).
type texts struct {
	kind    textKind
	dims    value.Dims
	elems   []string
	missing []bool
}

// readTexts reads a char array, a cell array of char vectors or a string
// array; ok is false for anything else.
func readTexts(v value.Value) (texts, bool) {
	switch r := v.Ref().(type) {
	case *value.StringArray:
		return texts{kind: kindString, dims: r.Size(), elems: r.Elems, missing: r.Missing}, true
	case *value.Cell:
		out := make([]string, len(r.Elems))
		for i, e := range r.Elems {
			if e.Class() != value.Char {
				return texts{}, false
			}
			s, ok := e.Text()
			if !ok {
				return texts{}, false
			}
			out[i] = s
		}
		return texts{kind: kindCellstr, dims: r.Size(), elems: out}, true
	case *value.Array:
		if r.Class() != value.Char || !r.Size().IsMatrix() {
			return texts{}, false
		}
		rows := textRows(r)
		if len(rows) == 1 || r.Size().Rows() <= 1 {
			return texts{kind: kindChar, dims: value.Dims{1, 1}, elems: []string{r.CharData()}}, true
		}
		return texts{kind: kindChar, dims: value.Dims{len(rows), 1}, elems: rows}, true
	}
	return texts{}, false
}

// value rebuilds a result of the same container with new elements (same
// count as t.elems).
func (t texts) value(elems []string) value.Value {
	switch t.kind {
	case kindString:
		sa := value.NewStringArray(t.dims.Clone(), elems)
		if t.missing != nil {
			sa.Missing = append([]bool(nil), t.missing...)
		}
		return value.FromRef(sa)
	case kindCellstr:
		return cellOfStrs(t.dims.Clone(), elems)
	}
	if len(elems) == 1 {
		return charRow(elems[0])
	}
	return charMatrix(elems)
}

// isMissing reports whether element i is a <missing> string.
func (t texts) isMissing(i int) bool { return t.missing != nil && t.missing[i] }

// charRow returns s as a 1×n char row vector (1×0 when s is empty, as
// MATLAB's text functions return).
func charRow(s string) value.Value {
	u := utf16.Encode([]rune(s))
	re := make([]float64, len(u))
	for i, c := range u {
		re[i] = float64(c)
	}
	return value.FromRef(value.NewArrayFrom(value.Char, value.Dims{1, len(u)}, re, nil))
}

// charMatrix stacks rows into a char matrix, padding short rows with
// blanks on the right (char's and strvcat's rule).
func charMatrix(rows []string) value.Value {
	enc := make([][]uint16, len(rows))
	w := 0
	for i, r := range rows {
		enc[i] = utf16.Encode([]rune(r))
		w = max(w, len(enc[i]))
	}
	m := len(rows)
	re := make([]float64, m*w)
	for i, u := range enc {
		for j := range w {
			c := uint16(' ')
			if j < len(u) {
				c = u[j]
			}
			re[j*m+i] = float64(c)
		}
	}
	return value.FromRef(value.NewArrayFrom(value.Char, value.Dims{m, w}, re, nil))
}

// textRows returns the rows of a 2-D char array as strings.
func textRows(a *value.Array) []string {
	d := a.Size()
	m, n := d.Rows(), d.Numel()/max(d.Rows(), 1)
	rows := make([]string, m)
	u := make([]uint16, n)
	for i := range m {
		for j := range n {
			u[j] = uint16(a.Re[j*m+i])
		}
		rows[i] = string(utf16.Decode(u))
	}
	return rows
}

// cellOfStrs returns a cell array of char rows.
func cellOfStrs(d value.Dims, elems []string) value.Value {
	vals := make([]value.Value, len(elems))
	for i, s := range elems {
		vals[i] = charRow(s)
	}
	return value.FromRef(value.NewCellFrom(d, vals))
}

// stringArray returns a string array of size d.
func stringArray(d value.Dims, elems []string) value.Value {
	return value.FromRef(value.NewStringArray(d, elems))
}

// isText reports whether v is a char array, string array or cellstr.
func isText(v value.Value) bool {
	_, ok := readTexts(v)
	return ok
}

// isStringValue reports whether v is a string array.
func isStringValue(v value.Value) bool {
	_, ok := v.Ref().(*value.StringArray)
	return ok
}

// textArg reads a char row vector or string scalar, with MATLAB's error
// naming the function and argument when it is not one.
func textArg(fn string, v value.Value, what string) (string, error) {
	s, ok := v.Text()
	if !ok {
		return "", value.Errorf("MATLAB:"+fn+":InvalidInput", "%s must be a character vector or string scalar.", what)
	}
	return s, nil
}

// textListArg reads a char row, string array or cellstr as a list.
func textListArg(fn string, v value.Value, what string) ([]string, error) {
	ss, ok := interp.TextList(v)
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "%s must be a string array, character vector, or cell array of character vectors.", what)
	}
	return ss, nil
}

// boolArray returns a logical array of size d.
func boolArray(d value.Dims, bs []bool) value.Value {
	re := make([]float64, len(bs))
	for i, b := range bs {
		if b {
			re[i] = 1
		}
	}
	return value.FromRef(value.NewArrayFrom(value.Logical, d, re, nil))
}

// numArray returns a double array of size d.
func numArray(d value.Dims, xs []float64) value.Value {
	return value.FromRef(value.NewArrayFrom(value.Double, d, xs, nil))
}

// emptyChar returns the 0×0 empty char array.
func emptyChar() value.Value {
	return value.FromRef(value.NewArray(value.Char, value.Dims{0, 0}))
}

// trimSpaceRight removes trailing whitespace (deblank's set: white space
// and NUL).
func trimSpaceRight(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return isWhite(r) || r == 0 })
}

// isWhite is MATLAB's isspace set.
func isWhite(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0:
		return true
	}
	return r >= 0x2000 && r <= 0x200A || r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// nargs checks the argument count against MATLAB's limits.
func nargs(c *interp.Call, lo, hi int) error {
	if len(c.Args) < lo {
		return value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	if hi >= 0 && len(c.Args) > hi {
		return value.Errorf("MATLAB:TooManyInputs", "Too many input arguments.")
	}
	return nil
}

// one wraps a single result.
func one(v value.Value) ([]value.Value, error) { return []value.Value{v}, nil }
