package builtins

import (
	"math"
	"strconv"
	"strings"

	"gomat/lang/value"
)

// maxArrayBytes is MATLAB's default maximum array size preference, which
// construction functions check before allocating.
const maxArrayBytes = 24 << 30

// sizeSpec is what the size and class arguments of zeros, ones, rand and
// the other constructors describe.
type sizeSpec struct {
	dims    value.Dims
	class   value.Class
	complex bool // the 'like' prototype is complex
}

// parseSizeArgs reads the arguments of a constructor such as zeros: an
// optional list of sizes — none (1×1), (n) for n×n, (m,n,p,…) or a size
// vector ([m n p]) — followed optionally by a class name ('int8',
// "single", …) or 'like', prototype. classOK says which classes the
// function accepts; def is the class when none is named.
func parseSizeArgs(name string, args []value.Value, def value.Class, classOK func(value.Class) bool) (sizeSpec, error) {
	spec := sizeSpec{class: def}
	if n := len(args); n >= 2 {
		if s, ok := args[n-2].Text(); ok && strings.EqualFold(s, "like") {
			p := args[n-1]
			c := p.Class()
			if !classOK(c) {
				return spec, value.Errorf("MATLAB:"+name+":invalidLikeClass", "Invalid data type. Prototype must be numeric or logical.")
			}
			spec.class = c
			if a, ok := p.Array(); ok && a.IsComplex() {
				spec.complex = true
			}
			args = args[:n-2]
		}
	}
	if n := len(args); n >= 1 {
		if s, ok := args[n-1].Text(); ok {
			c, known := value.ClassByName(s)
			if !known || !classOK(c) {
				return spec, value.Errorf("MATLAB:"+name+":invalidClass", "Invalid data type. Second argument must be a valid class name.")
			}
			spec.class = c
			args = args[:n-1]
		}
	}
	d, err := sizeFromArgs(args)
	if err != nil {
		return spec, err
	}
	spec.dims = d
	return spec, checkArraySize(d)
}

// sizeFromArgs interprets size arguments: none is 1×1, one scalar n is
// n×n, one vector is a size vector, several scalars are the sizes of each
// dimension. Negative sizes count as zero.
func sizeFromArgs(args []value.Value) (value.Dims, error) {
	switch len(args) {
	case 0:
		return value.Dims{1, 1}, nil
	case 1:
		xs, err := sizeNumbers(args[0])
		if err != nil {
			return nil, err
		}
		a := args[0].Size()
		if len(xs) == 0 || !(a.IsVector()) {
			return nil, value.Errorf("MATLAB:checkDimCommon:nonRowVector", "Size vector must be a row vector with real elements.")
		}
		if len(xs) == 1 {
			return toDims([]float64{xs[0], xs[0]})
		}
		return toDims(xs)
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		v, err := sizeNumbers(a)
		if err != nil {
			return nil, err
		}
		if len(v) != 1 {
			return nil, value.Errorf("MATLAB:NonScalarInput", "Size inputs must be scalar.")
		}
		xs[i] = v[0]
	}
	return toDims(xs)
}

// sizeNumbers reads the numbers of a size argument.
func sizeNumbers(v value.Value) ([]float64, error) {
	a, ok := v.Array()
	if !ok || a.Class() == value.Char || a.IsComplex() {
		return nil, value.Errorf("MATLAB:NonIntegerInput", "Size inputs must be numeric.")
	}
	return a.Re, nil
}

// toDims converts size numbers to normalised dims, rejecting non-integers.
// Infinite sizes are kept as -1 markers rejected by checkArraySize.
func toDims(xs []float64) (value.Dims, error) {
	sz := make([]int, len(xs))
	for i, x := range xs {
		switch {
		case math.IsNaN(x):
			return nil, value.Errorf("MATLAB:NonIntegerInput", "Size inputs must be integers.")
		case math.IsInf(x, 1) || x > 1<<53:
			return nil, errMaxSize()
		case x != math.Trunc(x):
			return nil, value.Errorf("MATLAB:NonIntegerInput", "Size inputs must be integers.")
		}
		sz[i] = int(x)
	}
	return value.MakeDims(sz...), nil
}

// errMaxSize is MATLAB's error for a size beyond what it can index.
func errMaxSize() error {
	return value.Errorf("MATLAB:pmaxsize", "Maximum variable size allowed by the program is exceeded.")
}

// classBytes returns the storage size of one element of class c.
func classBytes(c value.Class) float64 {
	switch c {
	case value.Int8, value.Uint8, value.Logical:
		return 1
	case value.Int16, value.Uint16, value.Char:
		return 2
	case value.Single, value.Int32, value.Uint32:
		return 4
	}
	return 8
}

// checkArraySize refuses to create arrays larger than MATLAB's maximum
// array size preference, with MATLAB's message. The size counted is what
// gomat allocates: 8 bytes an element, as it holds the elements of every
// class as float64 (and cell and string elements in headers at least as
// large).
func checkArraySize(d value.Dims) error {
	n := 1.0
	for _, x := range d {
		n *= float64(x)
	}
	bytes := n * 8
	if bytes <= maxArrayBytes {
		return nil
	}
	parts := make([]string, len(d))
	for i, x := range d {
		parts[i] = strconv.Itoa(x)
	}
	return value.Errorf("MATLAB:array:SizeLimitExceeded",
		"Requested %s (%.1fGB) array exceeds maximum array size preference (%.1fGB). This might cause MATLAB to become unresponsive.",
		strings.Join(parts, "x"), bytes/(1<<30), float64(maxArrayBytes)/(1<<30))
}

// numericOrLogical accepts the numeric classes and logical.
func numericOrLogical(c value.Class) bool { return c.IsNumeric() || c == value.Logical }

// floatClass accepts double and single.
func floatClass(c value.Class) bool { return c.IsFloat() }

// filled returns an array of the spec's size and class with every element
// x (and a zero imaginary part for a complex 'like' prototype).
func filled(spec sizeSpec, x float64) value.Value {
	a := value.NewArray(spec.class, spec.dims)
	if x != 0 {
		for i := range a.Re {
			a.Re[i] = x
		}
	}
	castInPlace(spec.class, a.Re)
	if spec.complex {
		a.Im = make([]float64, len(a.Re))
	}
	return value.FromRef(a)
}
