package builtins

import (
	"encoding/binary"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// binType is a precision of fread and fwrite.
type binType struct {
	size  int
	class value.Class // class of the value read (char for 'char')
	float bool
	sign  bool
}

var binTypes = map[string]binType{
	"uint8": {1, value.Uint8, false, false}, "uchar": {1, value.Uint8, false, false},
	"int8": {1, value.Int8, false, true}, "schar": {1, value.Int8, false, true},
	"uint16": {2, value.Uint16, false, false}, "int16": {2, value.Int16, false, true},
	"uint32": {4, value.Uint32, false, false}, "int32": {4, value.Int32, false, true},
	"uint64": {8, value.Uint64, false, false}, "int64": {8, value.Int64, false, true},
	"single": {4, value.Single, true, true}, "float32": {4, value.Single, true, true},
	"double": {8, value.Double, true, true}, "float64": {8, value.Double, true, true},
	"char": {1, value.Char, false, false}, "char*1": {1, value.Char, false, false},
}

// parsePrecision reads "T", "*T" or "S=>D" into the source type and the
// class of the result.
func parsePrecision(p string) (binType, value.Class, error) {
	src, dst := p, "double"
	switch {
	case strings.HasPrefix(p, "*"):
		src = p[1:]
		dst = src
	case strings.Contains(p, "=>"):
		parts := strings.SplitN(p, "=>", 2)
		src, dst = strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	}
	t, ok := binTypes[src]
	d, ok2 := binTypes[dst]
	if !ok || !ok2 {
		return binType{}, 0, value.Errorf("MATLAB:fread:InvalidPrecision", "Invalid precision.")
	}
	return t, d.class, nil
}

// decode reads one element of type t.
func (t binType) decode(b []byte) float64 {
	le := binary.LittleEndian
	switch {
	case t.float && t.size == 4:
		return float64(math.Float32frombits(le.Uint32(b)))
	case t.float:
		return math.Float64frombits(le.Uint64(b))
	}
	var u uint64
	switch t.size {
	case 1:
		u = uint64(b[0])
	case 2:
		u = uint64(le.Uint16(b))
	case 4:
		u = uint64(le.Uint32(b))
	default:
		u = le.Uint64(b)
	}
	if t.sign {
		shift := 64 - 8*t.size
		return float64(int64(u<<shift) >> shift)
	}
	return float64(u)
}

// encode writes x as type t, saturating integers as MATLAB's casts do.
func (t binType) encode(x float64) []byte {
	b := make([]byte, t.size)
	le := binary.LittleEndian
	switch {
	case t.float && t.size == 4:
		le.PutUint32(b, math.Float32bits(float32(x)))
		return b
	case t.float:
		le.PutUint64(b, math.Float64bits(x))
		return b
	}
	c := t.class
	if c == value.Char {
		c = value.Uint8
	}
	lo, hi := c.IntRange()
	x = math.Max(lo, math.Min(hi, math.Round(x)))
	if math.IsNaN(x) {
		x = 0
	}
	var u uint64
	if t.sign {
		u = uint64(int64(x))
	} else {
		u = uint64(x)
	}
	for i := range t.size {
		b[i] = byte(u >> (8 * i))
	}
	return b
}

// readSize reads fread's and fscanf's size argument: n, Inf, [m n] or
// [m Inf]. rows is 0 for a column result.
func readSize(v value.Value) (rows, total int, err error) {
	xs, err := value.ToFloat64(v)
	if err != nil || len(xs) < 1 || len(xs) > 2 {
		return 0, 0, value.Errorf("MATLAB:fread:InvalidSize", "Invalid size.")
	}
	if len(xs) == 1 {
		if math.IsInf(xs[0], 1) {
			return 0, -1, nil
		}
		return 0, int(xs[0]), nil
	}
	if math.IsInf(xs[1], 1) {
		return int(xs[0]), -1, nil
	}
	return int(xs[0]), int(xs[0]) * int(xs[1]), nil
}

// shapeResult lays out n values read against a size spec.
func shapeResult(vals []float64, rows int, class value.Class) value.Value {
	d := value.Dims{len(vals), 1}
	if rows > 0 {
		cols := (len(vals) + rows - 1) / rows
		for len(vals) < rows*cols {
			vals = append(vals, 0)
		}
		d = value.Dims{rows, cols}
	}
	if len(vals) == 0 {
		d = value.Dims{0, boolInt(rows == 0)}
	}
	return value.FromRef(value.NewArrayFrom(class, d, vals, nil))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func biFread(c *interp.Call) ([]value.Value, error) {
	o, err := fileArg(c, 1, 5)
	if err != nil {
		return nil, err
	}
	rows, total := 0, -1
	prec := "uint8"
	rest := c.Args[1:]
	if len(rest) > 0 {
		if s, ok := rest[0].Text(); ok {
			prec = s
		} else {
			if rows, total, err = readSize(rest[0]); err != nil {
				return nil, err
			}
			if len(rest) > 1 {
				if prec, err = textArg("fread", rest[1], "Precision"); err != nil {
					return nil, err
				}
			}
		}
	}
	t, outClass, err := parsePrecision(prec)
	if err != nil {
		return nil, err
	}
	r, err := o.reader()
	if err != nil {
		return nil, err
	}
	var vals []float64
	buf := make([]byte, t.size)
	for total < 0 || len(vals) < total {
		if _, err := io.ReadFull(r, buf); err != nil {
			o.eof = true
			break
		}
		vals = append(vals, t.decode(buf))
	}
	if outClass.IsInteger() {
		lo, hi := outClass.IntRange()
		for i, x := range vals {
			vals[i] = math.Max(lo, math.Min(hi, x))
		}
	}
	n := len(vals)
	return []value.Value{shapeResult(vals, rows, outClass), value.Num(float64(n))}, nil
}

func biFwrite(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 5); err != nil {
		return nil, err
	}
	fid, err := fidArg(c.Args[0])
	if err != nil {
		return nil, err
	}
	data, err := value.ToFloat64(c.Args[1])
	if err != nil {
		return nil, value.Errorf("MATLAB:fwrite:InvalidInput", "Data must be numeric, logical or char.")
	}
	prec := "uint8"
	if len(c.Args) > 2 {
		if prec, err = textArg("fwrite", c.Args[2], "Precision"); err != nil {
			return nil, err
		}
	}
	t, _, err := parsePrecision(prec)
	if err != nil {
		return nil, err
	}
	var b []byte
	for _, x := range data {
		b = append(b, t.encode(x)...)
	}
	switch fid {
	case 1:
		c.In.Out.Write(b)
	case 2:
		c.In.Flush()
		c.In.Err.Write(b)
	default:
		o, err := lookupFile(c, fid)
		if err != nil {
			return nil, err
		}
		w, err := o.writer()
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(b); err != nil {
			return nil, err
		}
	}
	return one(value.Num(float64(len(data))))
}

// readRest reads the rest of an open file as text.
func readRest(o *openFile) (string, error) {
	r, err := o.reader()
	if err != nil {
		return "", err
	}
	b, err := io.ReadAll(r)
	o.eof = true
	return string(b), err
}

func biFileread(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 3); err != nil {
		return nil, err
	}
	name, err := textArg("fileread", c.Args[0], "File name")
	if err != nil {
		return nil, err
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, value.Errorf("MATLAB:fileread:cannotOpenFile", "Could not open file %s. No such file or directory.", name)
	}
	return one(charRow(string(b)))
}

