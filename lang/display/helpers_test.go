package display

import (
	"io"
	"strings"

	"gomat/lang/value"
)

// Value builders for the golden tables.

func num(x float64) value.Value { return value.Num(x) }

func row(xs ...float64) value.Value { return value.RowVector(xs) }

func col(xs ...float64) value.Value { return value.ColVector(xs) }

// mat builds an r×c double matrix from row-major data, as MATLAB source
// writes it.
func mat(r, c int, rowMajor ...float64) value.Value {
	return value.FromRef(value.NewArrayFrom(value.Double, value.Dims{r, c}, colMajor(r, c, rowMajor), nil))
}

func colMajor(r, c int, rowMajor []float64) []float64 {
	d := make([]float64, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			d[i+j*r] = rowMajor[i*c+j]
		}
	}
	return d
}

// arr builds an array of any dense class from column-major data.
func arr(cls value.Class, d value.Dims, data ...float64) value.Value {
	if data == nil {
		data = []float64{}
	}
	return value.FromRef(value.NewArrayFrom(cls, d, data, nil))
}

func cplx(d value.Dims, re, im []float64) value.Value {
	return value.FromRef(value.NewArrayFrom(value.Double, d, re, im))
}

func single(xs ...float64) value.Value {
	return arr(value.Single, value.Dims{1, len(xs)}, xs...)
}

func chars(rows ...string) value.Value {
	r, c := len(rows), len(rows[0])
	d := make([]float64, r*c)
	for i, s := range rows {
		for j := 0; j < c; j++ {
			d[i+j*r] = float64(s[j])
		}
	}
	return arr(value.Char, value.Dims{r, c}, d...)
}

func cells(d value.Dims, elems ...value.Value) value.Value {
	return value.FromRef(value.NewCellFrom(d, elems))
}

func strs(d value.Dims, elems ...string) value.Value {
	return value.FromRef(value.NewStringArray(d, elems))
}

func missing() value.Value {
	s := value.NewStringArray(value.Dims{1, 1}, []string{""})
	s.Missing = []bool{true}
	return value.FromRef(s)
}

// structOf builds a scalar struct from name, value pairs.
func structOf(kv ...any) value.Value {
	var names []string
	var vals []value.Value
	for i := 0; i < len(kv); i += 2 {
		names = append(names, kv[i].(string))
		vals = append(vals, kv[i+1].(value.Value))
	}
	s := value.NewStruct(value.Dims{1, 1}, names)
	s.Elems[0] = vals
	return value.FromRef(s)
}

func structArr(d value.Dims, fields ...string) value.Value {
	return value.FromRef(value.NewStruct(d, fields))
}

func fn(text string) value.Value {
	return value.FromRef(&value.Func{Text: text})
}

func seq(from, to, step float64) []float64 {
	var xs []float64
	for x := from; x <= to; x += step {
		xs = append(xs, x)
	}
	return xs
}

// plainObj is an object with no display support.
type plainObj struct{}

func (plainObj) Class() value.Class { return value.ObjectClass }
func (plainObj) Size() value.Dims   { return value.Dims{1, 1} }
func (plainObj) ClassName() string  { return "Widget" }

// propObj displays through PropertyLister and value.PropertyGetter.
type propObj struct{ plainObj }

func (propObj) ClassName() string { return "MException" }

func (propObj) PropertyNames() []string {
	return []string{"identifier", "message", "cause", "stack"}
}

func (propObj) GetProperty(name string) (value.Value, error) {
	switch name {
	case "identifier":
		return value.Str("a:b"), nil
	case "message":
		return value.Str("oops"), nil
	case "cause":
		return cells(value.Dims{0, 0}), nil
	}
	return structArr(value.Dims{0, 1}, "file", "name", "line"), nil
}

// customObj prints itself through Displayer.
type customObj struct{ plainObj }

func (customObj) ClassName() string { return "categorical" }

func (customObj) DisplayBody(w io.Writer, name string, f Format, width int) {
	io.WriteString(w, "  categorical\n")
	if !f.Compact {
		io.WriteString(w, "\n")
	}
	io.WriteString(w, "     red \n")
}

func display(name string, v value.Value, f Format, width int) string {
	var b strings.Builder
	Display(&b, name, v, f, width)
	return b.String()
}

func disp(v value.Value, f Format, width int) string {
	var b strings.Builder
	Disp(&b, v, f, width)
	return b.String()
}
