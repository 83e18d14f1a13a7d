package builtins

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "isspace", Fn: isspaceFn, Doc: "TF = isspace(str): true for the white-space characters of a char array or string scalar; false (of the same size) for any other value"},
	})
}

func isspaceFn(c *interp.Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("A", &v); err != nil {
		return nil, err
	}
	if s, ok := v.Ref().(*value.StringArray); ok && s.Size().IsScalar() && (s.Missing == nil || !s.Missing[0]) {
		v = charRow(s.Elems[0])
	}
	a, ok := v.Array()
	if !ok || a.Class() != value.Char {
		return one(boolArray(v.Size().Clone(), make([]bool, v.Numel())))
	}
	bs := make([]bool, len(a.Re))
	for i, x := range a.Re {
		bs[i] = isWhite(rune(x))
	}
	return one(boolArray(a.Size().Clone(), bs))
}
