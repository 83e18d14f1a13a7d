package builtins

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// The format engine behind sprintf, fprintf, num2str, compose and the
// messages of error and warning. It follows MATLAB's rules: escapes are
// translated in the format only; every argument's elements are read in
// column-major order and the format is recycled until all are used; a char
// array is consumed whole by %s and element by element by the numeric
// conversions; output stops at the first conversion with no data left.

func init() {
	interp.Sprintf = formatText
}

// fmtSeg is one piece of a parsed format: literal text, or a conversion.
type fmtSeg struct {
	lit        string
	conv       byte // 0 for literal text
	flags      string
	width      int  // -1 absent, -2 from an argument (*)
	prec       int  // -1 absent, -2 from an argument (*)
	pos        int  // n of an n$ identifier (1-based), 0 if absent
	sub        byte // subtype b (bits of a double) or t (of a single), or 0
	invalidEnd bool
	raw        string // the segment's text in the format, untranslated
}

// parseFormat splits a format into literal text (escapes translated) and
// conversions. Text after an invalid conversion or escape is dropped, as
// MATLAB does, and marked by a final segment with invalidEnd set.
func parseFormat(f string) []fmtSeg {
	var segs []fmtSeg
	var lit strings.Builder
	start := 0 // where the pending literal text began in f
	i := 0
	flush := func() {
		if lit.Len() > 0 {
			segs = append(segs, fmtSeg{lit: lit.String(), raw: f[start:i]})
			lit.Reset()
		}
		start = i
	}
	for i < len(f) {
		ch := f[i]
		switch {
		case ch == '\\' && i+1 < len(f):
			s, n, ok := escape(f[i+1:])
			if !ok {
				flush()
				return append(segs, fmtSeg{invalidEnd: true})
			}
			lit.WriteString(s)
			i += 1 + n
		case ch == '%' && i+1 < len(f) && f[i+1] == '%':
			lit.WriteByte('%')
			i += 2
		case ch == '%':
			seg, n, ok := parseConv(f[i+1:])
			flush()
			if !ok {
				return append(segs, fmtSeg{invalidEnd: true})
			}
			seg.raw = f[i : i+1+n]
			segs = append(segs, seg)
			i += 1 + n
			start = i
		default:
			lit.WriteByte(ch)
			i++
		}
	}
	flush()
	return segs
}

// escape translates the escape sequence at the start of s (after the
// backslash); n is how many bytes of s it used.
func escape(s string) (out string, n int, ok bool) {
	switch s[0] {
	case 'n':
		return "\n", 1, true
	case 't':
		return "\t", 1, true
	case '\\':
		return "\\", 1, true
	case 'a':
		return "\a", 1, true
	case 'b':
		return "\b", 1, true
	case 'f':
		return "\f", 1, true
	case 'r':
		return "\r", 1, true
	case 'v':
		return "\v", 1, true
	case '\'':
		return "'", 1, true
	case '"':
		return "\"", 1, true
	case 'x':
		j := 1
		for j < len(s) && isHex(s[j]) {
			j++
		}
		if j == 1 {
			return "", 0, false
		}
		x, err := strconv.ParseUint(s[1:j], 16, 32)
		if err != nil || x > 0x10FFFF {
			return "", 0, false
		}
		return string(rune(x)), j, true
	}
	if s[0] >= '0' && s[0] <= '7' {
		j := 0
		for j < len(s) && j < 3 && s[j] >= '0' && s[j] <= '7' {
			j++
		}
		x, _ := strconv.ParseUint(s[:j], 8, 32)
		return string(rune(x)), j, true
	}
	return "", 0, false
}

func isHex(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
}

