package value

import (
	"math"
	"strconv"
)

// stringOperand converts an operand of a string operation to a string array:
// char rows become strings, a cell array of char vectors becomes a string
// array of the same size, and numbers and logicals are formatted as string()
// does. Other classes give MATLAB's operator error naming sym.
func stringOperand(v Value, sym string) (*StringArray, error) {
	switch r := v.Ref().(type) {
	case *StringArray:
		return r, nil
	case *Cell:
		out := &StringArray{dims: r.dims, Elems: make([]string, len(r.Elems))}
		for i, e := range r.Elems {
			s, ok := e.Text()
			if !ok || e.Class() != Char {
				return nil, unsupportedOperand(sym, v)
			}
			out.Elems[i] = s
		}
		return out, nil
	}
	a, ok := v.Array()
	if !ok {
		return nil, unsupportedOperand(sym, v)
	}
	if a.class == Char {
		return charRows(a, v, sym)
	}
	out := &StringArray{dims: a.dims, Elems: make([]string, len(a.Re))}
	for i, x := range a.Re {
		switch {
		case a.class == Logical:
			out.Elems[i] = strconv.FormatBool(x != 0)
		case a.Im != nil:
			out.Elems[i] = complexToString(x, a.Im[i])
		default:
			out.Elems[i] = numToString(x)
		}
	}
	return out, nil
}

// charRows converts a char matrix to a column of strings, one per row; a
// row vector or empty char gives a single string.
func charRows(a *Array, v Value, sym string) (*StringArray, error) {
	if !a.dims.IsMatrix() {
		return nil, unsupportedOperand(sym, v)
	}
	if a.dims.Rows() <= 1 || len(a.Re) == 0 {
		return &StringArray{dims: Dims{1, 1}, Elems: []string{a.CharData()}}, nil
	}
	m, n := a.dims.Rows(), a.dims.Cols()
	out := &StringArray{dims: Dims{m, 1}, Elems: make([]string, m)}
	row := &Array{class: Char, dims: Dims{1, n}, Re: make([]float64, n)}
	for i := range m {
		for j := range n {
			row.Re[j] = a.Re[j*m+i]
		}
		out.Elems[i] = row.CharData()
	}
	return out, nil
}

// numToString formats a real number as MATLAB's string() and num2str do:
// whole numbers in full, others with at least five significant digits.
func numToString(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Inf"
	case math.IsInf(x, -1):
		return "-Inf"
	case x == math.Trunc(x) && math.Abs(x) < 1e15:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	digits := max(int(math.Floor(math.Log10(math.Abs(x))))+5, 5)
	return strconv.FormatFloat(x, 'g', digits, 64)
}

// complexToString formats a complex number as string() does: "1+2i".
func complexToString(re, im float64) string {
	sign := "+"
	if im < 0 || math.IsInf(im, -1) {
		sign = "-"
	}
	return numToString(re) + sign + numToString(math.Abs(im)) + "i"
}
