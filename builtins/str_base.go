package builtins

import (
	"math"
	"slices"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// baseDigits are the default digit symbols of dec2base and base2dec.
const baseDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// baseSymbols reads the base argument: an integer from 2 to 36, or a char
// vector of distinct, non-blank digit symbols.
func baseSymbols(fn string, v value.Value) ([]rune, error) {
	if s, ok := v.Text(); ok && v.Class() == value.Char {
		rs := []rune(s)
		sorted := slices.Clone(rs)
		slices.Sort(sorted)
		if len(rs) < 2 || len(slices.Compact(sorted)) != len(rs) || slices.ContainsFunc(rs, isWhite) {
			return nil, value.Errorf("MATLAB:"+fn+":SymbolsNotUnique", "Symbols must be unique and contain no whitespace characters.")
		}
		return rs, nil
	}
	b, err := value.ScalarFloat(v)
	if err != nil || b != math.Trunc(b) || b < 2 || b > 36 {
		return nil, value.Errorf("MATLAB:"+fn+":InvalidBase", "Base must be an integer between 2 and 36.")
	}
	return []rune(baseDigits[:int(b)]), nil
}

func biDec2base(c *interp.Call) ([]value.Value, error) {
	var dv, bv value.Value
	width := 0
	if err := c.Unpack("D", &dv, "n", &bv, "minDigits?", &width); err != nil {
		return nil, err
	}
	syms, err := baseSymbols("dec2base", bv)
	if err != nil {
		return nil, err
	}
	xs, err := value.ToFloat64(dv)
	if err != nil {
		return nil, value.Errorf("MATLAB:dec2base:InvalidInput", "D must be numeric.")
	}
	if width < 0 {
		return nil, value.Errorf("MATLAB:dec2base:InvalidMinDigits", "Minimum number of digits must be a nonnegative integer.")
	}
	base := float64(len(syms))
	rows := make([]string, len(xs))
	for i, x := range xs {
		if x < 0 || x != math.Trunc(x) || x > flintmax {
			return nil, value.Errorf("MATLAB:dec2base:FirstArgIsInvalid", "D must contain only nonnegative integers less than flintmax.")
		}
		var ds []rune
		for ; x > 0 || len(ds) == 0; x = math.Floor(x / base) {
			ds = append(ds, syms[int(math.Mod(x, base))])
		}
		slices.Reverse(ds)
		rows[i] = string(ds)
		width = max(width, len(ds))
	}
	for i, r := range rows {
		rows[i] = strings.Repeat(string(syms[0]), width-len([]rune(r))) + r
	}
	if len(rows) == 0 {
		return one(emptyChar())
	}
	return one(charMatrix(rows))
}

// flintmax is the largest consecutive integer a double holds, 2^53.
const flintmax = 1 << 53

func biBase2dec(c *interp.Call) ([]value.Value, error) {
	var sv, bv value.Value
	if err := c.Unpack("baseStr", &sv, "n", &bv); err != nil {
		return nil, err
	}
	syms, err := baseSymbols("base2dec", bv)
	if err != nil {
		return nil, err
	}
	t, ok := readTexts(sv)
	if !ok {
		return nil, value.Errorf("MATLAB:base2dec:InvalidInput", "Input must be a character array, string array, or cell array of character vectors.")
	}
	fold := bv.Class() != value.Char
	out := make([]float64, len(t.elems))
	for i, s := range t.elems {
		if fold {
			s = strings.ToUpper(s)
		}
		s = strings.TrimFunc(s, isWhite)
		for _, r := range s {
			k := slices.Index(syms, r)
			if k < 0 {
				return nil, value.Errorf("MATLAB:base2dec:InvalidDigit", "Input must contain only digits valid in base %d.", len(syms))
			}
			out[i] = out[i]*float64(len(syms)) + float64(k)
		}
	}
	d := value.Dims{len(out), 1}
	if t.kind == kindString {
		d = t.dims.Clone()
	}
	return one(numArray(d, out))
}

func init() {
	interp.Register([]interp.Builtin{
		{Name: "dec2base", Fn: biDec2base, Doc: "baseStr = dec2base(D, n), dec2base(D, n, minDigits): n an integer from 2 to 36 or a char vector of digit symbols; one row per element of D"},
		{Name: "base2dec", Fn: biBase2dec, Doc: "D = base2dec(baseStr, n): n an integer from 2 to 36 or a char vector of digit symbols; letters in either case"},
	})
}
