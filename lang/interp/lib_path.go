package interp

import (
	"fmt"
	"gomat/lang/value"
	"os"
	"path/filepath"
	"strings"
)

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

func init() {
	Register([]Builtin{
		{Name: "exist", Fn: biExist, Doc: "exist(name), exist(name, 'var'|'file'|'builtin'|'dir')"},
		{Name: "which", Fn: biWhich, Doc: "which name, s = which(name)"},
		{Name: "addpath", Fn: biAddpath, Doc: "addpath(dir…), addpath(dir, '-end'), old = addpath(…)"},
		{Name: "rmpath", Fn: biRmpath, Doc: "rmpath(dir)"},
		{Name: "genpath", Fn: biGenpath, Doc: "p = genpath(folder)"},
		{Name: "path", Fn: biPath, Doc: "path, p = path, path(newpath)"},
	})
}
