package interp

import "gomat/lang/value"

type unitKind uint8

const (
	scriptUnit   unitKind = iota // a script file, a REPL line or an eval string
	functionUnit                 // a function (main, local or nested)
	anonUnit                     // the body of an anonymous function
)

// unit is compiled code: statements resolved to closures over variable
// slots, ready to run in a frame.
type unit struct {
	kind   unitKind
	name   string
	file   *fileCtx
	names  []string
	slotOf map[string]int
	body   []stmtFn

	// functions
	params     []int // slots of the inputs; -1 for "~"
	outputs    []int // slots of the outputs
	varargin   bool
	varargout  bool
	persistent map[string]*value.Value
	parent     *unit // enclosing function of a nested function
	nested     map[string]*unit
	shared     []sharedVar // variables a nested function shares with its parent

	// anonymous functions
	expr     *cexpr
	captures []capture
}

// sharedVar maps a nested function's slot to its parent's slot.
type sharedVar struct{ mine, parents int }

// capture says which variable of the defining workspace an anonymous
// function copies into which of its own slots.
type capture struct {
	name string
	slot int
}

// fileCtx is what the functions of one source file share: their local
// functions and the source lines for error trails.
type fileCtx struct {
	path   string
	name   string
	lines  []string
	funcs  map[string]*unit
	script *unit // the script body of a script file
	main   *unit // the first function of a function file
}

func (fc *fileCtx) line(n int) string {
	if fc == nil || n < 1 || n > len(fc.lines) {
		return ""
	}
	return fc.lines[n-1]
}

func (u *unit) slot(name string) int {
	if s, ok := u.slotOf[name]; ok {
		return s
	}
	s := len(u.names)
	u.names = append(u.names, name)
	u.slotOf[name] = s
	return s
}

func newUnit(kind unitKind, name string, fc *fileCtx) *unit {
	return &unit{kind: kind, name: name, file: fc, slotOf: map[string]int{}}
}
