package interp

import (
	"gomat/lang/display"
	"gomat/lang/value"
)

func biDisp(c *Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("X", &v); err != nil {
		return nil, err
	}
	display.Disp(c.In.Out, v, c.In.Format, c.In.Width)
	return nil, nil
}

func biDisplay(c *Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("X", &v); err != nil {
		return nil, err
	}
	c.In.display("ans", v)
	return nil, nil
}

func biFormat(c *Call) ([]value.Value, error) {
	var args []string
	for _, a := range c.Args {
		s, ok := a.Text()
		if !ok {
			return nil, value.Errorf("MATLAB:format:badArg", "Input must be a character vector or string scalar.")
		}
		args = append(args, s)
	}
	f, err := display.ParseFormat(args, c.In.Format)
	if err != nil {
		return nil, err
	}
	c.In.Format = f
	return nil, nil
}

func init() {
	Register([]Builtin{
		{Name: "disp", Fn: biDisp, Doc: "disp(X)"},
		{Name: "display", Fn: biDisplay, Doc: "display(X)"},
		{Name: "format", Fn: biFormat, Doc: "format short|long|shortE|longE|shortG|longG|compact|loose"},
	})
}
