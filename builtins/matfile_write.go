package builtins

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"math"
	"strings"
	"time"

	"gomat/lang/value"
)

// le is the byte order gomat writes MAT-files in.
var le = binary.LittleEndian

// matHeader returns the 128-byte header of a little-endian Level 5
// MAT-file: descriptive text padded with blanks, a zero subsystem data
// offset, version 0x0100 and the endian indicator "IM".
func matHeader(now time.Time) []byte {
	text := "MATLAB 5.0 MAT-file, Platform: gomat, Created on: " + now.Format("Mon Jan _2 15:04:05 2006")
	h := make([]byte, matHeaderLen)
	copy(h, text+strings.Repeat(" ", 116-len(text)))
	le.PutUint16(h[124:], matVersion)
	copy(h[126:], "IM")
	return h
}

// matSkip is why save leaves a variable out of a MAT-file: its warning
// identifier and the reason that follows "Variable 'x' was not saved."
type matSkip struct{ id, why string }

// Error returns the reason.
func (e *matSkip) Error() string { return e.why }

// encodeVariable returns the data element storing v under name: a
// miMATRIX element, wrapped in a zlib-compressed miCOMPRESSED element when
// compress is set (-v7).
func encodeVariable(name string, v value.Value, compress bool) ([]byte, error) {
	elem, err := appendMatrix(nil, name, v)
	if err != nil {
		return nil, err
	}
	if !compress {
		return elem, nil
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(elem)
	zw.Close()
	out := le.AppendUint32(nil, miCOMPRESSED)
	out = le.AppendUint32(out, uint32(z.Len()))
	return append(out, z.Bytes()...), nil
}

// appendElement appends a data element: in the small data element format
// when its data takes 1 to 4 bytes, else an 8-byte tag; either way padded
// to 8 bytes.
func appendElement(b []byte, typ uint32, data []byte) []byte {
	if n := len(data); n > 0 && n <= 4 {
		b = le.AppendUint32(b, uint32(n)<<16|typ)
		b = append(b, data...)
		return append(b, make([]byte, 4-n)...)
	}
	b = le.AppendUint32(b, typ)
	b = le.AppendUint32(b, uint32(len(data)))
	b = append(b, data...)
	return append(b, make([]byte, padded(len(data))-len(data))...)
}

// appendMatrix appends the miMATRIX element of v.
func appendMatrix(b []byte, name string, v value.Value) ([]byte, error) {
	body, err := matrixBody(name, v)
	if err != nil {
		return nil, err
	}
	if len(body) > math.MaxUint32 {
		return nil, &matSkip{"MATLAB:save:sizeTooBigForMATFile", "For variables larger than 2GB use MAT-file version 7.3 or later."}
	}
	b = le.AppendUint32(b, miMATRIX)
	b = le.AppendUint32(b, uint32(len(body)))
	return append(b, body...), nil
}

// arrayHeader returns the array flags, dimensions and name subelements.
func arrayHeader(flags uint32, d value.Dims, name string) []byte {
	fl := le.AppendUint32(nil, flags)
	b := appendElement(nil, miUINT32, le.AppendUint32(fl, 0))
	var dims []byte
	for _, n := range d {
		dims = le.AppendUint32(dims, uint32(n))
	}
	b = appendElement(b, miINT32, dims)
	return appendElement(b, miINT8, []byte(name))
}

// matrixBody encodes the data of v's miMATRIX element. Values gomat has
// no MAT-file encoding for (strings, function handles, objects), alone or
// inside a cell or struct, are skipped.
func matrixBody(name string, v value.Value) ([]byte, error) {
	var err error
	switch r := v.Ref().(type) {
	case *value.Cell:
		b := arrayHeader(mxCELL, r.Size(), name)
		for _, e := range r.Elems {
			if b, err = appendMatrix(b, "", e); err != nil {
				return nil, err
			}
		}
		return b, nil
	case *value.Struct:
		return structBody(name, r)
	}
	a, ok := v.Array()
	if !ok {
		return nil, &matSkip{"gomat:notImplemented", "gomat cannot store values of class " + v.ClassName() + " in a MAT-file."}
	}
	flags := mxClassOf(a.Class())
	switch a.Class() {
	case value.Char:
		flags = mxCHAR
	case value.Logical:
		flags = mxClassOf(value.Uint8) | mxLogicalFlag
	}
	if a.Im != nil {
		flags |= mxComplexFlag
	}
	b := arrayHeader(flags, a.Size(), name)
	typ, data := numericData(a.Class(), a.Re)
	b = appendElement(b, typ, data)
	if a.Im != nil {
		typ, data = numericData(a.Class(), a.Im)
		b = appendElement(b, typ, data)
	}
	return b, nil
}

// structBody encodes a struct array: field name length, the NUL-padded
// field names, then each element's fields.
func structBody(name string, s *value.Struct) ([]byte, error) {
	width := 32
	for _, f := range s.Fields {
		for len(f)+1 > width {
			width *= 2
		}
	}
	b := arrayHeader(mxSTRUCT, s.Size(), name)
	b = appendElement(b, miINT32, le.AppendUint32(nil, uint32(width)))
	names := make([]byte, width*len(s.Fields))
	for i, f := range s.Fields {
		copy(names[i*width:], f)
	}
	b = appendElement(b, miINT8, names)
	var err error
	for _, row := range s.Elems {
		for _, e := range row {
			if b, err = appendMatrix(b, "", e); err != nil {
				return nil, err
			}
		}
	}
	return b, nil
}

// numericData returns the data type and bytes storing xs of class c:
// double data in the smallest integer type that holds it exactly, as
// MATLAB writes it; other classes in their own type.
func numericData(c value.Class, xs []float64) (uint32, []byte) {
	typ := miTypeOf[c]
	if c == value.Double {
		typ = smallestType(xs)
	}
	size := miSizes[typ]
	out := make([]byte, len(xs)*size)
	for i, x := range xs {
		p := out[i*size:]
		switch typ {
		case miINT8:
			p[0] = byte(int8(x))
		case miUINT8:
			p[0] = byte(x)
		case miINT16:
			le.PutUint16(p, uint16(int16(x)))
		case miUINT16:
			le.PutUint16(p, uint16(x))
		case miINT32:
			le.PutUint32(p, uint32(int32(x)))
		case miUINT32:
			le.PutUint32(p, uint32(x))
		case miSINGLE:
			le.PutUint32(p, math.Float32bits(float32(x)))
		case miDOUBLE:
			le.PutUint64(p, math.Float64bits(x))
		case miINT64:
			le.PutUint64(p, uint64(clampInt64(x)))
		case miUINT64:
			le.PutUint64(p, clampUint64(x))
		}
	}
	return typ, out
}

// smallestType returns the narrowest data type that stores every element
// of double data exactly, or miDOUBLE.
func smallestType(xs []float64) uint32 {
	if len(xs) == 0 {
		return miDOUBLE
	}
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		if x != math.Trunc(x) || math.IsInf(x, 0) || x == 0 && math.Signbit(x) {
			return miDOUBLE
		}
		lo, hi = min(lo, x), max(hi, x)
	}
	switch {
	case lo >= 0 && hi <= math.MaxUint8:
		return miUINT8
	case lo >= math.MinInt8 && hi <= math.MaxInt8:
		return miINT8
	case lo >= 0 && hi <= math.MaxUint16:
		return miUINT16
	case lo >= math.MinInt16 && hi <= math.MaxInt16:
		return miINT16
	case lo >= 0 && hi <= math.MaxUint32:
		return miUINT32
	case lo >= math.MinInt32 && hi <= math.MaxInt32:
		return miINT32
	}
	return miDOUBLE
}

// clampInt64 converts an int64-class element, saturating at the ends
// float64 cannot represent exactly.
func clampInt64(x float64) int64 {
	if x >= math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(max(x, math.MinInt64))
}

// clampUint64 converts a uint64-class element likewise.
func clampUint64(x float64) uint64 {
	if x >= math.MaxUint64 {
		return math.MaxUint64
	}
	return uint64(max(x, 0))
}
