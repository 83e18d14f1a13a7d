package engine

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
)

// NamedTensor is one float32 tensor of a safetensors file.
type NamedTensor struct {
	Name  string
	Shape []int
	Data  []float32
}

// stEntry is a safetensors header entry.
type stEntry struct {
	DType   string `json:"dtype"`
	Shape   []int  `json:"shape"`
	Offsets [2]int `json:"data_offsets"`
}

// ReadSafetensors reads a safetensors file (8-byte little-endian header
// length, JSON header, raw little-endian data) holding F32 tensors. It
// returns the tensors by name and the string metadata.
func ReadSafetensors(path string) (map[string]NamedTensor, map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	var hlen uint64
	if err := binary.Read(f, binary.LittleEndian, &hlen); err != nil {
		return nil, nil, fmt.Errorf("%s: not a safetensors file: %v", path, err)
	}
	if hlen > 1<<28 {
		return nil, nil, fmt.Errorf("%s: safetensors header too large (%d bytes)", path, hlen)
	}
	hdr := make([]byte, hlen)
	if _, err := io.ReadFull(f, hdr); err != nil {
		return nil, nil, fmt.Errorf("%s: truncated safetensors header: %v", path, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(hdr, &raw); err != nil {
		return nil, nil, fmt.Errorf("%s: bad safetensors header: %v", path, err)
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return nil, nil, err
	}
	meta := map[string]string{}
	out := map[string]NamedTensor{}
	for name, msg := range raw {
		if name == "__metadata__" {
			if err := json.Unmarshal(msg, &meta); err != nil {
				return nil, nil, fmt.Errorf("%s: bad safetensors metadata: %v", path, err)
			}
			continue
		}
		var e stEntry
		if err := json.Unmarshal(msg, &e); err != nil {
			return nil, nil, fmt.Errorf("%s: tensor %q: %v", path, name, err)
		}
		if e.DType != "F32" {
			return nil, nil, fmt.Errorf("%s: tensor %q has dtype %s; only F32 is supported", path, name, e.DType)
		}
		n := 1
		for _, d := range e.Shape {
			n *= d
		}
		lo, hi := e.Offsets[0], e.Offsets[1]
		if lo < 0 || hi < lo || hi > len(data) || hi-lo != 4*n {
			return nil, nil, fmt.Errorf("%s: tensor %q has bad data offsets %v", path, name, e.Offsets)
		}
		t := NamedTensor{Name: name, Shape: e.Shape, Data: make([]float32, n)}
		for i := range t.Data {
			t.Data[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[lo+4*i:]))
		}
		out[name] = t
	}
	return out, meta, nil
}

// WriteSafetensors writes the tensors (in name order) and metadata to path
// atomically: it writes a temporary file in the same directory and renames
// it over path, so a crash never leaves a half-written file.
func WriteSafetensors(path string, tensors []NamedTensor, meta map[string]string) error {
	sort.Slice(tensors, func(i, j int) bool { return tensors[i].Name < tensors[j].Name })
	hdr := map[string]any{}
	if len(meta) > 0 {
		hdr["__metadata__"] = meta
	}
	off := 0
	for _, t := range tensors {
		shape := t.Shape
		if shape == nil {
			shape = []int{len(t.Data)}
		}
		hdr[t.Name] = stEntry{DType: "F32", Shape: shape, Offsets: [2]int{off, off + 4*len(t.Data)}}
		off += 4 * len(t.Data)
	}
	h, err := json.Marshal(hdr)
	if err != nil {
		return err
	}
	for len(h)%8 != 0 {
		h = append(h, ' ')
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	buf := make([]byte, 8, 8+len(h)+off)
	binary.LittleEndian.PutUint64(buf, uint64(len(h)))
	buf = append(buf, h...)
	for _, t := range tensors {
		for _, v := range t.Data {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
		}
	}
	if _, err := tmp.Write(buf); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
