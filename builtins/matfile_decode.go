package builtins

import (
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"gomat/lang/value"
)

// maxMatDepth bounds how deeply cells and structs may nest in a file.
const maxMatDepth = 200

// maxFieldlessElems bounds the size of a struct array without fields,
// whose elements take no bytes in the file.
const maxFieldlessElems = 1 << 16

// matrix decodes the data of a miMATRIX element into a value, and returns
// how many bytes of body its subelements take (the element's declared
// size, except in files whose writer counted it wrongly). An element
// without data is the empty matrix [].
func (d matDecoder) matrix(body []byte, depth int) (value.Value, int, error) {
	if len(body) == 0 {
		return value.Empty(), 0, nil
	}
	if depth > maxMatDepth {
		return value.Value{}, 0, errMatCorrupt
	}
	h, rest, err := d.header(body)
	if err != nil {
		return value.Value{}, 0, err
	}
	var v value.Value
	switch {
	case h.class == mxCELL:
		v, rest, err = d.cell(h, rest, depth)
	case h.class == mxSTRUCT:
		v, rest, err = d.structure(h, rest, depth)
	case h.class == mxCHAR || h.class >= mxDOUBLE && h.class < mxDOUBLE+uint32(len(mxNumericClasses)):
		v, rest, err = d.numeric(h, rest)
	case h.class == mxSPARSE:
		err = &matUnsupported{"sparse matrices"}
	case h.class == mxOBJECT:
		err = &matUnsupported{"objects"}
	case h.class == mxFUNC:
		err = &matUnsupported{"function handles"}
	case h.class == mxOPAQUE:
		err = &matUnsupported{"opaque objects (strings, tables and other classes)"}
	default:
		err = errMatCorrupt
	}
	if err != nil {
		return value.Value{}, 0, err
	}
	return v, len(body) - len(rest), nil
}

// child decodes the miMATRIX element at the start of b (a cell or a field
// value) and returns the bytes after it.
func (d matDecoder) child(b []byte, depth int) (value.Value, []byte, error) {
	typ, data, _, err := d.element(b)
	if err != nil || typ != miMATRIX {
		return value.Value{}, nil, errMatCorrupt
	}
	v, used, err := d.matrix(data, depth+1)
	if err != nil {
		return value.Value{}, nil, err
	}
	return v, b[8+used:], nil
}

// numeric decodes a numeric, logical or char array: its real part and,
// for complex arrays, its imaginary part (read past, and dropped, for
// char and logical arrays).
func (d matDecoder) numeric(h matrixHeader, rest []byte) (value.Value, []byte, error) {
	cls := value.Char
	if h.class != mxCHAR {
		cls = mxNumericClasses[h.class-mxDOUBLE]
	}
	if h.logical {
		cls = value.Logical
	}
	re := []float64{}
	var im []float64
	if len(rest) > 0 || h.numel > 0 {
		typ, data, next, err := d.element(rest)
		if err != nil {
			return value.Value{}, nil, err
		}
		if re, err = d.numbers(typ, data, h.numel, cls == value.Char); err != nil {
			return value.Value{}, nil, err
		}
		rest = next
		if h.complex {
			typ, data, next, err := d.element(rest)
			if err != nil {
				return value.Value{}, nil, err
			}
			if im, err = d.numbers(typ, data, h.numel, false); err != nil {
				return value.Value{}, nil, err
			}
			rest = next
			if cls == value.Char || cls == value.Logical {
				im = nil
			}
			castInPlace(cls, im)
		}
	}
	castInPlace(cls, re)
	return value.FromRef(value.NewArrayFrom(cls, value.MakeDims(h.dims...), re, im)), rest, nil
}

