package builtins

import (
	"bufio"
	"errors"
	"io"
	"math"
	"os"
	"sort"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// openFile is a file opened with fopen: reads go through a buffered
// reader, writes through a buffered writer; switching between them
// resynchronises the file offset.
type openFile struct {
	f    *os.File
	name string
	mode string
	r    *bufio.Reader
	w    *bufio.Writer
	eof  bool
}

// fileTable is a session's open files by identifier (3 and up).
type fileTable struct {
	files map[int]*openFile
}

type fileTableKey struct{}

func files(in *interp.Interp) *fileTable {
	return in.State(fileTableKey{}, func() any { return &fileTable{files: map[int]*openFile{}} }).(*fileTable)
}

// reader returns the file's reader, flushing pending writes first.
func (o *openFile) reader() (*bufio.Reader, error) {
	if o.w != nil {
		if err := o.w.Flush(); err != nil {
			return nil, err
		}
		o.w = nil
	}
	if o.r == nil {
		o.r = bufio.NewReader(o.f)
	}
	return o.r, nil
}

// writer returns the file's writer, moving the offset back over what the
// reader had buffered but not used.
func (o *openFile) writer() (*bufio.Writer, error) {
	if o.r != nil {
		if n := o.r.Buffered(); n > 0 {
			if _, err := o.f.Seek(int64(-n), io.SeekCurrent); err != nil {
				return nil, err
			}
		}
		o.r = nil
	}
	if o.w == nil {
		o.w = bufio.NewWriter(o.f)
	}
	return o.w, nil
}

// tell returns the logical file position.
func (o *openFile) tell() (int64, error) {
	pos, err := o.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	if o.r != nil {
		pos -= int64(o.r.Buffered())
	}
	if o.w != nil {
		pos += int64(o.w.Buffered())
	}
	return pos, nil
}

// seek moves to an absolute position, dropping buffers.
func (o *openFile) seek(off int64, whence int) (int64, error) {
	if o.w != nil {
		if err := o.w.Flush(); err != nil {
			return 0, err
		}
		o.w = nil
	}
	if whence == io.SeekCurrent && o.r != nil {
		off -= int64(o.r.Buffered())
	}
	o.r = nil
	o.eof = false
	return o.f.Seek(off, whence)
}

func (o *openFile) close() error {
	if o.w != nil {
		if err := o.w.Flush(); err != nil {
			o.f.Close()
			return err
		}
	}
	return o.f.Close()
}

func errInvalidFid() error {
	return value.Errorf("MATLAB:FileIO:InvalidFid", "Invalid file identifier. Use fopen to generate a valid file identifier.")
}

// fidArg reads a file identifier argument.
func fidArg(v value.Value) (int, error) {
	x, err := value.ScalarFloat(v)
	if err != nil || !v.Class().IsNumeric() || x != float64(int(x)) {
		return 0, errInvalidFid()
	}
	return int(x), nil
}

// lookupFile returns an open file by identifier.
// fileArg checks the argument count of a file built-in and returns the open
// file its first argument names.
func fileArg(c *interp.Call, lo, hi int) (*openFile, error) {
	if err := nargs(c, lo, hi); err != nil {
		return nil, err
	}
	fid, err := fidArg(c.Args[0])
	if err != nil {
		return nil, err
	}
	return lookupFile(c, fid)
}

func lookupFile(c *interp.Call, fid int) (*openFile, error) {
	o, ok := files(c.In).files[fid]
	if !ok {
		return nil, errInvalidFid()
	}
	return o, nil
}

// writeFid writes text to a file identifier: 1 is the session's output, 2
// its error stream. It returns the number of bytes written.
func writeFid(c *interp.Call, fid int, s string) (int, error) {
	switch fid {
	case 1:
		return c.In.Out.WriteString(s)
	case 2:
		c.In.Flush()
		return io.WriteString(c.In.Err, s)
	}
	o, err := lookupFile(c, fid)
	if err != nil {
		return 0, err
	}
	if !strings.ContainsAny(o.mode, "wa+") {
		return 0, nil
	}
	w, err := o.writer()
	if err != nil {
		return 0, err
	}
	return w.WriteString(s)
}

// fopenFlags maps fopen's permission to os.OpenFile flags.
func fopenFlags(perm string) (int, bool) {
	p := strings.NewReplacer("t", "", "b", "").Replace(perm)
	switch p {
	case "r":
		return os.O_RDONLY, true
	case "w":
		return os.O_WRONLY | os.O_CREATE | os.O_TRUNC, true
	case "a":
		return os.O_WRONLY | os.O_CREATE | os.O_APPEND, true
	case "r+":
		return os.O_RDWR, true
	case "w+":
		return os.O_RDWR | os.O_CREATE | os.O_TRUNC, true
	case "a+":
		return os.O_RDWR | os.O_CREATE | os.O_APPEND, true
	}
	return 0, false
}

func biFopen(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 4); err != nil {
		return nil, err
	}
	if len(c.Args) == 1 && c.Args[0].Class().IsNumeric() {
		return fopenQuery(c)
	}
	name, err := textArg("fopen", c.Args[0], "File name")
	if err != nil {
		return nil, err
	}
	if len(c.Args) == 1 && name == "all" {
		return one(openFids(c))
	}
	perm := "r"
	if len(c.Args) > 1 {
		if perm, err = textArg("fopen", c.Args[1], "Permission"); err != nil {
			return nil, err
		}
	}
	flags, ok := fopenFlags(perm)
	if !ok {
		return nil, value.Errorf("MATLAB:fopen:InvalidPermission", "Invalid permission.")
	}
	f, err := os.OpenFile(name, flags, 0o644)
	if err == nil {
		if st, serr := f.Stat(); serr == nil && st.IsDir() && flags != os.O_RDONLY {
			f.Close()
			err = os.ErrInvalid
		}
	}
	if err != nil {
		msg := "No such file or directory"
		switch {
		case errors.Is(err, os.ErrPermission):
			msg = "Permission denied"
		case errors.Is(err, os.ErrInvalid):
			msg = "Is a directory"
		}
		return []value.Value{value.Num(-1), charRow(msg)}, nil
	}
	t := files(c.In)
	fid := 3
	for t.files[fid] != nil {
		fid++
	}
	t.files[fid] = &openFile{f: f, name: name, mode: strings.NewReplacer("t", "", "b", "").Replace(perm)}
	return []value.Value{value.Num(float64(fid)), charRow("")}, nil
}

