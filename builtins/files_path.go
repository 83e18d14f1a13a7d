package builtins

import (
	"crypto/rand"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// fullfileJoin joins path parts with '/', dropping empty parts and
// collapsing repeated separators.
func fullfileJoin(parts []string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	s := strings.Join(kept, "/")
	for strings.Contains(s, "//") {
		s = strings.ReplaceAll(s, "//", "/")
	}
	return s
}

func biFullfile(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) == 0 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	// One argument may be a list (cellstr or string array): the result is
	// then a list of the same shape.
	var list *texts
	parts := make([]string, len(c.Args))
	str := false
	for i, a := range c.Args {
		t, ok := readTexts(a)
		if !ok {
			return nil, value.Errorf("MATLAB:fullfile:NotCellOrChar", "All inputs must be strings, character vectors, or cell arrays of character vectors.")
		}
		if t.kind == kindString {
			str = true
		}
		if t.kind == kindCellstr || t.kind == kindString && len(t.elems) != 1 {
			if list != nil {
				return nil, value.Errorf("MATLAB:fullfile:MultipleCellInputs", "Only one input can be a cell array or a nonscalar string array.")
			}
			list = &t
			continue
		}
		if len(t.elems) > 0 {
			parts[i] = t.elems[0]
		}
	}
	if list == nil {
		s := fullfileJoin(parts)
		if str {
			return one(value.String(s))
		}
		return one(charRow(s))
	}
	k := 0
	for i, a := range c.Args {
		if t, _ := readTexts(a); t.kind == list.kind && len(t.elems) == len(list.elems) && (t.kind == kindCellstr || len(t.elems) != 1) {
			k = i
			break
		}
	}
	out := make([]string, len(list.elems))
	for j, e := range list.elems {
		p := append([]string(nil), parts...)
		p[k] = e
		out[j] = fullfileJoin(p)
	}
	if str {
		return one(stringArray(list.dims.Clone(), out))
	}
	return one(cellOfStrs(list.dims.Clone(), out))
}

// splitFileparts splits a path into folder, name and extension as
// fileparts does.
func splitFileparts(p string) (dir, name, ext string) {
	i := strings.LastIndex(p, "/")
	if i >= 0 {
		dir = p[:i]
		if i == 0 {
			dir = "/"
		}
		p = p[i+1:]
	}
	if j := strings.LastIndex(p, "."); j >= 0 {
		return dir, p[:j], p[j:]
	}
	return dir, p, ""
}

func biFileparts(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	p, ok := c.Args[0].Text()
	if !ok {
		if !c.Args[0].IsEmpty() || !isText(c.Args[0]) {
			return nil, value.Errorf("MATLAB:fileparts:MustBeChar", "Input must be a row vector of characters, or a string scalar.")
		}
	}
	d, n, e := splitFileparts(p)
	if isStringValue(c.Args[0]) {
		return []value.Value{value.String(d), value.String(n), value.String(e)}, nil
	}
	return []value.Value{value.Str(d), value.Str(n), value.Str(e)}, nil
}

func biFilesep(c *interp.Call) ([]value.Value, error) { return one(charRow("/")) }
func biPathsep(c *interp.Call) ([]value.Value, error) { return one(charRow(":")) }

func biPwd(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, value.Errorf("MATLAB:pwd:CannotGet", "Unable to determine the current folder.")
	}
	return one(charRow(wd))
}

func biCd(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	wd, _ := os.Getwd()
	if len(c.Args) == 0 {
		if c.Nargout == 0 {
			c.In.Out.WriteString(wd + "\n\n")
			return nil, nil
		}
		return one(charRow(wd))
	}
	dir, err := textArg("cd", c.Args[0], "Folder name")
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(dir, "~") {
		if home, herr := os.UserHomeDir(); herr == nil {
			dir = home + dir[1:]
		}
	}
	if err := os.Chdir(dir); err != nil {
		return nil, value.Errorf("MATLAB:cd:NonExistentFolder", "Unable to change current folder to '%s' (Name is nonexistent or not a folder).", dir)
	}
	c.In.Invalidate()
	if c.Nargout > 0 {
		return one(charRow(wd))
	}
	return nil, nil
}

