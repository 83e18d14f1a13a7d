package builtins

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "strings", Fn: biStrings, Doc: "strings, strings(n), strings(sz1,…,szN), strings([sz1 … szN]): string array of empty strings (\"\")"},
	})
}

func biStrings(c *interp.Call) ([]value.Value, error) {
	d := value.Dims{1, 1}
	if len(c.Args) > 0 {
		var err error
		if d, err = sizeFromArgs(c.Args); err != nil {
			return nil, err
		}
	}
	if err := checkArraySize(d); err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(value.NewStringArray(d, make([]string, d.Numel())))}, nil
}
