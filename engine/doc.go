// Package engine is gomat's deep-learning training and inference engine: pure
// Go, CPU, multi-core, float32.
//
// Activations are NHWC tensors (channels innermost) with the batch as the
// outermost dimension, so every 1×1 convolution is a plain GEMM. A network is
// a MATLAB-style layer graph (named layers, named connections "layer/in2")
// that Compile validates and turns into a Network, which runs the layers in
// topological order for inference (Predict) and training (Forward, Backward,
// then an Optimizer's Step). Each layer kind lives in its own file with its
// forward pass next to its backward pass.
//
// The hot loops (activations, batch normalization, depthwise convolution,
// sums and scans) run on the vec kernel set: AVX2+FMA assembly where the
// CPU has it, portable Go otherwise (vecmath.go). Compile fuses
// x·sigmoid(x) into one swish and a batch normalization into the swish
// that follows it; the graph itself is unchanged.
//
// The engine knows nothing of the interpreter: the dl package maps MATLAB
// layer objects onto the layer structs here (whose exported fields mirror the
// MATLAB Name-Value properties) and calls the Network API.
package engine
