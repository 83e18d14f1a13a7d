package weights

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/nlpodyssey/gopickle/pickle"
	"github.com/nlpodyssey/gopickle/types"
)

// maxPickleBytes bounds a checkpoint's data.pkl (a B7 state dict's is
// about 60 KB).
const maxPickleBytes = 64 << 20

// storageDTypes maps the PyTorch storage classes a state dict may name to
// element types.
var storageDTypes = map[string]string{
	"FloatStorage": "F32", "DoubleStorage": "F64", "HalfStorage": "F16", "BFloat16Storage": "BF16",
	"LongStorage": "I64", "IntStorage": "I32", "ShortStorage": "I16", "CharStorage": "I8",
	"ByteStorage": "U8", "BoolStorage": "BOOL",
}

// storageType is the value a storage class name unpickles to.
type storageType string

// storage is a loaded PyTorch storage: numel elements of one dtype (Data
// nil for integer storages, which are never read).
type storage struct {
	dtype string
	numel int
	data  []float32
}

// pthReader unpickles one zip checkpoint.
type pthReader struct {
	files    map[string]*zip.File
	size     int64  // of the whole file
	prefix   string // "archive/" or whatever folder torch.save chose
	storages map[string]*storage
}

// readPth reads a PyTorch zip checkpoint (torch.save since PyTorch 1.6):
// <folder>/data.pkl is a pickle whose persistent ids name storages stored as
// <folder>/data/<key>. The unpickler resolves only the classes a state dict
// needs (OrderedDict, tensor rebuilders, storage types); any other global
// is an error, so a checkpoint can never execute code.
func readPth(r io.ReaderAt, size int64) (tensors map[string]Tensor, err error) {
	z, err := zip.NewReader(r, size)
	if err != nil {
		return nil, fmt.Errorf("not a valid PyTorch checkpoint (zip): %v", err)
	}
	p := &pthReader{files: map[string]*zip.File{}, size: size, storages: map[string]*storage{}}
	for _, f := range z.File {
		p.files[f.Name] = f
		if strings.HasSuffix(f.Name, "/data.pkl") && strings.Count(f.Name, "/") == 1 {
			p.prefix = strings.TrimSuffix(f.Name, "data.pkl")
		}
	}
	if p.prefix == "" {
		return nil, fmt.Errorf("not a PyTorch checkpoint: the zip archive has no data.pkl")
	}
	if bo, ok := p.files[p.prefix+"byteorder"]; ok {
		b, err := p.read(bo, 16)
		if err != nil {
			return nil, err
		}
		if string(b) != "little" {
			return nil, fmt.Errorf("checkpoint byte order %q is not supported", b)
		}
	}
	pkl, err := p.read(p.files[p.prefix+"data.pkl"], maxPickleBytes)
	if err != nil {
		return nil, err
	}
	if err := scanPickle(pkl); err != nil {
		return nil, fmt.Errorf("corrupt checkpoint pickle: %v", err)
	}
	u := pickle.NewUnpickler(bytes.NewReader(pkl))
	u.FindClass = findClass
	u.PersistentLoad = p.persistentLoad
	defer func() {
		if e := recover(); e != nil {
			tensors, err = nil, fmt.Errorf("corrupt checkpoint pickle: %v", e)
		}
	}()
	obj, err := u.Load()
	if err != nil {
		return nil, fmt.Errorf("cannot read checkpoint: %v", err)
	}
	return stateDict(obj)
}