// parseConv parses a conversion after its '%': an optional n$ identifier,
// flags, width, precision, an optional subtype or length modifier and the
// conversion character. The subtypes b and t make %o, %u, %x and %X print
// the bits of a double or a single; l and h are accepted and ignored.
func parseConv(s string) (fmtSeg, int, bool) {
	seg := fmtSeg{width: -1, prec: -1}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && s[i] == '$' {
		seg.pos, _ = strconv.Atoi(s[:i])
		if seg.pos == 0 {
			return seg, 0, false
		}
		i++
	} else {
		i = 0
	}
	start := i
	for i < len(s) && strings.IndexByte("-+ 0#", s[i]) >= 0 {
		i++
	}
	seg.flags = s[start:i]
	num := func() int {
		if i < len(s) && s[i] == '*' {
			i++
			return -2
		}
		j := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if j == i {
			return -1
		}
		n, _ := strconv.Atoi(s[j:i])
		return n
	}
	seg.width = num()
	if i < len(s) && s[i] == '.' {
		i++
		seg.prec = num()
		if seg.prec == -1 {
			seg.prec = 0
		}
	}
	for i < len(s) && strings.IndexByte("lhtb", s[i]) >= 0 {
		if s[i] == 'b' || s[i] == 't' {
			seg.sub = s[i]
		}
		i++
	}
	if i >= len(s) || strings.IndexByte("diuoxXfFeEgGcs", s[i]) < 0 {
		return seg, 0, false
	}
	seg.conv = s[i]
	if strings.IndexByte("ouxX", seg.conv) < 0 {
		seg.sub = 0
	}
	return seg, i + 1, true
}

// fmtArg is one argument of a format call, read as a sequence of
// elements: numbers, or the characters of a char array, or strings.
type fmtArg struct {
	nums  []float64
	chars bool        // nums hold character codes of a char array
	strs  []string    // string array elements
	class value.Class // the arguments' class, for 64-bit integer text
}

func (a fmtArg) len() int {
	if a.strs != nil {
		return len(a.strs)
	}
	return len(a.nums)
}

// fmtArgs reads the data arguments of a format call.
func fmtArgs(args []value.Value) ([]fmtArg, error) {
	out := make([]fmtArg, 0, len(args))
	for _, v := range args {
		switch r := v.Ref().(type) {
		case *value.StringArray:
			out = append(out, fmtArg{strs: append([]string{}, r.Elems...)})
			continue
		case *value.Cell, *value.Struct, *value.Func, value.Object:
			return nil, value.Errorf("MATLAB:printf:invalidInputType", "Function is not defined for '%s' inputs.", v.ClassName())
		}
		a, ok := v.Array()
		if !ok {
			return nil, value.Errorf("MATLAB:printf:invalidInputType", "Function is not defined for '%s' inputs.", v.ClassName())
		}
		out = append(out, fmtArg{nums: a.Re, chars: a.Class() == value.Char, class: a.Class()})
	}
	return out, nil
}

// cursor walks the elements of all arguments in order.
type cursor struct {
	args []fmtArg
	i, j int // argument, element
}

func (c *cursor) skipEmpty() {
	for c.i < len(c.args) && c.j >= c.args[c.i].len() {
		c.i++
		c.j = 0
	}
}

func (c *cursor) done() bool {
	c.skipEmpty()
	return c.i >= len(c.args)
}

// item is one consumed element: a number, or text.
type item struct {
	x      float64
	text   string
	isText bool
	isChar bool        // x is a character code from a char array
	class  value.Class // class of the argument x came from
}

// next consumes one element; whole reports whether a %s may take the rest
// of a char array.
func (c *cursor) next(whole bool) item {
	c.skipEmpty()
	a := c.args[c.i]
	if a.strs != nil {
		s := a.strs[c.j]
		c.j++
		return item{text: s, isText: true}
	}
	if a.chars && whole {
		u := make([]uint16, 0, len(a.nums)-c.j)
		for _, x := range a.nums[c.j:] {
			u = append(u, uint16(x))
		}
		c.j = len(a.nums)
		return item{text: string(utf16.Decode(u)), isText: true}
	}
	x := a.nums[c.j]
	c.j++
	return item{x: x, isChar: a.chars, class: a.class}
}

// formatText is MATLAB's sprintf on a format and data arguments.
func formatText(format string, args []value.Value) (string, error) {
	fa, err := fmtArgs(args)
	if err != nil {
		return "", err
	}
	return runFormat(parseFormat(format), fa, len(args) > 0), nil
}

