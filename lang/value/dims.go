package value

import (
	"strconv"
	"strings"
)

// Dims is the size vector of an array: at least two entries, no trailing
// singleton dimensions beyond the second.
type Dims []int

// Numel returns the number of elements.
func (d Dims) Numel() int {
	n := 1
	for _, x := range d {
		n *= x
	}
	return n
}

// Rows returns size(x,1).
func (d Dims) Rows() int { return d[0] }

// Cols returns size(x,2).
func (d Dims) Cols() int { return d[1] }

// At returns size(x,k) for a 0-based k; dimensions past the end are 1.
func (d Dims) At(k int) int {
	if k < len(d) {
		return d[k]
	}
	return 1
}

// Equal reports whether two size vectors are the same.
func (d Dims) Equal(e Dims) bool {
	if len(d) != len(e) {
		return false
	}
	for i := range d {
		if d[i] != e[i] {
			return false
		}
	}
	return true
}

// IsEmpty reports whether any dimension is zero.
func (d Dims) IsEmpty() bool {
	for _, x := range d {
		if x == 0 {
			return true
		}
	}
	return false
}

// IsScalar reports whether the size is 1×1.
func (d Dims) IsScalar() bool { return len(d) == 2 && d[0] == 1 && d[1] == 1 }

// IsVector reports whether the size is 1×n or n×1.
func (d Dims) IsVector() bool { return len(d) == 2 && (d[0] == 1 || d[1] == 1) }

// IsMatrix reports whether there are only two dimensions.
func (d Dims) IsMatrix() bool { return len(d) == 2 }

// String formats the size as MATLAB does in displays: "2×3", "0×0×2".
func (d Dims) String() string {
	var b strings.Builder
	for i, x := range d {
		if i > 0 {
			b.WriteString("×")
		}
		b.WriteString(strconv.Itoa(x))
	}
	return b.String()
}

// Clone returns a copy that the caller may modify.
func (d Dims) Clone() Dims { return append(Dims(nil), d...) }

// MakeDims builds a normalised size vector: at least two entries, trailing
// singletons removed, negative sizes treated as zero (MATLAB's rule).
func MakeDims(sz ...int) Dims {
	d := make(Dims, len(sz), max(len(sz), 2))
	for i, x := range sz {
		d[i] = max(x, 0)
	}
	for len(d) < 2 {
		d = append(d, 1)
	}
	return d.trim()
}

func (d Dims) trim() Dims {
	for len(d) > 2 && d[len(d)-1] == 1 {
		d = d[:len(d)-1]
	}
	return d
}

// Strides returns the column-major stride of each dimension.
func (d Dims) Strides() []int {
	s := make([]int, len(d))
	n := 1
	for i, x := range d {
		s[i] = n
		n *= x
	}
	return s
}
