package display

import (
	"io"

	"gomat/lang/value"
)

// Displayer is implemented by objects (MException, categorical, table,
// networks…) that print themselves. DisplayBody writes the lines below the
// "name = " line: everything disp(obj) prints. Display surrounds it with
// the "name = " line and, under format loose, a blank line before and
// after; Disp calls it with name "". Implementations honour f.Compact for
// blank lines inside the body and may wrap at width columns.
type Displayer interface {
	DisplayBody(w io.Writer, name string, f Format, width int)
}

// PropertyLister is implemented by objects that display as MATLAB's
// default object display does: a scalar object that is also a
// value.PropertyGetter prints "  ClassName with properties:" and one
// "Name: summary" line per property, names right-aligned; an object array
// prints its size, class and property names.
type PropertyLister interface {
	PropertyNames() []string
}

// objectBody writes an object through Displayer or PropertyLister, or as
// "  ClassName with no properties." when it implements neither.
func (p *printer) objectBody(o value.Object, name string) {
	if d, ok := o.(Displayer); ok {
		d.DisplayBody(&p.b, name, p.f, p.width)
		return
	}
	cls := o.ClassName()
	l, ok := o.(PropertyLister)
	if !ok {
		p.line("  " + cls + " with no properties.")
		return
	}
	names := l.PropertyNames()
	g, ok := o.(value.PropertyGetter)
	if !o.Size().IsScalar() || !ok {
		p.nameList("  "+o.Size().String()+" "+cls+" array", "properties", names)
		return
	}
	if len(names) == 0 {
		p.line("  " + cls + " with no properties.")
		return
	}
	vals := make([]value.Value, len(names))
	for i, n := range names {
		if v, err := g.GetProperty(n); err == nil {
			vals[i] = v
		}
	}
	p.line("  " + cls + " with properties:")
	p.blank()
	p.nameValues(names, vals)
}