// openFids is fopen('all'): the identifiers of the open files (not 0, 1
// or 2) as a row vector, empty (0×0) when none is open.
func openFids(c *interp.Call) value.Value {
	t := files(c.In)
	ids := make([]int, 0, len(t.files))
	for id := range t.files {
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return value.Empty()
	}
	sort.Ints(ids)
	xs := make([]float64, len(ids))
	for i, id := range ids {
		xs[i] = float64(id)
	}
	return value.RowVector(xs)
}

// fopenQuery is [name, permission, machinefmt, encoding] = fopen(fid); an
// identifier that is not open gives empty texts.
func fopenQuery(c *interp.Call) ([]value.Value, error) {
	fid, err := fidArg(c.Args[0])
	if err != nil {
		return nil, err
	}
	name, perm := "", ""
	switch fid {
	case 0:
		name, perm = `"stdin"`, "r"
	case 1:
		name, perm = `"stdout"`, "w"
	case 2:
		name, perm = `"stderr"`, "w"
	default:
		if o, ok := files(c.In).files[fid]; ok {
			name, perm = o.name, o.mode
		}
	}
	if name == "" {
		return []value.Value{charRow(""), charRow(""), charRow(""), charRow("")}, nil
	}
	return []value.Value{charRow(name), charRow(perm), charRow("ieee-le"), charRow("UTF-8")}, nil
}

func biFclose(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	t := files(c.In)
	if s, ok := c.Args[0].Text(); ok {
		if s != "all" {
			return nil, errInvalidFid()
		}
		ids := make([]int, 0, len(t.files))
		for id := range t.files {
			ids = append(ids, id)
		}
		sort.Ints(ids)
		var firstErr error
		for _, id := range ids {
			if err := t.files[id].close(); err != nil && firstErr == nil {
				firstErr = err
			}
			delete(t.files, id)
		}
		if firstErr != nil {
			return one(value.Num(-1))
		}
		return one(value.Num(0))
	}
	fid, err := fidArg(c.Args[0])
	if err != nil {
		return nil, err
	}
	if fid >= 0 && fid <= 2 {
		return one(value.Num(0))
	}
	o, err := lookupFile(c, fid)
	if err != nil {
		return nil, err
	}
	delete(t.files, fid)
	if o.close() != nil {
		return one(value.Num(-1))
	}
	return one(value.Num(0))
}

// readLine reads one line (with its newline when keep is set); ok is false
// at end of file.
func readLine(o *openFile, keep bool) (string, bool, error) {
	r, err := o.reader()
	if err != nil {
		return "", false, err
	}
	line, err := r.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", false, err
	}
	if line == "" && err == io.EOF {
		o.eof = true
		return "", false, nil
	}
	if _, perr := r.Peek(1); perr == io.EOF {
		o.eof = true
	}
	if !keep {
		line = strings.TrimSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\r")
	}
	return line, true, nil
}

