package onnx

import (
	"errors"
	"fmt"
	"math"

	"google.golang.org/protobuf/encoding/protowire"
)

// Model is the part of an ONNX ModelProto the importer uses.
type Model struct {
	IRVersion int64
	// Opset is the version of the default ("" or "ai.onnx") operator set.
	Opset int64
	Graph Graph
}

// Graph is a GraphProto: nodes in file order, initialisers by name, and
// the graph's inputs and outputs.
type Graph struct {
	Name         string
	Nodes        []Node
	Initializers []*Tensor
	Inputs       []ValueInfo
	Outputs      []ValueInfo
}

// Node is a NodeProto.
type Node struct {
	Name, OpType, Domain string
	Inputs, Outputs      []string
	Attrs                []Attr
}

// Attr is an AttributeProto of the kinds the operators use (FLOAT, INT,
// STRING, TENSOR, INTS).
type Attr struct {
	Name string
	Type int64 // AttributeProto.AttributeType: 1 FLOAT, 2 INT, 3 STRING, 4 TENSOR, 6 FLOATS, 7 INTS
	F    float32
	I    int64
	S    string
	T    *Tensor
	Ints []int64
}

// ValueInfo is a ValueInfoProto's name and tensor shape; a symbolic or
// unknown dimension is -1.
type ValueInfo struct {
	Name string
	Dims []int64
}

// Tensor is a TensorProto of float or int64 data (as stored: float_data,
// int64_data or raw little-endian bytes).
type Tensor struct {
	Name     string
	Dims     []int64
	DataType int64 // TensorProto.DataType: 1 FLOAT, 7 INT64, 11 DOUBLE
	raw      []byte
	floats   []float32
	int64s   []int64
	doubles  []float64
}

// ONNX TensorProto data types and attribute types used here.
const (
	typeFloat  = 1
	typeInt64  = 7
	typeDouble = 11

	attrFloat = 1
	attrInt   = 2
	attrInts  = 7
)

// errTruncated reports a malformed field.
var errTruncated = errors.New("onnx: malformed or truncated protobuf")

// field is one decoded field: its number, wire type and payload (varint
// value, fixed bits, or bytes).
type field struct {
	num protowire.Number
	typ protowire.Type
	v   uint64
	b   []byte
}

// fields decodes a message into its fields, checking every length.
func fields(b []byte, fn func(f field) error) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return errTruncated
		}
		b = b[n:]
		f := field{num: num, typ: typ}
		switch typ {
		case protowire.VarintType:
			f.v, n = protowire.ConsumeVarint(b)
		case protowire.Fixed32Type:
			var v uint32
			v, n = protowire.ConsumeFixed32(b)
			f.v = uint64(v)
		case protowire.Fixed64Type:
			f.v, n = protowire.ConsumeFixed64(b)
		case protowire.BytesType:
			f.b, n = protowire.ConsumeBytes(b)
		default:
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return errTruncated
		}
		b = b[n:]
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// want fails unless the field has the wire type t.
func (f field) want(t protowire.Type) error {
	if f.typ != t {
		return fmt.Errorf("onnx: field %d has wire type %d, want %d", f.num, f.typ, t)
	}
	return nil
}

// ints appends a repeated int64 field, packed or not.
func (f field) ints(dst []int64) ([]int64, error) {
	switch f.typ {
	case protowire.VarintType:
		return append(dst, int64(f.v)), nil
	case protowire.BytesType:
		b := f.b
		for len(b) > 0 {
			v, n := protowire.ConsumeVarint(b)
			if n < 0 {
				return nil, errTruncated
			}
			dst = append(dst, int64(v))
			b = b[n:]
		}
		return dst, nil
	}
	return nil, f.want(protowire.VarintType)
}

// floats appends a repeated float field, packed or not.
func (f field) floats(dst []float32) ([]float32, error) {
	switch f.typ {
	case protowire.Fixed32Type:
		return append(dst, math.Float32frombits(uint32(f.v))), nil
	case protowire.BytesType:
		if len(f.b)%4 != 0 {
			return nil, errTruncated
		}
		for b := f.b; len(b) > 0; b = b[4:] {
			v, _ := protowire.ConsumeFixed32(b)
			dst = append(dst, math.Float32frombits(v))
		}
		return dst, nil
	}
	return nil, f.want(protowire.Fixed32Type)
}

// doubles appends a repeated double field, packed or not.
func (f field) doubles(dst []float64) ([]float64, error) {
	switch f.typ {
	case protowire.Fixed64Type:
		return append(dst, math.Float64frombits(f.v)), nil
	case protowire.BytesType:
		if len(f.b)%8 != 0 {
			return nil, errTruncated
		}
		for b := f.b; len(b) > 0; b = b[8:] {
			v, _ := protowire.ConsumeFixed64(b)
			dst = append(dst, math.Float64frombits(v))
		}
		return dst, nil
	}
	return nil, f.want(protowire.Fixed64Type)
}

// str returns a bytes field as a string.
func (f field) str() (string, error) {
	if err := f.want(protowire.BytesType); err != nil {
		return "", err
	}
	return string(f.b), nil
}

