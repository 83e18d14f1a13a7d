package interp

import (
	"fmt"
	"gomat/lang/value"
	"path/filepath"
	"sort"
	"strings"
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

// FileVariables reads the variables of a MAT-file for who -file and
// whos -file; the MAT-file package installs it.
var FileVariables func(path string) (names []string, vals []value.Value, err error)

// whoSource is the variables who and whos list, sorted, and how to read
// one: the workspace's, or with '-file', f first, those of MAT-file f.
// The remaining arguments are name patterns with * wildcards.
func whoSource(c *Call) ([]string, func(string) value.Value, error) {
	args := c.Args
	var all []string
	lookup := func(n string) value.Value { v, _ := c.frame.lookupVar(n); return v }
	if len(args) > 0 {
		if flag, ok := args[0].Text(); ok && strings.EqualFold(flag, "-file") {
			if len(args) < 2 || FileVariables == nil {
				return nil, nil, value.Errorf("MATLAB:whos:fileNameRequired", "File name is required with the -file option.")
			}
			path, _ := args[1].Text()
			names, vals, err := FileVariables(path)
			if err != nil {
				return nil, nil, err
			}
			byName := make(map[string]value.Value, len(names))
			for i, n := range names {
				byName[n] = vals[i]
			}
			all, args = names, args[2:]
			lookup = func(n string) value.Value { return byName[n] }
		}
	}
	if all == nil {
		all = c.frame.varNames()
	}
	var keep []string
	for _, n := range all {
		if len(args) == 0 {
			keep = append(keep, n)
			continue
		}
		for _, a := range args {
			if p, ok := a.Text(); ok && matchWild(p, n) {
				keep = append(keep, n)
				break
			}
		}
	}
	sort.Strings(keep)
	return keep, lookup, nil
}

func biWho(c *Call) ([]value.Value, error) {
	names, _, err := whoSource(c)
	if err != nil {
		return nil, err
	}
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
	names, lookup, err := whoSource(c)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, nil
	}
	w := c.In.Out
	fmt.Fprintf(w, "  %-10s%-16s%5s  %-10s%s\n\n", "Name", "Size", "Bytes", "Class", "Attributes")
	for _, n := range names {
		v := lookup(n)
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

// functionArity returns the declared input and output counts of a function

// (negative when it ends in varargin/varargout), as nargin(f) does.

func init() {
	Register([]Builtin{
		{Name: "clear", Fn: biClear, Doc: "clear, clear all, clear x y, clear functions, clear global, clear x*"},
		{Name: "clearvars", Fn: biClear, Doc: "clearvars, clearvars x y"},
		{Name: "who", Fn: biWho, Doc: "who, who x*, c = who, who -file f [x*]: list variable names of the workspace or of a MAT-file"},
		{Name: "whos", Fn: biWhos, Doc: "whos, whos x*, whos -file f [x*]: list variables with sizes, bytes and classes"},
	})
}