// numbers reads exactly n numbers of data type typ. For char arrays, UTF-8
// and UTF-32 data are decoded to UTF-16 code units.
func (d matDecoder) numbers(typ uint32, data []byte, n int, text bool) ([]float64, error) {
	if text && (typ == miUTF8 || typ == miUTF32) {
		return d.textUnits(typ, data, n)
	}
	size := miSizes[typ]
	if size == 0 || len(data)%size != 0 || len(data)/size != n {
		return nil, errMatCorrupt
	}
	out := make([]float64, n)
	o := d.order
	for i := range out {
		b := data[i*size:]
		switch typ {
		case miINT8:
			out[i] = float64(int8(b[0]))
		case miUINT8, miUTF8:
			out[i] = float64(b[0])
		case miINT16:
			out[i] = float64(int16(o.Uint16(b)))
		case miUINT16, miUTF16:
			out[i] = float64(o.Uint16(b))
		case miINT32:
			out[i] = float64(int32(o.Uint32(b)))
		case miUINT32, miUTF32:
			out[i] = float64(o.Uint32(b))
		case miSINGLE:
			out[i] = float64(math.Float32frombits(o.Uint32(b)))
		case miDOUBLE:
			out[i] = math.Float64frombits(o.Uint64(b))
		case miINT64:
			out[i] = float64(int64(o.Uint64(b)))
		case miUINT64:
			out[i] = float64(o.Uint64(b))
		}
	}
	return out, nil
}

// textUnits decodes UTF-8 or UTF-32 char data into n UTF-16 code units.
// UTF-8 data that is not valid UTF-8 but has one byte per character (Octave
// writes char codes 128 to 255 that way) is read byte for byte.
func (d matDecoder) textUnits(typ uint32, data []byte, n int) ([]float64, error) {
	var runes []rune
	switch {
	case typ == miUTF8 && !utf8.Valid(data):
		if len(data) != n {
			return nil, errMatCorrupt
		}
		runes = make([]rune, n)
		for i, b := range data {
			runes[i] = rune(b)
		}
	case typ == miUTF8:
		runes = []rune(string(data))
	default:
		if len(data)%4 != 0 {
			return nil, errMatCorrupt
		}
		runes = make([]rune, len(data)/4)
		for i := range runes {
			runes[i] = rune(d.order.Uint32(data[4*i:]))
		}
	}
	u := utf16.Encode(runes)
	if len(u) != n {
		return nil, errMatCorrupt
	}
	out := make([]float64, n)
	for i, c := range u {
		out[i] = float64(c)
	}
	return out, nil
}

// cell decodes a cell array: one miMATRIX element per cell, column-major.
func (d matDecoder) cell(h matrixHeader, rest []byte, depth int) (value.Value, []byte, error) {
	if h.numel > len(rest)/8 {
		return value.Value{}, nil, errMatCorrupt
	}
	elems := make([]value.Value, h.numel)
	for i := range elems {
		var err error
		if elems[i], rest, err = d.child(rest, depth); err != nil {
			return value.Value{}, nil, err
		}
	}
	return value.FromRef(value.NewCellFrom(value.MakeDims(h.dims...), elems)), rest, nil
}

// structure decodes a struct array: the field name length, the field names
// (each NUL-padded to that length), then one miMATRIX element per field of
// each element, column-major.
func (d matDecoder) structure(h matrixHeader, rest []byte, depth int) (value.Value, []byte, error) {
	typ, lenb, rest, err := d.element(rest)
	if err != nil || typ != miINT32 || len(lenb) != 4 {
		return value.Value{}, nil, errMatCorrupt
	}
	width := int(int32(d.order.Uint32(lenb)))
	typ, names, rest, err := d.element(rest)
	if err != nil || typ != miINT8 && typ != miUINT8 || width < 0 || width == 0 && len(names) > 0 {
		return value.Value{}, nil, errMatCorrupt
	}
	var fields []string
	seen := map[string]bool{}
	for width > 0 && len(names) > 0 {
		if len(names) < width {
			return value.Value{}, nil, errMatCorrupt
		}
		f := string(names[:width])
		if i := strings.IndexByte(f, 0); i >= 0 {
			f = f[:i]
		}
		if f == "" || seen[f] {
			return value.Value{}, nil, errMatCorrupt
		}
		seen[f] = true
		fields = append(fields, f)
		names = names[width:]
	}
	if len(fields) == 0 && h.numel > maxFieldlessElems || len(fields) > 0 && h.numel > len(rest)/8/len(fields) {
		return value.Value{}, nil, errMatCorrupt
	}
	s := value.NewStruct(value.MakeDims(h.dims...), fields)
	for _, row := range s.Elems {
		for j := range row {
			if row[j], rest, err = d.child(rest, depth); err != nil {
				return value.Value{}, nil, err
			}
			value.Retain(row[j])
		}
	}
	return value.FromRef(s), rest, nil
}
