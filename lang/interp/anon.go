package interp

import (
	"gomat/lang/ast"
	"gomat/lang/value"
)

// anon compiles @(params) body. The body becomes its own unit; every name
// it uses that is not a parameter is captured from the defining workspace
// when the handle is created (if it is a variable then), as MATLAB does.
func (c *compiler) anon(e *ast.AnonFunc) *cexpr {
	u := newUnit(anonUnit, "@", c.u.file)
	u.parent = c.u
	for i, p := range e.Params {
		if p == "~" {
			u.params = append(u.params, -1)
			continue
		}
		u.params = append(u.params, u.slot(p))
		if p == "varargin" && i == len(e.Params)-1 {
			u.varargin = true
		}
	}
	nparams := len(u.names)
	ac := &compiler{u: u, assigned: map[string]bool{}}
	for _, p := range e.Params {
		ac.assigned[p] = true
	}
	u.expr = ac.expr(e.Body)
	var from []int
	for s := nparams; s < len(u.names); s++ {
		name := u.names[s]
		u.captures = append(u.captures, capture{name: name, slot: s})
		from = append(from, c.u.slot(name))
	}
	text := ast.Format(e)
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		vals := make([]value.Value, len(from))
		for i, s := range from {
			vals[i] = *fr.vars[s]
			value.Retain(vals[i])
		}
		return value.FromRef(&value.Func{Text: text, Impl: &anonFunc{u: u, vals: vals}}), nil
	}}
}

// funcHandle compiles @name.
func (c *compiler) funcHandle(e *ast.FuncHandle) *cexpr {
	site := &callSite{name: e.Name, file: c.u.file, from: c.u}
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		return value.FromRef(&value.Func{Name: e.Name, Text: e.Name, Impl: &namedFunc{site: site}}), nil
	}}
}
