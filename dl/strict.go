package dl

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "gomat_strict", Fn: gomatStrictFn, Doc: "gomat_strict(tf) turns strict MATLAB compatibility on or off for the session (as --strict does); s = gomat_strict returns the setting"},
	})
}

// gomatStrictFn implements gomat_strict: the script-level switch for the
// --strict flag. A dotted name such as gomat.strict(true) would need the
// parser to resolve package-qualified function names.
func gomatStrictFn(c *interp.Call) ([]value.Value, error) {
	var on value.Value
	if err := c.Unpack("tf?", &on); err != nil {
		return nil, err
	}
	prev := c.In.Strict
	if on.Defined() {
		b, err := validator{"gomat_strict", "tf"}.logical(on)
		if err != nil {
			return nil, err
		}
		c.In.Strict = b
		if c.Nargout == 0 {
			return nil, nil
		}
	}
	return []value.Value{value.Bool(prev)}, nil
}
