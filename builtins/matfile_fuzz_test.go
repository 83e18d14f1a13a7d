package builtins

import (
	"testing"
	"time"

	"gomat/lang/value"
)

// FuzzMatLoad feeds arbitrary bytes to load's MAT-file reader: it must
// return variables or an error, never panic or allocate without bound, and
// what it returns must save again.
func FuzzMatLoad(f *testing.F) {
	f.Add(fixtureFile(f))
	f.Add(compressedFixtureFile(f))
	f.Add(bigEndianFixtureFile(f))
	for _, compress := range []bool{false, true} {
		data := matHeader(time.Unix(0, 0))
		for _, name := range []string{"structs", "cellnest", "dcomplex", "unicode", "dnd", "sempty"} {
			elem, err := encodeVariable(name, roundTripValues()[name], compress)
			if err != nil {
				f.Fatal(err)
			}
			data = append(data, elem...)
		}
		f.Add(data)
		f.Add(data[:len(data)-3])
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, elems, err := splitMatFile(data)
		if err != nil {
			return
		}
		for _, e := range elems {
			if e.err != nil {
				continue
			}
			checkShape(t, e.val)
			if _, err := encodeVariable("v", e.val, false); err != nil {
				t.Fatalf("decoded value does not save again: %v", err)
			}
		}
	})
}

// checkShape fails when a decoded value's data does not match its size.
func checkShape(t *testing.T, v value.Value) {
	switch r := v.Ref().(type) {
	case *value.Cell:
		if len(r.Elems) != r.Size().Numel() {
			t.Fatalf("cell of size %v has %d elements", r.Size(), len(r.Elems))
		}
		for _, e := range r.Elems {
			checkShape(t, e)
		}
	case *value.Struct:
		if len(r.Elems) != r.Size().Numel() {
			t.Fatalf("struct of size %v has %d elements", r.Size(), len(r.Elems))
		}
		for _, row := range r.Elems {
			if len(row) != len(r.Fields) {
				t.Fatalf("struct element has %d of %d fields", len(row), len(r.Fields))
			}
			for _, e := range row {
				checkShape(t, e)
			}
		}
	case *value.Array:
		if len(r.Re) != r.Size().Numel() || r.Im != nil && len(r.Im) != len(r.Re) {
			t.Fatalf("array of size %v has %d/%d elements", r.Size(), len(r.Re), len(r.Im))
		}
	}
}
