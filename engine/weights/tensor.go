package weights

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Tensor is one tensor of a checkpoint, converted to float32 in row-major
// (C) order. Data is nil for integer tensors (such as batch normalization's
// num_batches_tracked), which no EfficientNet parameter uses.
type Tensor struct {
	Shape []int
	Data  []float32
}

// maxTensorBytes bounds a single tensor (EfficientNet-B7's largest is
// 10 MB; a whole B7 checkpoint is 267 MB).
const maxTensorBytes = 1 << 31

// elems multiplies out a shape, failing on negative dimensions or a
// product over limit.
func elems(shape []int, limit int) (int, error) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			return 0, fmt.Errorf("negative dimension in shape %v", shape)
		}
		if d != 0 && n > limit/d {
			return 0, fmt.Errorf("shape %v is too large", shape)
		}
		n *= d
	}
	return n, nil
}

// dtype describes an element type of the stored formats.
type dtype struct {
	size    int
	float   bool
	convert func(b []byte) float32 // little-endian element to float32
}

// dtypes are the element types by safetensors name; PyTorch storages map
// onto the same names.
var dtypes = map[string]dtype{
	"F32":  {4, true, func(b []byte) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(b)) }},
	"F64":  {8, true, func(b []byte) float32 { return float32(math.Float64frombits(binary.LittleEndian.Uint64(b))) }},
	"F16":  {2, true, func(b []byte) float32 { return halfToFloat(binary.LittleEndian.Uint16(b)) }},
	"BF16": {2, true, func(b []byte) float32 { return math.Float32frombits(uint32(binary.LittleEndian.Uint16(b)) << 16) }},
	"I64":  {8, false, nil},
	"I32":  {4, false, nil},
	"I16":  {2, false, nil},
	"I8":   {1, false, nil},
	"U8":   {1, false, nil},
	"BOOL": {1, false, nil},
}

// halfToFloat converts an IEEE 754 binary16 value.
func halfToFloat(h uint16) float32 {
	sign := uint32(h>>15) << 31
	exp := uint32(h>>10) & 0x1f
	man := uint32(h) & 0x3ff
	switch {
	case exp == 0x1f:
		return math.Float32frombits(sign | 0x7f800000 | man<<13)
	case exp != 0:
		return math.Float32frombits(sign | (exp+112)<<23 | man<<13)
	case man == 0:
		return math.Float32frombits(sign)
	}
	// Subnormal half: renormalise.
	e := uint32(113)
	for man&0x400 == 0 {
		man <<= 1
		e--
	}
	return math.Float32frombits(sign | e<<23 | (man&0x3ff)<<13)
}
