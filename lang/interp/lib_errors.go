package interp

import (
	"strings"

	"gomat/lang/value"
)

// Sprintf formats MATLAB-style (the engine behind sprintf). The built-in
// library installs it; error, warning and MException use it.
var Sprintf func(format string, args []value.Value) (string, error)

func formatMessage(format string, args []value.Value) (string, error) {
	if Sprintf == nil {
		return format, nil
	}
	return Sprintf(format, args)
}

// looksLikeID reports whether s can be a message identifier
// ("component:mnemonic").
func looksLikeID(s string) bool {
	return strings.Contains(s, ":") && !strings.ContainsAny(s, " \t\n") && !strings.HasSuffix(s, ":") && !strings.HasPrefix(s, ":")
}

// messageArgs splits (id, fmt, args…) or (fmt, args…) or (msg).
func messageArgs(args []value.Value) (id, msg string, err error) {
	if len(args) == 0 {
		return "", "", value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	first, ok := args[0].Text()
	if !ok {
		return "", "", value.Errorf("MATLAB:error:badFirstArg", "First argument must be a character vector or string scalar.")
	}
	if len(args) == 1 {
		return "", first, nil
	}
	rest := args[1:]
	if looksLikeID(first) {
		id = first
		f, ok := rest[0].Text()
		if !ok {
			return "", "", value.Errorf("MATLAB:error:badSecondArg", "Second argument must be a character vector or string scalar.")
		}
		first, rest = f, rest[1:]
	}
	msg, err = formatMessage(first, rest)
	return id, msg, err
}

// using sets who raised an error called from frame fr: the function (with
// the line of the error call), nothing at the prompt or in a script.
func (e *MException) using(fr *frame) {
	e.usingSet = true
	if fr != nil && fr.u != nil && fr.u.kind == functionUnit {
		e.Using, e.UsingLine = fr.u.displayName(), fr.line
	}
}

func biError(c *Call) ([]value.Value, error) {
	if len(c.Args) == 1 {
		if s, ok := c.Args[0].Ref().(*value.Struct); ok && len(s.Elems) == 1 {
			me := &MException{}
			if i := s.FieldIndex("message"); i >= 0 {
				me.Msg, _ = s.Elems[0][i].Text()
			}
			if i := s.FieldIndex("identifier"); i >= 0 {
				me.ID, _ = s.Elems[0][i].Text()
			}
			if me.Msg == "" {
				return nil, nil
			}
			me.using(c.frame)
			return nil, me
		}
		if me, ok := c.Args[0].Ref().(*MException); ok {
			return nil, me
		}
	}
	id, msg, err := messageArgs(c.Args)
	if err != nil {
		return nil, err
	}
	if msg == "" && len(c.Args) == 1 {
		return nil, nil
	}
	me := &MException{ID: id, Msg: msg}
	me.using(c.frame)
	return nil, me
}

func biAssert(c *Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	cond := c.Args[0]
	if cond.Numel() != 1 || !(cond.Class().IsNumeric() || cond.Class() == value.Logical) {
		return nil, value.Errorf("MATLAB:assertion:LogicalScalar", "The condition input argument must be a scalar logical.")
	}
	holds, err := value.IsTrue(cond)
	if err != nil {
		return nil, err
	}
	if holds {
		return nil, nil
	}
	me := &MException{ID: "MATLAB:assertion:failed", Msg: "Assertion failed."}
	if len(c.Args) > 1 {
		if me.ID, me.Msg, err = messageArgs(c.Args[1:]); err != nil {
			return nil, err
		}
	}
	me.using(c.frame)
	return nil, me
}

func biWarning(c *Call) ([]value.Value, error) {
	in := c.In
	if len(c.Args) == 0 {
		return nil, nil
	}
	first, _ := c.Args[0].Text()
	switch strings.ToLower(first) {
	case "on", "off":
		on := strings.EqualFold(first, "on")
		id := "all"
		if len(c.Args) > 1 {
			id, _ = c.Args[1].Text()
		}
		if id == "all" {
			in.warnings.allOff = !on
			in.warnings.off = map[string]bool{}
		} else {
			in.warnings.off[id] = !on
		}
		return nil, nil
	case "query":
		return nil, nil
	}
	if len(c.Args) == 1 {
		if _, ok := c.Args[0].Text(); !ok {
			return nil, value.Errorf("MATLAB:warning:badArg", "Input must be a character vector or string scalar.")
		}
	}
	id, msg, err := messageArgs(c.Args)
	if err != nil {
		return nil, err
	}
	in.warnFrom(c.frame, id, msg)
	return nil, nil
}

func biLastwarn(c *Call) ([]value.Value, error) {
	return []value.Value{value.Str(c.In.warnings.lastMsg), value.Str(c.In.warnings.lastID)}, nil
}

func biMException(c *Call) ([]value.Value, error) {
	if len(c.Args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	id, ok := c.Args[0].Text()
	if !ok {
		return nil, value.Errorf("MATLAB:MException:BadID", "The identifier must be a character vector or string scalar.")
	}
	f, ok := c.Args[1].Text()
	if !ok {
		return nil, value.Errorf("MATLAB:MException:BadMessage", "The message must be a character vector or string scalar.")
	}
	msg, err := formatMessage(f, c.Args[2:])
	if err != nil {
		return nil, err
	}
	return []value.Value{value.FromRef(&MException{ID: id, Msg: msg})}, nil
}

func meArg(c *Call) (*MException, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	me, ok := c.Args[0].Ref().(*MException)
	if !ok {
		return nil, value.Errorf("MATLAB:MException:badArg", "Input must be an MException object.")
	}
	return me, nil
}

func biThrow(c *Call) ([]value.Value, error) {
	me, err := meArg(c)
	if err != nil {
		return nil, err
	}
	t := &MException{ID: me.ID, Msg: me.Msg, Causes: me.Causes}
	t.using(c.frame)
	return nil, t
}

func biRethrow(c *Call) ([]value.Value, error) {
	me, err := meArg(c)
	if err != nil {
		return nil, err
	}
	return nil, me
}

func biGetReport(c *Call) ([]value.Value, error) {
	me, err := meArg(c)
	if err != nil {
		return nil, err
	}
	return []value.Value{value.Str(strings.TrimRight(me.Report(), "\n"))}, nil
}

func biAddCause(c *Call) ([]value.Value, error) {
	me, err := meArg(c)
	if err != nil {
		return nil, err
	}
	if len(c.Args) < 2 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	cause, ok := c.Args[1].Ref().(*MException)
	if !ok {
		return nil, value.Errorf("MATLAB:MException:badCause", "The cause must be an MException object.")
	}
	n := *me
	n.Causes = append(append([]*MException(nil), me.Causes...), cause)
	n.frames = nil
	return []value.Value{value.FromRef(&n)}, nil
}

func biLasterr(c *Call) ([]value.Value, error) {
	if c.In.lastErr == nil {
		return []value.Value{value.Str("")}, nil
	}
	return []value.Value{value.Str(c.In.lastErr.Msg)}, nil
}

func init() {
	Register([]Builtin{
		{Name: "error", Fn: biError, Doc: "error(msg), error(fmt, args…), error(id, fmt, args…), error(struct), error(ME)"},
		{Name: "warning", Fn: biWarning, Doc: "warning(msg), warning(id, fmt, args…), warning('off'|'on', id|'all')"},
		{Name: "lastwarn", Fn: biLastwarn, Doc: "[msg, id] = lastwarn"},
		{Name: "MException", Fn: biMException, Doc: "ME = MException(id, fmt, args…)"},
		{Name: "lasterr", Fn: biLasterr, Doc: "msg = lasterr"},
		{Name: "assert", Fn: biAssert, Doc: "assert(cond), assert(cond, msg, args…), assert(cond, id, msg, args…): raise an error when cond (a logical or numeric scalar) is false"},
	})
	RegisterMethods("MException", []Builtin{
		{Name: "throw", Fn: biThrow, Doc: "throw(ME): raise ME from the calling function"},
		{Name: "rethrow", Fn: biRethrow, Doc: "rethrow(ME): raise ME again with its original stack"},
		{Name: "throwAsCaller", Fn: biThrow, Doc: "throwAsCaller(ME): raise ME as if from the caller"},
		{Name: "getReport", Fn: biGetReport, Doc: "s = getReport(ME): the text MATLAB prints for the uncaught error"},
		{Name: "addCause", Fn: biAddCause, Doc: "ME = addCause(ME, cause): a copy of ME with cause appended"},
	})
}
