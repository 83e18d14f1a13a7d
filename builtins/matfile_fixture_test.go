package builtins

import (
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"hash/adler32"
	"io"
	"strings"
	"testing"
	"time"

	"gomat/lang/value"
)

// The fixtures below are written byte by byte from the "MAT-File Format"
// specification (Level 5), so that the reader is checked independently of
// the writer. Spaces and comments are only for reading.

// fixtureHex decodes hex text, ignoring blanks, newlines and "|".
func fixtureHex(t testing.TB, s string) []byte {
	t.Helper()
	s = strings.NewReplacer(" ", "", "\n", "", "\t", "", "|", "").Replace(s)
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("bad fixture hex: %v", err)
	}
	return b
}

// fixtureHeader is a little-endian header: 116 bytes of text padded with
// blanks, a zero subsystem data offset, version 0x0100 stored as 00 01,
// and the endian indicator "IM".
func fixtureHeader() []byte {
	text := "MATLAB 5.0 MAT-file, hand-built test fixture"
	h := []byte(text + strings.Repeat(" ", 116-len(text)))
	h = append(h, 0, 0, 0, 0, 0, 0, 0, 0)
	return append(h, 0x00, 0x01, 'I', 'M')
}

// Each fixture element: miMATRIX (14) tag with its byte count, then array
// flags (miUINT32, 8 bytes: class | flag bits, 0), dimensions (miINT32),
// name (miINT8, small format when 1-4 bytes), data.
var fixtureElems = []struct {
	name, hex string
}{
	// x = [1 2 3]: double, real part stored as miDOUBLE (3×8 bytes).
	{"x", `0e000000 48000000
		06000000 08000000 | 06000000 00000000
		05000000 08000000 | 01000000 03000000
		01000100 | 78000000
		09000000 18000000 | 000000000000f03f 0000000000000040 0000000000000840`},
	// s = 'hi': char (class 4), UTF-16 code units as miUINT16, small format.
	{"s", `0e000000 30000000
		06000000 08000000 | 04000000 00000000
		05000000 08000000 | 01000000 02000000
		01000100 | 73000000
		04000400 | 68006900`},
	// z = int16(-2+5i): class 10 with the complex flag 0x0800.
	{"z", `0e000000 38000000
		06000000 08000000 | 0a080000 00000000
		05000000 08000000 | 01000000 01000000
		01000100 | 7a000000
		03000200 | feff0000
		03000200 | 05000000`},
	// b = [true; false; true]: uint8 class (9) with the logical flag 0x0200.
	{"b", `0e000000 30000000
		06000000 08000000 | 09020000 00000000
		05000000 08000000 | 03000000 01000000
		01000100 | 62000000
		02000300 | 01000100`},
	// c = {uint8(7), 'a'}: cell (class 1); each cell an unnamed miMATRIX
	// whose empty name is a normal 8-byte miINT8 tag.
	{"c", `0e000000 98000000
		06000000 08000000 | 01000000 00000000
		05000000 08000000 | 01000000 02000000
		01000100 | 63000000
		0e000000 30000000
			06000000 08000000 | 09000000 00000000
			05000000 08000000 | 01000000 01000000
			01000000 00000000
			02000100 | 07000000
		0e000000 30000000
			06000000 08000000 | 04000000 00000000
			05000000 08000000 | 01000000 01000000
			01000000 00000000
			04000200 | 61000000`},
	// st = struct('a', 2.5, 'bb', []): struct (class 2), field name length
	// 32 (miINT32, small format), 64 bytes of NUL-padded names, then field
	// a (2.5 as miDOUBLE) and field bb as an empty miMATRIX element.
	{"st", `0e000000 c0000000
		06000000 08000000 | 02000000 00000000
		05000000 08000000 | 01000000 01000000
		01000200 | 73740000
		05000400 | 20000000
		01000000 40000000
		| 61000000000000000000000000000000 00000000000000000000000000000000
		| 62620000000000000000000000000000 00000000000000000000000000000000
		0e000000 38000000
			06000000 08000000 | 06000000 00000000
			05000000 08000000 | 01000000 01000000
			01000000 00000000
			09000000 08000000 | 0000000000000440
		0e000000 00000000`},
}

