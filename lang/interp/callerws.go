package interp

import (
	"sort"

	"gomat/lang/value"
)

// CallerVar returns a variable of the workspace the built-in was called
// from (save, exist-like built-ins).
func (c *Call) CallerVar(name string) (value.Value, bool) {
	if c.frame == nil {
		return value.Value{}, false
	}
	return c.frame.lookupVar(name)
}

// CallerVarNames lists the defined variables of the calling workspace,
// sorted.
func (c *Call) CallerVarNames() []string {
	if c.frame == nil {
		return nil
	}
	names := c.frame.varNames()
	sort.Strings(names)
	return names
}

// SetCallerVar assigns a variable in the calling workspace (load).
func (c *Call) SetCallerVar(name string, v value.Value) {
	if c.frame == nil {
		return
	}
	store(c.frame.cellFor(name, true), v)
}

// InputName returns the name of the caller's variable passed as argument i
// (0-based), or "" when that argument was not a bare variable name, as
// MATLAB's inputname: table(Age, Height) names its variables after them.
func (c *Call) InputName(i int) string {
	if c.site == nil || c.frame == nil || i >= len(c.site.inputs) {
		return ""
	}
	ref := c.site.inputs[i]
	if ref.slot < 0 || !c.frame.vars[ref.slot].Defined() {
		return ""
	}
	return ref.name
}
