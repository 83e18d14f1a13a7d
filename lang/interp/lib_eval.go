package interp

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"gomat/lang/ast"
	"gomat/lang/syntax"
	"gomat/lang/value"
)

// evalIn runs src in the workspace of frame ws. With nargout > 0 the text
// must be an expression, whose values are returned.
func (in *Interp) evalIn(ws *frame, src string, nargout int) ([]value.Value, error) {
	f, err := syntax.ParseREPLVars([]byte(src), func(v string) bool {
		_, ok := ws.lookupVar(v)
		return ok
	})
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			return nil, &MException{ID: "MATLAB:m_invalid_expression", Msg: se.Msg}
		}
		return nil, err
	}
	u := newUnit(scriptUnit, "eval", nil)
	if ws.u != nil {
		u.file = ws.u.file
	}
	if nargout > 0 {
		if len(f.Stmts) != 1 {
			return nil, value.Errorf("MATLAB:eval:invalidExpression", "Invalid expression for eval with output arguments.")
		}
		es, ok := f.Stmts[0].(*ast.ExprStmt)
		if !ok {
			return nil, value.Errorf("MATLAB:eval:invalidExpression", "Invalid expression for eval with output arguments.")
		}
		x := newCompiler(u, nil).expr(es.X)
		fr := bindWorkspace(in, u, ws.ws, ws)
		return x.values(fr, nargout)
	}
	u.body = newCompiler(u, f.Stmts).block(f.Stmts)
	fr := bindWorkspace(in, u, ws.ws, ws)
	_, err = in.runBody(fr, u.body)
	return nil, err
}

func biEval(c *Call) ([]value.Value, error) {
	var src, catchSrc string
	if err := c.Unpack("expression", &src, "catch?", &catchSrc); err != nil {
		return nil, err
	}
	vs, err := c.In.evalIn(c.frame, src, c.Nargout)
	if err != nil && len(c.Args) > 1 {
		c.In.lastErr = toMException(err)
		return c.In.evalIn(c.frame, catchSrc, c.Nargout)
	}
	return vs, err
}

// workspaceFrame returns the frame 'base' or 'caller' names, seen from the
// built-in's calling frame.
func (c *Call) workspaceFrame(which string) (*frame, error) {
	switch strings.ToLower(which) {
	case "base":
		return c.In.base, nil
	case "caller":
		if c.frame.ws.caller != nil {
			return c.frame.ws.caller, nil
		}
		return c.In.base, nil
	}
	return nil, value.Errorf("MATLAB:evalin:invalidWorkspace", "The first argument must be 'base' or 'caller'.")
}

func biEvalin(c *Call) ([]value.Value, error) {
	var which, src string
	if err := c.Unpack("workspace", &which, "expression", &src); err != nil {
		return nil, err
	}
	ws, err := c.workspaceFrame(which)
	if err != nil {
		return nil, err
	}
	return c.In.evalIn(ws, src, c.Nargout)
}

func biAssignin(c *Call) ([]value.Value, error) {
	var which, name string
	var v value.Value
	if err := c.Unpack("workspace", &which, "name", &name, "value", &v); err != nil {
		return nil, err
	}
	if !isIdentifier(name) {
		return nil, value.Errorf("MATLAB:assignin:invalidVariableName", "Invalid variable name \"%s\" in ASSIGNIN.", name)
	}
	ws, err := c.workspaceFrame(which)
	if err != nil {
		return nil, err
	}
	store(ws.cellFor(name, true), v)
	return nil, nil
}

func biFeval(c *Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	return c.CallFunction(c.Args[0], c.Args[1:], c.Nargout)
}

func biFunc2str(c *Call) ([]value.Value, error) {
	var f value.Value
	if err := c.Unpack("fh", &f); err != nil {
		return nil, err
	}
	fh, ok := f.Ref().(*value.Func)
	if !ok {
		return nil, value.Errorf("MATLAB:func2str:InputNotFunctionHandle", "Input must be a function handle.")
	}
	return []value.Value{value.Str(fh.Text)}, nil
}

func biStr2func(c *Call) ([]value.Value, error) {
	var s string
	if err := c.Unpack("str", &s); err != nil {
		return nil, err
	}
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "@") {
		vs, err := c.In.evalIn(c.In.base, s, 1)
		if err != nil {
			return nil, err
		}
		return vs, nil
	}
	if !isIdentifier(strings.ReplaceAll(s, ".", "_")) {
		return nil, value.Errorf("MATLAB:str2func:invalidFunctionName", "Invalid function name '%s'.", s)
	}
	site := &callSite{name: s}
	return []value.Value{value.FromRef(&value.Func{Name: s, Text: s, Impl: &namedFunc{site: site}})}, nil
}

func biRun(c *Call) ([]value.Value, error) {
	var p string
	if err := c.Unpack("script", &p); err != nil {
		return nil, err
	}
	if filepath.Ext(p) == "" {
		p += ".m"
	}
	st, err := os.Stat(p)
	if err != nil {
		return nil, value.Errorf("MATLAB:run:FileNotFound", "%s not found.", p)
	}
	fc := c.In.loadFile(p, st)
	if fc == nil {
		return nil, value.Errorf("MATLAB:run:FileNotFound", "%s not found.", p)
	}
	defer c.In.runIn(filepath.Dir(p))()
	if fc.script == nil {
		_, err := fc.main.invoke(c.frame, nil, 0)
		return nil, err
	}
	return nil, c.In.runScript(fc.script, c.frame)
}

// ExitError asks the program to end with a status code (exit, quit).
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return "exit" }

func isExit(err error) bool {
	var e *ExitError
	return errors.As(err, &e)
}

func biExit(c *Call) ([]value.Value, error) {
	code := 0
	if err := c.Unpack("code?", &code); err != nil {
		return nil, err
	}
	c.In.Flush()
	return nil, &ExitError{Code: code}
}

func init() {
	Register([]Builtin{
		{Name: "eval", Fn: biEval, Doc: "eval(expr), eval(try, catch), [a, b] = eval(expr)"},
		{Name: "evalin", Fn: biEvalin, Doc: "evalin('base'|'caller', expr)"},
		{Name: "assignin", Fn: biAssignin, Doc: "assignin('base'|'caller', name, value)"},
		{Name: "feval", Fn: biFeval, Doc: "[y…] = feval(f, args…)"},
		{Name: "func2str", Fn: biFunc2str, Doc: "s = func2str(fh)"},
		{Name: "str2func", Fn: biStr2func, Doc: "fh = str2func(name), fh = str2func('@(x)…')"},
		{Name: "run", Fn: biRun, Doc: "run(script)"},
		{Name: "exit", Fn: biExit, Doc: "exit, exit(code)"},
		{Name: "quit", Fn: biExit, Doc: "quit, quit(code)"},
	})
}
