package builtins

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// formatNumberText formats one number with a format.
func formatNumberText(f string, x float64) string {
	return runFormat(parseFormat(f), []fmtArg{{nums: []float64{x}}}, true)
}

// mat2strNum writes one number with p significant digits.
func mat2strNum(x float64, p int) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	}
	if x == 0 {
		return "0"
	}
	return formatNumberText("%."+strconv.Itoa(p)+"g", x)
}

func biMat2str(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 3); err != nil {
		return nil, err
	}
	prec, withClass := 15, false
	for _, a := range c.Args[1:] {
		if s, ok := a.Text(); ok {
			if s != "class" {
				return nil, value.Errorf("MATLAB:mat2str:InvalidOptionString", "Invalid option: '%s'.", s)
			}
			withClass = true
			continue
		}
		p, err := value.ScalarInt(a)
		if err != nil {
			return nil, err
		}
		prec = p
	}
	x := c.Args[0]
	if s, ok := x.Ref().(*value.StringArray); ok && len(s.Elems) == 1 {
		return one(charRow(`"` + s.Elems[0] + `"`))
	}
	a, ok := x.Array()
	if !ok {
		return nil, value.Errorf("MATLAB:mat2str:NumericInput", "Input must be numeric, logical, char, or string.")
	}
	d := a.Size()
	if !d.IsMatrix() {
		return nil, value.Errorf("MATLAB:mat2str:TwoDInput", "Input matrix must be 2-D.")
	}
	cls := a.Class()
	wrap := func(s string) string {
		if withClass && cls != value.Char && cls != value.Logical {
			return cls.String() + "(" + s + ")"
		}
		return s
	}
	if d.IsEmpty() {
		if cls == value.Char {
			return one(charRow("''"))
		}
		s := "zeros(" + strconv.Itoa(d.Rows()) + "," + strconv.Itoa(d.Cols()) + ")"
		if withClass && cls != value.Double {
			s = "zeros(" + strconv.Itoa(d.Rows()) + "," + strconv.Itoa(d.Cols()) + ",'" + cls.String() + "')"
		}
		return one(charRow(s))
	}
	if cls == value.Char {
		rows := textRows(a)
		for i, r := range rows {
			rows[i] = "'" + strings.ReplaceAll(r, "'", "''") + "'"
		}
		if len(rows) == 1 {
			return one(charRow(rows[0]))
		}
		return one(charRow("[" + strings.Join(rows, ";") + "]"))
	}
	elem := func(i int) string {
		if cls == value.Logical {
			if a.Re[i] != 0 {
				return "true"
			}
			return "false"
		}
		s := mat2strNum(a.Re[i], prec)
		if cls.IsInteger() {
			s = value.IntegerText(cls, a.Re[i])
		}
		if a.Im != nil {
			im := a.Im[i]
			t := mat2strNum(math.Abs(im), prec)
			if im < 0 || math.Signbit(im) {
				s += "-" + t + "i"
			} else {
				s += "+" + t + "i"
			}
		}
		return s
	}
	m, n := d.Rows(), d.Cols()
	if m == 1 && n == 1 {
		return one(charRow(wrap(elem(0))))
	}
	var b strings.Builder
	b.WriteByte('[')
	for i := range m {
		if i > 0 {
			b.WriteByte(';')
		}
		for j := range n {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(elem(j*m + i))
		}
	}
	b.WriteByte(']')
	return one(charRow(wrap(b.String())))
}

func biStr2num(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok || t.kind == kindCellstr || len(t.elems) != 1 && t.kind == kindString {
		return nil, value.Errorf("MATLAB:str2num:InvalidArgument", "Input must be a character vector or string scalar.")
	}
	expr := "[" + strings.Join(t.elems, ";") + "]"
	vs, err := c.CallFunction(value.Str("eval"), []value.Value{value.Str(expr)}, 1)
	if err != nil || len(vs) == 0 {
		return []value.Value{value.Empty(), value.Bool(false)}, nil
	}
	return []value.Value{vs[0], value.Bool(true)}, nil
}