// runFormat applies parsed segments to the arguments. hasArgs tells "no
// data arguments" (stop at the first conversion) from "only empty
// arguments" (one pass with empty conversions).
func runFormat(segs []fmtSeg, args []fmtArg, hasArgs bool) string {
	var b strings.Builder
	cur := &cursor{args: args}
	nconv, npos := 0, 0
	for _, s := range segs {
		if s.conv != 0 {
			nconv++
		}
		if s.pos > 0 {
			npos++
		}
	}
	if nconv == 0 || cur.done() {
		for _, s := range segs {
			if s.conv != 0 && !hasArgs || s.invalidEnd {
				break
			}
			b.WriteString(s.lit)
		}
		return b.String()
	}
	for {
		for _, s := range segs {
			if s.invalidEnd {
				return b.String()
			}
			if s.conv == 0 {
				b.WriteString(s.lit)
				continue
			}
			src := cur
			if s.pos > 0 {
				// An n$ identifier reads the n-th data argument afresh.
				if s.pos > len(args) {
					return b.String()
				}
				src = &cursor{args: args[s.pos-1 : s.pos]}
				if src.done() {
					continue
				}
			}
			t, ok := convText(s, src)
			if !ok {
				return b.String()
			}
			b.WriteString(t)
		}
		// A format whose conversions all name their argument is used once.
		if npos == nconv || cur.done() {
			return b.String()
		}
	}
}

// convText formats one conversion with the next elements of src, its
// width and precision first when they come from arguments (*); ok is false
// when src runs out.
func convText(s fmtSeg, src *cursor) (text string, ok bool) {
	width, prec, flags := s.width, s.prec, s.flags
	if width == -2 {
		if src.done() {
			return "", false
		}
		width = int(src.next(false).x)
		if width < 0 {
			flags += "-"
			width = -width
		}
	}
	if prec == -2 {
		if src.done() {
			return "", false
		}
		prec = max(int(src.next(false).x), -1)
	}
	if src.done() {
		return "", false
	}
	it := src.next(s.conv == 's')
	if s.sub != 0 && !it.isText {
		return fmt.Sprintf(spec(flags, width, prec, bitsVerb(s.conv)), bitsOf(s.sub, it.x)), true
	}
	return formatItem(s.conv, flags, width, prec, it), true
}

// bitsOf is the IEEE bit pattern of x as a double (subtype b) or a
// single (subtype t), for the %bx and %tx families of conversions.
func bitsOf(sub byte, x float64) uint64 {
	if sub == 't' {
		return uint64(math.Float32bits(float32(x)))
	}
	return math.Float64bits(x)
}

// bitsVerb is the Go verb for an unsigned conversion: o, x, X, or d for u.
func bitsVerb(conv byte) byte {
	if conv == 'u' {
		return 'd'
	}
	return conv
}

// spec builds a Go format verb from MATLAB flags, width and precision.
func spec(flags string, width, prec int, verb byte) string {
	var b strings.Builder
	b.WriteByte('%')
	b.WriteString(flags)
	if width >= 0 {
		b.WriteString(strconv.Itoa(width))
	}
	if prec >= 0 {
		b.WriteByte('.')
		b.WriteString(strconv.Itoa(prec))
	}
	b.WriteByte(verb)
	return b.String()
}

// formatItem writes one element under one conversion.
func formatItem(conv byte, flags string, width, prec int, it item) string {
	if it.isText {
		switch conv {
		case 's', 'c':
			return fmt.Sprintf(spec(flags, width, prec, 's'), it.text)
		}
		if x, err := strconv.ParseFloat(strings.TrimSpace(it.text), 64); err == nil {
			return formatNumber(conv, flags, width, prec, x)
		}
		return fmt.Sprintf(spec(flags, width, -1, 's'), it.text)
	}
	x := it.x
	switch conv {
	case 'c':
		return fmt.Sprintf(spec(flags, width, -1, 'c'), rune(x))
	case 's':
		if it.isChar || x == math.Trunc(x) && x >= 0 && x <= 0x10FFFF && !math.IsInf(x, 0) {
			return fmt.Sprintf(spec(flags, width, prec, 's'), string(rune(x)))
		}
		return formatNumber('e', flags, width, prec, x)
	case 'd', 'i', 'u':
		if (it.class == value.Int64 && x >= 1<<63) || (it.class == value.Uint64 && x >= 1<<64) {
			// intmax of a 64-bit class, which its double storage rounds up.
			return fmt.Sprintf(spec(flags, width, -1, 's'), value.IntegerText(it.class, x))
		}
	}
	return formatNumber(conv, flags, width, prec, x)
}

