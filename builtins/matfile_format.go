package builtins

import (
	"errors"

	"gomat/lang/value"
)

// Data types of MAT-file (Level 5) data elements, as the "MAT-File Format"
// specification numbers them.
const (
	miINT8       = 1
	miUINT8      = 2
	miINT16      = 3
	miUINT16     = 4
	miINT32      = 5
	miUINT32     = 6
	miSINGLE     = 7
	miDOUBLE     = 9
	miINT64      = 12
	miUINT64     = 13
	miMATRIX     = 14
	miCOMPRESSED = 15
	miUTF8       = 16
	miUTF16      = 17
	miUTF32      = 18
)

// Array classes of a miMATRIX element's array flags.
const (
	mxCELL   = 1
	mxSTRUCT = 2
	mxOBJECT = 3
	mxCHAR   = 4
	mxSPARSE = 5
	mxDOUBLE = 6
	mxFUNC   = 16 // function handles
	mxOPAQUE = 17 // MATLAB's opaque objects: strings, tables, other classes
)

// Array flag bits (in the first flags word, above the class byte). The
// global flag (0x0400) is ignored on reading and never written.
const (
	mxComplexFlag = 0x0800
	mxLogicalFlag = 0x0200
)

// matHeaderLen is the size of a Level 5 MAT-file's header: 116 bytes of
// text, 8 bytes of subsystem data offset, the version and the endian
// indicator.
const matHeaderLen = 128

// matVersion is the version field every Level 5 MAT-file carries.
const matVersion = 0x0100

// mxNumericClasses maps the MAT-file numeric array classes (6…15) to gomat's
// classes, in the specification's order.
var mxNumericClasses = [...]value.Class{value.Double, value.Single, value.Int8, value.Uint8,
	value.Int16, value.Uint16, value.Int32, value.Uint32, value.Int64, value.Uint64}

// mxClassOf returns the MAT-file array class of a numeric class.
func mxClassOf(c value.Class) uint32 {
	for i, k := range mxNumericClasses {
		if k == c {
			return uint32(mxDOUBLE + i)
		}
	}
	return mxDOUBLE
}

// miSizes gives the element size of each numeric data type (0: not a
// numeric type).
var miSizes = map[uint32]int{miINT8: 1, miUINT8: 1, miINT16: 2, miUINT16: 2, miINT32: 4,
	miUINT32: 4, miSINGLE: 4, miDOUBLE: 8, miINT64: 8, miUINT64: 8, miUTF8: 1, miUTF16: 2, miUTF32: 4}

// miTypeOf is the data type that stores a numeric class as it is.
var miTypeOf = map[value.Class]uint32{value.Double: miDOUBLE, value.Single: miSINGLE,
	value.Int8: miINT8, value.Uint8: miUINT8, value.Int16: miINT16, value.Uint16: miUINT16,
	value.Int32: miINT32, value.Uint32: miUINT32, value.Int64: miINT64, value.Uint64: miUINT64,
	value.Logical: miUINT8, value.Char: miUINT16}

// Reasons a MAT-file cannot be read; the built-ins turn them into MATLAB's
// messages naming the file.
var (
	errNotMatFile = errors.New("not a MAT-file")
	errMatCorrupt = errors.New("corrupt MAT-file")
)

// matUnsupported is a well-formed element gomat cannot represent (sparse
// matrices, objects, function handles).
type matUnsupported struct{ what string }

// Error names what is not supported.
func (e *matUnsupported) Error() string { return e.what }

// padded rounds n up to the 8-byte boundary data elements are aligned to.
func padded(n int) int { return (n + 7) &^ 7 }
