package weights

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/nlpodyssey/gopickle/types"
)

// zipCheckpoint makes a PyTorch-style zip holding the given members under
// "archive/".
func zipCheckpoint(t testing.TB, members map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for name, data := range members {
		f, err := w.CreateHeader(&zip.FileHeader{Name: "archive/" + name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		f.Write(data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// safetensorsFile makes a safetensors file from a JSON header and data.
func safetensorsFile(header string, data []byte) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(header)))
	return append(append(b, header...), data...)
}

func readBytes(b []byte) (*Checkpoint, error) {
	return ReadFrom(bytes.NewReader(b), int64(len(b)))
}

// TestSmallPth reads a state dict with a transposed view, float16 and
// int64 tensors.
func TestSmallPth(t *testing.T) {
	ck, err := Read("../../testdata/weights/seed_small.pth")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]float32{"w": {0, 1, 2, 3, 4, 5}, "wt": {0, 3, 1, 4, 2, 5}, "h": {1.5, -2}}
	for name, v := range want {
		if got := ck.Tensors[name].Data; !slices.Equal(got, v) {
			t.Errorf("%s = %v, want %v", name, got, v)
		}
	}
	if n := ck.Tensors["n"]; n.Data != nil || len(n.Shape) != 0 {
		t.Errorf("int64 scalar read as %+v", n)
	}
	if s := ck.Tensors["wt"].Shape; !slices.Equal(s, []int{3, 2}) {
		t.Errorf("wt shape %v", s)
	}
}

// TestMalformed feeds hostile and broken files to the readers: each must
// fail with a clear error, without a panic or a large allocation.
func TestMalformed(t *testing.T) {
	good, err := os.ReadFile("../../testdata/weights/seed_small.pth")
	if err != nil {
		t.Fatal(err)
	}
	// pickle: import os.system and call it with "echo pwned".
	evil := []byte("\x80\x02cos\nsystem\nq\x00X\x0a\x00\x00\x00echo pwnedq\x01\x85q\x02Rq\x03.")
	// protocol 4: a frame with STACK_GLOBAL builtins.eval, called on "1".
	frame := []byte("\x8c\x08builtins\x94\x8c\x04eval\x94\x93\x94\x8c\x011\x85R.")
	evilStack := append(binary.LittleEndian.AppendUint64([]byte("\x80\x04\x95"), uint64(len(frame))), frame...)
	st := func(entry string) []byte {
		return safetensorsFile(`{"a":`+entry+`}`, make([]byte, 16))
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"os.system", zipCheckpoint(t, map[string][]byte{"data.pkl": evil}), "checkpoint names disallowed class os.system"},
		{"builtins.eval", zipCheckpoint(t, map[string][]byte{"data.pkl": evilStack}), "checkpoint names disallowed class builtins.eval"},
		{"truncated zip", good[:len(good)/2], "not a valid PyTorch checkpoint"},
		{"no data.pkl", zipCheckpoint(t, map[string][]byte{"x": {1}}), "no data.pkl"},
		{"huge pickle string", zipCheckpoint(t, map[string][]byte{"data.pkl": []byte("\x80\x04\x8e\xff\xff\xff\xff\xff\xff\xff\x7f.")}), "exceeds the data"},
		{"huge frame", zipCheckpoint(t, map[string][]byte{"data.pkl": []byte("\x80\x04\x95\xff\xff\xff\xff\xff\xff\xff\x7f.")}), "exceeds the data"},
		{"pickle without stop", zipCheckpoint(t, map[string][]byte{"data.pkl": []byte("\x80\x02}q\x00")}), "no STOP"},
		{"not a dict", zipCheckpoint(t, map[string][]byte{"data.pkl": []byte("\x80\x02K\x01.")}), "not a state dict"},
		{"missing storage", zipCheckpoint(t, map[string][]byte{"data.pkl": pickleOf(t, good)}), "checkpoint lacks storage 0"},
		{"legacy", []byte("\x80\x02\x8a\x0al\xfc\x9cF\xf9 j\xa8P\x19."), "legacy (pre-1.6) PyTorch serialization"},
		{"garbage", []byte("hello world, not weights"), "not a weights file"},
		{"empty", nil, "not a weights file"},
		{"absurd header length", append(binary.LittleEndian.AppendUint64(nil, 1<<62), '{'), "does not fit"},
		{"header past end", safetensorsFile(`{"a":{}}`, nil)[:12], "does not fit"},
		{"bad json", safetensorsFile(`{"a":[}`, nil), "bad safetensors header"},
		{"offsets past end", st(`{"dtype":"F32","shape":[8],"data_offsets":[0,32]}`), "data offsets [0 32]"},
		{"offsets reversed", st(`{"dtype":"F32","shape":[0],"data_offsets":[8,0]}`), "data offsets"},
		{"wrong length", st(`{"dtype":"F32","shape":[2],"data_offsets":[0,16]}`), "data offsets"},
		{"absurd shape", st(`{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,16]}`), "too large"},
		{"negative shape", st(`{"dtype":"F32","shape":[-4],"data_offsets":[0,16]}`), "negative dimension"},
		{"unknown dtype", st(`{"dtype":"F8_E4M3","shape":[4],"data_offsets":[0,4]}`), "unsupported dtype"},
		{"overlap", safetensorsFile(`{"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]},"b":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}`, make([]byte, 16)), "overlap"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := readBytes(c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
}

// pickleOf extracts data.pkl from a zip checkpoint.
func pickleOf(t testing.TB, ck []byte) []byte {
	z, err := zip.NewReader(bytes.NewReader(ck), int64(len(ck)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if strings.HasSuffix(f.Name, "data.pkl") {
			rc, _ := f.Open()
			var b bytes.Buffer
			b.ReadFrom(rc)
			return b.Bytes()
		}
	}
	t.Fatal("no data.pkl")
	return nil
}

// TestBroadcastView: a stride-0 view larger than its storage is refused
// rather than copied.
func TestBroadcastView(t *testing.T) {
	s := &storage{dtype: "F32", numel: 1, data: []float32{1}}
	tuple := func(v ...any) *types.Tuple { return types.NewTupleFromSlice(v) }
	_, err := rebuildTensor(s, 0, tuple(1<<30), tuple(0), false, nil)
	if err == nil || !strings.Contains(err.Error(), "more elements than its storage") {
		t.Errorf("error %v", err)
	}
}