func fgetLine(c *interp.Call, keep bool) ([]value.Value, error) {
	hi := 1
	if keep {
		hi = 2
	}
	if err := nargs(c, 1, hi); err != nil {
		return nil, err
	}
	fid, err := fidArg(c.Args[0])
	if err != nil {
		return nil, err
	}
	o, err := lookupFile(c, fid)
	if err != nil {
		return nil, err
	}
	if len(c.Args) == 2 {
		n, err := value.ScalarFloat(c.Args[1])
		if err != nil || n < 0 || n != math.Floor(n) {
			return nil, value.Errorf("MATLAB:fgets:InvalidNchar", "NCHAR must be a nonnegative integer scalar.")
		}
		return fgetsLimited(o, int(n))
	}
	line, ok, err := readLine(o, keep)
	if err != nil {
		return nil, err
	}
	if !ok {
		return []value.Value{value.Num(-1), value.Num(0)}, nil
	}
	return []value.Value{charRow(line), value.Num(float64(len(line)))}, nil
}

// fgetsLimited is fgets(fid, nchar): at most nchar characters of the next
// line (with its newline when that fits), -1 at end of file.
func fgetsLimited(o *openFile, nchar int) ([]value.Value, error) {
	r, err := o.reader()
	if err != nil {
		return nil, err
	}
	var b []byte
	for len(b) < nchar {
		ch, err := r.ReadByte()
		if err != nil {
			break
		}
		b = append(b, ch)
		if ch == '\n' {
			break
		}
	}
	if _, perr := r.Peek(1); perr == io.EOF {
		o.eof = true
	}
	if len(b) == 0 && o.eof {
		return []value.Value{value.Num(-1), value.Num(0)}, nil
	}
	return []value.Value{charRow(string(b)), value.Num(float64(len(b)))}, nil
}

func biFgetl(c *interp.Call) ([]value.Value, error) { return fgetLine(c, false) }
func biFgets(c *interp.Call) ([]value.Value, error) { return fgetLine(c, true) }

func biFeof(c *interp.Call) ([]value.Value, error) {
	o, err := fileArg(c, 1, 1)
	if err != nil {
		return nil, err
	}
	if !o.eof {
		r, err := o.reader()
		if err != nil {
			return nil, err
		}
		if _, err := r.Peek(1); err == io.EOF {
			o.eof = true
		}
	}
	return one(value.Bool(o.eof))
}

func biFrewind(c *interp.Call) ([]value.Value, error) {
	o, err := fileArg(c, 1, 1)
	if err != nil {
		return nil, err
	}
	_, err = o.seek(0, io.SeekStart)
	return nil, err
}

func biFtell(c *interp.Call) ([]value.Value, error) {
	o, err := fileArg(c, 1, 1)
	if err != nil {
		return nil, err
	}
	pos, err := o.tell()
	if err != nil {
		return one(value.Num(-1))
	}
	return one(value.Num(float64(pos)))
}

func biFseek(c *interp.Call) ([]value.Value, error) {
	var fidV value.Value
	var off float64
	origin := value.Str("bof")
	if err := c.Unpack("fid", &fidV, "offset", &off, "origin?", &origin); err != nil {
		return nil, err
	}
	fid, err := fidArg(fidV)
	if err != nil {
		return nil, err
	}
	o, err := lookupFile(c, fid)
	if err != nil {
		return nil, err
	}
	whence := io.SeekStart
	if s, ok := origin.Text(); ok {
		switch s {
		case "bof":
		case "cof":
			whence = io.SeekCurrent
		case "eof":
			whence = io.SeekEnd
		default:
			return nil, value.Errorf("MATLAB:fseek:invalidOrigin", "Invalid origin.")
		}
	} else if x, err := value.ScalarFloat(origin); err == nil {
		whence = int(x) + 1
	}
	if _, err := o.seek(int64(off), whence); err != nil {
		return one(value.Num(-1))
	}
	return one(value.Num(0))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "fopen", Fn: biFopen, Doc: "[fid, msg] = fopen(name), fopen(name, 'r'|'w'|'a'|'r+'|'w+'|'a+' with optional 't'/'b'), fids = fopen('all'), [name, perm, machinefmt, encoding] = fopen(fid)"},
		{Name: "fclose", Fn: biFclose, Doc: "status = fclose(fid), fclose('all')"},
		{Name: "fgetl", Fn: biFgetl, Doc: "line = fgetl(fid): the next line without its newline, -1 at end of file"},
		{Name: "fgets", Fn: biFgets, Doc: "line = fgets(fid): the next line with its newline, -1 at end of file; fgets(fid, nchar) returns at most nchar characters"},
		{Name: "feof", Fn: biFeof, Doc: "tf = feof(fid)"},
		{Name: "frewind", Fn: biFrewind, Doc: "frewind(fid)"},
		{Name: "ftell", Fn: biFtell, Doc: "pos = ftell(fid)"},
		{Name: "fseek", Fn: biFseek, Doc: "status = fseek(fid, offset, 'bof'|'cof'|'eof'|-1|0|1)"},
	})
}