// pathTest applies a file test to each element of a text argument.
func pathTest(c *interp.Call, test func(os.FileInfo) bool) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return one(value.Bool(false))
	}
	if t.kind == kindChar {
		t.elems = []string{strings.Join(t.elems, "")}
		t.dims = value.Dims{1, 1}
	}
	bs := make([]bool, len(t.elems))
	for i, p := range t.elems {
		if st, err := os.Stat(p); err == nil {
			bs[i] = test(st)
		}
	}
	return one(boolArray(t.dims.Clone(), bs))
}

func biIsfile(c *interp.Call) ([]value.Value, error) {
	return pathTest(c, func(st os.FileInfo) bool { return !st.IsDir() })
}

func biIsfolder(c *interp.Call) ([]value.Value, error) {
	return pathTest(c, func(st os.FileInfo) bool { return st.IsDir() })
}

// statusResult returns [status, msg, msgID], an empty msg and msgID being
// 0×0 char as in MATLAB; with no outputs requested a failure is raised as
// an error and a nonempty message on success is printed as a warning.
func statusResult(c *interp.Call, ok bool, msg, id string) ([]value.Value, error) {
	if c.Nargout == 0 {
		if !ok {
			return nil, value.Errorf(id, "%s", msg)
		}
		if msg != "" {
			c.In.Warn(id, "%s", msg)
		}
		return nil, nil
	}
	return []value.Value{value.Bool(ok), value.Str(msg), value.Str(id)}, nil
}

func biMkdir(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		s, err := textArg("mkdir", a, "Folder name")
		if err != nil {
			return nil, err
		}
		parts[i] = s
	}
	dir := fullfileJoin(parts)
	if st, err := os.Stat(dir); err == nil && st.IsDir() {
		return statusResult(c, true, "Directory already exists.", "MATLAB:MKDIR:DirectoryExists")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return statusResult(c, false, "Cannot create directory "+dir+".", "MATLAB:MKDIR:OSError")
	}
	return statusResult(c, true, "", "")
}

func biRmdir(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	dir, err := textArg("rmdir", c.Args[0], "Folder name")
	if err != nil {
		return nil, err
	}
	recursive := false
	if len(c.Args) == 2 {
		s, _ := c.Args[1].Text()
		if s != "s" {
			return nil, value.Errorf("MATLAB:RMDIR:InvalidOption", "Second argument must be 's'.")
		}
		recursive = true
	}
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return statusResult(c, false, dir+" is not a directory.", "MATLAB:RMDIR:NotADirectory")
	}
	if recursive {
		err = os.RemoveAll(dir)
	} else {
		err = os.Remove(dir)
	}
	if err != nil {
		return statusResult(c, false, "No directories were removed.", "MATLAB:RMDIR:NoDirectoriesRemoved")
	}
	return statusResult(c, true, "", "")
}

func biDelete(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, -1); err != nil {
		return nil, err
	}
	for _, a := range c.Args {
		names, err := textListArg("delete", a, "File name")
		if err != nil {
			return nil, err
		}
		for _, n := range names {
			matches, _ := filepath.Glob(n)
			if len(matches) == 0 {
				c.In.Warn("MATLAB:DELETE:FileNotFound", "File '%s' not found.", n)
				continue
			}
			for _, m := range matches {
				if st, err := os.Stat(m); err == nil && st.IsDir() {
					continue
				}
				if err := os.Remove(m); err != nil {
					c.In.Warn("MATLAB:DELETE:Permission", "Cannot delete file '%s'.", m)
				}
			}
		}
	}
	return nil, nil
}

// copyPath copies a file or a folder tree.
func copyPath(src, dst string) error {
	st, err := os.Stat(src)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		if dt, err := os.Stat(dst); err == nil && dt.IsDir() {
			dst = filepath.Join(dst, filepath.Base(src))
		}
		b, err := os.ReadFile(src)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, st.Mode().Perm())
	}
	return filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, info.Mode().Perm())
	})
}

