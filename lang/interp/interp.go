// Package interp compiles MATLAB syntax trees into closures over resolved
// variable slots and runs them: workspaces, function calls and the search
// path, control flow, errors with MATLAB's stack trail, and the statement
// echo. Built-in functions plug in through Register.
package interp

import (
	"bufio"
	"io"
	"os"
	"sync/atomic"

	"gomat/lang/display"
	"gomat/lang/syntax"
	"gomat/lang/value"
)

// Interp is one MATLAB session: the base workspace, globals, the search
// path, display settings and the state built-ins keep between calls.
type Interp struct {
	// Out receives normal output; flush it with Flush.
	Out *bufio.Writer
	// Err receives warnings and error reports.
	Err io.Writer
	// Format is the display format set by the format command.
	Format display.Format
	// Width is the terminal width used to wrap wide matrices.
	Width int
	// RecursionLimit bounds the depth of function calls (MATLAB's 500).
	RecursionLimit int
	// Strict makes gomat fail where MATLAB fails instead of doing the
	// sensible thing (see docs/compatibility.md).
	Strict bool

	base        *frame
	globals     map[string]*value.Value
	path        []string
	gen         uint64
	files       map[string]*fileEntry
	interrupted atomic.Bool
	lastErr     *MException
	warnings    warningState
	backtrace   []string // "> In" lines of the warning being printed
	// active is the frame whose body runs now, so that warnings raised by
	// built-ins and operators get MATLAB's "> In file (line N)" lines.
	active    *frame
	framePool []*frame // finished small frames, reused by scalar calls
	ext       map[any]any
}

// New returns a session writing to out and errOut.
func New(out, errOut io.Writer) *Interp {
	in := &Interp{
		Out:            bufio.NewWriterSize(out, 64<<10),
		Err:            errOut,
		Width:          80,
		RecursionLimit: 500,
		globals:        map[string]*value.Value{},
		files:          map[string]*fileEntry{},
		ext:            map[any]any{},
	}
	in.base = &frame{in: in}
	in.base.ws = in.base
	in.warnings.off = map[string]bool{}
	value.WarningHandler = func(id, msg string) { in.Warn(id, "%s", msg) }
	return in
}

// State returns the value a built-in family keeps in this session under key,
// creating it with mk on first use (random streams, timers, figures…).
func (in *Interp) State(key any, mk func() any) any {
	v, ok := in.ext[key]
	if !ok {
		v = mk()
		in.ext[key] = v
	}
	return v
}

// Flush writes buffered output.
func (in *Interp) Flush() { in.Out.Flush() }

// Interrupt asks the running statement to stop (Ctrl-C). It is safe to call
// from another goroutine.
func (in *Interp) Interrupt() { in.interrupted.Store(true) }

const interruptID = "MATLAB:interrupt"

func errInterrupted() error {
	return &MException{ID: interruptID, Msg: "Operation terminated by user.", usingSet: true}
}

// Interrupted reports whether an interrupt is pending; long-running
// built-ins (training loops) poll it.
func (in *Interp) Interrupted() bool { return in.interrupted.Load() }

// ClearInterrupt forgets a pending interrupt, when the REPL has handled it.
func (in *Interp) ClearInterrupt() { in.interrupted.Store(false) }

// display echoes name = v as an unterminated statement does.
func (in *Interp) display(name string, v value.Value) {
	display.Display(in.Out, name, v, in.Format, in.Width)
}

// RunString runs source text in the base workspace, as typed at the prompt
// or given to -batch. name labels syntax errors.
func (in *Interp) RunString(name, src string) (err error) {
	defer recoverInternal("gomat", &err)
	f, err := syntax.ParseREPLVars([]byte(src), func(v string) bool {
		_, ok := in.base.lookupVar(v)
		return ok
	})
	if err != nil {
		return err
	}
	fc := &fileCtx{name: name, funcs: map[string]*unit{}}
	for _, fn := range f.Funcs {
		u := compileFunction(fn, fc, nil)
		fc.funcs[u.name] = u
		in.promptFuncs()[u.name] = u
	}
	u := newUnit(scriptUnit, name, nil)
	u.body = newCompiler(u, f.Stmts).block(f.Stmts)
	return in.runScript(u, in.base)
}

// RunFile runs a script file in the base workspace (or a function file's
// main function with no arguments) from the file's folder, as MATLAB's run
// does: relative paths in the script are relative to the script.
func (in *Interp) RunFile(path string) error { return in.CallFile(path, nil) }

// runScript runs a script unit in the workspace of frame ws.
func (in *Interp) runScript(u *unit, caller *frame) error {
	fr := bindWorkspace(in, u, caller.ws, caller)
	_, err := in.runBody(fr, u.body)
	return err
}

// Report formats an error for the terminal as MATLAB does.
func Report(err error) string {
	if se, ok := err.(*syntax.Error); ok {
		return se.Error() + "\n"
	}
	return toMException(err).Report()
}

// AsMException converts any error from the interpreter to MATLAB's error
// object.
func AsMException(err error) *MException { return toMException(err) }

// CallFile calls the main function of a function file with arguments (or
// runs a script file when args is empty).
func (in *Interp) CallFile(path string, args []value.Value) (err error) {
	defer recoverInternal("gomat", &err)
	src, err := os.ReadFile(path)
	if err != nil {
		return &MException{ID: "MATLAB:run:FileNotFound", Msg: "Unable to read file '" + path + "'. No such file or directory."}
	}
	fc, err := in.compileFile(path, src)
	if err != nil {
		return err
	}
	defer in.runIn(dirOf(path))()
	if fc.script != nil {
		if len(args) > 0 {
			return &MException{ID: "MATLAB:scriptNotAFunction", Msg: "Attempt to execute SCRIPT " + fc.name + " as a function:\n" + path}
		}
		return in.runScript(fc.script, in.base)
	}
	_, err = fc.main.invoke(in.base, args, 0)
	return err
}

// VariableNames lists the variables of the base workspace.
func (in *Interp) VariableNames() []string { return in.base.varNames() }

// Var returns a variable of the base workspace.
func (in *Interp) Var(name string) (value.Value, bool) { return in.base.lookupVar(name) }
