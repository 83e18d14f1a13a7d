package onnx

import (
	"fmt"
	"slices"

	"gomat/engine"
)

// reduceMean maps ReduceMean over the spatial axes onto global average
// pooling.
func (im *importer) reduceMean(n *Node) error {
	var axes []int64
	if a := n.attr("axes"); a != nil {
		axes = a.Ints
	} else if t, err := im.konst(n, 1, true); err != nil {
		return err
	} else if t != nil {
		if axes, err = t.Int64s(); err != nil {
			return err
		}
	}
	axes = slices.Clone(axes)
	for i, a := range axes {
		if a < 0 {
			axes[i] = a + 4
		}
	}
	slices.Sort(axes)
	x := im.input(n, 0)
	if !slices.Equal(axes, []int64{2, 3}) || x == nil || x.flat {
		return fmt.Errorf("only ReduceMean over the spatial axes [2 3] of an image is supported, got axes %v", axes)
	}
	if err := im.single(n, &engine.GlobalAveragePooling2D{}); err != nil {
		return err
	}
	im.vals[n.Outputs[0]].flat = n.intAttr("keepdims", 1) == 0
	return nil
}

// pool maps MaxPool and AveragePool.
func (im *importer) pool(n *Node) error {
	if n.intAttr("ceil_mode", 0) != 0 {
		return fmt.Errorf("ceil_mode 1 is not supported")
	}
	if d, err := n.pair("dilations", 1); err != nil || d != [2]int{1, 1} {
		return fmt.Errorf("dilated pooling is not supported")
	}
	if len(n.Outputs) > 1 && n.Outputs[1] != "" {
		return fmt.Errorf("the Indices output is not supported")
	}
	k, err := n.pair("kernel_shape", 0)
	if err != nil || k[0] == 0 {
		return fmt.Errorf("kernel_shape must be two positive values")
	}
	s, err := n.pair("strides", 1)
	if err != nil {
		return err
	}
	pad, same, err := n.padding()
	if err != nil {
		return err
	}
	if n.OpType == "MaxPool" {
		l := &engine.MaxPooling2D{}
		l.PoolSize, l.Stride, l.Padding, l.PaddingSame = k, s, pad, same
		return im.single(n, l)
	}
	if n.intAttr("count_include_pad", 0) == 0 && (same || pad != [4]int{}) {
		return fmt.Errorf("padded AveragePool with count_include_pad 0 is not supported")
	}
	l := &engine.AveragePooling2D{}
	l.PoolSize, l.Stride, l.Padding, l.PaddingSame = k, s, pad, same
	return im.single(n, l)
}

// gemm maps Gemm (transA 0) onto FullyConnected.
func (im *importer) gemm(n *Node) error {
	if n.intAttr("transA", 0) != 0 {
		return fmt.Errorf("transA 1 is not supported")
	}
	w, err := im.konst(n, 1, false)
	if err != nil {
		return err
	}
	c, err := im.konst(n, 2, true)
	if err != nil {
		return err
	}
	return im.dense(n, w, c, n.intAttr("transB", 0) != 0, n.floatAttr("alpha", 1), n.floatAttr("beta", 1))
}

// matmul maps MatMul by a constant [in out] matrix onto FullyConnected.
func (im *importer) matmul(n *Node) error {
	w, err := im.konst(n, 1, false)
	if err != nil {
		return err
	}
	return im.dense(n, w, nil, false, 1, 1)
}

// dense adds a FullyConnected layer computing alpha·x·W (W transposed
// when transB) + beta·c, permuting the weight columns from ONNX's C,H,W
// flattening order to the engine's H,W,C.
func (im *importer) dense(n *Node, w, c *Tensor, transB bool, alpha, beta float32) error {
	x, err := im.activation(n, 0)
	if err != nil {
		return err
	}
	if len(w.Dims) != 2 {
		return fmt.Errorf("weights must be a matrix, have dimensions %v", w.Dims)
	}
	wv, err := w.Floats()
	if err != nil {
		return err
	}
	in, out := int(w.Dims[0]), int(w.Dims[1])
	if transB {
		in, out = out, in
	}
	s := x.size
	if in != s.Elems() {
		return fmt.Errorf("weights %v do not fit an input of %d values", w.Dims, s.Elems())
	}
	weights := make([]float32, len(wv))
	for o := 0; o < out; o++ {
		for ch := 0; ch < s.C; ch++ {
			for p := 0; p < s.H*s.W; p++ {
				src := ch*s.H*s.W + p // ONNX column (C,H,W order)
				v := wv[src*out+o]
				if transB {
					v = wv[o*in+src]
				}
				weights[o*in+p*s.C+ch] = alpha * v
			}
		}
	}
	bias := make([]float32, out)
	if c != nil {
		cv, err := c.Floats()
		if err != nil {
			return err
		}
		if len(cv) != out && len(cv) != 1 {
			return fmt.Errorf("bias has %d values, the layer %d outputs", len(cv), out)
		}
		for i := range bias {
			bias[i] = beta * cv[i%len(cv)]
		}
	}
	l := &engine.FullyConnected{OutputSize: out, Weights: newParam("Weights", weights, out, in), Bias: newParam("Bias", bias, out)}
	if err := im.single(n, l); err != nil {
		return err
	}
	im.vals[n.Outputs[0]].flat = true
	return nil
}

