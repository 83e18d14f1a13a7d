package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gomat/lang/display"
	"gomat/lang/value"
)

func biClear(c *Call) ([]value.Value, error) {
	var names []string
	for _, a := range c.Args {
		s, ok2 := a.Text()
		if !ok2 {
			return nil, value.Errorf("MATLAB:clear:badArg", "Arguments must be character vectors or string scalars.")
		}
		names = append(names, s)
	}
	ws := c.frame.ws
	clearAll := len(names) == 0
	for _, n := range names {
		switch strings.ToLower(n) {
		case "all", "-all", "variables", "-variables", "vars":
			clearAll = true
		case "functions", "-functions", "classes", "-classes":
			c.In.files = map[string]*fileEntry{}
			c.In.gen++
		case "global", "-global":
			c.In.globals = map[string]*value.Value{}
		}
	}
	if clearAll {
		for _, n := range c.frame.varNames() {
			clearCell(ws.cellFor(n, false))
		}
		if strings.EqualFold(strings.Join(names, ""), "all") {
			c.In.files = map[string]*fileEntry{}
			c.In.gen++
		}
		return nil, nil
	}
	for _, n := range names {
		if strings.HasPrefix(n, "-") {
			continue
		}
		for _, v := range c.frame.varNames() {
			if matchWild(n, v) {
				clearCell(ws.cellFor(v, false))
			}
		}
	}
	return nil, nil
}

// matchWild matches MATLAB's clear/who patterns, where * is a wildcard.
func matchWild(pat, s string) bool {
	ok, err := filepath.Match(pat, s)
	return err == nil && ok
}

func sortedVars(c *Call) []string {
	names := c.frame.varNames()
	var keep []string
	for _, n := range names {
		if len(c.Args) == 0 {
			keep = append(keep, n)
			continue
		}
		for _, a := range c.Args {
			if p, ok := a.Text(); ok && matchWild(p, n) {
				keep = append(keep, n)
				break
			}
		}
	}
	sort.Strings(keep)
	return keep
}

func biWho(c *Call) ([]value.Value, error) {
	names := sortedVars(c)
	if c.Nargout > 0 {
		elems := make([]value.Value, len(names))
		for i, n := range names {
			elems[i] = value.Str(n)
		}
		return []value.Value{value.FromRef(value.NewCellFrom(value.MakeDims(len(names), 1), elems))}, nil
	}
	if len(names) == 0 {
		return nil, nil
	}
	w := c.In.Out
	fmt.Fprint(w, "\nYour variables are:\n\n")
	width := 0
	for _, n := range names {
		width = max(width, len(n)+2)
	}
	perLine := max(c.In.Width/width, 1)
	for i, n := range names {
		fmt.Fprintf(w, "%-*s", width, n)
		if (i+1)%perLine == 0 || i == len(names)-1 {
			fmt.Fprintln(w)
		}
	}
	fmt.Fprintln(w)
	return nil, nil
}

// bytesOf estimates a value's memory as whos reports it.
func bytesOf(v value.Value) int {
	switch r := v.Ref().(type) {
	case nil:
		if v.IsBool() {
			return 1
		}
		return 8
	case *value.Array:
		per := map[value.Class]int{value.Double: 8, value.Single: 4, value.Int8: 1, value.Uint8: 1,
			value.Int16: 2, value.Uint16: 2, value.Int32: 4, value.Uint32: 4, value.Int64: 8,
			value.Uint64: 8, value.Logical: 1, value.Char: 2}[r.Class()]
		n := len(r.Re) * per
		if r.Im != nil {
			n *= 2
		}
		return n
	case *value.Cell:
		n := 0
		for _, e := range r.Elems {
			n += bytesOf(e) + 104
		}
		return n
	case *value.Struct:
		n := 0
		for _, row := range r.Elems {
			for _, e := range row {
				n += bytesOf(e) + 104
			}
		}
		return n + 64*len(r.Fields)
	case *value.StringArray:
		n := 0
		for _, s := range r.Elems {
			n += 2*len(s) + 104
		}
		return n + 48
	}
	return 8
}