var complexText = regexp.MustCompile(`^([+-]?[^+-]*?(?:[eEdD][+-]?\d+)?)?([+-])([^+-]*?(?:[eEdD][+-]?\d+)?)\*?[ij]$`)

// parseReal reads a real number as str2double does: white space around it,
// commas between digit groups, Inf and NaN in any case.
func parseReal(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	s = strings.ReplaceAll(s, ",", "")
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case "inf":
		if strings.HasPrefix(s, "-") {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || strings.ContainsRune("+-.eEdD", r)) {
			return 0, false
		}
	}
	s = strings.NewReplacer("d", "e", "D", "e").Replace(s)
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return x, true
		}
		return 0, false
	}
	return x, true
}

// parseNumber reads a real or complex number; ok is false when s is not a
// number.
func parseNumber(s string) (re, im float64, ok bool) {
	if x, ok := parseReal(s); ok {
		return x, 0, true
	}
	t := strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if t == "i" || t == "j" || t == "+i" || t == "+j" {
		return 0, 1, true
	}
	if t == "-i" || t == "-j" {
		return 0, -1, true
	}
	// A pure imaginary number: a real one and i or j, perhaps after '*'.
	if n := len(t) - 1; n > 0 && (t[n] == 'i' || t[n] == 'j') {
		if x, ok := parseReal(strings.TrimSuffix(t[:n], "*")); ok {
			return 0, x, true
		}
	}
	m := complexText.FindStringSubmatch(t)
	if m == nil {
		return 0, 0, false
	}
	if m[1] != "" {
		if re, ok = parseReal(m[1]); !ok {
			return 0, 0, false
		}
	}
	mag := 1.0
	if m[3] != "" {
		if mag, ok = parseReal(m[3]); !ok {
			return 0, 0, false
		}
	}
	if m[2] == "-" {
		mag = -mag
	}
	return re, mag, true
}

func biStr2double(c *interp.Call) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	var elems []string
	var d value.Dims
	var valid []bool
	switch r := c.Args[0].Ref().(type) {
	case *value.StringArray:
		elems, d = r.Elems, r.Size()
		valid = make([]bool, len(elems))
		for i := range elems {
			valid[i] = r.Missing == nil || !r.Missing[i]
		}
	case *value.Cell:
		d = r.Size()
		elems = make([]string, len(r.Elems))
		valid = make([]bool, len(elems))
		for i, e := range r.Elems {
			if s, ok := e.Text(); ok && e.Class() == value.Char {
				elems[i], valid[i] = s, true
			}
		}
	default:
		s, ok := c.Args[0].Text()
		if !ok || c.Args[0].Class() != value.Char {
			return one(value.Num(math.NaN()))
		}
		elems, d, valid = []string{s}, value.Dims{1, 1}, []bool{true}
	}
	re := make([]float64, len(elems))
	var im []float64
	for i, s := range elems {
		re[i] = math.NaN()
		if !valid[i] {
			continue
		}
		r, j, ok := parseNumber(s)
		if !ok {
			continue
		}
		re[i] = r
		if j != 0 {
			if im == nil {
				im = make([]float64, len(elems))
			}
			im[i] = j
		}
	}
	return one(value.FromRef(value.NewArrayFrom(value.Double, d.Clone(), re, im)))
}

