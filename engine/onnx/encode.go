package onnx

import (
	"encoding/binary"
	"math"

	"google.golang.org/protobuf/encoding/protowire"
)

// The encoders below write the same subset of the ONNX messages that
// proto.go reads, with the field numbers of onnx.proto.

// appendMsg appends a length-delimited field.
func appendMsg(b []byte, num protowire.Number, msg []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, msg)
}

// appendString appends a string field.
func appendString(b []byte, num protowire.Number, s string) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendString(b, s)
}

// appendVarint appends an integer field.
func appendVarint(b []byte, num protowire.Number, v int64) []byte {
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, uint64(v))
}

// encodeTensor encodes a FLOAT or INT64 TensorProto with raw data.
func encodeTensor(t *Tensor) []byte {
	var b []byte
	for _, d := range t.Dims {
		b = appendVarint(b, 1, d)
	}
	b = appendVarint(b, 2, t.DataType)
	b = appendString(b, 8, t.Name)
	return appendMsg(b, 9, t.raw)
}

// floatTensor makes a FLOAT tensor.
func floatTensor(name string, v []float32, dims ...int64) *Tensor {
	raw := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(raw[4*i:], math.Float32bits(x))
	}
	return &Tensor{Name: name, Dims: dims, DataType: typeFloat, raw: raw}
}

// int64Tensor makes a one-dimensional INT64 tensor.
func int64Tensor(name string, v []int64) *Tensor {
	raw := make([]byte, 8*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint64(raw[8*i:], uint64(x))
	}
	return &Tensor{Name: name, Dims: []int64{int64(len(v))}, DataType: typeInt64, raw: raw}
}

// encodeAttr encodes an AttributeProto of type INT, FLOAT or INTS.
func encodeAttr(a Attr) []byte {
	b := appendString(nil, 1, a.Name)
	switch a.Type {
	case attrInt:
		b = appendVarint(b, 3, a.I)
	case attrFloat:
		b = protowire.AppendTag(b, 2, protowire.Fixed32Type)
		b = protowire.AppendFixed32(b, math.Float32bits(a.F))
	case attrInts:
		for _, v := range a.Ints {
			b = appendVarint(b, 8, v)
		}
	}
	return appendVarint(b, 20, a.Type)
}

// encodeNode encodes a NodeProto.
func encodeNode(n *Node) []byte {
	var b []byte
	for _, s := range n.Inputs {
		b = appendString(b, 1, s)
	}
	for _, s := range n.Outputs {
		b = appendString(b, 2, s)
	}
	b = appendString(b, 3, n.Name)
	b = appendString(b, 4, n.OpType)
	for _, a := range n.Attrs {
		b = appendMsg(b, 5, encodeAttr(a))
	}
	return b
}

// encodeValueInfo encodes a float tensor ValueInfoProto; dimension -1 is
// written as the symbolic batch size "N".
func encodeValueInfo(v ValueInfo) []byte {
	var shape []byte
	for _, d := range v.Dims {
		var dim []byte
		if d < 0 {
			dim = appendString(nil, 2, "N")
		} else {
			dim = appendVarint(nil, 1, d)
		}
		shape = appendMsg(shape, 1, dim)
	}
	tensorType := appendVarint(nil, 1, typeFloat)
	tensorType = appendMsg(tensorType, 2, shape)
	b := appendString(nil, 1, v.Name)
	return appendMsg(b, 2, appendMsg(nil, 1, tensorType))
}

// Encode serializes a model (opset imports only the default domain).
func Encode(m *Model) []byte {
	var g []byte
	for i := range m.Graph.Nodes {
		g = appendMsg(g, 1, encodeNode(&m.Graph.Nodes[i]))
	}
	g = appendString(g, 2, m.Graph.Name)
	for _, t := range m.Graph.Initializers {
		g = appendMsg(g, 5, encodeTensor(t))
	}
	for _, v := range m.Graph.Inputs {
		g = appendMsg(g, 11, encodeValueInfo(v))
	}
	for _, v := range m.Graph.Outputs {
		g = appendMsg(g, 12, encodeValueInfo(v))
	}
	b := appendVarint(nil, 1, m.IRVersion)
	b = appendString(b, 2, "gomat")
	b = appendMsg(b, 7, g)
	return appendMsg(b, 8, appendVarint(nil, 2, m.Opset))
}
