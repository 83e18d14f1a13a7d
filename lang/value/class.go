package value

import "strconv"

// Class is a MATLAB class: what class(x) returns for built-in types.
type Class uint8

// The built-in classes. The numeric classes come first, in the order MATLAB
// lists them.
const (
	Double Class = iota
	Single
	Int8
	Uint8
	Int16
	Uint16
	Int32
	Uint32
	Int64
	Uint64
	Logical
	Char
	CellClass
	StructClass
	StringClass
	FuncClass
	ObjectClass
)

var classNames = [...]string{"double", "single", "int8", "uint8", "int16", "uint16",
	"int32", "uint32", "int64", "uint64", "logical", "char", "cell", "struct", "string",
	"function_handle", "object"}

// String returns the class name as class(x) shows it.
func (c Class) String() string { return classNames[c] }

// ClassByName maps a class name to its Class; ok is false for names that are
// not built-in classes.
func ClassByName(name string) (c Class, ok bool) {
	for i, n := range classNames {
		if n == name && Class(i) != ObjectClass {
			return Class(i), true
		}
	}
	return 0, false
}

// IsNumeric reports whether c is double, single or an integer class.
func (c Class) IsNumeric() bool { return c <= Uint64 }

// IsInteger reports whether c is one of the eight integer classes.
func (c Class) IsInteger() bool { return c >= Int8 && c <= Uint64 }

// IsFloat reports whether c is double or single.
func (c Class) IsFloat() bool { return c == Double || c == Single }

// IsDense reports whether values of class c are stored in an *Array.
func (c Class) IsDense() bool { return c <= Char }

// IntegerText writes an integer-valued element of class c in decimal. The
// 64-bit classes are held as doubles, in which intmax('int64') and
// intmax('uint64') round up to 2^63 and 2^64; those values can only mean
// the class's largest value, and print as MATLAB prints it.
func IntegerText(c Class, x float64) string {
	if x == 0 {
		x = 0 // drop the sign of -0
	}
	switch {
	case c == Int64 && x >= 1<<63:
		return "9223372036854775807"
	case c == Uint64 && x >= 1<<64:
		return "18446744073709551615"
	}
	return strconv.FormatFloat(x, 'f', 0, 64)
}

// IntRange returns the smallest and largest value of an integer class.
func (c Class) IntRange() (lo, hi float64) {
	switch c {
	case Int8:
		return -128, 127
	case Uint8:
		return 0, 255
	case Int16:
		return -32768, 32767
	case Uint16:
		return 0, 65535
	case Int32:
		return -2147483648, 2147483647
	case Uint32:
		return 0, 4294967295
	case Int64:
		return -9223372036854775808, 9223372036854775807
	case Uint64:
		return 0, 18446744073709551615
	}
	return 0, 0
}
