package weights

import (
	"os"
	"testing"
)

// FuzzSafetensors feeds arbitrary bytes to the safetensors reader: it may
// fail but must not panic or allocate beyond the input's size.
func FuzzSafetensors(f *testing.F) {
	f.Add(safetensorsFile(`{"__metadata__":{"k":"v"},"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]}}`, make([]byte, 16)))
	f.Add(safetensorsFile(`{"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},"n":{"dtype":"I64","shape":[],"data_offsets":[4,12]}}`, make([]byte, 12)))
	f.Add(safetensorsFile(`{"b":{"dtype":"BF16","shape":[1],"data_offsets":[0,2]},"d":{"dtype":"F64","shape":[1],"data_offsets":[2,10]}}`, make([]byte, 10)))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 9 {
			return
		}
		b[8] = '{' // always take the safetensors path
		ck, err := readBytes(b)
		if err == nil {
			for name, tn := range ck.Tensors {
				if n, _ := elems(tn.Shape, maxTensorBytes); tn.Data != nil && len(tn.Data) != n {
					t.Fatalf("tensor %s: %d values for shape %v", name, len(tn.Data), tn.Shape)
				}
			}
		}
	})
}

// FuzzPth feeds arbitrary bytes to the PyTorch checkpoint reader.
func FuzzPth(f *testing.F) {
	seed, err := os.ReadFile("../../testdata/weights/seed_small.pth")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add(zipCheckpoint(f, map[string][]byte{"data.pkl": pickleOf(f, seed)}))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 4 {
			return
		}
		copy(b, "PK\x03\x04") // always take the zip path
		ck, err := readBytes(b)
		if err == nil {
			for name, tn := range ck.Tensors {
				if n, _ := elems(tn.Shape, maxTensorBytes); tn.Data != nil && len(tn.Data) != n {
					t.Fatalf("tensor %s: %d values for shape %v", name, len(tn.Data), tn.Shape)
				}
			}
		}
	})
}

// FuzzPickle feeds arbitrary pickles (inside a well-formed zip) to the
// restricted unpickler, which the zip layer would otherwise shield.
func FuzzPickle(f *testing.F) {
	seed, err := os.ReadFile("../../testdata/weights/seed_small.pth")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(pickleOf(f, seed))
	f.Fuzz(func(t *testing.T, pkl []byte) {
		readBytes(zipCheckpoint(t, map[string][]byte{"data.pkl": pkl}))
	})
}