func biWhos(c *Call) ([]value.Value, error) {
	names := sortedVars(c)
	if len(names) == 0 {
		return nil, nil
	}
	w := c.In.Out
	fmt.Fprintf(w, "  %-10s%-16s%5s  %-10s%s\n\n", "Name", "Size", "Bytes", "Class", "Attributes")
	for _, n := range names {
		v, _ := c.frame.lookupVar(n)
		sz := strings.ReplaceAll(v.Size().String(), "×", "x")
		attr := ""
		if v.Class().IsNumeric() {
			if a, ok := v.Ref().(*value.Array); ok && a.IsComplex() {
				attr = "complex"
			}
		}
		if _, ok := c.In.globals[n]; ok && c.frame.cellFor(n, false) == c.In.globals[n] {
			attr = "global"
		}
		fmt.Fprintf(w, "  %-10s%-16s%5d  %-10s%s\n", n, sz, bytesOf(v), v.ClassName(), attr)
	}
	fmt.Fprintln(w)
	return nil, nil
}

func biExist(c *Call) ([]value.Value, error) {
	var name, kind string
	if err := c.Unpack("name", &name, "type?", &kind); err != nil {
		return nil, err
	}
	kind = strings.ToLower(kind)
	code := 0
	if (kind == "" || kind == "var") && c.frame.cellFor(name, false) != nil {
		if _, ok := c.frame.lookupVar(name); ok {
			code = 1
		}
	}
	if code == 0 && (kind == "" || kind == "file") {
		if c.In.findOnPath(name) != nil {
			code = 2
		} else if st, err := os.Stat(name); err == nil {
			if st.IsDir() {
				code = 7
			} else {
				code = 2
			}
		}
	}
	if code == 0 && (kind == "" || kind == "builtin") {
		if _, ok := registry[name]; ok {
			code = 5
		}
	}
	if code == 0 && kind == "dir" {
		if st, err := os.Stat(name); err == nil && st.IsDir() {
			code = 7
		}
	}
	return []value.Value{value.Num(float64(code))}, nil
}

func biWhich(c *Call) ([]value.Value, error) {
	var name string
	if err := c.Unpack("name", &name); err != nil {
		return nil, err
	}
	var out string
	if _, ok := c.frame.lookupVar(name); ok {
		out = name + " is a variable."
	} else if t := c.In.lookupFunction(name, c.frame.u.fileOrNil(), c.frame.u); t != nil {
		switch t := t.(type) {
		case *Builtin:
			out = "built-in (" + name + ")"
		case *unit:
			if t.file != nil && t.file.path != "" {
				out, _ = filepath.Abs(t.file.path)
			} else {
				out = name + " is a function defined at the prompt."
			}
		}
	} else {
		out = "'" + name + "' not found."
	}
	if c.Nargout > 0 {
		return []value.Value{value.Str(out)}, nil
	}
	fmt.Fprintln(c.In.Out, out)
	return nil, nil
}

func (u *unit) fileOrNil() *fileCtx {
	if u == nil {
		return nil
	}
	return u.file
}

func biAddpath(c *Call) ([]value.Value, error) {
	atEnd := false
	var dirs []string
	for _, a := range c.Args {
		s, ok := a.Text()
		if !ok {
			return nil, value.Errorf("MATLAB:addpath:badArg", "Arguments must be character vectors or string scalars.")
		}
		switch s {
		case "-end", "1":
			atEnd = true
			continue
		case "-begin", "-frozen", "0":
			continue
		}
		for _, d := range strings.Split(s, string(os.PathListSeparator)) {
			if d == "" {
				continue
			}
			if st, err := os.Stat(d); err != nil || !st.IsDir() {
				c.In.Warn("MATLAB:mpath:nameNonexistentOrNotADirectory", "Name is nonexistent or not a directory: %s", d)
				continue
			}
			dirs = append(dirs, d)
		}
	}
	old := c.In.Path()
	var rest []string
	for _, p := range old {
		dup := false
		for _, d := range dirs {
			dup = dup || p == d
		}
		if !dup {
			rest = append(rest, p)
		}
	}
	if atEnd {
		c.In.SetPath(append(rest, dirs...))
	} else {
		c.In.SetPath(append(dirs, rest...))
	}
	if c.Nargout > 0 {
		return []value.Value{value.Str(strings.Join(old, string(os.PathListSeparator)))}, nil
	}
	return nil, nil
}