// read returns a zip member's contents. Members must be stored
// uncompressed, as torch.save writes them, so a member can never be larger
// than the file; larger claims are refused before anything is allocated.
func (p *pthReader) read(f *zip.File, limit int) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) || f.UncompressedSize64 > uint64(p.size) {
		return nil, fmt.Errorf("checkpoint member %s is too large (%d bytes)", f.Name, f.UncompressedSize64)
	}
	if f.Method != zip.Store || f.CompressedSize64 != f.UncompressedSize64 {
		return nil, fmt.Errorf("checkpoint member %s is compressed or has inconsistent sizes (torch.save stores members uncompressed)", f.Name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("checkpoint member %s: %v", f.Name, err)
	}
	defer rc.Close()
	buf := make([]byte, f.UncompressedSize64)
	if _, err := io.ReadFull(rc, buf); err != nil {
		return nil, fmt.Errorf("checkpoint member %s is truncated: %v", f.Name, err)
	}
	return buf, nil
}

// findClass resolves the globals a state-dict pickle may name.
func findClass(module, name string) (any, error) {
	switch module + "." + name {
	case "collections.OrderedDict":
		return &types.OrderedDictClass{}, nil
	case "torch._utils._rebuild_tensor_v2":
		return callable(rebuildTensor), nil
	case "torch._utils._rebuild_parameter":
		return callable(rebuildParameter), nil
	}
	if _, ok := storageDTypes[name]; ok && module == "torch" {
		return storageType(name), nil
	}
	return nil, fmt.Errorf("checkpoint names disallowed class %s.%s", module, name)
}

// callable adapts a function to the unpickler's REDUCE protocol.
type callable func(args ...any) (any, error)

// Call calls the function.
func (c callable) Call(args ...any) (any, error) { return c(args...) }

// persistentLoad loads the storage a persistent id names:
// ('storage', storage type, key, location, numel).
func (p *pthReader) persistentLoad(pid any) (any, error) {
	t, ok := pid.(*types.Tuple)
	if !ok || t.Len() != 5 || t.Get(0) != "storage" {
		return nil, fmt.Errorf("unsupported persistent id %v", pid)
	}
	st, ok1 := t.Get(1).(storageType)
	key, ok2 := t.Get(2).(string)
	numel, ok3 := toInt(t.Get(4))
	if !ok1 || !ok2 || !ok3 || numel < 0 {
		return nil, fmt.Errorf("unsupported persistent id %v", pid)
	}
	if s, ok := p.storages[key]; ok {
		return s, nil
	}
	dt := dtypes[storageDTypes[string(st)]]
	f, ok := p.files[p.prefix+"data/"+key]
	if !ok {
		return nil, fmt.Errorf("checkpoint lacks storage %s", key)
	}
	if numel > maxTensorBytes/dt.size || f.UncompressedSize64 != uint64(numel*dt.size) {
		return nil, fmt.Errorf("storage %s holds %d bytes, not %d %s elements", key, f.UncompressedSize64, numel, st)
	}
	s := &storage{dtype: storageDTypes[string(st)], numel: numel}
	if dt.float {
		buf, err := p.read(f, maxTensorBytes)
		if err != nil {
			return nil, err
		}
		s.data = convert(buf, dt)
	}
	p.storages[key] = s
	return s, nil
}

// rebuildTensor is torch._utils._rebuild_tensor_v2(storage, offset, size,
// stride, requires_grad, backward_hooks[, metadata]): a strided view of a
// storage, copied here into a contiguous tensor after a bounds check.
func rebuildTensor(args ...any) (any, error) {
	if len(args) < 4 {
		return nil, fmt.Errorf("_rebuild_tensor_v2 needs 4 or more arguments, got %d", len(args))
	}
	s, ok := args[0].(*storage)
	offset, ok2 := toInt(args[1])
	size, ok3 := intTuple(args[2])
	stride, ok4 := intTuple(args[3])
	if !ok || !ok2 || !ok3 || !ok4 || len(size) != len(stride) || offset < 0 || offset > s.numel {
		return nil, fmt.Errorf("_rebuild_tensor_v2: malformed arguments")
	}
	n, err := elems(size, maxTensorBytes)
	if err != nil {
		return nil, err
	}
	if n > s.numel {
		// Only a broadcast (stride 0) view can outnumber its storage;
		// state dicts hold none, and copying one could be huge.
		return nil, fmt.Errorf("tensor of size %v has more elements than its storage (%d)", size, s.numel)
	}
	last := offset
	for d := range size {
		if stride[d] < 0 || stride[d] > s.numel {
			return nil, fmt.Errorf("tensor stride %v out of range", stride)
		}
		if n > 0 {
			last += (size[d] - 1) * stride[d]
			if last >= s.numel {
				break
			}
		}
	}
	if n > 0 && last >= s.numel {
		return nil, fmt.Errorf("tensor of size %v (stride %v, offset %d) exceeds its storage of %d elements", size, stride, offset, s.numel)
	}
	t := &Tensor{Shape: size}
	if s.data == nil {
		return t, nil
	}
	t.Data = make([]float32, n)
	if n > 0 {
		gather(t.Data, s.data[offset:], size, stride)
	}
	return t, nil
}

