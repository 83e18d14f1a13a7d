package builtins

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// The reading engine behind sscanf and fscanf: the format is applied to
// the text again and again until the text ends or does not match. Numbers
// go to the result as they are; the characters of %s and %c go in as their
// codes, and a result made only of characters is returned as char.

// scanConv is one conversion of a scan format.
type scanConv struct {
	verb  byte
	width int
	skip  bool
}

// scanFmt is a scan format: literal pieces and conversions, in order.
type scanFmt struct {
	lits  []string // lits[i] precedes convs[i]; len(lits) == len(convs)+1
	convs []scanConv
}

func parseScanFormat(f string) (scanFmt, error) {
	var sf scanFmt
	var lit strings.Builder
	for i := 0; i < len(f); i++ {
		ch := f[i]
		if ch == '\\' && i+1 < len(f) {
			s, n, ok := escape(f[i+1:])
			if ok {
				lit.WriteString(s)
				i += n
				continue
			}
		}
		if ch != '%' {
			lit.WriteByte(ch)
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			lit.WriteByte('%')
			i++
			continue
		}
		j := i + 1
		cv := scanConv{width: -1}
		if j < len(f) && f[j] == '*' {
			cv.skip = true
			j++
		}
		k := j
		for j < len(f) && f[j] >= '0' && f[j] <= '9' {
			j++
		}
		if j > k {
			cv.width, _ = strconv.Atoi(f[k:j])
		}
		if j < len(f) && f[j] == '.' {
			j++
			for j < len(f) && f[j] >= '0' && f[j] <= '9' {
				j++
			}
		}
		for j < len(f) && (f[j] == 'l' || f[j] == 'h') {
			j++
		}
		if j >= len(f) || strings.IndexByte("diuoxfeEgGsc", f[j]) < 0 {
			return sf, value.Errorf("MATLAB:sscanf:invalidFormat", "Invalid format.")
		}
		cv.verb = f[j]
		sf.lits = append(sf.lits, lit.String())
		lit.Reset()
		sf.convs = append(sf.convs, cv)
		i = j
	}
	sf.lits = append(sf.lits, lit.String())
	return sf, nil
}

// scanner reads values from text.
type scanner struct {
	s   string
	pos int
}

func (sc *scanner) skipSpace() {
	for sc.pos < len(sc.s) {
		r, n := utf8.DecodeRuneInString(sc.s[sc.pos:])
		if !unicode.IsSpace(r) {
			return
		}
		sc.pos += n
	}
}

// matchLit matches literal format text: white space matches any amount of
// white space.
func (sc *scanner) matchLit(lit string) bool {
	for i := 0; i < len(lit); i++ {
		if lit[i] == ' ' || lit[i] == '\t' || lit[i] == '\n' || lit[i] == '\r' {
			sc.skipSpace()
			continue
		}
		if sc.pos >= len(sc.s) || sc.s[sc.pos] != lit[i] {
			return false
		}
		sc.pos++
	}
	return true
}

// field returns the next run of non-space text, at most width bytes.
func (sc *scanner) field(width int, accept func(s string, i int) bool) string {
	start := sc.pos
	for sc.pos < len(sc.s) && (width < 0 || sc.pos-start < width) && accept(sc.s[start:], sc.pos-start) {
		_, n := utf8.DecodeRuneInString(sc.s[sc.pos:])
		sc.pos += n
	}
	return sc.s[start:sc.pos]
}

// number reads a number for a numeric conversion; ok is false when none
// is there.
func (sc *scanner) number(cv scanConv) (float64, bool) {
	sc.skipSpace()
	rest := sc.s[sc.pos:]
	if cv.width >= 0 && len(rest) > cv.width {
		rest = rest[:cv.width]
	}
	switch cv.verb {
	case 'd', 'i', 'u':
		n := intPrefix(rest)
		if n == 0 {
			return 0, false
		}
		x, _ := strconv.ParseFloat(rest[:n], 64)
		sc.pos += n
		return x, true
	case 'x':
		n := 0
		for n < len(rest) && isHex(rest[n]) {
			n++
		}
		if n == 0 {
			return 0, false
		}
		x, _ := strconv.ParseUint(rest[:n], 16, 64)
		sc.pos += n
		return float64(x), true
	case 'o':
		n := 0
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '7' {
			n++
		}
		if n == 0 {
			return 0, false
		}
		x, _ := strconv.ParseUint(rest[:n], 8, 64)
		sc.pos += n
		return float64(x), true
	}
	x, n := floatPrefix(rest)
	if n == 0 {
		return 0, false
	}
	sc.pos += n
	return x, true
}

// intPrefix returns the length of the signed integer at the start of s.
func intPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == i {
		return 0
	}
	return j
}

