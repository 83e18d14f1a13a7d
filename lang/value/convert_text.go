package value

import (
	"math"
	"strconv"
	"strings"
)

// convertString converts a string array: to double or single by parsing
// each element as str2double does, to char as a space-padded char matrix
// with one row per element, or to string as a copy.
func convertString(s *StringArray, v Value, c Class) (Value, error) {
	switch c {
	case StringClass:
		return FromRef(s.Clone()), nil
	case Char:
		return charMatrix(s.Elems), nil
	case Double, Single:
		out := &Array{class: c, dims: s.dims.Clone(), Re: make([]float64, len(s.Elems))}
		for i, e := range s.Elems {
			out.Re[i] = math.NaN()
			if !isMissing(s, i) {
				out.Re[i] = parseNumber(e)
			}
		}
		castData(c, out.Re)
		return FromRef(out), nil
	}
	return Value{}, conversionError(c.String(), v)
}

// convertCell converts a cell array of char vectors to a char matrix or a
// string array; other conversions of cells are errors.
func convertCell(cl *Cell, v Value, c Class) (Value, error) {
	if c != Char && c != StringClass {
		return Value{}, conversionError(c.String(), v)
	}
	s, err := stringOperand(v, c.String())
	if err != nil {
		return Value{}, conversionError(c.String(), v)
	}
	if c == StringClass {
		s.dims = cl.dims.Clone()
		return FromRef(s), nil
	}
	return charMatrix(s.Elems), nil
}

// charMatrix stacks texts as the rows of a char matrix, padding with spaces.
func charMatrix(rows []string) Value {
	units := make([][]uint16, len(rows))
	width := 0
	for i, r := range rows {
		units[i] = utf16Units(r)
		width = max(width, len(units[i]))
	}
	m := len(rows)
	if m == 1 && width == 0 {
		return FromRef(&Array{class: Char, dims: Dims{0, 0}, Re: []float64{}})
	}
	out := &Array{class: Char, dims: Dims{m, width}, Re: make([]float64, m*width)}
	for i, u := range units {
		for j := range width {
			ch := float64(' ')
			if j < len(u) {
				ch = float64(u[j])
			}
			out.Re[j*m+i] = ch
		}
	}
	return FromRef(out)
}

// utf16Units returns the UTF-16 code units of s.
func utf16Units(s string) []uint16 {
	a, _ := Str(s).Array()
	u := make([]uint16, len(a.Re))
	for i, x := range a.Re {
		u[i] = uint16(x)
	}
	return u
}

// parseNumber reads a real number as str2double does, giving NaN for text
// that is not one.
func parseNumber(s string) float64 {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasPrefix(strings.TrimLeft(s, "+-"), "0x") {
		return math.NaN()
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(x, 0) {
		return math.NaN()
	}
	return x
}
