package builtins

import (
	"io"
	"math"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// biFscanf reads the rest of the file and scans it, then moves the file
// position back to just after the last character matched, where the next
// read resumes (MATLAB stops reading at the first failing conversion).
func biFscanf(c *interp.Call) ([]value.Value, error) {
	o, err := fileArg(c, 2, 3)
	if err != nil {
		return nil, err
	}
	start, err := o.tell()
	if err != nil {
		return nil, err
	}
	text, err := readRest(o)
	if err != nil {
		return nil, err
	}
	out, used, err := scanResult("fscanf", text, c.Args[1], c.Args[2:])
	if err != nil {
		return nil, err
	}
	if used < len(text) {
		if _, err := o.seek(start+int64(used), io.SeekStart); err != nil {
			return nil, err
		}
	}
	return out[:3], nil
}

// tsConv is one conversion of a textscan format.
type tsConv struct {
	verb  byte
	class value.Class
	skip  bool
}

func parseTextscanFormat(f string) ([]tsConv, error) {
	var out []tsConv
	bad := value.Errorf("MATLAB:textscan:BadFormatString", "Unable to parse the format character vector at position %d ==> %s\nUnsupported format specifier.", 1, f)
	for i := 0; i < len(f); i++ {
		if f[i] == ' ' || f[i] == '\t' {
			continue
		}
		if f[i] != '%' {
			return nil, bad
		}
		j := i + 1
		cv := tsConv{class: value.Double}
		if j < len(f) && f[j] == '*' {
			cv.skip = true
			j++
		}
		for j < len(f) && (f[j] >= '0' && f[j] <= '9' || f[j] == '.') {
			j++
		}
		if j >= len(f) {
			return nil, bad
		}
		cv.verb = f[j]
		j++
		switch cv.verb {
		case 's', 'q':
		case 'f':
			if strings.HasPrefix(f[j:], "32") {
				cv.class = value.Single
				j += 2
			} else if strings.HasPrefix(f[j:], "64") {
				j += 2
			}
		case 'n':
		case 'd', 'u':
			bits := "32"
			for _, b := range []string{"8", "16", "32", "64"} {
				if strings.HasPrefix(f[j:], b) {
					bits = b
					j += len(b)
					break
				}
			}
			name := "int" + bits
			if cv.verb == 'u' {
				name = "u" + name
			}
			cv.class, _ = value.ClassByName(name)
		default:
			return nil, bad
		}
		out = append(out, cv)
		i = j - 1
	}
	if len(out) == 0 {
		return nil, bad
	}
	return out, nil
}

// textscanFields splits text into fields: at the delimiters within each
// line when any are given, else at white space.
func textscanFields(text string, delims []string, header int) []string {
	lines := splitLines(text)
	if header > len(lines) {
		header = len(lines)
	}
	var fields []string
	for _, l := range lines[header:] {
		if len(delims) == 0 {
			fields = append(fields, strings.Fields(l)...)
			continue
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		parts := []string{l}
		for _, d := range delims {
			var next []string
			for _, p := range parts {
				next = append(next, strings.Split(p, d)...)
			}
			parts = next
		}
		for _, p := range parts {
			fields = append(fields, strings.Trim(p, " \t\b"))
		}
	}
	return fields
}

// fieldNumber reads a numeric field; an empty field is NaN.
func fieldNumber(fld string) (float64, bool) {
	if fld == "" {
		return math.NaN(), true
	}
	if x, err := strconv.ParseFloat(fld, 64); err == nil {
		return x, true
	}
	if x, l := floatPrefix(fld); l == len(fld) {
		return x, true
	}
	return 0, false
}

func biTextscan(c *interp.Call) ([]value.Value, error) {
	var src, fv value.Value
	var n = -1.0
	var delim []string
	header := 0
	var nv value.Value
	if err := c.Unpack("source", &src, "format", &fv, "N?", &nv, "-Delimiter", &delim, "-HeaderLines", &header); err != nil {
		return nil, err
	}
	if nv.Defined() {
		x, err := value.ScalarFloat(nv)
		if err != nil {
			return nil, err
		}
		if !math.IsInf(x, 1) {
			n = x
		}
	}
	var text string
	if s, ok := src.Text(); ok && src.Class() != value.Double {
		text = s
	} else {
		fid, err := fidArg(src)
		if err != nil {
			return nil, err
		}
		o, err := lookupFile(c, fid)
		if err != nil {
			return nil, err
		}
		if text, err = readRest(o); err != nil {
			return nil, err
		}
	}
	f, err := textArg("textscan", fv, "Format")
	if err != nil {
		return nil, err
	}
	convs, err := parseTextscanFormat(f)
	if err != nil {
		return nil, err
	}
	for i, d := range delim {
		if s, _, ok := escape(d + " "); ok && strings.HasPrefix(d, "\\") {
			delim[i] = s
		}
	}
	fields := textscanFields(text, delim, header)
	nums := make([][]float64, len(convs))
	strs := make([][]string, len(convs))
	rows, k := 0, 0
	stop := false
	for k < len(fields) && !stop && (n < 0 || float64(rows) < n) {
		for i, cv := range convs {
			if k >= len(fields) {
				break
			}
			fld := fields[k]
			if cv.verb == 's' || cv.verb == 'q' {
				strs[i] = append(strs[i], strings.Trim(fld, `"`))
				k++
				continue
			}
			x, ok := fieldNumber(fld)
			if !ok {
				// A field that only starts with a number gives that number,
				// and reading stops at the first character it cannot convert.
				stop = true
				var l int
				if x, l = floatPrefix(fld); l == 0 {
					break
				}
			}
			if cv.class.IsInteger() {
				lo, hi := cv.class.IntRange()
				if math.IsNaN(x) {
					x = 0
				}
				x = math.Max(lo, math.Min(hi, math.Round(x)))
			}
			nums[i] = append(nums[i], x)
			k++
			if stop {
				break
			}
		}
		rows++
	}
	var cols []value.Value
	for i, cv := range convs {
		if cv.skip {
			continue
		}
		if cv.verb == 's' || cv.verb == 'q' {
			cols = append(cols, cellOfStrs(value.Dims{len(strs[i]), 1}, strs[i]))
			continue
		}
		cols = append(cols, value.FromRef(value.NewArrayFrom(cv.class, value.Dims{len(nums[i]), 1}, nums[i], nil)))
	}
	return one(value.FromRef(value.NewCellFrom(value.Dims{1, len(cols)}, cols)))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "fscanf", Fn: biFscanf, Doc: "[A, count, errmsg] = fscanf(fid, fmt), fscanf(fid, fmt, n|Inf|[m n]); %d %i %u %x %o %f %e %g %s %c"},
		{Name: "textscan", Fn: biTextscan, Doc: "C = textscan(fid|str, fmt), textscan(…, N), textscan(…, 'Delimiter', d, 'HeaderLines', n); %s %q %f %f32 %n %d %d8…%d64 %u…, %*… skips"},
	})
}