// readTextFile reads a whole file, with readlines' and readmatrix's error.
func readTextFile(fn, name string) (string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", value.Errorf("MATLAB:textio:textio:FileNotFound", "Unable to find or open '%s'. Check the path and filename or file permissions.", name)
	}
	return string(b), nil
}

// splitLines splits text at \n, \r\n or \r; a final line ending does not
// start another line.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

func biReadlines(c *interp.Call) ([]value.Value, error) {
	var name string
	var emptyRule = "read"
	var ws = "preserve"
	if err := c.Unpack("filename", &name, "-EmptyLineRule", &emptyRule, "-WhitespaceRule", &ws); err != nil {
		return nil, err
	}
	text, err := readTextFile("readlines", name)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, l := range splitLines(text) {
		switch strings.ToLower(ws) {
		case "trim":
			l = strings.TrimSpace(l)
		case "trimleading":
			l = strings.TrimLeft(l, " \t")
		case "trimtrailing":
			l = strings.TrimRight(l, " \t")
		}
		if l == "" && (strings.EqualFold(emptyRule, "skip")) {
			continue
		}
		lines = append(lines, l)
	}
	return one(stringArray(value.Dims{len(lines), 1}, lines))
}

// writeWhole writes a file's full contents through a temporary file
// renamed into place, or appends to it.
func writeWhole(name string, data []byte, appendMode bool) error {
	if appendMode {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return cannotWrite(name)
		}
		if _, err := f.Write(data); err != nil {
			f.Close()
			return cannotWrite(name)
		}
		if f.Close() != nil {
			return cannotWrite(name)
		}
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return cannotWrite(name)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil {
		os.Remove(tmp.Name())
		return cannotWrite(name)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return cannotWrite(name)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		os.Remove(tmp.Name())
		return cannotWrite(name)
	}
	return nil
}

func cannotWrite(name string) error {
	return value.Errorf("MATLAB:textio:textio:FileNotWritable", "Unable to open file '%s' for writing. Check the path and file permissions.", name)
}

func writeMode(mode string) (bool, error) {
	switch strings.ToLower(mode) {
	case "overwrite":
		return false, nil
	case "append":
		return true, nil
	}
	return false, value.Errorf("MATLAB:textio:io:InvalidWriteMode", "Invalid WriteMode: '%s'. Use 'overwrite' or 'append'.", mode)
}

func biWritelines(c *interp.Call) ([]value.Value, error) {
	var lines []string
	var name string
	mode, ending := "overwrite", "\n"
	if err := c.Unpack("lines", &lines, "filename", &name, "-WriteMode", &mode, "-LineEnding", &ending); err != nil {
		return nil, err
	}
	app, err := writeMode(mode)
	if err != nil {
		return nil, err
	}
	// MATLAB text has no escapes, so LineEnding "\r\n" arrives as four
	// characters that writelines itself interprets.
	ending = unescape(ending)
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteString(ending)
	}
	return nil, writeWhole(name, []byte(b.String()), app)
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "fread", Fn: biFread, Doc: "[A, count] = fread(fid), fread(fid, n|Inf|[m n]), fread(fid, size, precision); precision 'uint8' (default), 'int8'…'uint64', 'single', 'double', 'char', '*T', 'S=>T'"},
		{Name: "fwrite", Fn: biFwrite, Doc: "count = fwrite(fid, A), fwrite(fid, A, precision)"},
		{Name: "fileread", Fn: biFileread, Doc: "text = fileread(filename)"},
		{Name: "readlines", Fn: biReadlines, Doc: "lines = readlines(filename), readlines(…, 'EmptyLineRule', 'read'|'skip', 'WhitespaceRule', 'preserve'|'trim'|'trimleading'|'trimtrailing')"},
		{Name: "writelines", Fn: biWritelines, Doc: "writelines(lines, filename), writelines(…, 'WriteMode', 'overwrite'|'append', 'LineEnding', e); e may use escapes such as \\r\\n"},
	})
}
