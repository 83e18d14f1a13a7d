package builtins

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
	"unicode"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "save", Fn: saveFn, Doc: "save, save(filename), save(filename,vars...), save(filename,'-struct',s,fields...), with '-v7' (default, compressed), '-v6', '-nocompression', '-mat', '-append', '-regexp', '-ascii' ('-double', '-tabs'): store workspace variables in a MAT-file or a text file"},
	})
}

// namedValue is one variable to save.
type namedValue struct {
	name string
	v    value.Value
}

func saveFn(c *interp.Call) ([]value.Value, error) {
	r, err := parseSaveArgs(c.Args)
	if err != nil {
		return nil, err
	}
	vars, err := saveVariables(c, r)
	if err != nil {
		return nil, err
	}
	if r.noFile {
		abs, _ := filepath.Abs(r.file)
		fmt.Fprintf(c.In.Out, "Saving to: %s\n", abs)
	}
	if r.ascii {
		return nil, saveASCII(c, r, vars)
	}
	return nil, saveMAT(c, r, vars)
}

// saveVariables collects the variables save stores: the named (or all)
// variables of the calling workspace, or the fields of the -struct
// variable.
func saveVariables(c *interp.Call, r saveRequest) ([]namedValue, error) {
	if r.structVar != "" {
		sv, ok := c.CallerVar(r.structVar)
		s, isStruct := sv.Ref().(*value.Struct)
		if !ok || !isStruct || s.Size().Numel() != 1 {
			return nil, value.Errorf("MATLAB:save:notScalarStruct", "The argument to -STRUCT must be the name of a scalar structure variable.")
		}
		names, err := selectNames(s.Fields, r.names, r.regexp, func(p string) error {
			return value.Errorf("MATLAB:save:fieldNotFound", "Field '%s' not found.", p)
		})
		if err != nil {
			return nil, err
		}
		out := make([]namedValue, len(names))
		for i, n := range names {
			out[i] = namedValue{n, s.Elems[0][s.FieldIndex(n)]}
		}
		return out, nil
	}
	names, err := selectNames(c.CallerVarNames(), r.names, r.regexp, func(p string) error {
		return value.Errorf("MATLAB:save:variableNotFound", "Variable '%s' not found.", p)
	})
	if err != nil {
		return nil, err
	}
	out := make([]namedValue, len(names))
	for i, n := range names {
		v, _ := c.CallerVar(n)
		out[i] = namedValue{n, v}
	}
	return out, nil
}

// saveMAT writes a Level 5 MAT-file. With -append the variables already in
// the file are kept, except those being saved again. A variable that
// cannot be stored is left out with a warning, as MATLAB skips a variable
// too large for the file's version.
func saveMAT(c *interp.Call, r saveRequest, vars []namedValue) error {
	compress := !r.v6 && !r.noCompress
	var elems [][]byte
	written := map[string]bool{}
	for _, nv := range vars {
		if b, ok := encodeOrWarn(c, nv.name, nv.v, compress); ok {
			elems = append(elems, b)
			written[nv.name] = true
		}
	}
	if r.append {
		kept, err := keptElements(c, r.file, written, compress)
		if err != nil {
			return err
		}
		elems = append(kept, elems...)
	}
	data := matHeader(time.Now())
	for _, e := range elems {
		data = append(data, e...)
	}
	return writeFileAtomic(r.file, data)
}

// encodeOrWarn encodes one variable, or warns that it was not saved.
func encodeOrWarn(c *interp.Call, name string, v value.Value, compress bool) ([]byte, bool) {
	b, err := encodeVariable(name, v, compress)
	if err == nil {
		return b, true
	}
	id := "gomat:notImplemented"
	var skip *matSkip
	if errors.As(err, &skip) {
		id = skip.id
	}
	c.In.Warn(id, "Variable '%s' was not saved. %s", name, err.Error())
	return nil, false
}

// keptElements returns the elements of an existing MAT-file that save
// -append keeps, those not in replaced: as stored when the file is
// little-endian and the element is well formed, else decoded and encoded
// again. A missing file keeps nothing.
func keptElements(c *interp.Call, file string, replaced map[string]bool, compress bool) ([][]byte, error) {
	old, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, writeError(file, err)
	}
	d, existing, err := splitMatFile(old)
	if err != nil {
		return nil, matFileError(file, "", err)
	}
	var out [][]byte
	for _, e := range existing {
		switch {
		case replaced[e.name]:
		case d.order == le && wellFramed(e.raw):
			out = append(out, e.raw)
		case e.err != nil:
			return nil, matFileError(file, e.name, e.err)
		default:
			if b, ok := encodeOrWarn(c, e.name, e.val, compress); ok {
				out = append(out, b)
			}
		}
	}
	return out, nil
}

// wellFramed reports whether a little-endian top-level element's tag
// declares the bytes it takes.
func wellFramed(raw []byte) bool {
	n := int(le.Uint32(raw[4:]))
	if le.Uint32(raw) == miCOMPRESSED {
		return n+8 == len(raw)
	}
	return padded(n)+8 == len(raw)
}

// writeFileAtomic writes data to a temporary file in path's folder and
// renames it into place, keeping the mode of a file it replaces.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return writeError(path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	mode := os.FileMode(0o644)
	if st, serr := os.Stat(path); serr == nil {
		mode = st.Mode().Perm()
	}
	if err == nil {
		err = os.Chmod(tmp, mode)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return writeError(path, err)
	}
	return nil
}

// writeError is save's error for a file it cannot write, with the
// system's reason ("No such file or directory").
func writeError(path string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var linkErr *os.LinkError
	if errors.As(err, &linkErr) {
		err = linkErr.Err
	}
	reason := []rune(err.Error())
	if len(reason) > 0 {
		reason[0] = unicode.ToUpper(reason[0])
	}
	return value.Errorf("MATLAB:save:couldNotWriteFile", "Unable to write file %s: %s.", path, string(reason))
}