func biRmpath(c *Call) ([]value.Value, error) {
	for _, a := range c.Args {
		s, _ := a.Text()
		for _, d := range strings.Split(s, string(os.PathListSeparator)) {
			found := false
			var rest []string
			for _, p := range c.In.path {
				if p == d {
					found = true
					continue
				}
				rest = append(rest, p)
			}
			if !found {
				c.In.Warn("MATLAB:rmpath:DirNotFound", "\"%s\" not found in path.", d)
			}
			c.In.SetPath(rest)
		}
	}
	return nil, nil
}

func biGenpath(c *Call) ([]value.Value, error) {
	var root string
	if err := c.Unpack("folder", &root); err != nil {
		return nil, err
	}
	var dirs []string
	var walk func(string)
	walk = func(d string) {
		st, err := os.Stat(d)
		if err != nil || !st.IsDir() {
			return
		}
		dirs = append(dirs, d)
		ents, err := os.ReadDir(d)
		if err != nil {
			return
		}
		for _, e := range ents {
			n := e.Name()
			if !e.IsDir() || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "@") || strings.HasPrefix(n, "+") || n == "private" || n == "resources" {
				continue
			}
			walk(filepath.Join(d, n))
		}
	}
	walk(root)
	out := ""
	for _, d := range dirs {
		out += d + string(os.PathListSeparator)
	}
	return []value.Value{value.Str(out)}, nil
}

func biPath(c *Call) ([]value.Value, error) {
	sep := string(os.PathListSeparator)
	if len(c.Args) > 0 {
		var parts []string
		for _, a := range c.Args {
			s, _ := a.Text()
			for _, d := range strings.Split(s, sep) {
				if d != "" {
					parts = append(parts, d)
				}
			}
		}
		c.In.SetPath(parts)
		return nil, nil
	}
	p := strings.Join(c.In.path, sep)
	if c.Nargout > 0 {
		return []value.Value{value.Str(p)}, nil
	}
	fmt.Fprintf(c.In.Out, "\n\t\tMATLABPATH\n\n")
	for _, d := range c.In.path {
		fmt.Fprintf(c.In.Out, "\t%s\n", d)
	}
	fmt.Fprintln(c.In.Out)
	return nil, nil
}

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

// functionArity returns the declared input and output counts of a function
// (negative when it ends in varargin/varargout), as nargin(f) does.
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
		{Name: "clear", Fn: biClear, Doc: "clear, clear all, clear x y, clear functions, clear global, clear x*"},
		{Name: "clearvars", Fn: biClear, Doc: "clearvars, clearvars x y"},
		{Name: "who", Fn: biWho, Doc: "who, who x*, c = who"},
		{Name: "whos", Fn: biWhos, Doc: "whos, whos x*"},
		{Name: "exist", Fn: biExist, Doc: "exist(name), exist(name, 'var'|'file'|'builtin'|'dir')"},
		{Name: "which", Fn: biWhich, Doc: "which name, s = which(name)"},
		{Name: "addpath", Fn: biAddpath, Doc: "addpath(dir…), addpath(dir, '-end'), old = addpath(…)"},
		{Name: "rmpath", Fn: biRmpath, Doc: "rmpath(dir)"},
		{Name: "genpath", Fn: biGenpath, Doc: "p = genpath(folder)"},
		{Name: "path", Fn: biPath, Doc: "path, p = path, path(newpath)"},
		{Name: "disp", Fn: biDisp, Doc: "disp(X)"},
		{Name: "display", Fn: biDisplay, Doc: "display(X)"},
		{Name: "format", Fn: biFormat, Doc: "format short|long|shortE|longE|shortG|longG|compact|loose"},
		{Name: "nargin", Fn: biNargin, Doc: "nargin, nargin(f)"},
		{Name: "nargout", Fn: biNargout, Doc: "nargout, nargout(f)"},
		{Name: "narginchk", Fn: biNarginchk, Doc: "narginchk(minArgs, maxArgs)"},
		{Name: "nargoutchk", Fn: biNargoutchk, Doc: "nargoutchk(minArgs, maxArgs)"},
		{Name: "isvarname", Fn: biIsvarname, Doc: "tf = isvarname(s)"},
		{Name: "iskeyword", Fn: biIskeyword, Doc: "tf = iskeyword(s), list = iskeyword"},
	})
}