// flatten maps Flatten(axis 1): the tensor is unchanged, only seen as
// [N, C·H·W].
func (im *importer) flatten(n *Node) error {
	if n.intAttr("axis", 1) != 1 {
		return fmt.Errorf("only axis 1 is supported")
	}
	if err := im.alias(n); err != nil {
		return err
	}
	im.vals[n.Outputs[0]].flat = true
	return nil
}

// reshape maps a Reshape to [N, C·H·W] (a flatten) or to [N, K, 1, 1]
// of a flat [N, K] tensor or a 1×1 image.
func (im *importer) reshape(n *Node) error {
	x, err := im.activation(n, 0)
	if err != nil {
		return err
	}
	t, err := im.konst(n, 1, false)
	if err != nil {
		return err
	}
	shape, err := t.Int64s()
	if err != nil {
		return err
	}
	e := int64(x.size.Elems())
	batch := func(d int64) bool { return d >= -1 } // 0 copies N, -1 infers it
	switch {
	case len(shape) == 2 && batch(shape[0]) && (shape[1] == e || shape[1] == -1 && shape[0] >= 0):
		err = im.alias(n)
		if err == nil {
			im.vals[n.Outputs[0]].flat = true
		}
		return err
	case len(shape) == 4 && batch(shape[0]) && x.size.H == 1 && x.size.W == 1 &&
		(shape[1] == e || shape[1] == -1) && shape[2] == 1 && shape[3] == 1:
		err = im.alias(n)
		if err == nil {
			im.vals[n.Outputs[0]].flat = false
		}
		return err
	}
	return fmt.Errorf("reshaping %v to %v is not supported (only flattening to [N, C·H·W] and [N, K] ↔ [N, K, 1, 1])", x.size, shape)
}

// softmax maps Softmax over the channels.
func (im *importer) softmax(n *Node) error {
	x, err := im.activation(n, 0)
	if err != nil {
		return err
	}
	def := int64(-1)
	if im.m.Opset < 13 {
		def = 1
	}
	axis := n.intAttr("axis", def)
	spatial := x.size.H*x.size.W > 1
	ok := (x.flat && !spatial && (axis == 1 || axis == -1)) ||
		(!x.flat && axis == 1 && (!spatial || im.m.Opset >= 13)) ||
		(!x.flat && !spatial && (axis == -3 || axis == 1))
	if !ok {
		return fmt.Errorf("softmax over axis %d of a %v tensor is not supported (only over the channels)", axis, x.size)
	}
	return im.single(n, &engine.Softmax{})
}

// alias maps operators that pass their input through in inference
// (Identity, Dropout, and Flatten/Reshape, which only change the view).
func (im *importer) alias(n *Node) error {
	x, err := im.activation(n, 0)
	if err != nil {
		return err
	}
	if len(n.Outputs) == 0 {
		return fmt.Errorf("node has no output")
	}
	if n.OpType == "Dropout" && len(n.Outputs) > 1 && n.Outputs[1] != "" && im.uses[n.Outputs[1]] > 0 {
		return fmt.Errorf("the mask output is not supported")
	}
	v := *x
	im.vals[n.Outputs[0]] = &v
	return nil
}

// constant records a Constant node's tensor value.
func (im *importer) constant(n *Node) error {
	a := n.attr("value")
	if a == nil || a.T == nil || len(n.Outputs) == 0 {
		return fmt.Errorf("only Constant with a tensor value is supported")
	}
	im.vals[n.Outputs[0]] = &val{konst: a.T, node: n}
	return nil
}
