package interp

import (
	"sort"

	"gomat/lang/value"
)

// BuiltinFunc implements a built-in function. It receives the call's
// arguments and the number of outputs the caller asked for, and returns at
// least that many values (or more; extras are dropped). A built-in asked for
// zero outputs may still return one value, which becomes ans.
type BuiltinFunc func(c *Call) ([]value.Value, error)

// Builtin describes one built-in function as registered in a family table.
type Builtin struct {
	Name string
	Fn   BuiltinFunc
	// Doc is the one-line summary docs/builtins.md shows: the supported
	// call forms.
	Doc string
	// Num1 and Num2, when set, compute the built-in for one or two real
	// double scalars without allocating, so that scalar loops stay fast.
	// ok false means the result is not a real double scalar: Fn handles it.
	Num1 func(x float64) (r float64, ok bool)
	Num2 func(x, y float64) (r float64, ok bool)
}

// Call is what a built-in gets: the interpreter, the arguments, and the
// number of requested outputs.
type Call struct {
	In      *Interp
	Name    string
	Args    []value.Value
	Nargout int
	frame   *frame
	site    *callSite
}

var registry = map[string]*Builtin{}

// Register adds a family's table of built-ins. Families call it from an init
// function; a name registered twice is a programming error and panics at
// start-up.
func Register(table []Builtin) {
	for i := range table {
		b := &table[i]
		if _, dup := registry[b.Name]; dup {
			panic("interp: built-in registered twice: " + b.Name)
		}
		registry[b.Name] = b
	}
}

// LookupBuiltin returns the built-in with the given name.
func LookupBuiltin(name string) (*Builtin, bool) {
	b, ok := registry[name]
	return b, ok
}

// Builtins returns every registered built-in, sorted by name.
func Builtins() []*Builtin {
	out := make([]*Builtin, 0, len(registry))
	for _, b := range registry {
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
