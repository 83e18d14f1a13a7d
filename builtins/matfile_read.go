package builtins

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"io"
	"strings"

	"gomat/lang/value"
)

// matDecoder reads the data elements of a Level 5 MAT-file in the file's
// byte order. Every length is checked against the bytes that remain, so
// corrupt input gives errMatCorrupt, never a panic or a huge allocation.
type matDecoder struct {
	order binary.ByteOrder
}

// matElement is one top-level variable of a MAT-file.
type matElement struct {
	name string
	raw  []byte      // the element as stored, tag included (for save -append)
	val  value.Value // the decoded value, unless err is set
	err  error       // why the value cannot be represented (matUnsupported)
}

// readMatHeader checks the 128-byte header and returns the file's byte
// order.
func readMatHeader(data []byte) (binary.ByteOrder, error) {
	if len(data) < matHeaderLen {
		return nil, errNotMatFile
	}
	var order binary.ByteOrder
	switch string(data[126:128]) {
	case "IM":
		order = binary.LittleEndian
	case "MI":
		order = binary.BigEndian
	default:
		return nil, errNotMatFile
	}
	if order.Uint16(data[124:126]) != matVersion {
		return nil, errNotMatFile
	}
	return order, nil
}

// splitMatFile reads a MAT-file's header and decodes its variables. A
// variable gomat cannot represent keeps its error, reported only when it is
// loaded; any other fault makes the whole file unreadable.
func splitMatFile(data []byte) (matDecoder, []matElement, error) {
	order, err := readMatHeader(data)
	if err != nil {
		return matDecoder{}, nil, err
	}
	d := matDecoder{order}
	var out []matElement
	rest := data[matHeaderLen:]
	for len(rest) >= 8 {
		typ, payload, next, err := d.element(rest)
		if err != nil {
			return d, nil, err
		}
		switch typ {
		case miCOMPRESSED:
			if payload, err = d.inflate(payload); err != nil {
				return d, nil, err
			}
		case miMATRIX:
		default:
			return d, nil, errMatCorrupt
		}
		h, _, err := d.header(payload)
		if err != nil {
			return d, nil, err
		}
		e := matElement{name: h.name}
		var used int
		e.val, used, e.err = d.matrix(payload, 0)
		var u *matUnsupported
		if e.err != nil && !errors.As(e.err, &u) {
			return d, nil, e.err
		}
		if typ == miMATRIX && e.err == nil {
			next = rest[8+used:]
		}
		e.raw = rest[:len(rest)-len(next)]
		out = append(out, e)
		rest = next
	}
	return d, out, nil
}

// element reads the data element at the start of b, in either the normal
// or the small data element format, and returns its type, its data and
// the bytes after it (past the padding to 8 bytes; compressed elements are
// not padded).
func (d matDecoder) element(b []byte) (typ uint32, data, rest []byte, err error) {
	if len(b) < 8 {
		return 0, nil, nil, errMatCorrupt
	}
	first := d.order.Uint32(b)
	if n := first >> 16; n != 0 {
		if n > 4 {
			return 0, nil, nil, errMatCorrupt
		}
		return first & 0xffff, b[4 : 4+n], b[8:], nil
	}
	n := uint64(d.order.Uint32(b[4:]))
	if n > uint64(len(b)-8) {
		return 0, nil, nil, errMatCorrupt
	}
	end := 8 + int(n)
	if first != miCOMPRESSED {
		end = min(8+padded(int(n)), len(b))
	}
	return first, b[8 : 8+n], b[end:], nil
}

// inflate decompresses a miCOMPRESSED element, which must hold one
// miMATRIX element, and returns that element's data. It reads no more than
// the inner tag declares, and accepts less (some writers count the
// element's size wrongly; its subelements bound it).
func (d matDecoder) inflate(data []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, errMatCorrupt
	}
	var tag [8]byte
	if _, err := io.ReadFull(zr, tag[:]); err != nil {
		return nil, errMatCorrupt
	}
	if d.order.Uint32(tag[:]) != miMATRIX {
		return nil, errMatCorrupt
	}
	body, err := io.ReadAll(io.LimitReader(zr, int64(d.order.Uint32(tag[4:]))))
	if err != nil {
		return nil, errMatCorrupt
	}
	return body, nil
}

// matrixHeader is what the first three subelements of a miMATRIX element
// say: array flags, dimensions and name.
type matrixHeader struct {
	class   uint32
	complex bool
	logical bool
	dims    []int
	numel   int
	name    string
}

// maxMatElems bounds the number of elements an array may declare, so that
// absurd dimensions fail before anything is allocated.
const maxMatElems = 1 << 40

// header reads a miMATRIX element's array flags, dimensions and name, and
// returns the bytes after them.
func (d matDecoder) header(body []byte) (h matrixHeader, rest []byte, err error) {
	typ, flags, rest, err := d.element(body)
	if err != nil || typ != miUINT32 || len(flags) != 8 {
		return h, nil, errMatCorrupt
	}
	f := d.order.Uint32(flags)
	h.class = f & 0xff
	h.complex = f&mxComplexFlag != 0
	h.logical = f&mxLogicalFlag != 0
	typ, dimb, rest, err := d.element(rest)
	if err != nil || typ != miINT32 || len(dimb)%4 != 0 || len(dimb) < 8 {
		return h, nil, errMatCorrupt
	}
	h.dims = make([]int, len(dimb)/4)
	h.numel = 1
	zero := false
	for i := range h.dims {
		n := int(int32(d.order.Uint32(dimb[4*i:])))
		switch {
		case n < 0:
			return h, nil, errMatCorrupt
		case n == 0:
			zero = true
		case h.numel > maxMatElems/n:
			h.numel = maxMatElems + 1
		default:
			h.numel *= n
		}
		h.dims[i] = n
	}
	if zero {
		h.numel = 0
	} else if h.numel > maxMatElems {
		return h, nil, errMatCorrupt
	}
	typ, nameb, rest, err := d.element(rest)
	if err != nil || typ != miINT8 && typ != miUINT8 && typ != miUTF8 {
		return h, nil, errMatCorrupt
	}
	h.name = strings.TrimRight(string(nameb), "\x00")
	return h, rest, nil
}
