package display

import "gomat/lang/value"

// structBody writes a struct: a scalar's fields with their summaries
// (under a "struct with fields:" header except for disp), or an array's
// size and field names.
func (p *printer) structBody(s *value.Struct, disp bool) {
	d := s.Size()
	if d.IsScalar() {
		if len(s.Fields) == 0 {
			p.line("  struct with no fields.")
			return
		}
		if !disp {
			p.line("  struct with fields:")
			p.blank()
		}
		p.nameValues(s.Fields, s.Elems[0])
		return
	}
	desc := "  " + d.String() + " struct array"
	if d.IsEmpty() {
		desc = "  " + d.String() + " empty struct array"
	}
	p.nameList(desc, "fields", s.Fields)
}

// nameList writes "<desc> with <noun>:" and the names, or "<desc> with no
// <noun>." when there are none.
func (p *printer) nameList(desc, noun string, names []string) {
	if len(names) == 0 {
		p.line(desc + " with no " + noun + ".")
		return
	}
	p.line(desc + " with " + noun + ":")
	p.blank()
	for _, n := range names {
		p.line("    " + n)
	}
}

// nameValues writes "name: summary" lines with the names right-aligned to
// the longest, which gets four spaces of indent.
func (p *printer) nameValues(names []string, vals []value.Value) {
	w := 0
	for _, n := range names {
		w = max(w, textWidth(n))
	}
	for i, n := range names {
		p.line("    " + padLeft(n, w) + ": " + Summary(vals[i], p.f))
	}
}