// Decode parses a serialized ModelProto.
func Decode(b []byte) (*Model, error) {
	m := &Model{}
	hasGraph := false
	err := fields(b, func(f field) error {
		var err error
		switch f.num {
		case 1:
			if err = f.want(protowire.VarintType); err == nil {
				m.IRVersion = int64(f.v)
			}
		case 7:
			if err = f.want(protowire.BytesType); err == nil {
				hasGraph = true
				err = decodeGraph(f.b, &m.Graph)
			}
		case 8:
			if err = f.want(protowire.BytesType); err == nil {
				err = decodeOpset(f.b, m)
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if !hasGraph {
		return nil, errors.New("onnx: the model has no graph")
	}
	return m, nil
}

// decodeOpset reads an OperatorSetIdProto, keeping the default domain's
// version.
func decodeOpset(b []byte, m *Model) error {
	var domain string
	var version int64
	err := fields(b, func(f field) error {
		var err error
		switch f.num {
		case 1:
			domain, err = f.str()
		case 2:
			if err = f.want(protowire.VarintType); err == nil {
				version = int64(f.v)
			}
		}
		return err
	})
	if err == nil && (domain == "" || domain == "ai.onnx") {
		m.Opset = version
	}
	return err
}

// decodeGraph reads a GraphProto.
func decodeGraph(b []byte, g *Graph) error {
	return fields(b, func(f field) error {
		if f.num == 2 {
			var err error
			g.Name, err = f.str()
			return err
		}
		if f.num != 1 && f.num != 5 && f.num != 11 && f.num != 12 {
			return nil
		}
		if err := f.want(protowire.BytesType); err != nil {
			return err
		}
		switch f.num {
		case 1:
			n, err := decodeNode(f.b)
			g.Nodes = append(g.Nodes, n)
			return err
		case 5:
			t, err := decodeTensor(f.b)
			g.Initializers = append(g.Initializers, t)
			return err
		default:
			v, err := decodeValueInfo(f.b)
			if f.num == 11 {
				g.Inputs = append(g.Inputs, v)
			} else {
				g.Outputs = append(g.Outputs, v)
			}
			return err
		}
	})
}

// decodeNode reads a NodeProto.
func decodeNode(b []byte) (Node, error) {
	var n Node
	err := fields(b, func(f field) error {
		var s string
		var err error
		switch f.num {
		case 1, 2, 3, 4, 7:
			if s, err = f.str(); err != nil {
				return err
			}
		case 5:
			if err = f.want(protowire.BytesType); err != nil {
				return err
			}
			a, err := decodeAttr(f.b)
			n.Attrs = append(n.Attrs, a)
			return err
		}
		switch f.num {
		case 1:
			n.Inputs = append(n.Inputs, s)
		case 2:
			n.Outputs = append(n.Outputs, s)
		case 3:
			n.Name = s
		case 4:
			n.OpType = s
		case 7:
			n.Domain = s
		}
		return nil
	})
	return n, err
}

// decodeAttr reads an AttributeProto.
func decodeAttr(b []byte) (Attr, error) {
	var a Attr
	err := fields(b, func(f field) error {
		var err error
		switch f.num {
		case 1:
			a.Name, err = f.str()
		case 20:
			if err = f.want(protowire.VarintType); err == nil {
				a.Type = int64(f.v)
			}
		case 2:
			if err = f.want(protowire.Fixed32Type); err == nil {
				a.F = math.Float32frombits(uint32(f.v))
			}
		case 3:
			if err = f.want(protowire.VarintType); err == nil {
				a.I = int64(f.v)
			}
		case 4:
			a.S, err = f.str()
		case 5:
			if err = f.want(protowire.BytesType); err == nil {
				a.T, err = decodeTensor(f.b)
			}
		case 8:
			a.Ints, err = f.ints(a.Ints)
		}
		return err
	})
	return a, err
}

// decodeValueInfo reads a ValueInfoProto's name and tensor shape.
func decodeValueInfo(b []byte) (ValueInfo, error) {
	var v ValueInfo
	err := fields(b, func(f field) error {
		var err error
		switch f.num {
		case 1:
			v.Name, err = f.str()
		case 2: // TypeProto.tensor_type(1).shape(2).dim(1).dim_value(1)
			err = nested(f, 1, func(t field) error {
				return nested(t, 2, func(s field) error {
					return nested(s, 1, func(d field) error {
						dim := int64(-1)
						err := fields(d.b, func(x field) error {
							if x.num == 1 && x.typ == protowire.VarintType {
								dim = int64(x.v)
							}
							return nil
						})
						v.Dims = append(v.Dims, dim)
						return err
					})
				})
			})
		}
		return err
	})
	return v, err
}

// nested calls fn for each length-delimited field num inside f.
func nested(f field, num protowire.Number, fn func(field) error) error {
	if err := f.want(protowire.BytesType); err != nil {
		return err
	}
	return fields(f.b, func(g field) error {
		if g.num != num {
			return nil
		}
		if err := g.want(protowire.BytesType); err != nil {
			return err
		}
		return fn(g)
	})
}

// decodeTensor reads a TensorProto.
func decodeTensor(b []byte) (*Tensor, error) {
	t := &Tensor{}
	err := fields(b, func(f field) error {
		var err error
		switch f.num {
		case 1:
			t.Dims, err = f.ints(t.Dims)
		case 2:
			if err = f.want(protowire.VarintType); err == nil {
				t.DataType = int64(f.v)
			}
		case 4:
			t.floats, err = f.floats(t.floats)
		case 7:
			t.int64s, err = f.ints(t.int64s)
		case 8:
			t.Name, err = f.str()
		case 9:
			if err = f.want(protowire.BytesType); err == nil {
				t.raw = f.b
			}
		case 10:
			t.doubles, err = f.doubles(t.doubles)
		case 14:
			if f.typ == protowire.VarintType && f.v == 1 {
				err = fmt.Errorf("onnx: tensor %q stores its data in an external file, which is not supported", t.Name)
			}
		}
		return err
	})
	return t, err
}
