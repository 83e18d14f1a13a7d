package builtins

import (
	"fmt"
	"math"
	"strings"

	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	interp.Register([]interp.Builtin{
		{Name: "validateattributes", Fn: validateattributesFn, Doc: "validateattributes(A,classes,attributes), validateattributes(...,funcName,varName,argIndex): check class and attributes ('scalar','vector','row','column','2d','square','nonempty','real','finite','nonnan','integer','positive','nonnegative','nonzero','binary','even','odd','increasing','decreasing','nondecreasing','nonincreasing','numel',n,'size',sz,'ncols',n,'nrows',n,'ndims',n,'>',x,'>=',x,'<',x,'<=',x,'nonsparse')"},
	})
}

func validateattributesFn(c *interp.Call) ([]value.Value, error) {
	if len(c.Args) < 3 {
		return nil, value.Errorf("MATLAB:minrhs", "Not enough input arguments.")
	}
	x := c.Args[0]
	classes, ok := interp.TextList(c.Args[1])
	if !ok {
		return nil, value.Errorf("MATLAB:validateattributes:invalidClassList", "Expected CLASSES to be a cell array of character vectors.")
	}
	attrs, ok := c.Args[2].Ref().(*value.Cell)
	if !ok && !c.Args[2].IsEmpty() {
		return nil, value.Errorf("MATLAB:validateattributes:invalidAttributeList", "Expected ATTRIBUTES to be a cell array.")
	}
	funcName, varName, argIndex := "", "input", 0
	if len(c.Args) > 3 {
		funcName, _ = c.Args[3].Text()
	}
	if len(c.Args) > 4 {
		if s, ok := c.Args[4].Text(); ok && s != "" {
			varName = s
		}
	}
	if len(c.Args) > 5 {
		n, err := value.ScalarInt(c.Args[5])
		if err != nil {
			return nil, value.Errorf("MATLAB:validateattributes:badArgPosition", "Expected ARGIDX to be a positive integer.")
		}
		argIndex = n
	}
	subject := varName
	if argIndex > 0 {
		subject = fmt.Sprintf("input number %d, %s,", argIndex, varName)
	}
	fail := func(id, what string) error {
		e := value.Errorf("MATLAB:"+id, "Expected %s to be %s.", subject, what)
		if funcName != "" {
			e = value.Errorf("MATLAB:"+funcName+":"+id, "Expected %s to be %s.", subject, what)
		}
		return e
	}
	if len(classes) > 0 {
		match := false
		for _, cl := range classes {
			if isClass(x, cl) {
				match = true
			}
		}
		if !match {
			return nil, value.Errorf("MATLAB:invalidType", "Expected %s to be one of these types:\n\n%s\n\nInstead its type was %s.", subject, strings.Join(classes, ", "), x.ClassName())
		}
	}
	if attrs == nil {
		return nil, nil
	}
	d := x.Size()
	a, isDense := x.Array()
	var xs []float64
	if isDense {
		xs = a.Re
	}
	all := func(f func(v float64) bool) bool {
		for _, v := range xs {
			if !f(v) {
				return false
			}
		}
		return isDense
	}
	for i := 0; i < len(attrs.Elems); i++ {
		name, ok := attrs.Elems[i].Text()
		if !ok {
			return nil, value.Errorf("MATLAB:validateattributes:invalidAttribute", "Attributes must be character vectors or string scalars.")
		}
		arg := func() ([]float64, error) {
			if i+1 >= len(attrs.Elems) {
				return nil, value.Errorf("MATLAB:validateattributes:missingValue", "The '%s' attribute requires a value.", name)
			}
			i++
			return value.ToFloat64(attrs.Elems[i])
		}
		var err error
		switch strings.ToLower(name) {
		case "scalar":
			if !d.IsScalar() {
				err = fail("expectedScalar", "a scalar")
			}
		case "vector":
			if !d.IsVector() {
				err = fail("expectedVector", "a vector")
			}
		case "row":
			if !(len(d) == 2 && d[0] == 1) {
				err = fail("expectedRow", "a row vector")
			}
		case "column":
			if !(len(d) == 2 && d[1] == 1) {
				err = fail("expectedColumn", "a column vector")
			}
		case "2d":
			if len(d) != 2 {
				err = fail("expected2D", "two-dimensional")
			}
		case "square":
			if !(len(d) == 2 && d[0] == d[1]) {
				err = fail("expectedSquare", "a square matrix")
			}
		case "nonempty":
			if d.IsEmpty() {
				err = fail("expectedNonempty", "nonempty")
			}
		case "nonsparse":
		case "real":
			if !isDense || a.IsComplex() {
				err = fail("expectedReal", "real")
			}
		case "finite":
			if !all(func(v float64) bool { return v-v == 0 }) {
				err = fail("expectedFinite", "finite")
			}
		case "nonnan":
			if !all(func(v float64) bool { return v == v }) {
				err = fail("expectedNonNaN", "non-NaN")
			}
		case "integer":
			if !all(func(v float64) bool { return v == math.Trunc(v) && !math.IsInf(v, 0) }) {
				err = fail("expectedInteger", "integer-valued")
			}
		case "positive":
			if !all(func(v float64) bool { return v > 0 }) {
				err = fail("expectedPositive", "positive")
			}
		case "nonnegative":
			if !all(func(v float64) bool { return v >= 0 }) {
				err = fail("expectedNonnegative", "nonnegative")
			}
		case "nonzero":
			if !all(func(v float64) bool { return v != 0 }) {
				err = fail("expectedNonZero", "nonzero")
			}
		case "binary":
			if !all(func(v float64) bool { return v == 0 || v == 1 }) {
				err = fail("expectedBinary", "binary")
			}
		case "even":
			if !all(func(v float64) bool { return math.Mod(v, 2) == 0 }) {
				err = fail("expectedEven", "even")
			}
		case "odd":
			if !all(func(v float64) bool { return math.Abs(math.Mod(v, 2)) == 1 }) {
				err = fail("expectedOdd", "odd")
			}
		case "increasing", "decreasing", "nondecreasing", "nonincreasing":
			err = checkMonotonic(xs, isDense, strings.ToLower(name), fail)
		case "numel", "ncols", "nrows", "ndims":
			v, e := arg()
			if e != nil || len(v) != 1 {
				return nil, value.Errorf("MATLAB:validateattributes:badAttributeValue", "The value for '%s' must be a scalar.", name)
			}
			got := map[string]int{"numel": d.Numel(), "ncols": d.At(1), "nrows": d.At(0), "ndims": len(d)}[strings.ToLower(name)]
			what := map[string]string{"numel": "number of elements", "ncols": "number of columns", "nrows": "number of rows", "ndims": "number of dimensions"}[strings.ToLower(name)]
			if float64(got) != v[0] {
				err = value.Errorf("MATLAB:incorrectNumel", "Expected %s to be an array with %s equal to %g.", subject, what, v[0])
			}
		case "size":
			v, e := arg()
			if e != nil {
				return nil, e
			}
			okSize := len(v) >= len(d)
			for k := range v {
				if !math.IsNaN(v[k]) && float64(d.At(k)) != v[k] {
					okSize = false
				}
			}
			if !okSize {
				want := make([]string, len(v))
				for k, s := range v {
					want[k] = fmt.Sprintf("%g", s)
					if math.IsNaN(s) {
						want[k] = "N"
					}
				}
				err = value.Errorf("MATLAB:incorrectSize", "Expected %s to be of size %s, but it is of size %s.", subject, strings.Join(want, "x"), strings.ReplaceAll(d.String(), "×", "x"))
			}
		case ">", ">=", "<", "<=":
			v, e := arg()
			if e != nil || len(v) != 1 {
				return nil, value.Errorf("MATLAB:validateattributes:badAttributeValue", "The value for '%s' must be a scalar.", name)
			}
			lim := v[0]
			cmp := map[string]func(float64) bool{
				">": func(x float64) bool { return x > lim }, ">=": func(x float64) bool { return x >= lim },
				"<": func(x float64) bool { return x < lim }, "<=": func(x float64) bool { return x <= lim },
			}[name]
			ids := map[string]string{">": "notGreater", ">=": "notGreaterEqual", "<": "notLess", "<=": "notLessEqual"}
			if !all(cmp) {
				err = value.Errorf("MATLAB:"+ids[name], "Expected %s to be an array with all of the values %s %g.", subject, name, lim)
			}
		default:
			return nil, value.Errorf("MATLAB:validateattributes:unknownAttribute", "'%s' is not a valid attribute.", name)
		}
		if err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// checkMonotonic tests the ordering attributes of validateattributes.
func checkMonotonic(xs []float64, ok bool, name string, fail func(id, what string) error) error {
	good := ok
	for i := 1; i < len(xs) && good; i++ {
		p, q := xs[i-1], xs[i]
		switch name {
		case "increasing":
			good = q > p
		case "decreasing":
			good = q < p
		case "nondecreasing":
			good = q >= p
		case "nonincreasing":
			good = q <= p
		}
	}
	for _, v := range xs {
		if v != v {
			good = false
		}
	}
	if good {
		return nil
	}
	id := "expected" + strings.ToUpper(name[:1]) + name[1:]
	return fail(id, name)
}
