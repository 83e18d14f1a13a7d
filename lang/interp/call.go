package interp

import (
	"fmt"

	"gomat/lang/value"
)

// callable is anything a name or handle can resolve to.
type callable interface {
	invoke(fr *frame, args []value.Value, nargout int) ([]value.Value, error)
}

// callSite caches what a name used as a function resolves to, until the
// search path or the files on it change.
type callSite struct {
	name   string
	file   *fileCtx
	from   *unit
	gen    uint64
	target callable
	// methods is true when some object class has a method of this name,
	// so arguments must be checked for objects before calling target.
	methods bool
	// inputs names the arguments written as plain identifiers, for
	// Call.InputName; nil when none are or a comma-separated list makes
	// positions unknowable.
	inputs []inputRef
}

// inputRef is an argument written as a bare identifier: its name and the
// caller's variable slot, which decides at run time whether it names a
// variable.
type inputRef struct {
	name string
	slot int
}

// call calls the function a name resolves to.
func (fr *frame) call(site *callSite, args []value.Value, nargout int) ([]value.Value, error) {
	fr.callSite = site
	outs, err := fr.callResolved(site, args, nargout)
	fr.callSite = nil
	return outs, err
}

func (fr *frame) callResolved(site *callSite, args []value.Value, nargout int) ([]value.Value, error) {
	t, err := fr.in.resolve(site)
	if site.methods {
		for _, a := range args {
			if m := methodFor(a, site.name); m != nil {
				return fr.callBuiltin(m, args, nargout)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	return t.invoke(fr, args, nargout)
}

// callOne calls a function for exactly one output.
func (fr *frame) callOne(site *callSite, args []value.Value) (value.Value, error) {
	vs, err := fr.call(site, args, 1)
	if err != nil {
		return value.Value{}, err
	}
	if len(vs) == 0 {
		return value.Value{}, &MException{ID: "MATLAB:TooManyOutputs", Msg: "Too many output arguments.", Using: site.name}
	}
	return vs[0], nil
}

func (in *Interp) resolve(site *callSite) (callable, error) {
	if site.target != nil && site.gen == in.gen {
		return site.target, nil
	}
	site.methods = methodNames[site.name]
	t := in.lookupFunction(site.name, site.file, site.from)
	if t == nil {
		return nil, undefinedError(site.name)
	}
	site.target, site.gen = t, in.gen
	return t, nil
}

// lookupFunction finds what a function name means from code in file fc,
// unit from: nested and local functions, then files on the path, then
// built-ins.
func (in *Interp) lookupFunction(name string, fc *fileCtx, from *unit) callable {
	for u := from; u != nil; u = u.parent {
		if n, ok := u.nested[name]; ok {
			return n
		}
	}
	if fc != nil {
		if u, ok := fc.funcs[name]; ok {
			return u
		}
	}
	if u, ok := in.promptFuncs()[name]; ok {
		return u
	}
	if t := in.findOnPath(name); t != nil {
		return t
	}
	if b, ok := registry[name]; ok {
		return b
	}
	return nil
}

// invoke calls a built-in.
func (b *Builtin) invoke(fr *frame, args []value.Value, nargout int) ([]value.Value, error) {
	return fr.callBuiltin(b, args, nargout)
}

func (fr *frame) callBuiltin(b *Builtin, args []value.Value, nargout int) (outs []value.Value, err error) {
	defer recoverInternal(b.Name, &err)
	site := fr.callSite
	fr.callSite = nil
	outs, err = b.Fn(&Call{In: fr.in, Name: b.Name, Args: args, Nargout: nargout, frame: fr, site: site})
	if err != nil {
		if isExit(err) {
			return nil, err
		}
		me := toMException(err)
		if !me.usingSet {
			me.Using, me.usingSet = b.Name, true
		}
		return nil, me
	}
	if nargout > len(outs) && (nargout > 1 || len(outs) == 0) {
		return nil, &MException{ID: "MATLAB:TooManyOutputs", Msg: "Too many output arguments.", Using: b.Name}
	}
	return outs, nil
}

// invoke calls a user-defined function.
func (u *unit) invoke(caller *frame, args []value.Value, nargout int) ([]value.Value, error) {
	if u.kind == scriptUnit {
		if nargout > 0 || len(args) > 0 {
			return nil, &MException{ID: "MATLAB:scriptNotAFunction", Msg: "Attempt to execute SCRIPT " + u.name + " as a function:\n" + u.file.path}
		}
		return nil, caller.in.runScript(u, caller)
	}
	fr, outs, err := u.run(caller, args, nargout)
	if fr != nil {
		fr.releaseLocals()
	}
	return outs, err
}

// invoke1 calls a user-defined function for one output. Its frame goes back
// to the session's pool afterwards, so that scalar recursion allocates
// nothing per call.
func (u *unit) invoke1(caller *frame, args []value.Value) (value.Value, error) {
	fr, outs, err := u.run(caller, args, 1)
	var first value.Value
	if len(outs) > 0 {
		first = outs[0]
	}
	if fr != nil {
		fr.releaseLocals()
		if err == nil {
			caller.in.putFrame(fr)
		}
	}
	if err == nil && len(outs) == 0 {
		err = &MException{ID: "MATLAB:TooManyOutputs", Msg: "Too many output arguments.", Using: u.name}
	}
	return first, err
}

// run executes a function's body and collects its outputs; the caller
// releases the returned frame's locals once it has taken the outputs.
func (u *unit) run(caller *frame, args []value.Value, nargout int) (*frame, []value.Value, error) {
	in := caller.in
	nfixed := len(u.params)
	if u.varargin {
		nfixed--
	}
	if len(args) > nfixed && !u.varargin {
		return nil, nil, &MException{ID: "MATLAB:TooManyInputs", Msg: "Too many input arguments.", Using: u.name}
	}
	nout := len(u.outputs)
	if u.varargout {
		nout--
	}
	if nargout > nout && !u.varargout {
		return nil, nil, &MException{ID: "MATLAB:TooManyOutputs", Msg: "Too many output arguments.", Using: u.name}
	}
	if caller.depth >= in.RecursionLimit {
		return nil, nil, &MException{ID: "MATLAB:recursionLimit", Msg: "Maximum recursion limit of " + itoa(in.RecursionLimit) + " reached. Use set(0,'RecursionLimit',N) to change the limit. Be aware that exceeding your available stack space can crash MATLAB and/or your computer."}
	}
	fr := in.getFrame(u, caller)
	fr.nargin, fr.nargout = len(args), nargout
	if len(u.shared) > 0 {
		if pf := parentFrame(caller, u.parent); pf != nil {
			for _, sv := range u.shared {
				fr.vars[sv.mine] = pf.vars[sv.parents]
			}
		}
	}
	fr.bindArgs(args)
	if _, err := in.runBody(fr, u.body); err != nil {
		return fr, nil, err
	}
	want := max(nargout, 1)
	outs := fr.outBuf[:0]
	for i := 0; i < nout && i < want; i++ {
		v := *fr.vars[u.outputs[i]]
		if !v.Defined() {
			if i < nargout {
				return fr, nil, &MException{ID: "MATLAB:unassignedOutputs", Msg: "Output argument \"" + u.names[u.outputs[i]] + "\" (and possibly others) not assigned a value in the execution with \"" + u.name + "\" function.", Using: u.name}
			}
			return fr, outs, nil
		}
		outs = append(outs, v)
	}
	if u.varargout && len(outs) < want {
		vo := *fr.vars[u.outputs[nout]]
		c, ok := vo.Ref().(*value.Cell)
		if vo.Defined() && !ok {
			return fr, nil, &MException{ID: "MATLAB:varargoutNotCell", Msg: "The variable varargout must be a cell array.", Using: u.name}
		}
		for i := 0; ok && i < len(c.Elems) && len(outs) < want; i++ {
			outs = append(outs, c.Elems[i])
		}
		if len(outs) < nargout {
			return fr, nil, &MException{ID: "MATLAB:TooManyOutputs", Msg: "Too many output arguments.", Using: u.name}
		}
	}
	return fr, outs, nil
}

// anonFunc is an anonymous function with the values it captured.
type anonFunc struct {
	u    *unit
	vals []value.Value
}

func (a *anonFunc) invoke(caller *frame, args []value.Value, nargout int) ([]value.Value, error) {
	in := caller.in
	u := a.u
	if len(args) > len(u.params) && !u.varargin {
		return nil, &MException{ID: "MATLAB:TooManyInputs", Msg: "Too many input arguments."}
	}
	if caller.depth >= in.RecursionLimit {
		return nil, &MException{ID: "MATLAB:recursionLimit", Msg: "Maximum recursion limit of " + itoa(in.RecursionLimit) + " reached."}
	}
	fr := newFunctionFrame(in, u, caller)
	fr.nargin, fr.nargout = len(args), nargout
	fr.bindArgs(args)
	for i, c := range u.captures {
		if a.vals[i].Defined() {
			store(fr.vars[c.slot], a.vals[i])
		}
	}
	defer fr.releaseLocals()
	if nargout <= 1 && u.expr.many == nil {
		v, err := u.expr.one(fr)
		if err != nil {
			return nil, err
		}
		return []value.Value{v}, nil
	}
	return u.expr.values(fr, nargout)
}

// namedFunc is the target of a handle such as @sin, resolved when called
// from the file that created it.
type namedFunc struct{ site *callSite }

func (n *namedFunc) invoke(fr *frame, args []value.Value, nargout int) ([]value.Value, error) {
	return fr.call(n.site, args, nargout)
}

// callHandle calls a function handle.
func (in *Interp) callHandle(fr *frame, fh *value.Func, args []value.Value, nargout int) ([]value.Value, error) {
	t, ok := fh.Impl.(callable)
	if !ok {
		return nil, value.Errorf("MATLAB:badHandle", "Invalid function handle.")
	}
	return t.invoke(fr, args, nargout)
}

// CallFunction calls f, a function handle or the name of a function, from
// a built-in (cellfun, arrayfun, feval, …).
func (c *Call) CallFunction(f value.Value, args []value.Value, nargout int) ([]value.Value, error) {
	if fh, ok := f.Ref().(*value.Func); ok {
		return c.In.callHandle(c.frame, fh, args, nargout)
	}
	name, ok := f.Text()
	if !ok {
		return nil, value.Errorf("MATLAB:feval:invalidInput", "Argument must contain a character vector or function handle.")
	}
	site := &callSite{name: name}
	if c.frame != nil && c.frame.u != nil {
		site.file, site.from = c.frame.u.file, c.frame.u
	}
	return c.frame.call(site, args, nargout)
}

// parentFrame finds the running activation of a nested function's parent
// among the callers.
func parentFrame(caller *frame, parent *unit) *frame {
	for f := caller; f != nil; f = f.caller {
		if f.u == parent {
			return f
		}
	}
	return nil
}

// bindArgs stores call arguments in the parameters of the frame's unit,
// collecting the surplus in varargin.
func (fr *frame) bindArgs(args []value.Value) {
	u := fr.u
	nfixed := len(u.params)
	if u.varargin {
		nfixed--
	}
	for i, s := range u.params[:nfixed] {
		if i < len(args) && s >= 0 {
			store(fr.vars[s], args[i])
		}
	}
	if u.varargin {
		var rest []value.Value
		if len(args) > nfixed {
			rest = append(rest, args[nfixed:]...)
		}
		store(fr.vars[u.params[nfixed]], value.FromRef(value.NewCellFrom(value.MakeDims(1, len(rest)), rest)))
	}
}

// recoverInternal turns a Go panic inside a built-in into a MATLAB error
// naming the built-in, so that a bug never ends the session with a Go stack
// trace.
func recoverInternal(name string, err *error) {
	if r := recover(); r != nil {
		*err = &MException{ID: "gomat:internal", Msg: fmt.Sprintf("Internal error in %s: %v", name, r), Using: name, usingSet: true}
	}
}
