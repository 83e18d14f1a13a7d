package builtins

import (
	"path/filepath"
	"strings"

	"gomat/lang/value"
)

// saveRequest is what save's arguments ask for.
type saveRequest struct {
	file       string
	noFile     bool     // no file name given: matlab.mat
	names      []string // variable (or, with -struct, field) names or patterns
	structVar  string   // the -struct variable, "" without -struct
	append     bool
	ascii      bool
	double     bool
	tabs       bool
	regexp     bool
	v6         bool
	noCompress bool // -nocompression: version 7 without compression
}

// parseSaveArgs reads save's arguments: options anywhere, the file name
// first among the others, then variable names (after -struct, the struct's
// name and then field names).
func parseSaveArgs(args []value.Value) (saveRequest, error) {
	var r saveRequest
	haveFile, wantStruct := false, false
	for _, a := range args {
		s, ok := a.Text()
		if !ok {
			return r, value.Errorf("MATLAB:save:badArgType", "Argument must contain a character vector.")
		}
		if strings.HasPrefix(s, "-") {
			switch strings.ToLower(s) {
			case "-struct":
				wantStruct = true
			case "-append":
				r.append = true
			case "-ascii":
				r.ascii = true
			case "-double":
				r.double = true
			case "-tabs":
				r.tabs = true
			case "-regexp":
				r.regexp = true
			case "-mat":
				// The binary MAT-file format, the default.
			case "-v7":
				r.v6 = false
			case "-v6":
				r.v6 = true
			case "-nocompression":
				r.noCompress = true
			case "-v7.3", "-v4":
				return r, value.Errorf("gomat:notImplemented", "The '%s' option (MAT-file version %s) is not supported; use '-v7' (the default) or '-v6'.", s, s[2:])
			default:
				return r, value.Errorf("MATLAB:save:unknownOption", "Unknown option '%s'.", s)
			}
			continue
		}
		switch {
		case !haveFile:
			r.file, haveFile = s, true
		case wantStruct && r.structVar == "":
			r.structVar = s
		default:
			r.names = append(r.names, s)
		}
	}
	if r.noCompress && r.v6 {
		return r, value.Errorf("MATLAB:save:noCompressionWithV6", "The '-nocompression' option requires MAT-file version 7 ('-v7'); version 6 files are never compressed.")
	}
	if wantStruct && r.structVar == "" {
		return r, value.Errorf("MATLAB:save:missingStructName", "The argument to -STRUCT must be the name of a scalar structure variable.")
	}
	if !haveFile {
		r.file, r.noFile = "matlab.mat", true
	}
	if !r.ascii && filepath.Ext(r.file) == "" {
		r.file += ".mat"
	}
	return r, nil
}

// selectNames picks, in the order of the patterns, the names that each
// pattern matches: a regular expression with -regexp, else a name that
// may contain * wildcards. With no patterns every name is selected. A
// pattern matching nothing is reported through missing.
func selectNames(all, patterns []string, useRegexp bool, missing func(string) error) ([]string, error) {
	if len(patterns) == 0 {
		return all, nil
	}
	var out []string
	seen := map[string]bool{}
	for _, p := range patterns {
		match, err := namePattern(p, useRegexp)
		if err != nil {
			return nil, err
		}
		found := false
		for _, n := range all {
			if match(n) {
				found = true
				if !seen[n] {
					seen[n] = true
					out = append(out, n)
				}
			}
		}
		if !found {
			if err := missing(p); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// namePattern returns the matcher for one variable-name pattern: a
// MATLAB regular expression (lookarounds included) with -regexp.
func namePattern(p string, useRegexp bool) (func(string) bool, error) {
	if useRegexp {
		re, err := compileRegexp(p, reOptions{dotAll: true})
		if err != nil {
			return nil, err
		}
		return func(n string) bool {
			m, err := re.m.findAll(n)
			return err == nil && len(m) > 0
		}, nil
	}
	if !strings.Contains(p, "*") {
		return func(n string) bool { return n == p }, nil
	}
	return func(n string) bool {
		ok, err := filepath.Match(p, n)
		return err == nil && ok
	}, nil
}
