package builtins

import (
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"gomat/lang/display"
)

// textGrid is an r×c grid of texts laid out as categorical arrays display:
// each cell is five spaces, the text left-aligned in its column, and one
// space. A single column is not padded (MATLAB shows each name as is).
type textGrid struct {
	rows, cols int
	cell       func(i, j int) string
}

// write renders g, wrapping its columns under "Columns a through b"
// headers when they do not fit in width columns.
func (g textGrid) write(b *strings.Builder, compact bool, width int) {
	widths := make([]int, g.cols)
	if g.cols > 1 {
		for j := range widths {
			for i := range g.rows {
				widths[j] = max(widths[j], utf8.RuneCountInString(g.cell(i, j)))
			}
		}
	}
	var chunks [][2]int
	for j := 0; j < g.cols; {
		k, tot := j, 0
		for k < g.cols && (k == j || tot+widths[k]+6 <= width) {
			tot += widths[k] + 6
			k++
		}
		chunks = append(chunks, [2]int{j, k})
		j = k
	}
	for ci, ch := range chunks {
		if len(chunks) > 1 {
			if ci > 0 && !compact {
				b.WriteString("\n")
			}
			b.WriteString(catChunkHeader(ch[0]+1, ch[1]) + "\n")
			if !compact {
				b.WriteString("\n")
			}
		}
		for i := range g.rows {
			for j := ch[0]; j < ch[1]; j++ {
				s := g.cell(i, j)
				b.WriteString("     " + s + strings.Repeat(" ", max(widths[j]-utf8.RuneCountInString(s), 0)) + " ")
			}
			b.WriteString("\n")
		}
	}
}

// catChunkHeader is the header over columns from..to (1-based) of a wrapped
// display.
func catChunkHeader(from, to int) string {
	switch to - from {
	case 0:
		return "  Column " + strconv.Itoa(from)
	case 1:
		return "  Columns " + strconv.Itoa(from) + " and " + strconv.Itoa(to)
	}
	return "  Columns " + strconv.Itoa(from) + " through " + strconv.Itoa(to)
}

// DisplayBody writes what MATLAB shows for a categorical array: a size
// header ("  3×1 categorical array", "  categorical" for a scalar) and the
// category names of the elements; disp (name "") shows the names alone.
func (c *Categorical) DisplayBody(w io.Writer, name string, f display.Format, width int) {
	var b strings.Builder
	d := c.Size()
	switch {
	case name == "":
	case d.IsEmpty():
		b.WriteString("  " + d.String() + " empty categorical array\n")
	case d.IsScalar():
		b.WriteString("  categorical\n")
	default:
		b.WriteString("  " + d.String() + " categorical array\n")
	}
	if d.IsEmpty() {
		io.WriteString(w, b.String())
		return
	}
	if name != "" && !f.Compact {
		b.WriteString("\n")
	}
	r, cols := d[0], d[1]
	pages := d.Numel() / (r * cols)
	for p := range pages {
		if pages > 1 {
			if p > 0 && !f.Compact {
				b.WriteString("\n")
			}
			b.WriteString(name + catPageSuffix(d, p) + " = \n")
			if !f.Compact {
				b.WriteString("\n")
			}
		}
		off := p * r * cols
		textGrid{rows: r, cols: cols, cell: func(i, j int) string { return c.label(off + i + j*r) }}.write(&b, f.Compact, width)
	}
	io.WriteString(w, b.String())
}

// catPageSuffix is the "(:,:,k)" index of page p of an N-d array of size d.
func catPageSuffix(d []int, p int) string {
	var b strings.Builder
	b.WriteString("(:,:")
	for _, n := range d[2:] {
		b.WriteString("," + strconv.Itoa(p%n+1))
		p /= n
	}
	return b.String() + ")"
}
