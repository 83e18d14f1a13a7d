package interp

import (
	"gomat/lang/value"
)

func (c *Call) functionArity(f value.Value) (int, int, error) {
	var t callable
	if fh, ok := f.Ref().(*value.Func); ok {
		t, _ = fh.Impl.(callable)
		if nf, ok := t.(*namedFunc); ok {
			t, _ = c.In.resolve(nf.site)
		}
	} else if name, ok := f.Text(); ok {
		t = c.In.lookupFunction(name, c.frame.u.fileOrNil(), c.frame.u)
	}
	var u *unit
	switch t := t.(type) {
	case *unit:
		u = t
	case *anonFunc:
		u = t.u
	default:
		return 0, 0, value.Errorf("MATLAB:narginout:notValidMfile", "Unable to determine the number of arguments of that function.")
	}
	nin, nout := len(u.params), len(u.outputs)
	if u.varargin {
		nin = -nin
	}
	if u.varargout {
		nout = -nout
	}
	if u.kind == anonUnit {
		nout = -1
	}
	return nin, nout, nil
}

func biNargin(c *Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return []value.Value{value.Num(float64(c.frame.nargin))}, nil
	}
	nin, _, err := c.functionArity(c.Args[0])
	return []value.Value{value.Num(float64(nin))}, err
}

func biNargout(c *Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return []value.Value{value.Num(float64(c.frame.nargout))}, nil
	}
	_, nout, err := c.functionArity(c.Args[0])
	return []value.Value{value.Num(float64(nout))}, err
}

func biNarginchk(c *Call) ([]value.Value, error) {
	var lo, hi float64
	if err := c.Unpack("minArgs", &lo, "maxArgs", &hi); err != nil {
		return nil, err
	}
	n := float64(c.frame.nargin)
	if n < lo {
		return nil, &MException{ID: "MATLAB:narginchk:notEnoughInputs", Msg: "Not enough input arguments.", usingSet: true, Using: c.frame.u.displayName()}
	}
	if n > hi {
		return nil, &MException{ID: "MATLAB:narginchk:tooManyInputs", Msg: "Too many input arguments.", usingSet: true, Using: c.frame.u.displayName()}
	}
	return nil, nil
}

func biNargoutchk(c *Call) ([]value.Value, error) {
	var lo, hi float64
	if err := c.Unpack("minArgs", &lo, "maxArgs", &hi); err != nil {
		return nil, err
	}
	n := float64(c.frame.nargout)
	if n < lo {
		return nil, &MException{ID: "MATLAB:nargoutchk:notEnoughOutputs", Msg: "Not enough output arguments.", usingSet: true, Using: c.frame.u.displayName()}
	}
	if n > hi {
		return nil, &MException{ID: "MATLAB:nargoutchk:tooManyOutputs", Msg: "Too many output arguments.", usingSet: true, Using: c.frame.u.displayName()}
	}
	return nil, nil
}

func biIsvarname(c *Call) ([]value.Value, error) {
	var v value.Value
	if err := c.Unpack("s", &v); err != nil {
		return nil, err
	}
	s, ok := v.Text()
	return []value.Value{value.Bool(ok && isIdentifier(s) && len(s) <= 63 && !isKeyword(s))}, nil
}

var keywords = []string{"break", "case", "catch", "classdef", "continue", "else", "elseif", "end",
	"for", "function", "global", "if", "otherwise", "parfor", "persistent", "return", "spmd",
	"switch", "try", "while"}

func isKeyword(s string) bool {
	for _, k := range keywords {
		if k == s {
			return true
		}
	}
	return false
}

func biIskeyword(c *Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		elems := make([]value.Value, len(keywords))
		for i, k := range keywords {
			elems[i] = value.Str(k)
		}
		return []value.Value{value.FromRef(value.NewCellFrom(value.MakeDims(len(keywords), 1), elems))}, nil
	}
	s, _ := c.Args[0].Text()
	return []value.Value{value.Bool(isKeyword(s))}, nil
}

func init() {
	Register([]Builtin{
		{Name: "nargin", Fn: biNargin, Doc: "nargin, nargin(f)"},
		{Name: "nargout", Fn: biNargout, Doc: "nargout, nargout(f)"},
		{Name: "narginchk", Fn: biNarginchk, Doc: "narginchk(minArgs, maxArgs)"},
		{Name: "nargoutchk", Fn: biNargoutchk, Doc: "nargoutchk(minArgs, maxArgs)"},
		{Name: "isvarname", Fn: biIsvarname, Doc: "tf = isvarname(s)"},
		{Name: "iskeyword", Fn: biIskeyword, Doc: "tf = iskeyword(s), list = iskeyword"},
	})
}
