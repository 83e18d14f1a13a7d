package interp

import (
	"sort"

	"gomat/lang/value"
)

// ParenIndexer is an object with its own meaning of obj(subs): tables,
// categorical arrays, layer arrays.
type ParenIndexer interface {
	ParenIndex(subs []value.Value) (value.Value, error)
}

// BraceIndexer is an object with its own meaning of obj{subs}: tables.
type BraceIndexer interface {
	BraceIndex(subs []value.Value) ([]value.Value, error)
}

// ParenAssigner is an object that supports obj(subs) = rhs. It returns the
// updated object.
type ParenAssigner interface {
	ParenAssign(subs []value.Value, rhs value.Value) (value.Value, error)
}

// EmptyMaker is an array-like object class whose elements can be assigned
// into a variable that does not exist yet (x(3) = datetime(…) makes a
// 1×3 datetime array): EmptyLike returns an empty array of the class,
// carrying the object's settings (format, categories).
type EmptyMaker interface {
	EmptyLike() value.Value
}

// NestedAssignRefuser is an object whose elements cannot be assigned
// through a longer path (obj(k).f = v); the error says so in the class's
// words.
type NestedAssignRefuser interface {
	NestedAssignError() error
}

// BraceAssigner is an object that supports obj{subs} = rhs.
type BraceAssigner interface {
	BraceAssign(subs []value.Value, rhs value.Value) (value.Value, error)
}

var methods = map[string]map[string]*Builtin{} // class name → method name → implementation
var methodNames = map[string]bool{}

// RegisterMethods adds methods of an object class: obj.name(args) and
// name(obj, args) call them with the object as the first argument.
func RegisterMethods(class string, table []Builtin) {
	m := methods[class]
	if m == nil {
		m = map[string]*Builtin{}
		methods[class] = m
	}
	for i := range table {
		b := &table[i]
		m[b.Name] = b
		methodNames[b.Name] = true
	}
}

// methodFor returns the method called name of v's class, if any.
func methodFor(v value.Value, name string) *Builtin {
	o, ok := v.Ref().(value.Object)
	if !ok {
		return nil
	}
	return methods[o.ClassName()][name]
}

// ClassMethods lists the methods registered for each object class, classes
// and methods sorted by name (for generated documentation).
func ClassMethods() []ClassMethodList {
	var out []ClassMethodList
	for class, m := range methods {
		l := ClassMethodList{Class: class}
		for _, b := range m {
			l.Methods = append(l.Methods, b)
		}
		sort.Slice(l.Methods, func(i, j int) bool { return l.Methods[i].Name < l.Methods[j].Name })
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Class < out[j].Class })
	return out
}

// ClassMethodList is one class and its methods.
type ClassMethodList struct {
	Class   string
	Methods []*Builtin
}
