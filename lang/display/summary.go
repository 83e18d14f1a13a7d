package display

import (
	"strings"

	"gomat/lang/value"
)

// maxInline is the longest "[1 2 3]" text shown for a row vector inside a
// struct field or a cell; longer vectors show their size ("[1×30 double]").
const maxInline = 60

// Summary returns the one-line form of v that MATLAB shows after a struct
// field or property name: numeric and logical scalars as numbers ("1",
// "1.5000"), short real row vectors as "[1 2 3]", other arrays by size and
// class ("[3×3 double]", "[2×2 int8]"), the 0×0 double as "[]", char rows
// quoted ("'abc'"), strings double-quoted or <missing>, cells as
// "{1×2 cell}" (the 0×0 cell as "{}"), structs as "[1×1 struct]",
// function handles by their text ("@(x)x+1") and objects as
// "[1×1 ClassName]".
func Summary(v value.Value, f Format) string {
	if v.IsBool() {
		return boolText(v.Float())
	}
	if v.IsNum() {
		return FormatScalar(v.Float(), false, f)
	}
	switch r := v.Ref().(type) {
	case *value.Array:
		s, _ := arraySummary(r, f, false)
		return s
	case *value.Cell:
		if d := r.Size(); d.IsMatrix() && d.Rows() == 0 && d.Cols() == 0 {
			return "{}"
		}
		return "{" + r.Size().String() + " cell}"
	case *value.StringArray:
		if r.Size().IsScalar() {
			return stringText(r, 0)
		}
		return "[" + r.Size().String() + " string]"
	case *value.Func:
		return funcText(r)
	case nil:
		return "[]"
	}
	return "[" + v.Size().String() + " " + v.ClassName() + "]"
}

// cellAlign is how a cell element pads to the width of its column.
type cellAlign int

const (
	// alignLeft pads after the item, before the closing brace:
	// "{'a'  }", "{2×2 double}".
	alignLeft cellAlign = iota
	// alignNumber pads inside the brackets before the text, so numbers
	// right-align: "{[  1]}".
	alignNumber
	// alignString pads inside the brackets after the text: "{["lows" ]}".
	alignString
	// alignRight pads before the item, after the opening brace, as
	// function handles do: "{  @(x,y)x}".
	alignRight
)

// cellItem is what a cell array shows between the braces of one element
// ("[1]", "[1 2 3]", "'abc'", "2×2 double", "0×0 double", "1×1 cell",
// "[\"str\"]", "@(x)x+1", "1×0 char") and how it pads to its column.
func cellItem(v value.Value, f Format) (string, cellAlign) {
	switch r := v.Ref().(type) {
	case nil:
		if v.IsBool() {
			return "[" + boolText(v.Float()) + "]", alignNumber
		}
		if v.IsNum() {
			return "[" + FormatScalar(v.Float(), false, f) + "]", alignNumber
		}
		return "0×0 double", alignLeft
	case *value.Array:
		s, bracketed := arraySummary(r, f, true)
		if bracketed {
			return s, alignNumber
		}
		return s, alignLeft
	case *value.StringArray:
		if r.Size().IsScalar() {
			return "[" + stringText(r, 0) + "]", alignString
		}
	case *value.Func:
		return funcText(r), alignRight
	}
	return v.Size().String() + " " + v.ClassName(), alignLeft
}

// arraySummary is Summary (inCell false) or cellItem (inCell true) for a
// dense array.
func arraySummary(a *value.Array, f Format, inCell bool) (string, bool) {
	d, cls := a.Size(), a.Class()
	sized := d.String() + " " + cls.String()
	if !inCell {
		sized = "[" + sized + "]"
	}
	if cls == value.Char {
		if d.IsMatrix() && ((d.Rows() == 1 && d.Cols() > 0) || (!inCell && d.Rows() == 0 && d.Cols() == 0)) {
			return "'" + a.CharData() + "'", false
		}
		return sized, false
	}
	if d.IsEmpty() {
		if !inCell && cls == value.Double && d.IsMatrix() && d.Rows() == 0 && d.Cols() == 0 {
			return "[]", false
		}
		return sized, false
	}
	if !d.IsMatrix() || d.Rows() != 1 || (a.Im != nil && d.Cols() > 1) {
		return sized, false
	}
	parts := make([]string, d.Cols())
	n := 1
	for j := range parts {
		parts[j] = elemText(a, j, f)
		n += len(parts[j]) + 1
	}
	if n > maxInline {
		return sized, false
	}
	s := strings.Join(parts, " ")
	if d.Cols() == 1 && !inCell {
		return s, false
	}
	return "[" + s + "]", true
}

// elemText writes element k of a numeric or logical array on its own, as
// struct fields and cells show it.
func elemText(a *value.Array, k int, f Format) string {
	cls := a.Class()
	if !cls.IsFloat() {
		return value.IntegerText(cls, a.Re[k])
	}
	if a.Im != nil {
		return FormatComplex(a.Re[k], a.Im[k], cls == value.Single, f)
	}
	return FormatScalar(a.Re[k], cls == value.Single, f)
}

func boolText(x float64) string {
	if x != 0 {
		return "1"
	}
	return "0"
}

// stringText is element k of a string array as displays show it: quoted,
// or <missing>.
func stringText(s *value.StringArray, k int) string {
	if s.Missing != nil && s.Missing[k] {
		return "<missing>"
	}
	return `"` + s.Elems[k] + `"`
}

// funcText is a function handle as MATLAB shows it: "@(x)x.^2", "@sin".
func funcText(fn *value.Func) string {
	t := fn.Text
	if t == "" {
		t = fn.Name
	}
	if !strings.HasPrefix(t, "@") {
		t = "@" + t
	}
	return t
}
