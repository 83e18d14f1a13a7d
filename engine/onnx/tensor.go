package onnx

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Elems is the number of values the dimensions hold, failing on negative
// dimensions or on a product beyond what any file could store.
func (t *Tensor) Elems() (int, error) {
	n := 1
	for _, d := range t.Dims {
		if d < 0 || d > math.MaxInt32 {
			return 0, fmt.Errorf("onnx: tensor %q has invalid dimensions %v", t.Name, t.Dims)
		}
		if d != 0 && n > math.MaxInt32/int(d) {
			return 0, fmt.Errorf("onnx: tensor %q is too large (dimensions %v)", t.Name, t.Dims)
		}
		n *= int(d)
	}
	return n, nil
}

// Floats returns the values of a FLOAT or DOUBLE tensor as float32. The
// stored data must hold exactly the number of values the dimensions say,
// so a tensor can never make the reader allocate more than the file holds.
func (t *Tensor) Floats() ([]float32, error) {
	n, err := t.Elems()
	if err != nil {
		return nil, err
	}
	switch t.DataType {
	case typeFloat:
		if t.raw != nil {
			if len(t.raw) != 4*n {
				return nil, t.sizeError(n, len(t.raw)/4)
			}
			out := make([]float32, n)
			for i := range out {
				out[i] = math.Float32frombits(binary.LittleEndian.Uint32(t.raw[4*i:]))
			}
			return out, nil
		}
		if len(t.floats) != n {
			return nil, t.sizeError(n, len(t.floats))
		}
		return t.floats, nil
	case typeDouble:
		if t.raw != nil {
			if len(t.raw) != 8*n {
				return nil, t.sizeError(n, len(t.raw)/8)
			}
			out := make([]float32, n)
			for i := range out {
				out[i] = float32(math.Float64frombits(binary.LittleEndian.Uint64(t.raw[8*i:])))
			}
			return out, nil
		}
		if len(t.doubles) != n {
			return nil, t.sizeError(n, len(t.doubles))
		}
		out := make([]float32, n)
		for i, v := range t.doubles {
			out[i] = float32(v)
		}
		return out, nil
	}
	return nil, fmt.Errorf("onnx: tensor %q has data type %d; only float tensors can be weights", t.Name, t.DataType)
}

// Int64s returns the values of an INT64 tensor (shapes, axes).
func (t *Tensor) Int64s() ([]int64, error) {
	n, err := t.Elems()
	if err != nil {
		return nil, err
	}
	if t.DataType != typeInt64 {
		return nil, fmt.Errorf("onnx: tensor %q has data type %d, want INT64", t.Name, t.DataType)
	}
	if t.raw != nil {
		if len(t.raw) != 8*n {
			return nil, t.sizeError(n, len(t.raw)/8)
		}
		out := make([]int64, n)
		for i := range out {
			out[i] = int64(binary.LittleEndian.Uint64(t.raw[8*i:]))
		}
		return out, nil
	}
	if len(t.int64s) != n {
		return nil, t.sizeError(n, len(t.int64s))
	}
	return t.int64s, nil
}

// sizeError reports stored data that does not match the dimensions.
func (t *Tensor) sizeError(want, got int) error {
	return fmt.Errorf("onnx: tensor %q has dimensions %v (%d values) but stores %d values", t.Name, t.Dims, want, got)
}

// scalar returns the single value of a float tensor.
func (t *Tensor) scalar() (float32, error) {
	v, err := t.Floats()
	if err != nil {
		return 0, err
	}
	if len(v) != 1 {
		return 0, fmt.Errorf("onnx: tensor %q must be a scalar, has dimensions %v", t.Name, t.Dims)
	}
	return v[0], nil
}