// floatPrefix parses the longest number at the start of s, including Inf
// and NaN.
func floatPrefix(s string) (float64, int) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	low := strings.ToLower(s[i:])
	for _, w := range []string{"inf", "nan"} {
		if strings.HasPrefix(low, w) {
			x, _ := strconv.ParseFloat(s[:i+3], 64)
			return x, i + 3
		}
	}
	j := i
	digits := 0
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
		digits++
	}
	if j < len(s) && s[j] == '.' {
		j++
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
			digits++
		}
	}
	if digits == 0 {
		return 0, 0
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E' || s[j] == 'd' || s[j] == 'D') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		m := k
		for m < len(s) && s[m] >= '0' && s[m] <= '9' {
			m++
		}
		if m > k {
			j = m
		}
	}
	t := strings.NewReplacer("d", "e", "D", "e").Replace(s[:j])
	x, _ := strconv.ParseFloat(t, 64)
	return x, j
}

// scanOut is what a scan read: the values, whether every conversion was a
// text conversion, the number of successful conversions, the message for a
// mismatch, and how many bytes of the text were consumed. Reading stops at
// the first conversion that fails, so used is where a next read resumes.
type scanOut struct {
	vals    []float64
	allText bool
	count   int
	errmsg  string
	used    int
}

// scanText applies a format to text again and again, at most limit values
// when limit is not negative.
func scanText(text string, sf scanFmt, limit int) scanOut {
	sc := &scanner{s: text}
	out := scanOut{allText: len(sf.convs) > 0}
	for _, cv := range sf.convs {
		if !cv.skip && cv.verb != 's' && cv.verb != 'c' {
			out.allText = false
		}
	}
	if len(sf.convs) > 0 {
		scanPasses(sc, sf, limit, &out)
	}
	out.used = sc.pos
	return out
}

// scanPasses runs the format over the scanner's text until it ends, a
// conversion fails or limit values are read.
func scanPasses(sc *scanner, sf scanFmt, limit int, out *scanOut) {
	full := func() bool { return limit >= 0 && len(out.vals) >= limit }
	for {
		for i, cv := range sf.convs {
			if full() || !sc.matchLit(sf.lits[i]) {
				return
			}
			switch cv.verb {
			case 's':
				sc.skipSpace()
				w := sc.field(cv.width, func(s string, i int) bool {
					r, _ := utf8.DecodeRuneInString(s[i:])
					return !unicode.IsSpace(r)
				})
				if w == "" {
					return
				}
				if !cv.skip {
					for _, r := range w {
						out.vals = append(out.vals, float64(r))
					}
					out.count++
				}
			case 'c':
				n := max(cv.width, 1)
				if sc.pos >= len(sc.s) {
					return
				}
				w := sc.field(n, func(string, int) bool { return true })
				if !cv.skip {
					for _, r := range w {
						out.vals = append(out.vals, float64(r))
					}
					out.count++
				}
			default:
				x, ok := sc.number(cv)
				if !ok {
					if sc.pos < len(sc.s) {
						out.errmsg = "Matching failure in format."
					}
					return
				}
				if !cv.skip {
					out.vals = append(out.vals, x)
					out.count++
				}
			}
		}
		// A read that stops at its size limit leaves the white space that
		// follows the last value unread.
		if !sc.matchLit(sf.lits[len(sf.convs)]) || full() {
			return
		}
		sc.skipSpace()
		if sc.pos >= len(sc.s) {
			return
		}
	}
}

// scanResult runs a scan and lays out the result against an optional
// size argument: A, count, errmsg and nextindex (one past the characters
// consumed). It also returns the number of bytes of text consumed.
func scanResult(fn, text string, fv value.Value, size []value.Value) ([]value.Value, int, error) {
	f, err := textArg(fn, fv, "Format")
	if err != nil {
		return nil, 0, err
	}
	sf, err := parseScanFormat(f)
	if err != nil {
		return nil, 0, err
	}
	rows, total := 0, -1
	if len(size) > 0 {
		if rows, total, err = readSize(size[0]); err != nil {
			return nil, 0, err
		}
	}
	r := scanText(text, sf, total)
	cls := value.Double
	if r.allText && len(r.vals) > 0 {
		cls = value.Char
	}
	out := shapeResult(r.vals, rows, cls)
	if cls == value.Char && rows == 0 {
		out = value.FromRef(value.NewArrayFrom(value.Char, value.Dims{1, len(r.vals)}, r.vals, nil))
	}
	next := value.Num(float64(utf8.RuneCountInString(text[:r.used]) + 1))
	return []value.Value{out, value.Num(float64(r.count)), charRow(r.errmsg), next}, r.used, nil
}

func biSscanf(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 2, 3); err != nil {
		return nil, err
	}
	text, err := textArg("sscanf", c.Args[0], "First argument")
	if err != nil {
		return nil, err
	}
	out, _, err := scanResult("sscanf", text, c.Args[1], c.Args[2:])
	return out, err
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "sscanf", Fn: biSscanf, Doc: "[A, count, errmsg, nextindex] = sscanf(str, fmt), sscanf(str, fmt, n|Inf|[m n]); %d %i %u %x %o %f %e %g %s %c, %*… skips"},
	})
}