// formatNumber writes a number under a numeric conversion. Integer
// conversions of non-integers switch to %e, as MATLAB does; NaN and Inf
// print as text in the field.
func formatNumber(conv byte, flags string, width, prec int, x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		t := "NaN"
		switch {
		case math.IsInf(x, 1):
			t = "Inf"
			if strings.Contains(flags, "+") {
				t = "+Inf"
			}
		case math.IsInf(x, -1):
			t = "-Inf"
		}
		return fmt.Sprintf(spec(strings.ReplaceAll(flags, "0", ""), width, -1, 's'), t)
	}
	switch conv {
	case 'd', 'i', 'u', 'x', 'X', 'o':
		if x != math.Trunc(x) || (conv != 'd' && conv != 'i' && x < 0) {
			if prec < 0 {
				prec = 6
			}
			return fmt.Sprintf(spec(flags, width, prec, 'e'), x)
		}
		verb := conv
		if verb == 'i' || verb == 'u' {
			verb = 'd'
		}
		if math.Abs(x) < 1<<63 {
			return fmt.Sprintf(spec(flags, width, prec, verb), int64(x))
		}
		if x > 0 && x < 1<<64 && verb != 'd' {
			return fmt.Sprintf(spec(flags, width, prec, verb), uint64(x))
		}
		return fmt.Sprintf(spec(flags, width, 0, 'f'), x)
	case 'f', 'F', 'e', 'E', 'g', 'G':
		if prec < 0 {
			prec = 6
		}
		verb := conv
		if verb == 'F' {
			verb = 'f'
		}
		return fmt.Sprintf(spec(flags, width, prec, verb), x)
	}
	return ""
}

// formatCall reads the format and data of sprintf, fprintf and compose.
func formatCall(fn string, fv value.Value, data []value.Value) (string, bool, error) {
	f, ok := fv.Text()
	if !ok {
		if a, isArr := fv.Array(); isArr && a.Class() == value.Char && a.Size().IsEmpty() {
			f, ok = "", true
		}
	}
	if !ok {
		return "", false, value.Errorf("MATLAB:"+fn+":invalidFormat", "Format must be a character vector or string scalar.")
	}
	s, err := formatText(f, data)
	return s, isStringValue(fv), err
}

func biSprintf(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, -1); err != nil {
		return nil, err
	}
	s, str, err := formatCall("sprintf", c.Args[0], c.Args[1:])
	if err != nil {
		return nil, err
	}
	out := charRow(s)
	if str {
		out = value.String(s)
	}
	return []value.Value{out, charRow("")}, nil
}

func biFprintf(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, -1); err != nil {
		return nil, err
	}
	args := c.Args
	fid := 1
	if _, isText := args[0].Text(); !isText && args[0].Class().IsNumeric() && args[0].Numel() == 1 {
		x, _ := value.ScalarFloat(args[0])
		fid = int(x)
		args = args[1:]
		if len(args) == 0 {
			return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
		}
	}
	s, _, err := formatCall("fprintf", args[0], args[1:])
	if err != nil {
		return nil, err
	}
	n, err := writeFid(c, fid, s)
	if err != nil {
		return nil, err
	}
	if c.Nargout > 0 {
		return one(value.Num(float64(n)))
	}
	return nil, nil
}

