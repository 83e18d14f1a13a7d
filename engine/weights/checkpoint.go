package weights

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// Format is the file format of a checkpoint.
type Format int

const (
	// Safetensors is a safetensors file with torchvision or timm names.
	Safetensors Format = iota
	// Pth is a PyTorch zip checkpoint (torch.save of a state dict).
	Pth
	// Engine is a network saved by the engine (engine.Network.Save).
	Engine
)

// String returns the format's usual name.
func (f Format) String() string {
	switch f {
	case Pth:
		return "PyTorch checkpoint"
	case Engine:
		return "gomat network"
	}
	return "safetensors"
}

// Checkpoint is the tensors of a weights file, by name.
type Checkpoint struct {
	Format  Format
	Tensors map[string]Tensor
	// Meta is the safetensors string metadata (nil for .pth files).
	Meta map[string]string
}

// engineMetaKey is the metadata key of the engine's save format.
const engineMetaKey = "gomat.engine"

// Read reads a checkpoint file in any supported format, recognised by its
// content rather than its extension.
func Read(path string) (*Checkpoint, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	ck, err := ReadFrom(f, st.Size())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ck, nil
}

// ReadFrom reads a checkpoint of the given size from r.
func ReadFrom(r io.ReaderAt, size int64) (*Checkpoint, error) {
	head := make([]byte, 16)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		t, err := readPth(r, size)
		if err != nil {
			return nil, err
		}
		return &Checkpoint{Format: Pth, Tensors: t}, nil
	case len(head) >= 2 && head[0] == 0x80 && head[1] <= 5:
		return nil, fmt.Errorf("legacy (pre-1.6) PyTorch serialization is not supported; re-save it with torch.save(state_dict, path) from PyTorch 1.6 or later")
	case len(head) >= 9 && head[8] == '{':
		t, meta, err := readSafetensors(r, size)
		if err != nil {
			return nil, err
		}
		ck := &Checkpoint{Format: Safetensors, Tensors: t, Meta: meta}
		if _, ok := meta[engineMetaKey]; ok {
			ck.Format = Engine
		}
		return ck, nil
	}
	return nil, fmt.Errorf("not a weights file (expected a PyTorch .pth checkpoint or a .safetensors file)")
}
