// Package onnx reads and writes ONNX models of the convolutional networks
// the engine runs. It decodes the ONNX protobuf messages (ModelProto,
// GraphProto, NodeProto, TensorProto, AttributeProto, ValueInfoProto) with
// google.golang.org/protobuf/encoding/protowire, keeping only the fields
// it needs, and maps the operators Conv (grouped too), BatchNormalization,
// Relu, Clip, Sigmoid, Mul, Add, GlobalAveragePool, ReduceMean,
// AveragePool, MaxPool, Gemm, MatMul, Flatten, Reshape, Softmax, Dropout,
// Identity and Constant onto an engine.Graph. Export writes an engine
// network back out with the same operators.
//
// Untrusted files are safe to read: every length is checked against the
// remaining bytes, tensors are bounded by the file size, and graphs with
// cycles, missing initialisers or unsupported operators give errors.
package onnx
