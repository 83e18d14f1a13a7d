package interp

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"gomat/lang/ast"
	"gomat/lang/syntax"
)

// fileEntry caches a compiled source file until it changes on disk.
type fileEntry struct {
	mod  time.Time
	size int64
	fc   *fileCtx
	err  error
}

type promptKey struct{}

// promptFuncs holds functions defined at the prompt.
func (in *Interp) promptFuncs() map[string]*unit {
	return in.State(promptKey{}, func() any { return map[string]*unit{} }).(map[string]*unit)
}

// compileFile parses and compiles a source file.
func (in *Interp) compileFile(path string, src []byte) (*fileCtx, error) {
	if isClassdef(src) {
		return nil, &MException{ID: "gomat:notImplemented", Msg: "classdef files are not supported: " + path}
	}
	f, err := syntax.ParseFile(path, src)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.Base(path), ".m")
	fc := &fileCtx{path: path, name: name, lines: strings.Split(string(src), "\n"), funcs: map[string]*unit{}}
	for i, fn := range f.Funcs {
		u := compileFunction(fn, fc, nil)
		if i == 0 && !f.IsScript {
			u.name = name
			fc.main = u
		}
		fc.funcs[u.name] = u
	}
	if f.IsScript {
		u := newUnit(scriptUnit, name, fc)
		u.body = newCompiler(u, f.Stmts).block(f.Stmts)
		fc.script = u
	}
	return fc, nil
}

// compileFunction compiles a function definition and its nested functions.
func compileFunction(fn *ast.Function, fc *fileCtx, parent *unit) *unit {
	u := newUnit(functionUnit, fn.Name, fc)
	u.parent = parent
	c := newCompiler(u, fn.Body)
	for i, p := range fn.Params {
		if p == "~" {
			u.params = append(u.params, -1)
			continue
		}
		u.params = append(u.params, u.slot(p))
		c.assigned[p] = true
		if p == "varargin" && i == len(fn.Params)-1 {
			u.varargin = true
		}
	}
	for i, o := range fn.Outputs {
		u.outputs = append(u.outputs, u.slot(o))
		c.assigned[o] = true
		if o == "varargout" && i == len(fn.Outputs)-1 {
			u.varargout = true
		}
	}
	u.body = c.block(fn.Body)
	if len(fn.Nested) > 0 {
		u.nested = map[string]*unit{}
		for _, nf := range fn.Nested {
			u.nested[nf.Name] = compileFunction(nf, fc, u)
		}
	}
	if parent != nil {
		u.shareWithParent(fn)
	}
	return u
}

// shareWithParent records which variables a nested function shares with
// the function around it: those both use, except the nested function's own
// inputs and outputs.
func (u *unit) shareWithParent(fn *ast.Function) {
	own := map[string]bool{}
	for _, p := range fn.Params {
		own[p] = true
	}
	for _, o := range fn.Outputs {
		own[o] = true
	}
	for i, name := range u.names {
		if own[name] {
			continue
		}
		if ps, ok := u.parent.slotOf[name]; ok {
			u.shared = append(u.shared, sharedVar{mine: i, parents: ps})
		}
	}
}

// invokeTop runs a function file's main function from the command line.
func (u *unit) invokeTop(in *Interp) error {
	_, err := u.invoke(in.base, nil, 0)
	return err
}

// findOnPath looks for NAME.m in the current folder, then on the path.
func (in *Interp) findOnPath(name string) callable {
	if !isIdentifier(name) {
		return nil
	}
	dirs := append([]string{"."}, in.path...)
	for _, d := range dirs {
		p := filepath.Join(d, name+".m")
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			continue
		}
		fc := in.loadFile(p, st)
		if fc == nil {
			continue
		}
		if fc.script != nil {
			return fc.script
		}
		return fc.main
	}
	return nil
}

// loadFile returns the compiled file at p, recompiling it when it changed.
// A file with a syntax error resolves to a function that reports the error.
func (in *Interp) loadFile(p string, st os.FileInfo) *fileCtx {
	if e, ok := in.files[p]; ok && e.mod.Equal(st.ModTime()) && e.size == st.Size() {
		return e.fc
	}
	src, err := os.ReadFile(p)
	if err != nil {
		return nil
	}
	fc, err := in.compileFile(p, src)
	if err != nil {
		fc = brokenFile(p, err)
	}
	in.files[p] = &fileEntry{mod: st.ModTime(), size: st.Size(), fc: fc}
	return fc
}

// brokenFile stands for a file that does not parse: calling it raises the
// syntax error, as MATLAB does.
func brokenFile(p string, err error) *fileCtx {
	name := strings.TrimSuffix(filepath.Base(p), ".m")
	fc := &fileCtx{path: p, name: name, funcs: map[string]*unit{}}
	u := newUnit(functionUnit, name, fc)
	u.varargin, u.varargout = true, true
	u.params = []int{u.slot("varargin")}
	u.outputs = []int{u.slot("varargout")}
	u.body = []stmtFn{func(*frame) (ctl, error) { return ctlNext, err }}
	fc.main = u
	return fc
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func dirOf(path string) string { return filepath.Dir(path) }

// Path returns the search path (without the current folder).
func (in *Interp) Path() []string { return append([]string(nil), in.path...) }

// SetPath replaces the search path.
func (in *Interp) SetPath(dirs []string) {
	in.path = dirs
	in.gen++
}

// Invalidate makes every cached name resolution be redone, after the
// current folder or files on the path may have changed.
func (in *Interp) Invalidate() { in.gen++ }

// runIn makes dir the current folder while a file runs, as MATLAB's run
// does, and returns the function that changes back (unless the script
// itself moved elsewhere).
func (in *Interp) runIn(dir string) func() {
	old, err := os.Getwd()
	if err != nil || dir == "." || dir == "" {
		return func() {}
	}
	abs, err := filepath.Abs(dir)
	if err != nil || os.Chdir(abs) != nil {
		return func() {}
	}
	in.gen++
	return func() {
		if now, err := os.Getwd(); err == nil && now == abs {
			_ = os.Chdir(old)
		}
		in.gen++
	}
}

// isClassdef reports whether a source file defines a class: its first code
// line starts with the keyword classdef.
func isClassdef(src []byte) bool {
	for _, line := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "%") {
			continue
		}
		return t == "classdef" || strings.HasPrefix(t, "classdef ") || strings.HasPrefix(t, "classdef(")
	}
	return false
}
