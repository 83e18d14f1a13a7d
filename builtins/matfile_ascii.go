package builtins

import (
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

// saveASCII writes 2-D numeric, logical and char variables as text, one
// matrix row per line: "%16.7e" numbers (with -double "%25.16e"), or
// tab-separated numbers with -tabs. Other variables are skipped with
// MATLAB's warning; -append adds to the end of the file.
func saveASCII(c *interp.Call, r saveRequest, vars []namedValue) error {
	var sb strings.Builder
	for _, nv := range vars {
		a, ok := nv.v.Array()
		if !ok || len(a.Size()) > 2 {
			c.In.Warn("MATLAB:save:unsupportedASCIIType", "Attempt to write an unsupported data type to an ASCII file.\nVariable '%s' not written to file.", nv.name)
			continue
		}
		if a.Im != nil {
			c.In.Warn("MATLAB:save:complexASCII", "Imaginary parts of complex variable '%s' not written to file.", nv.name)
		}
		m, n := a.Size().Rows(), a.Size().Cols()
		for i := range m {
			for j := range n {
				if r.tabs && j > 0 {
					sb.WriteByte('\t')
				}
				sb.WriteString(asciiNumber(a.Re[j*m+i], r.double, !r.tabs))
			}
			sb.WriteByte('\n')
		}
	}
	if !r.append {
		return writeFileAtomic(r.file, []byte(sb.String()))
	}
	f, err := os.OpenFile(r.file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return writeError(r.file, err)
	}
	_, err = f.WriteString(sb.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return writeError(r.file, err)
	}
	return nil
}

// asciiNumber formats one number with 8 significant digits (17 with
// double), right-aligned in its field when pad is set.
func asciiNumber(x float64, double, pad bool) string {
	prec, width := 7, 16
	if double {
		prec, width = 16, 25
	}
	var s string
	switch {
	case math.IsNaN(x):
		s = "NaN"
	case math.IsInf(x, 1):
		s = "Inf"
	case math.IsInf(x, -1):
		s = "-Inf"
	default:
		s = strconv.FormatFloat(x, 'e', prec, 64)
	}
	if pad && len(s) < width {
		s = strings.Repeat(" ", width-len(s)) + s
	}
	return s
}

// loadASCII reads a text file of numbers (blank, tab or comma separated,
// % starting a comment) as a matrix: returned with an output, else
// assigned to a variable named after the file.
func loadASCII(c *interp.Call, file string, data []byte) ([]value.Value, error) {
	var rows [][]float64
	for k, line := range splitLines(string(data)) {
		if i := strings.IndexByte(line, '%'); i >= 0 {
			line = line[:i]
		}
		fields := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' })
		if len(fields) == 0 {
			continue
		}
		row := make([]float64, len(fields))
		for i, f := range fields {
			x, ok := parseReal(f)
			if !ok {
				return nil, asciiError(file)
			}
			row[i] = x
		}
		if len(rows) > 0 && len(row) != len(rows[0]) {
			return nil, value.Errorf("MATLAB:load:asciiRaggedRows", "Number of columns on line %d of ASCII file %s must be the same as previous lines.", k+1, file)
		}
		rows = append(rows, row)
	}
	m := value.Empty()
	if len(rows) > 0 {
		nr, nc := len(rows), len(rows[0])
		xs := make([]float64, nr*nc)
		for i, row := range rows {
			for j, x := range row {
				xs[j*nr+i] = x
			}
		}
		m = value.Matrix(nr, nc, xs)
	}
	if c.Nargout > 0 {
		return one(m)
	}
	c.SetCallerVar(asciiVarName(file), m)
	return nil, nil
}

// asciiError is load's error for a text file that is not a matrix of
// numbers.
func asciiError(file string) error {
	return value.Errorf("MATLAB:load:unableToReadAsciiFile", "Unable to read file '%s'. Input must be a MAT-file or an ASCII file containing numeric data with same number of columns in each row.", file)
}

// asciiVarName is the variable a text file loads into: the file's name
// without folder and extension, other characters than letters, digits and
// underscores replaced by underscores, and X prefixed unless it starts
// with a letter.
func asciiVarName(file string) string {
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	b := []byte(base)
	for i, ch := range b {
		if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_') {
			b[i] = '_'
		}
	}
	if len(b) == 0 || !(b[0] >= 'a' && b[0] <= 'z' || b[0] >= 'A' && b[0] <= 'Z') {
		b = append([]byte("X"), b...)
	}
	return string(b)
}
