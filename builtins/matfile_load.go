package builtins

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "load", Fn: loadFn, Doc: "load, load(filename), load(filename,vars...), S = load(...), with '-mat', '-ascii', '-regexp': read variables from a MAT-file (Level 5, v6/v7) into the workspace or a struct, or a matrix from a text file of numbers"},
	})
	interp.FileVariables = fileVariables
}

// fileVariables lists the variables of a MAT-file, in file order, for
// who -file and whos -file (".mat" is added to a name without it, as load
// does).
func fileVariables(path string) ([]string, []value.Value, error) {
	if filepath.Ext(path) == "" {
		path += ".mat"
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, value.Errorf("MATLAB:whos:fileNotFound", "Unable to read file '%s'. No such file or directory.", path)
	}
	_, elems, err := splitMatFile(data)
	if err != nil {
		return nil, nil, matFileError(path, "", err)
	}
	var names []string
	var vals []value.Value
	for _, e := range elems {
		if e.err != nil {
			return nil, nil, matFileError(path, e.name, e.err)
		}
		names = append(names, e.name)
		vals = append(vals, e.val)
	}
	return names, vals, nil
}

// loadRequest is what load's arguments ask for.
type loadRequest struct {
	file   string
	noFile bool // no file name given: matlab.mat
	names  []string
	ascii  bool
	mat    bool
	regexp bool
}

// parseLoadArgs reads load's arguments: options anywhere, the file name
// first among the others, then variable names or patterns.
func parseLoadArgs(args []value.Value) (loadRequest, error) {
	var r loadRequest
	haveFile := false
	for _, a := range args {
		s, ok := a.Text()
		if !ok {
			return r, value.Errorf("MATLAB:load:badArgType", "Argument must contain a character vector.")
		}
		switch strings.ToLower(s) {
		case "-ascii":
			r.ascii = true
		case "-mat":
			r.mat = true
		case "-regexp":
			r.regexp = true
		default:
			switch {
			case strings.HasPrefix(s, "-"):
				return r, value.Errorf("MATLAB:load:unknownOption", "Unknown option '%s'.", s)
			case !haveFile:
				r.file, haveFile = s, true
			default:
				r.names = append(r.names, s)
			}
		}
	}
	if !haveFile {
		r.file, r.noFile = "matlab.mat", true
	}
	if filepath.Ext(r.file) == "" && !r.ascii {
		if _, err := os.Stat(r.file + ".mat"); err == nil || !fileExists(r.file) {
			r.file += ".mat"
		}
	}
	return r, nil
}

// fileExists reports whether path names an existing file or folder.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func loadFn(c *interp.Call) ([]value.Value, error) {
	r, err := parseLoadArgs(c.Args)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(r.file)
	if err != nil {
		return nil, value.Errorf("MATLAB:load:couldNotReadFile", "Unable to find file or directory '%s'.", r.file)
	}
	if r.noFile {
		fmt.Fprintf(c.In.Out, "Loading from: %s\n", r.file)
	}
	if r.ascii || !r.mat && !isMATName(r.file, data) {
		return loadASCII(c, r.file, data)
	}
	vars, err := readMATVars(c, r, data)
	if err != nil {
		return nil, err
	}
	if c.Nargout > 0 {
		names := make([]string, len(vars))
		for i, nv := range vars {
			names[i] = nv.name
		}
		s := value.NewStruct(value.Dims{1, 1}, names)
		for i, nv := range vars {
			s.Elems[0][i] = nv.v
			value.Retain(nv.v)
		}
		return one(value.FromRef(s))
	}
	for _, nv := range vars {
		c.SetCallerVar(nv.name, nv.v)
	}
	return nil, nil
}

// isMATName reports whether load reads a file as a MAT-file without -mat
// or -ascii: a .mat extension, or no extension and a MAT-file header.
func isMATName(file string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".mat":
		return true
	case "":
		_, err := readMatHeader(data)
		return err == nil
	}
	return false
}

// readMATVars decodes the requested variables of a MAT-file, in file
// order; a later variable of the same name replaces an earlier one. A
// requested name the file lacks gives MATLAB's warning.
func readMATVars(c *interp.Call, r loadRequest, data []byte) ([]namedValue, error) {
	_, elems, err := splitMatFile(data)
	if err != nil {
		return nil, matFileError(r.file, "", err)
	}
	all := make([]string, 0, len(elems))
	for _, e := range elems {
		if !isVarName(e.name) {
			return nil, matFileError(r.file, "", errMatCorrupt)
		}
		all = append(all, e.name)
	}
	names, err := selectNames(all, r.names, r.regexp, func(p string) error {
		c.In.Warn("MATLAB:load:variableNotFound", "Variable '%s' not found.", p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	var out []namedValue
	pos := map[string]int{}
	for _, e := range elems {
		if !want[e.name] {
			continue
		}
		if e.err != nil {
			return nil, matFileError(r.file, e.name, e.err)
		}
		v := e.val
		if i, dup := pos[e.name]; dup {
			out[i].v = v
			continue
		}
		pos[e.name] = len(out)
		out = append(out, namedValue{e.name, v})
	}
	return out, nil
}

// isVarName reports whether s is a valid MATLAB variable name.
func isVarName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		letter := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
		if !letter && (i == 0 || r != '_' && (r < '0' || r > '9')) {
			return false
		}
	}
	return true
}

// matFileError turns a reading failure into load's error naming the file
// (and, for a variable gomat cannot represent, the variable).
func matFileError(file, name string, err error) error {
	var u *matUnsupported
	switch {
	case errors.As(err, &u):
		return value.Errorf("gomat:notImplemented", "Unable to load variable '%s' from %s: %s are not supported.", name, file, u.what)
	case errors.Is(err, errNotMatFile):
		return value.Errorf("MATLAB:load:notBinaryFile", "Unable to read MAT-file %s: not a binary MAT-file.\nTry LOAD -ASCII to read as text.", file)
	}
	return value.Errorf("MATLAB:load:unableToReadMatFile", "Unable to read MAT-file %s: file may be corrupt.", file)
}
