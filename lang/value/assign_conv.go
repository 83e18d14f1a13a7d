package value

import (
	"math"
	"strconv"
	"strings"
)

// elemAs converts one element to class c the way storing it into an array
// of class c does: integers round half away from zero and saturate (NaN is
// 0), single rounds to float32, char takes the nearest UTF-16 code unit.
func elemAs(c Class, x float64) float64 {
	switch {
	case c == Single:
		return float64(float32(x))
	case c.IsInteger():
		if math.IsNaN(x) {
			return 0
		}
		lo, hi := c.IntRange()
		return min(max(math.Round(x), lo), hi)
	case c == Char:
		if math.IsNaN(x) {
			return 0
		}
		return min(max(math.Round(x), 0), 65535)
	case c == Logical:
		if x != 0 {
			return 1
		}
		return 0
	}
	return x
}

// floatsAs returns xs converted to class c, sharing xs when nothing
// changes.
func floatsAs(c Class, from Class, xs []float64) []float64 {
	if c == from || c == Double || from == Logical {
		return xs
	}
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = elemAs(c, x)
	}
	return out
}

// numberText formats a number as string(x) does: integers in full,
// others with up to five significant digits.
func numberText(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	case x == math.Trunc(x) && math.Abs(x) < 1e15:
		return strconv.FormatFloat(x, 'f', 0, 64)
	}
	s := strconv.FormatFloat(x, 'g', 5, 64)
	if i := strings.IndexByte(s, 'e'); i >= 0 {
		mant, exp := s[:i], s[i+1:]
		sign := exp[0]
		exp = strings.TrimLeft(exp[1:], "0")
		if len(exp) < 2 {
			exp = strings.Repeat("0", 2-len(exp)) + exp
		}
		return mant + "e" + string(sign) + exp
	}
	return s
}

// stringsOf converts a value to string-array elements as assigning it into
// a string array does: a char row is one string, a char matrix one string
// per row, numbers and logicals each one string, a cell of text one
// string per element. missing is nil when no element is <missing>.
func stringsOf(v Value) (elems []string, missing []bool, d Dims, err error) {
	switch r := v.Ref().(type) {
	case *StringArray:
		return r.Elems, r.Missing, r.dims, nil
	case *Cell:
		elems = make([]string, len(r.Elems))
		for i, e := range r.Elems {
			s, ok := e.Text()
			if !ok {
				return nil, nil, nil, Errorf("MATLAB:invalidConversion", "Conversion to string from cell is not possible.")
			}
			elems[i] = s
		}
		return elems, nil, r.dims, nil
	}
	a, ok := v.Array()
	if !ok {
		return nil, nil, nil, Errorf("MATLAB:invalidConversion", "Conversion to string from %s is not possible.", v.ClassName())
	}
	if a.class == Char {
		return charRowStrings(a)
	}
	elems = make([]string, len(a.Re))
	for i, x := range a.Re {
		switch {
		case a.class == Logical && x != 0:
			elems[i] = "true"
		case a.class == Logical:
			elems[i] = "false"
		case a.Im != nil && a.Im[i] != 0:
			elems[i] = numberText(x) + imagText(a.Im[i])
		default:
			elems[i] = numberText(x)
		}
	}
	return elems, nil, a.dims, nil
}

func imagText(y float64) string {
	if y < 0 || math.IsNaN(y) {
		return numberText(y) + "i"
	}
	return "+" + numberText(y) + "i"
}

// charRowStrings splits a 2-D char array into one string per row; a row
// vector or an empty char array gives a single string.
func charRowStrings(a *Array) ([]string, []bool, Dims, error) {
	if a.dims.Rows() <= 1 || len(a.dims) != 2 {
		if len(a.dims) != 2 {
			return nil, nil, nil, Errorf("MATLAB:invalidConversion", "Conversion to string from an N-D char array is not possible.")
		}
		return []string{a.CharData()}, nil, Dims{1, 1}, nil
	}
	m, n := a.dims[0], a.dims[1]
	out := make([]string, m)
	row := &Array{class: Char, Re: make([]float64, n)}
	for i := range m {
		for j := range n {
			row.Re[j] = a.Re[i+j*m]
		}
		out[i] = row.CharData()
	}
	return out, nil, Dims{m, 1}, nil
}

// denseFromStrings converts string elements to numbers as double(s) does:
// text that is not a number gives NaN.
func denseFromStrings(elems []string) []float64 {
	out := make([]float64, len(elems))
	for i, s := range elems {
		x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			x = math.NaN()
		}
		out[i] = x
	}
	return out
}
