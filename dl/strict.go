package dl

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "gomat.strict", Fn: gomatStrictFn, Doc: "gomat.strict(tf) turns strict MATLAB compatibility on or off for the session (as --strict does); s = gomat.strict returns the setting"},
	})
}

// gomatStrictFn implements gomat.strict: the script-level switch for the
// --strict flag.
func gomatStrictFn(c *interp.Call) ([]value.Value, error) {
	var on value.Value
	if err := c.Unpack("tf?", &on); err != nil {
		return nil, err
	}
	prev := c.In.Strict
	if on.Defined() {
		b, err := validator{"gomat.strict", "tf"}.logical(on)
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
