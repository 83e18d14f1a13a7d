package weights

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// maxHeaderBytes bounds a safetensors JSON header.
const maxHeaderBytes = 100 << 20

// stHeaderEntry is one tensor of a safetensors header.
type stHeaderEntry struct {
	DType   string    `json:"dtype"`
	Shape   []int     `json:"shape"`
	Offsets [2]uint64 `json:"data_offsets"`
}

// readSafetensors reads a safetensors file: an 8-byte little-endian header
// length, a JSON header {name: {dtype, shape, data_offsets}} and the data.
// Every range is checked against the file before anything is allocated,
// and ranges may not overlap, so a file can never make the reader allocate
// more than its own size.
func readSafetensors(r io.ReaderAt, size int64) (map[string]Tensor, map[string]string, error) {
	var lenBuf [8]byte
	if _, err := r.ReadAt(lenBuf[:], 0); err != nil {
		return nil, nil, fmt.Errorf("not a safetensors file: %v", err)
	}
	hlen := binary.LittleEndian.Uint64(lenBuf[:])
	if hlen > maxHeaderBytes || int64(hlen) > size-8 {
		return nil, nil, fmt.Errorf("safetensors header length %d does not fit the %d-byte file", hlen, size)
	}
	hdr := make([]byte, hlen)
	if _, err := r.ReadAt(hdr, 8); err != nil {
		return nil, nil, fmt.Errorf("truncated safetensors header: %v", err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(hdr, &raw); err != nil {
		return nil, nil, fmt.Errorf("bad safetensors header: %v", err)
	}
	base := 8 + int64(hlen)
	dataLen := uint64(size - base)
	meta := map[string]string{}
	entries := map[string]stHeaderEntry{}
	names := make([]string, 0, len(raw))
	for name, msg := range raw {
		if name == "__metadata__" {
			if err := json.Unmarshal(msg, &meta); err != nil {
				return nil, nil, fmt.Errorf("bad safetensors metadata: %v", err)
			}
			continue
		}
		var e stHeaderEntry
		if err := json.Unmarshal(msg, &e); err != nil {
			return nil, nil, fmt.Errorf("tensor %q: bad header entry: %v", name, err)
		}
		dt, ok := dtypes[e.DType]
		if !ok {
			return nil, nil, fmt.Errorf("tensor %q has unsupported dtype %q", name, e.DType)
		}
		n, err := elems(e.Shape, maxTensorBytes/dt.size)
		if err != nil {
			return nil, nil, fmt.Errorf("tensor %q: %v", name, err)
		}
		lo, hi := e.Offsets[0], e.Offsets[1]
		if lo > hi || hi > dataLen || hi-lo != uint64(n*dt.size) {
			return nil, nil, fmt.Errorf("tensor %q: data offsets [%d %d] do not hold %v %s values within the %d data bytes", name, lo, hi, e.Shape, e.DType, dataLen)
		}
		entries[name] = e
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return entries[names[i]].Offsets[0] < entries[names[j]].Offsets[0] })
	for i := 1; i < len(names); i++ {
		if entries[names[i]].Offsets[0] < entries[names[i-1]].Offsets[1] {
			return nil, nil, fmt.Errorf("tensors %q and %q overlap", names[i-1], names[i])
		}
	}
	out := make(map[string]Tensor, len(entries))
	for _, name := range names {
		e := entries[name]
		dt := dtypes[e.DType]
		t := Tensor{Shape: e.Shape}
		if dt.float {
			buf := make([]byte, e.Offsets[1]-e.Offsets[0])
			if _, err := r.ReadAt(buf, base+int64(e.Offsets[0])); err != nil {
				return nil, nil, fmt.Errorf("tensor %q: %v", name, err)
			}
			t.Data = convert(buf, dt)
		}
		out[name] = t
	}
	return out, meta, nil
}

// convert decodes little-endian elements of type dt.
func convert(buf []byte, dt dtype) []float32 {
	out := make([]float32, len(buf)/dt.size)
	for i := range out {
		out[i] = dt.convert(buf[i*dt.size:])
	}
	return out
}
