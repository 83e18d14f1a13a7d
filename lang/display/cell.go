package display

import "gomat/lang/value"

// cellPage writes the r×c page of cell elements elems (column-major): each
// element in braces after four spaces, every column padded to its widest
// element. Numeric "[...]" items pad inside their brackets so the numbers
// right-align ("{[ 1]}" over "{[22]}"), string scalars pad inside theirs
// after the text ("{["lows" ]}"), function handles pad after the opening
// brace ("{ @sin}"), and others pad before the closing brace ("{'a'  }").
func (p *printer) cellPage(elems []value.Value, r, c int) {
	items := make([]string, len(elems))
	aligns := make([]cellAlign, len(elems))
	inner := make([]int, c)
	for k, e := range elems {
		items[k], aligns[k] = cellItem(e, p.f)
		inner[k/r] = max(inner[k/r], textWidth(items[k]))
	}
	widths := make([]int, c)
	for j, w := range inner {
		widths[j] = w + 6
	}
	p.table(table{rows: r, widths: widths, cell: func(i, j int) string {
		k := i + j*r
		s := items[k]
		switch aligns[k] {
		case alignNumber:
			s = "[" + padLeft(s[1:len(s)-1], inner[j]-2) + "]"
		case alignString:
			s = "[" + padRight(s[1:len(s)-1], inner[j]-2) + "]"
		case alignRight:
			s = padLeft(s, inner[j])
		default:
			s = padRight(s, inner[j])
		}
		return "    {" + s + "}"
	}})
}

// stringPage writes the r×c page of string elements that starts at off:
// quoted and left-aligned in columns as wide as their widest element, after
// four spaces.
func (p *printer) stringPage(s *value.StringArray, off, r, c int) {
	texts := make([]string, r*c)
	widths := make([]int, c)
	for k := range texts {
		texts[k] = stringText(s, off+k)
		widths[k/r] = max(widths[k/r], textWidth(texts[k])+4)
	}
	p.table(table{rows: r, widths: widths, cell: func(i, j int) string {
		return "    " + padRight(texts[i+j*r], widths[j]-4)
	}})
}