// fixtureFile is the uncompressed (-v6 style) fixture: header then every
// element.
func fixtureFile(t testing.TB) []byte {
	b := fixtureHeader()
	for _, e := range fixtureElems {
		b = append(b, fixtureHex(t, e.hex)...)
	}
	return b
}

// storedZlib wraps data in a zlib stream (RFC 1950) holding one stored,
// uncompressed deflate block (RFC 1951, BTYPE 00): header 78 01, block
// header 01 (final, stored), LEN and its complement little-endian, the
// bytes, and the Adler-32 checksum big-endian.
func storedZlib(data []byte) []byte {
	n := len(data)
	b := []byte{0x78, 0x01, 0x01, byte(n), byte(n >> 8), ^byte(n), ^byte(n >> 8)}
	b = append(b, data...)
	s := adler32.Checksum(data)
	return append(b, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// compressedFixtureFile is the -v7 style fixture: the same elements, each
// inside a miCOMPRESSED (15) element, which is not padded.
func compressedFixtureFile(t testing.TB) []byte {
	b := fixtureHeader()
	for _, e := range fixtureElems {
		z := storedZlib(fixtureHex(t, e.hex))
		b = append(b, byte(miCOMPRESSED), 0, 0, 0, byte(len(z)), byte(len(z)>>8), 0, 0)
		b = append(b, z...)
	}
	return b
}

// bigEndianFixtureFile holds y = -1.5 in a big-endian file: endian
// indicator "MI", version 01 00, every number most significant byte first.
func bigEndianFixtureFile(t testing.TB) []byte {
	h := fixtureHeader()
	copy(h[124:], []byte{0x01, 0x00, 'M', 'I'})
	return append(h, fixtureHex(t, `0000000e 00000038
		00000006 00000008 | 00000006 00000000
		00000005 00000008 | 00000001 00000001
		00010001 | 79000000
		00000009 00000008 | bff8000000000000`)...)
}

// fixtureWant is what the fixtures hold.
func fixtureWant() map[string]value.Value {
	st := value.NewStruct(value.Dims{1, 1}, []string{"a", "bb"})
	st.Elems[0][0] = value.Num(2.5)
	return map[string]value.Value{
		"x":  value.RowVector([]float64{1, 2, 3}),
		"s":  value.Str("hi"),
		"z":  value.FromRef(value.NewArrayFrom(value.Int16, value.Dims{1, 1}, []float64{-2}, []float64{5})),
		"b":  value.FromRef(value.NewArrayFrom(value.Logical, value.Dims{3, 1}, []float64{1, 0, 1}, nil)),
		"c":  value.FromRef(value.NewCellFrom(value.Dims{1, 2}, []value.Value{value.Scalar(value.Uint8, 7), value.FromRef(value.NewArrayFrom(value.Char, value.Dims{1, 1}, []float64{'a'}, nil))})),
		"st": value.FromRef(st),
	}
}

// readAll decodes every variable of a MAT-file image.
func readAll(t *testing.T, data []byte) map[string]value.Value {
	t.Helper()
	_, elems, err := splitMatFile(data)
	if err != nil {
		t.Fatalf("splitMatFile: %v", err)
	}
	out := map[string]value.Value{}
	for _, e := range elems {
		if e.err != nil {
			t.Fatalf("variable %s: %v", e.name, e.err)
		}
		out[e.name] = e.val
	}
	return out
}

func TestMatFixtureRead(t *testing.T) {
	for name, data := range map[string][]byte{"v6": fixtureFile(t), "v7": compressedFixtureFile(t)} {
		got := readAll(t, data)
		want := fixtureWant()
		if len(got) != len(want) {
			t.Errorf("%s: got %d variables, want %d", name, len(got), len(want))
		}
		for n, w := range want {
			if !matSame(got[n], w) {
				t.Errorf("%s: %s = %s, want %s", name, n, describeMat(got[n]), describeMat(w))
			}
		}
	}
	got := readAll(t, bigEndianFixtureFile(t))
	if !matSame(got["y"], value.Num(-1.5)) {
		t.Errorf("big-endian y = %s, want -1.5", describeMat(got["y"]))
	}
}

// TestMatFixtureWrite checks the writer's elements against the bytes
// reasoned out from the specification. The writer stores double data in
// the smallest integer type that holds it, so x = [1 2 3] is miUINT8.
func TestMatFixtureWrite(t *testing.T) {
	want := fixtureWant()
	for _, e := range fixtureElems {
		if e.name == "x" || e.name == "st" {
			continue
		}
		got, err := encodeVariable(e.name, want[e.name], false)
		if err != nil {
			t.Fatal(err)
		}
		if exp := fixtureHex(t, e.hex); !bytes.Equal(got, exp) {
			t.Errorf("%s:\n got %x\nwant %x", e.name, got, exp)
		}
	}
	x := fixtureHex(t, `0e000000 30000000
		06000000 08000000 | 06000000 00000000
		05000000 08000000 | 01000000 03000000
		01000100 | 78000000
		02000300 | 01020300`)
	got, err := encodeVariable("x", want["x"], false)
	if err != nil || !bytes.Equal(got, x) {
		t.Errorf("x:\n got %x (%v)\nwant %x", got, err, x)
	}
	// -v7: a miCOMPRESSED tag whose zlib data inflates to the element.
	z, err := encodeVariable("x", want["x"], true)
	if err != nil || len(z) < 8 || le.Uint32(z) != miCOMPRESSED || int(le.Uint32(z[4:])) != len(z)-8 {
		t.Fatalf("compressed x: %x (%v)", z, err)
	}
	zr, err := zlib.NewReader(bytes.NewReader(z[8:]))
	if err != nil {
		t.Fatal(err)
	}
	inner, err := io.ReadAll(zr)
	if err != nil || !bytes.Equal(inner, x) {
		t.Errorf("inflated x: %x (%v), want %x", inner, err, x)
	}
	h := matHeader(time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC))
	if len(h) != 128 || !strings.HasPrefix(string(h), "MATLAB 5.0 MAT-file") || !strings.Contains(string(h), "Created on: Tue Jan  2 03:04:05 2024") || !bytes.Equal(h[124:], []byte{0x00, 0x01, 'I', 'M'}) {
		t.Errorf("header %q", h)
	}
}

// TestMatMiscountedElement reads the files GNU Octave 7 writes for some
// char arrays: the element declares 52 bytes but its subelements (char
// data as miUTF8 in the small format) take 48, and the next element
// follows those 48.
func TestMatMiscountedElement(t *testing.T) {
	cm := fixtureHex(t, `0e000000 34000000
		06000000 08000000 | 04000000 00000000
		05000000 08000000 | 02000000 02000000
		01000200 | 636d0000
		10000400 | 61636264`)
	x := fixtureHex(t, fixtureElems[0].hex)
	plain := append(append(fixtureHeader(), cm...), x...)
	z := storedZlib(cm)
	packed := append(fixtureHeader(), byte(miCOMPRESSED), 0, 0, 0, byte(len(z)), 0, 0, 0)
	packed = append(append(packed, z...), x...)
	want := arr(value.Char, value.Dims{2, 2}, []float64{'a', 'c', 'b', 'd'}, nil)
	for name, data := range map[string][]byte{"v6": plain, "v7": packed} {
		got := readAll(t, data)
		if !matSame(got["cm"], want) || !matSame(got["x"], fixtureWant()["x"]) {
			t.Errorf("%s: cm = %s, x = %s", name, describeMat(got["cm"]), describeMat(got["x"]))
		}
	}
}

// TestMatOctaveLatin1Chars reads char data GNU Octave writes for char codes
// 128 to 255: one byte per character in a miUTF8 element that is not valid
// UTF-8. Invalid UTF-8 of another length is corrupt.
func TestMatOctaveLatin1Chars(t *testing.T) {
	elem := func(hex string) []byte {
		return append(fixtureHeader(), fixtureHex(t, `0e000000 30000000
		06000000 08000000 | 04000000 00000000
		05000000 08000000 | 01000000 03000000
		01000100 | 75000000
		`+hex)...)
	}
	got := readAll(t, elem("10000300 | 68e96c00"))
	if want := arr(value.Char, value.Dims{1, 3}, []float64{'h', 0xe9, 'l'}, nil); !matSame(got["u"], want) {
		t.Errorf("u = %s", describeMat(got["u"]))
	}
	if _, _, err := splitMatFile(elem("10000200 | 68e90000")); err == nil {
		t.Error("invalid UTF-8 of the wrong length was read")
	}
}