func biCompose(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, -1); err != nil {
		return nil, err
	}
	f, ok := c.Args[0].Text()
	if !ok {
		return nil, value.Errorf("MATLAB:compose:InvalidFormat", "Format must be a character vector or string scalar.")
	}
	result := func(d value.Dims, out []string) ([]value.Value, error) {
		if isStringValue(c.Args[0]) {
			return one(stringArray(d, out))
		}
		return one(cellOfStrs(d, out))
	}
	segs := parseFormat(f)
	need := 0 // values one use of the format takes
	for _, s := range segs {
		if s.conv != 0 {
			need += 1 + boolInt(s.width == -2) + boolInt(s.prec == -2)
		}
	}
	if len(c.Args) == 1 {
		return result(value.Dims{1, 1}, []string{composeText(segs, nil, need)})
	}
	cols, err := composeColumns(c.Args[1:])
	if err != nil {
		return nil, err
	}
	per := max(need, 1)
	rows := len(cols[0])
	groups := (len(cols) + per - 1) / per
	out := make([]string, rows*groups)
	for r := range rows {
		for g := range groups {
			var row []fmtArg
			for j := g * per; j < min(len(cols), (g+1)*per); j++ {
				row = append(row, cols[j][r])
			}
			out[g*rows+r] = composeText(segs, row, need)
		}
	}
	return result(value.Dims{rows, groups}, out)
}

// composeText applies a format to one group of values. When the values
// do not reach every conversion, the conversions left over stay in the
// text unchanged, and so do the \\ and %% sequences, as compose does.
func composeText(segs []fmtSeg, row []fmtArg, need int) string {
	n := 0
	for _, a := range row {
		n += a.len()
	}
	if n >= need {
		return runFormat(segs, row, row != nil)
	}
	var b strings.Builder
	cur := &cursor{args: row}
	for _, s := range segs {
		if s.invalidEnd {
			break
		}
		if s.conv == 0 {
			b.WriteString(keepSlashPercent(s.raw))
		} else if t, ok := convText(s, cur); ok {
			b.WriteString(t)
		} else {
			b.WriteString(s.raw)
		}
	}
	return b.String()
}

// keepSlashPercent translates the escapes of literal format text except
// \\ and %%, which stay as they are.
func keepSlashPercent(raw string) string {
	var b strings.Builder
	for i := 0; i < len(raw); {
		if raw[i] == '\\' && i+1 < len(raw) && raw[i+1] != '\\' {
			if t, n, ok := escape(raw[i+1:]); ok {
				b.WriteString(t)
				i += 1 + n
				continue
			}
		}
		if strings.HasPrefix(raw[i:], "\\\\") || strings.HasPrefix(raw[i:], "%%") {
			b.WriteString(raw[i : i+2])
			i += 2
			continue
		}
		b.WriteByte(raw[i])
		i++
	}
	return b.String()
}

// composeColumns reads compose's data arrays as columns of one-element
// arguments, all with the same number of rows. A char row is one text.
func composeColumns(data []value.Value) ([][]fmtArg, error) {
	var cols [][]fmtArg
	rows := -1
	for _, v := range data {
		if s, ok := v.Text(); ok && v.Class() == value.Char {
			v = value.String(s)
		}
		fa, err := fmtArgs([]value.Value{v})
		if err != nil {
			return nil, err
		}
		d := v.Size()
		m := d.Rows()
		if rows >= 0 && m != rows {
			return nil, value.Errorf("MATLAB:compose:DimensionMismatch", "All data inputs must have the same number of rows.")
		}
		rows = m
		n := fa[0].len() / max(m, 1)
		for j := range n {
			col := make([]fmtArg, m)
			for r := range m {
				k := j*m + r
				a := fmtArg{chars: fa[0].chars, class: fa[0].class}
				if fa[0].strs != nil {
					a.strs = []string{fa[0].strs[k]}
				} else {
					a.nums = []float64{fa[0].nums[k]}
				}
				col[r] = a
			}
			cols = append(cols, col)
		}
	}
	if len(cols) == 0 {
		return [][]fmtArg{make([]fmtArg, max(rows, 0))}, nil
	}
	return cols, nil
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "sprintf", Fn: biSprintf, Doc: "s = sprintf(fmt, A…), [s, errmsg] = sprintf(…); %d %i %u %o %x %X %f %e %g %c %s with flags -+ 0#, width, precision and *"},
		{Name: "fprintf", Fn: biFprintf, Doc: "fprintf(fmt, A…), fprintf(fid, fmt, A…), n = fprintf(…); fid 1 is the screen, 2 standard error"},
		{Name: "compose", Fn: biCompose, Doc: "s = compose(fmt), s = compose(fmt, A…): one text per row of A and per group of columns the format uses; a string array for a string fmt, else a cellstr; operators left without data stay as text"},
	})
}
