package display

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// printer collects the lines of one display.
type printer struct {
	b     strings.Builder
	f     Format
	width int // terminal columns
}

func newPrinter(f Format, width int) *printer {
	if width <= 0 {
		width = 80
	}
	return &printer{f: f, width: width}
}

// line writes s and a newline.
func (p *printer) line(s string) {
	p.b.WriteString(s)
	p.b.WriteByte('\n')
}

// blank writes the empty line that format loose prints and format compact
// drops.
func (p *printer) blank() {
	if !p.f.Compact {
		p.b.WriteByte('\n')
	}
}

// table is a matrix of rendered cells: cell(i, j) is padded to widths[j]
// display columns, its leading separation included.
type table struct {
	rows   int
	widths []int
	cell   func(i, j int) string
}

// table writes t, splitting its columns into chunks that fit the terminal
// width under "Columns 1 through 8" headers as MATLAB does.
func (p *printer) table(t table) {
	n := len(t.widths)
	var chunks [][2]int
	for j := 0; j < n; {
		k, tot := j, 0
		for k < n && (k == j || tot+t.widths[k] <= p.width) {
			tot += t.widths[k]
			k++
		}
		chunks = append(chunks, [2]int{j, k})
		j = k
	}
	var sb strings.Builder
	for ci, c := range chunks {
		if len(chunks) > 1 {
			if ci > 0 {
				p.blank()
			}
			p.line(columnsHeader(c[0]+1, c[1]))
			p.blank()
		}
		for i := 0; i < t.rows; i++ {
			sb.Reset()
			for j := c[0]; j < c[1]; j++ {
				sb.WriteString(t.cell(i, j))
			}
			p.line(sb.String())
		}
	}
}

// columnsHeader is the header over one chunk of a wrapped matrix (1-based,
// inclusive).
func columnsHeader(from, to int) string {
	switch to - from {
	case 0:
		return "  Column " + strconv.Itoa(from)
	case 1:
		return "  Columns " + strconv.Itoa(from) + " and " + strconv.Itoa(to)
	}
	return "  Columns " + strconv.Itoa(from) + " through " + strconv.Itoa(to)
}

// textWidth is the number of terminal columns s takes: one per character.
func textWidth(s string) int { return utf8.RuneCountInString(s) }

// uniform returns n copies of w, the column widths of a matrix whose
// columns all share one width.
func uniform(n, w int) []int {
	ws := make([]int, n)
	for i := range ws {
		ws[i] = w
	}
	return ws
}
