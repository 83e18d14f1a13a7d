package display

import (
	"io"
	"strconv"
	"strings"

	"gomat/lang/value"
)

// Display writes what MATLAB prints for an unterminated statement whose
// result v is named name: the "name =" line (structs, strings and objects:
// "name = "), a blank line, the body, and a closing blank line; format
// compact drops the blank lines. width is the terminal width in columns
// (80 when output is not a terminal); wider matrices wrap under
// "Columns 1 through 8" headers. N-d arrays print page by page as
// "name(:,:,1) =" blocks.
func Display(w io.Writer, name string, v value.Value, f Format, width int) {
	if !v.Defined() {
		return
	}
	p := newPrinter(f, width)
	if paged(v) {
		p.pages(name, v, false)
	} else {
		p.line(name + equals(v))
		p.blank()
		p.body(v, name, false)
		p.blank()
	}
	io.WriteString(w, p.b.String())
}

// Disp writes what disp(v) prints: the body alone, without the name line,
// the class header or the surrounding blank lines. Char arrays print their
// text raw, a string scalar its text unquoted, empty arrays nothing, and a
// scalar struct its field lines.
func Disp(w io.Writer, v value.Value, f Format, width int) {
	if !v.Defined() {
		return
	}
	p := newPrinter(f, width)
	if paged(v) {
		p.pages("", v, true)
	} else {
		p.body(v, "", true)
	}
	io.WriteString(w, p.b.String())
}

// equals is what follows the name on the first line of a display.
func equals(v value.Value) string {
	switch v.Ref().(type) {
	case *value.Array, *value.Cell, *value.Func, nil:
		return " ="
	}
	return " = "
}

// body writes the lines of a display below the "name =" line (disp true:
// what disp prints).
func (p *printer) body(v value.Value, name string, disp bool) {
	switch r := v.Ref().(type) {
	case nil:
		a, _ := v.Array()
		p.dense(a, disp)
	case *value.Array:
		p.dense(r, disp)
	case *value.Cell:
		d := r.Size()
		if d.IsEmpty() {
			if !disp {
				p.line(emptyText("cell", d, false))
			}
			return
		}
		if !disp {
			p.line("  " + d.String() + " cell array")
			p.blank()
		}
		p.cellPage(r.Elems, d.Rows(), d.Cols())
	case *value.Struct:
		p.structBody(r, disp)
	case *value.StringArray:
		p.stringArray(r, disp)
	case *value.Func:
		if !disp {
			p.line("  function_handle with value:")
			p.blank()
		}
		p.line("    " + funcText(r))
	case value.Object:
		p.objectBody(r, name)
	}
}

// stringArray writes a 2-D string array.
func (p *printer) stringArray(s *value.StringArray, disp bool) {
	d := s.Size()
	switch {
	case d.IsEmpty():
		if !disp {
			p.line(emptyText("string", d, false))
		}
	case d.IsScalar():
		t := stringText(s, 0)
		if disp && (s.Missing == nil || !s.Missing[0]) {
			t = s.Elems[0]
		} else if !disp {
			t = "    " + t
		}
		p.line(t)
	default:
		if !disp {
			p.line("  " + d.String() + " string array")
			p.blank()
		}
		p.stringPage(s, 0, d.Rows(), d.Cols())
	}
}

// paged reports whether v is a non-empty N-d array that prints page by
// page.
func paged(v value.Value) bool {
	switch v.Ref().(type) {
	case *value.Array, *value.Cell, *value.StringArray:
		d := v.Size()
		return !d.IsMatrix() && !d.IsEmpty()
	}
	return false
}

// pages writes an N-d array as its 2-D pages, each under a
// "name(:,:,k) =" line; integer, logical, char, cell and string arrays are
// first introduced by their "name =" line and size header. Each page of a
// double or single array picks its own numeric format (and common scale
// factor), as MATLAB's do. Pages are separated by an extra blank line under
// format loose.
func (p *printer) pages(name string, v value.Value, disp bool) {
	d := v.Size()
	r, c := d.Rows(), d.Cols()
	var hdr string
	var page func(off int)
	switch a := v.Ref().(type) {
	case *value.Array:
		hdr = classHeader(a)
		page = func(off int) { p.densePage(a, p.elemFormat(a, off, r*c), off, r, c, disp) }
	case *value.Cell:
		hdr = "  " + d.String() + " cell array"
		page = func(off int) { p.cellPage(a.Elems[off:off+r*c], r, c) }
	case *value.StringArray:
		hdr = "  " + d.String() + " string array"
		page = func(off int) { p.stringPage(a, off, r, c) }
	}
	if hdr != "" && !disp {
		p.line(name + equals(v))
		p.blank()
		p.line(hdr)
		p.blank()
	}
	n := d.Numel() / (r * c)
	for k := 0; k < n; k++ {
		if k > 0 {
			p.blank()
		}
		p.line(name + pageLabel(d, k) + " =")
		p.blank()
		page(k * r * c)
		p.blank()
	}
}

// pageLabel is the index of page k of an N-d array: "(:,:,2)",
// "(:,:,1,3)".
func pageLabel(d value.Dims, k int) string {
	var b strings.Builder
	b.WriteString("(:,:")
	for _, n := range d[2:] {
		b.WriteString("," + strconv.Itoa(k%n+1))
		k /= n
	}
	b.WriteString(")")
	return b.String()
}