// radixDigits implements dec2bin and dec2hex.
func radixDigits(c *interp.Call, fn string, base int) ([]value.Value, error) {
	if err := nargs(c, 1, 2); err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(c.Args[0])
	if err != nil {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "D must be numeric.")
	}
	width := 0
	if len(c.Args) == 2 {
		if width, err = value.ScalarInt(c.Args[1]); err != nil {
			return nil, err
		}
		if err := checkArraySize(value.Dims{max(len(xs), 1), width}); err != nil {
			return nil, err
		}
	}
	rows := make([]string, len(xs))
	w := width
	for i, x := range xs {
		if base == 16 && x != math.Trunc(x) && !math.IsInf(x, 0) {
			return nil, value.Errorf("MATLAB:dec2hex:FirstArgIsInvalid", "D must contain only integers.")
		}
		// Negative numbers print as their two's complement in the
		// narrowest of 8, 16, 32 or 64 bits that holds them.
		if x < 0 {
			lo := -x
			bits := 8
			for ; bits < 64 && lo > math.Pow(2, float64(bits-1)); bits *= 2 {
			}
			x += math.Pow(2, float64(bits))
		}
		if x < 0 || math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, value.Errorf("MATLAB:"+fn+":NegativeInput", "D must be a nonnegative integer.")
		}
		rows[i] = strings.ToUpper(strconv.FormatUint(uint64(math.Floor(x)), base))
		w = max(w, len(rows[i]))
	}
	for i, r := range rows {
		rows[i] = strings.Repeat("0", w-len(r)) + r
	}
	if len(rows) == 0 {
		return one(emptyChar())
	}
	if len(rows) == 1 {
		return one(charRow(rows[0]))
	}
	return one(charMatrix(rows))
}

func biDec2bin(c *interp.Call) ([]value.Value, error) { return radixDigits(c, "dec2bin", 2) }
func biDec2hex(c *interp.Call) ([]value.Value, error) { return radixDigits(c, "dec2hex", 16) }

// radixValue implements bin2dec and hex2dec.
func radixValue(c *interp.Call, fn string, base int) ([]value.Value, error) {
	if err := nargs(c, 1, 1); err != nil {
		return nil, err
	}
	t, ok := readTexts(c.Args[0])
	if !ok {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidInput", "Input must be a character vector, string array, or cell array of character vectors.")
	}
	out := make([]float64, len(t.elems))
	for i, s := range t.elems {
		s = strings.ReplaceAll(s, " ", "")
		if base == 16 {
			s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
		} else {
			s = strings.TrimPrefix(strings.TrimPrefix(s, "0b"), "0B")
		}
		x, err := strconv.ParseUint(s, base, 64)
		if err != nil {
			if base == 2 {
				return nil, value.Errorf("MATLAB:bin2dec:IllegalBinaryString", "Binary character vectors must contain only '0' and '1'.")
			}
			return nil, value.Errorf("MATLAB:hex2dec:IllegalHexadecimal", "Input to hex2dec should have just 0-9, a-f, or A-F.")
		}
		out[i] = float64(x)
	}
	d := value.Dims{len(out), 1}
	if t.kind != kindChar {
		d = t.dims.Clone()
	}
	return one(numArray(d, out))
}

func biBin2dec(c *interp.Call) ([]value.Value, error) { return radixValue(c, "bin2dec", 2) }
func biHex2dec(c *interp.Call) ([]value.Value, error) { return radixValue(c, "hex2dec", 16) }

func init() {
	interp.Register([]interp.Builtin{
		{Name: "mat2str", Fn: biMat2str, Doc: "s = mat2str(A), mat2str(A, n), mat2str(…, 'class'); numeric, logical, char or string scalar"},
		{Name: "str2num", Fn: biStr2num, Doc: "[x, tf] = str2num(txt): evaluates '[txt]'"},
		{Name: "str2double", Fn: biStr2double, Doc: "x = str2double(txt): char, string array or cellstr; NaN where the text is not a number"},
		{Name: "dec2bin", Fn: biDec2bin, Doc: "s = dec2bin(d), dec2bin(d, minDigits)"},
		{Name: "dec2hex", Fn: biDec2hex, Doc: "s = dec2hex(d), dec2hex(d, minDigits)"},
		{Name: "bin2dec", Fn: biBin2dec, Doc: "d = bin2dec(txt)"},
		{Name: "hex2dec", Fn: biHex2dec, Doc: "d = hex2dec(txt)"},
	})
}
