package builtins

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// dirEntry is one listed file.
type dirEntry struct {
	name, folder string
	info         os.FileInfo
}

// listDir lists what dir(name) shows: a folder's entries (with . and ..),
// the files matching a wildcard, or a single file.
func listDir(name string) ([]dirEntry, error) {
	if name == "" {
		name = "."
	}
	var out []dirEntry
	add := func(folder, n string) {
		p := filepath.Join(folder, n)
		if st, err := os.Stat(p); err == nil {
			abs, _ := filepath.Abs(folder)
			out = append(out, dirEntry{name: n, folder: abs, info: st})
		}
	}
	if strings.ContainsAny(name, "*?") {
		matches, _ := filepath.Glob(name)
		for _, m := range matches {
			add(filepath.Dir(m), filepath.Base(m))
		}
	} else if st, err := os.Stat(name); err == nil && st.IsDir() {
		ents, err := os.ReadDir(name)
		if err != nil {
			return nil, err
		}
		add(name, ".")
		add(name, "..")
		for _, e := range ents {
			add(name, e.Name())
		}
	} else if err == nil {
		add(filepath.Dir(name), filepath.Base(name))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out, nil
}

func biDir(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	name := "."
	if len(c.Args) == 1 {
		s, err := textArg("dir", c.Args[0], "Name")
		if err != nil {
			return nil, err
		}
		name = s
	}
	ents, err := listDir(name)
	if err != nil {
		return nil, value.Errorf("MATLAB:dir:CannotRead", "Unable to read folder '%s'.", name)
	}
	if c.Nargout == 0 {
		if len(ents) == 0 {
			c.In.Warn("MATLAB:dir:NotFound", "%s not found.", name)
			return nil, nil
		}
		printListing(c, ents)
		return nil, nil
	}
	s := value.NewStruct(value.Dims{len(ents), 1}, []string{"name", "folder", "date", "bytes", "isdir", "datenum"})
	for i, e := range ents {
		mod := e.info.ModTime()
		size := float64(e.info.Size())
		if e.info.IsDir() {
			size = 0
		}
		s.Elems[i][0] = charRow(e.name)
		s.Elems[i][1] = charRow(e.folder)
		s.Elems[i][2] = charRow(formatDate(mod, dateFormats[0]))
		s.Elems[i][3] = value.Num(size)
		s.Elems[i][4] = value.Bool(e.info.IsDir())
		s.Elems[i][5] = value.Num(datenumOf(mod))
	}
	return one(value.FromRef(s))
}

// printListing writes names in columns across the terminal width, as dir
// and ls do with no output.
func printListing(c *interp.Call, ents []dirEntry) {
	w := 0
	for _, e := range ents {
		w = max(w, len(e.name))
	}
	col := w + 2
	per := max((c.In.Width-1)/col, 1)
	var b strings.Builder
	b.WriteString("\n")
	for i, e := range ents {
		b.WriteString(e.name + strings.Repeat(" ", col-len(e.name)))
		if (i+1)%per == 0 || i == len(ents)-1 {
			b.WriteString("\n")
		}
	}
	b.WriteString("\n")
	c.In.Out.WriteString(b.String())
}

func biLs(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 0, 1); err != nil {
		return nil, err
	}
	name := "."
	if len(c.Args) == 1 {
		s, err := textArg("ls", c.Args[0], "Name")
		if err != nil {
			return nil, err
		}
		name = s
	}
	ents, err := listDir(name)
	if err != nil {
		return nil, value.Errorf("MATLAB:ls:CannotRead", "Unable to read folder '%s'.", name)
	}
	var kept []dirEntry
	for _, e := range ents {
		if e.name != "." && e.name != ".." {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 && !isDirPath(name) {
		return nil, value.Errorf("MATLAB:ls:OSError", "ls: cannot access '%s': No such file or directory", name)
	}
	if c.Nargout == 0 {
		if len(kept) > 0 {
			printListing(c, kept)
		}
		return nil, nil
	}
	var b strings.Builder
	for _, e := range kept {
		b.WriteString(e.name + "\n")
	}
	return one(charRow(b.String()))
}

func isDirPath(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "dir", Fn: biDir, Doc: "dir, dir(name) (prints names), S = dir(…): struct array with name folder date bytes isdir datenum; name may use * and ?"},
		{Name: "ls", Fn: biLs, Doc: "ls, ls(name) (prints names), s = ls(…): names one per line"},
	})
}