// gather copies a strided view into dst in row-major order.
func gather(dst, src []float32, size, stride []int) {
	if len(size) == 0 {
		dst[0] = src[0]
		return
	}
	inner := len(dst) / size[0]
	for i := 0; i < size[0]; i++ {
		gather(dst[i*inner:(i+1)*inner], src[i*stride[0]:], size[1:], stride[1:])
	}
}

// rebuildParameter is torch._utils._rebuild_parameter(data, requires_grad,
// backward_hooks): a Parameter is its tensor here.
func rebuildParameter(args ...any) (any, error) {
	if len(args) < 1 {
		return nil, fmt.Errorf("_rebuild_parameter needs arguments")
	}
	if t, ok := args[0].(*Tensor); ok {
		return t, nil
	}
	return nil, fmt.Errorf("_rebuild_parameter: malformed arguments")
}

// toInt converts an unpickled integer.
func toInt(v any) (int, bool) {
	switch x := v.(type) {
	case int:
		return x, true
	case *big.Int:
		if x.IsInt64() {
			return int(x.Int64()), true
		}
	}
	return 0, false
}

// intTuple converts a tuple of integers.
func intTuple(v any) ([]int, bool) {
	t, ok := v.(*types.Tuple)
	if !ok {
		return nil, false
	}
	out := make([]int, t.Len())
	for i := range out {
		if out[i], ok = toInt(t.Get(i)); !ok {
			return nil, false
		}
	}
	return out, true
}

// stateDict extracts name → tensor from the unpickled object: a state dict,
// or a training checkpoint holding one under "state_dict" or "model". The
// "module." prefix of DataParallel checkpoints is dropped.
func stateDict(obj any) (map[string]Tensor, error) {
	entries, ok := dictEntries(obj)
	if !ok {
		return nil, fmt.Errorf("checkpoint holds a %T, not a state dict", obj)
	}
	for _, k := range []string{"state_dict", "model"} {
		if inner, ok := entries[k]; ok {
			if e, ok := dictEntries(inner); ok {
				entries = e
				break
			}
		}
	}
	out := map[string]Tensor{}
	for k, v := range entries {
		t, ok := v.(*Tensor)
		if !ok {
			return nil, fmt.Errorf("checkpoint entry %q is a %T, not a tensor", k, v)
		}
		out[strings.TrimPrefix(k, "module.")] = *t
	}
	return out, nil
}

// dictEntries returns the string-keyed entries of a dict or OrderedDict.
func dictEntries(obj any) (map[string]any, bool) {
	out := map[string]any{}
	add := func(k, v any) bool {
		s, ok := k.(string)
		out[s] = v
		return ok
	}
	switch d := obj.(type) {
	case *types.OrderedDict:
		for e := d.List.Front(); e != nil; e = e.Next() {
			en := e.Value.(*types.OrderedDictEntry)
			if !add(en.Key, en.Value) {
				return nil, false
			}
		}
	case *types.Dict:
		for _, e := range *d {
			if !add(e.Key, e.Value) {
				return nil, false
			}
		}
	default:
		return nil, false
	}
	return out, true
}