// transfer implements copyfile and movefile.
func transfer(c *interp.Call, fn string, move bool) ([]value.Value, error) {
	if err := nargs(c, 2, 3); err != nil {
		return nil, err
	}
	src, err := textArg(fn, c.Args[0], "Source")
	if err != nil {
		return nil, err
	}
	dst, err := textArg(fn, c.Args[1], "Destination")
	if err != nil {
		return nil, err
	}
	id := "MATLAB:" + strings.ToUpper(fn) + ":OSError"
	matches, _ := filepath.Glob(src)
	if len(matches) == 0 {
		return statusResult(c, false, "No matching files were found.", id)
	}
	for _, m := range matches {
		target := dst
		if len(matches) > 1 {
			os.MkdirAll(dst, 0o755)
		}
		if move {
			if dt, err := os.Stat(dst); err == nil && dt.IsDir() {
				target = filepath.Join(dst, filepath.Base(m))
			}
			err = os.Rename(m, target)
			if err != nil {
				if err = copyPath(m, target); err == nil {
					err = os.RemoveAll(m)
				}
			}
		} else {
			err = copyPath(m, target)
		}
		if err != nil {
			return statusResult(c, false, "Cannot "+fn[:len(fn)-4]+" "+m+" to "+dst+".", id)
		}
	}
	return statusResult(c, true, "", "")
}

func biCopyfile(c *interp.Call) ([]value.Value, error) { return transfer(c, "copyfile", false) }
func biMovefile(c *interp.Call) ([]value.Value, error) { return transfer(c, "movefile", true) }

// tempRoot is the folder tempdir returns, without its trailing '/'.
func tempRoot() string {
	return strings.TrimRight(os.TempDir(), "/")
}

func biTempdir(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 0); err != nil {
		return nil, err
	}
	return one(charRow(tempRoot() + "/"))
}

func biTempname(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	dir := tempRoot()
	if len(c.Args) == 1 {
		s, err := textArg("tempname", c.Args[0], "Folder")
		if err != nil {
			return nil, err
		}
		dir = strings.TrimRight(s, "/")
	}
	b := make([]byte, 16)
	rand.Read(b)
	h := hex.EncodeToString(b)
	name := dir + "/tp" + h[:8] + "_" + h[8:12] + "_" + h[12:16] + "_" + h[16:20] + "_" + h[20:]
	if len(c.Args) == 1 && isStringValue(c.Args[0]) {
		return one(value.String(name))
	}
	return one(charRow(name))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "fullfile", Fn: biFullfile, Doc: "f = fullfile(part1, …, partN); one part may be a cellstr or string array"},
		{Name: "fileparts", Fn: biFileparts, Doc: "[folder, name, ext] = fileparts(path)"},
		{Name: "filesep", Fn: biFilesep, Doc: "s = filesep ('/')"},
		{Name: "pathsep", Fn: biPathsep, Doc: "s = pathsep (':')"},
		{Name: "pwd", Fn: biPwd, Doc: "d = pwd"},
		{Name: "cd", Fn: biCd, Doc: "cd, cd(folder), old = cd(folder)"},
		{Name: "isfile", Fn: biIsfile, Doc: "tf = isfile(names)"},
		{Name: "isfolder", Fn: biIsfolder, Doc: "tf = isfolder(names)"},
		{Name: "mkdir", Fn: biMkdir, Doc: "mkdir(folder), mkdir(parent, folder), [status, msg, msgID] = mkdir(…)"},
		{Name: "rmdir", Fn: biRmdir, Doc: "rmdir(folder), rmdir(folder, 's'), [status, msg, msgID] = rmdir(…)"},
		{Name: "delete", Fn: biDelete, Doc: "delete(file…), with * wildcards"},
		{Name: "copyfile", Fn: biCopyfile, Doc: "copyfile(src, dst), [status, msg, msgID] = copyfile(…); src may use wildcards or be a folder"},
		{Name: "movefile", Fn: biMovefile, Doc: "movefile(src, dst), [status, msg, msgID] = movefile(…)"},
		{Name: "tempdir", Fn: biTempdir, Doc: "d = tempdir"},
		{Name: "tempname", Fn: biTempname, Doc: "name = tempname, tempname(folder)"},
	})
}
