package builtins

import (
	"math"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// num2str and int2str follow MATLAB's layout rules. Whole numbers go
// through int2str: every row is printed with '%<w>.0f', w being two more
// than the digits of the largest magnitude (NaN and Inf count as three
// digits), and the block is trimmed. Other real values are printed row by
// row with '%<p+7>.<p>g', p being four more than the digits before the
// point (at least one, at most twelve) unless a precision is given. A
// format, and complex data, are applied element by element: each column
// is right-justified (left with the '-' flag), every column is padded on
// the left to the widest, and the whole block is trimmed.

// numMat is a numeric argument viewed as an m×n matrix, column-major.
type numMat struct {
	m, n   int
	re, im []float64
	cls    value.Class
}

// newNumMat reshapes a to m×(numel/m), removing negative zeros.
func newNumMat(a *value.Array) numMat {
	m := a.Size().Rows()
	x := numMat{m: m, n: len(a.Re) / max(m, 1), cls: a.Class()}
	x.re = make([]float64, len(a.Re))
	for i, v := range a.Re {
		x.re[i] = v + 0
	}
	if a.Im != nil {
		x.im = make([]float64, len(a.Im))
		for i, v := range a.Im {
			x.im[i] = v + 0
		}
	}
	return x
}

// row returns the real parts of row i.
func (x numMat) row(i int) []float64 {
	r := make([]float64, x.n)
	for j := range r {
		r[j] = x.re[j*x.m+i]
	}
	return r
}

// widthMax is the largest magnitude, counting NaN and Inf as 314 (three
// digits).
func (x numMat) widthMax() float64 {
	mx := 0.0
	for i, re := range x.re {
		v := math.Abs(re)
		if x.im != nil {
			v = math.Hypot(re, x.im[i])
		}
		if math.IsNaN(v) || math.IsInf(v, 0) || x.im != nil && (math.IsNaN(x.im[i]) || math.IsInf(x.im[i], 0)) {
			v = 314
		}
		mx = math.Max(mx, v)
	}
	return mx
}

// whole reports whether every element (both parts) is a whole number,
// NaN or Inf.
func (x numMat) whole() bool {
	for _, part := range [][]float64{x.re, x.im} {
		for _, v := range part {
			if !math.IsNaN(v) && !math.IsInf(v, 0) && v != math.Trunc(v) {
				return false
			}
		}
	}
	return true
}

// digitsBefore is the number of digits before the point of xmax, clamped
// to 1…12 as num2str does.
func digitsBefore(xmax float64) int {
	return min(12, max(1, int(math.Floor(math.Log10(xmax)))+1))
}

// int2strText is int2str: rounded values, one row of text per row. A
// scalar is printed alone; a matrix is trimmed as a block.
func int2strText(x numMat) value.Value {
	wmax := x.widthMax()
	conv := "d"
	if x.cls.IsFloat() {
		conv = ".0f"
		for i, v := range x.re {
			x.re[i] = math.Round(v) + 0
		}
	}
	if len(x.re) == 1 {
		return charRow(formatOne("%"+conv, x.re[0], x.cls))
	}
	w := 3
	if wmax > 0 {
		w = int(math.Floor(math.Log10(wmax))) + 3
	}
	segs := parseFormat("%" + strconv.Itoa(w) + conv)
	rows := make([]string, x.m)
	for i := range rows {
		rows[i] = runFormat(segs, []fmtArg{{nums: x.row(i), class: x.cls}}, true)
	}
	return trimCharMatrix(rows)
}

// formatOne applies a format to one element of class cls.
func formatOne(f string, v float64, cls value.Class) string {
	return runFormat(parseFormat(f), []fmtArg{{nums: []float64{v}, class: cls}}, true)
}

// recycledRows is num2str's real layout for a precision p: each row is
// printed with '%<p+7>.<p>g', and a blank is inserted before every minus
// sign that a full field leaves glued to the previous value.
func recycledRows(x numMat, p int) value.Value {
	segs := parseFormat("%" + strconv.Itoa(p+7) + "." + strconv.Itoa(p) + "g")
	rows := make([][]rune, x.m)
	w := 0
	pads := map[int]bool{}
	for i := range rows {
		r := x.row(i)
		rows[i] = []rune(runFormat(segs, []fmtArg{{nums: r, class: x.cls}}, true))
		w = max(w, len(rows[i]))
		if x.n > 1 && minIgnoringNaN(r) < 0 {
			for k := 0; k+1 < len(rows[i]); k++ {
				if c := rows[i][k]; rows[i][k+1] == '-' && !isWhite(c) && c != 'e' && c != 'E' {
					pads[k+1] = true
					k++
				}
			}
		}
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		var b strings.Builder
		for k := range w {
			if pads[k] {
				b.WriteByte(' ')
			}
			if k < len(r) {
				b.WriteRune(r[k])
			} else {
				b.WriteByte(' ')
			}
		}
		out[i] = b.String()
	}
	return trimCharMatrix(out)
}

// minIgnoringNaN is the smallest non-NaN value (NaN if there is none).
func minIgnoringNaN(xs []float64) float64 {
	m := math.NaN()
	for _, v := range xs {
		if !math.IsNaN(v) && !(v >= m) {
			m = v
		}
	}
	return m
}

// columnText is num2str's element-wise layout: format f applied to each
// element (imaginary parts with a sign and an 'i'), columns justified and
// padded on the left to the widest (at least forceWidth), a blank after
// each column when spaced, and the block trimmed.
func columnText(x numMat, f string, forceWidth int, spaced bool) value.Value {
	segs := parseFormat(f)
	left := false
	imSegs := make([]fmtSeg, len(segs))
	for k, s := range segs {
		left = left || strings.Contains(s.flags, "-")
		imSegs[k] = s
		if s.conv != 0 && !strings.Contains(s.flags, "+") {
			imSegs[k].flags += "+"
		}
	}
	cols := make([][]string, x.n)
	width := forceWidth
	for j := range cols {
		col := make([]string, x.m)
		for i := range col {
			col[i] = runFormat(segs, []fmtArg{{nums: []float64{x.re[j*x.m+i]}, class: x.cls}}, true)
		}
		col = padRows(col, !left)
		if x.im != nil {
			ims := make([]string, x.m)
			for i := range ims {
				ims[i] = runFormat(imSegs, []fmtArg{{nums: []float64{x.im[j*x.m+i]}, class: x.cls}}, true) + "i"
			}
			ims = padRows(ims, false)
			for i := range col {
				col[i] += ims[i]
			}
		}
		cols[j] = col
		if len(col) > 0 {
			width = max(width, len([]rune(col[0])))
		}
	}
	rows := make([]string, x.m)
	for i := range rows {
		var b strings.Builder
		for _, col := range cols {
			b.WriteString(strings.Repeat(" ", width-len([]rune(col[i]))))
			b.WriteString(col[i])
			if spaced {
				b.WriteByte(' ')
			}
		}
		rows[i] = b.String()
	}
	return trimCharMatrix(rows)
}

// padRows makes rows one width, as char does (blanks on the right), or
// right-justified as strjust does (trailing blanks and NULs moved to the
// front as blanks).
func padRows(rows []string, right bool) []string {
	w := 0
	for _, r := range rows {
		w = max(w, len([]rune(r)))
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		r += strings.Repeat(" ", w-len([]rune(r)))
		if right {
			body := strings.TrimRight(r, " \x00")
			r = strings.Repeat(" ", w-len([]rune(body))) + body
		}
		out[i] = r
	}
	return out
}

// errNum2strSecond is num2str's error for a second argument that is
// neither a precision nor a format.
func errNum2strSecond() error {
	return value.Errorf("MATLAB:num2str:invalidSecondArgument", "Second argument to num2str must be char or numeric")
}

func biNum2str(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	v := c.Args[0]
	if v.Class() == value.Char {
		return one(v)
	}
	if s, ok := v.Text(); ok && isStringValue(v) {
		return one(charRow(s))
	}
	a, ok := v.Array()
	if !ok || !(a.Class().IsNumeric() || a.Class() == value.Logical) {
		return nil, value.Errorf("MATLAB:num2str:nonNumericInput", "Input to num2str must be numeric.")
	}
	if a.Size().IsEmpty() {
		return one(emptyChar())
	}
	x := newNumMat(a)
	// A negative precision makes an invalid format, which prints
	// nothing, as in MATLAB.
	f, forceWidth, spaced := "", 0, true
	prec, usePrec := 0, false
	var second value.Value
	numericSecond := false
	if len(c.Args) == 2 {
		second = c.Args[1]
		numericSecond = second.Class().IsNumeric()
	}
	switch {
	case len(c.Args) == 1 || x.cls.IsInteger() && numericSecond:
		xmax := x.widthMax()
		if !x.whole() || !x.cls.IsInteger() && xmax >= 1<<53 {
			prec, usePrec = 5, true
			if xmax > 0 {
				prec = digitsBefore(xmax) + 4
			}
			break
		}
		if x.im == nil {
			return one(int2strText(x))
		}
		if xmax > 0 {
			forceWidth = min(12, int(math.Floor(math.Log10(xmax)))+1) + 1
		}
		f = "%d"
	case numericSecond:
		p, err := value.ScalarFloat(second)
		if err != nil {
			return nil, errNum2strSecond()
		}
		prec, usePrec = int(math.Round(p)), true
	case isText(second):
		s, err := textArg("num2str", second, "Format")
		if err != nil {
			return nil, err
		}
		if !strings.Contains(s, "%") {
			return nil, value.Errorf("MATLAB:num2str:fmtInvalid", "'%s' is an invalid format.", s)
		}
		f, spaced = s, false
	default:
		return nil, errNum2strSecond()
	}
	if usePrec {
		if x.im == nil {
			return one(recycledRows(x, prec))
		}
		forceWidth, f = prec+6, "%."+strconv.Itoa(prec)+"g"
	}
	if x.im != nil {
		forceWidth = 2*forceWidth + 2
	}
	return one(columnText(x, f, forceWidth, spaced))
}

func biInt2str(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	a, ok := c.Args[0].Array()
	if !ok {
		return nil, value.Errorf("MATLAB:int2str:nonNumericInput", "Input must be numeric.")
	}
	if a.Size().IsEmpty() {
		return one(emptyChar())
	}
	x := newNumMat(a)
	x.im = nil
	return one(int2strText(x))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "num2str", Fn: biNum2str, Doc: "s = num2str(A), num2str(A, precision), num2str(A, format); matrices give char matrices with aligned columns"},
		{Name: "int2str", Fn: biInt2str, Doc: "s = int2str(A): rounds, then formats as num2str does integers"},
	})
}
