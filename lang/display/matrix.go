package display

import (
	"strings"
	"unicode/utf16"

	"gomat/lang/value"
)

// floatFormat picks the one element format shared by the n elements of a
// double or single array that start at element off: MATLAB formats a
// matrix, and each page of an N-d array, as a whole. A single element
// follows the scalar rules.
func floatFormat(a *value.Array, off, n int, style Style) numFmt {
	single := a.Class() == value.Single
	re := a.Re[off : off+n]
	if a.Im != nil {
		return chooseComplex(scan(re, a.Im[off:off+n]), style, single, n == 1)
	}
	return chooseReal(scan(re), style, single, n == 1)
}

// dense writes the body of a 2-D dense array: the class header where MATLAB
// shows one (integer, logical and char arrays; never under disp), then the
// values.
func (p *printer) dense(a *value.Array, disp bool) {
	d, cls := a.Size(), a.Class()
	if d.IsEmpty() {
		if !disp {
			p.line(emptyText(cls.String(), d, cls.IsNumeric()))
		}
		return
	}
	if cls == value.Char && d.Rows() == 1 && !disp {
		p.line("    '" + a.CharData() + "'")
		return
	}
	if h := classHeader(a); h != "" && !disp {
		p.line(h)
		p.blank()
	}
	p.densePage(a, p.elemFormat(a, 0, d.Numel()), 0, d.Rows(), d.Cols(), disp)
}

// elemFormat is the numeric format of the n elements of a float array
// that start at element off (unused for other classes).
func (p *printer) elemFormat(a *value.Array, off, n int) numFmt {
	if a.Class().IsFloat() {
		return floatFormat(a, off, n, p.f.Style)
	}
	return numFmt{}
}

// classHeader is the line above the values of a single, integer, logical
// or char array ("  single", "  int8", "  1×3 uint8 row vector",
// "  2×3 char array"); "" for double, which has none.
func classHeader(a *value.Array) string {
	cls, d := a.Class(), a.Size()
	switch {
	case cls.IsInteger() || cls == value.Single:
		if d.IsScalar() {
			return "  " + cls.String()
		}
		return "  " + d.String() + " " + cls.String() + " " + shapeWord(d)
	case cls == value.Logical:
		if d.IsScalar() {
			return "  logical"
		}
		return "  " + d.String() + " logical array"
	case cls == value.Char:
		return "  " + d.String() + " char array"
	}
	return ""
}

// shapeWord names the shape of a numeric array as MATLAB's headers do.
func shapeWord(d value.Dims) string {
	switch {
	case !d.IsMatrix():
		return "array"
	case d.Rows() == 1:
		return "row vector"
	case d.Cols() == 1:
		return "column vector"
	}
	return "matrix"
}

// emptyText is the line shown for an empty array: "     []" for the 0×0
// double, "  0×3 empty double matrix" and the like otherwise. Only numeric
// classes get vector/matrix words; the others are always "array".
func emptyText(class string, d value.Dims, numeric bool) string {
	if class == "double" && d.IsMatrix() && d.Rows() == 0 && d.Cols() == 0 {
		return "     []"
	}
	shape := "array"
	if numeric {
		shape = shapeWord(d)
	}
	return "  " + d.String() + " empty " + class + " " + shape
}

// densePage writes the r×c page of a that starts at element off.
func (p *printer) densePage(a *value.Array, nf numFmt, off, r, c int, disp bool) {
	cls := a.Class()
	switch {
	case cls == value.Char:
		for i := 0; i < r; i++ {
			s := charRow(a, off, r, c, i)
			if disp {
				p.line(s)
			} else {
				p.line("    '" + s + "'")
			}
		}
	case cls.IsFloat():
		if nf.scaled {
			p.line(nf.scaleLine())
			p.blank()
		}
		if a.Im != nil {
			p.complexPage(nf, a.Re[off:off+r*c], a.Im[off:off+r*c], r, c)
		} else {
			p.realPage(nf, a.Re[off:off+r*c], r, c)
		}
	default:
		p.intPage(a.Class(), a.Re[off:off+r*c], r, c)
	}
}

// charRow decodes row i of an r×c char page.
func charRow(a *value.Array, off, r, c, i int) string {
	u := make([]uint16, c)
	for j := range u {
		u[j] = uint16(a.Re[off+i+j*r])
	}
	return string(utf16.Decode(u))
}

// realPage writes real float data (column-major r×c) right-aligned in
// fields of the format's width.
func (p *printer) realPage(nf numFmt, re []float64, r, c int) {
	texts := make([]string, len(re))
	w := nf.width
	for k, x := range re {
		texts[k] = nf.text(x)
		w = max(w, len(texts[k])+1)
	}
	p.table(table{rows: r, widths: uniform(c, w), cell: func(i, j int) string {
		return padLeft(texts[i+j*r], w)
	}})
}

// complexPage writes complex data: real parts right-aligned with room for
// a sign and three spaces of separation, then " + " or " - " and the
// imaginary magnitudes right-aligned among themselves.
func (p *printer) complexPage(nf numFmt, re, im []float64, r, c int) {
	rw, iw := 0, 0
	for k := range re {
		rw = max(rw, len(strings.TrimPrefix(nf.text(re[k]), "-"))+3)
		y := im[k]
		if y < 0 {
			y = -y
		}
		iw = max(iw, len(nf.text(y)))
	}
	w := rw + 3 + iw + 1
	p.table(table{rows: r, widths: uniform(c, w), cell: func(i, j int) string {
		return complexText(nf, re[i+j*r], im[i+j*r], rw, iw)
	}})
}

// intPage writes integer-class or logical data: each element right-aligned
// in the width of the widest, after three spaces.
func (p *printer) intPage(cls value.Class, re []float64, r, c int) {
	texts := make([]string, len(re))
	w := 0
	for k, x := range re {
		texts[k] = value.IntegerText(cls, x)
		w = max(w, len(texts[k])+3)
	}
	p.table(table{rows: r, widths: uniform(c, w), cell: func(i, j int) string {
		return padLeft(texts[i+j*r], w)
	}})
}
