package onnx

import (
	"fmt"
	"math"

	"gomat/engine"
)

// conv maps Conv (grouped and depthwise too) onto Convolution2D.
func (im *importer) conv(n *Node) error {
	w, err := im.konst(n, 1, false)
	if err != nil {
		return err
	}
	b, err := im.konst(n, 2, true)
	if err != nil {
		return err
	}
	if len(w.Dims) != 4 {
		return fmt.Errorf("weights must be [M C/group kH kW], have dimensions %v", w.Dims)
	}
	wv, err := w.Floats()
	if err != nil {
		return err
	}
	m, cg, kh, kw := int(w.Dims[0]), int(w.Dims[1]), int(w.Dims[2]), int(w.Dims[3])
	group := n.intAttr("group", 1)
	if group < 1 || int64(m)%group != 0 {
		return fmt.Errorf("group %d must be positive and divide the %d filters", group, m)
	}
	if k, err := n.pair("kernel_shape", 0); err != nil || (k != [2]int{} && k != [2]int{kh, kw}) {
		return fmt.Errorf("kernel_shape %v does not match the weights %v", k, w.Dims)
	}
	l := &engine.Convolution2D{FilterSize: [2]int{kh, kw}, NumFilters: m / int(group), NumGroups: int(group), NoBias: b == nil}
	if l.Stride, err = n.pair("strides", 1); err != nil {
		return err
	}
	if l.DilationFactor, err = n.pair("dilations", 1); err != nil {
		return err
	}
	if l.Padding, l.PaddingSame, err = n.padding(); err != nil {
		return err
	}
	l.Weights = newParam("Weights", convFromONNX(wv, m, cg, kh, kw), kh, kw, cg, m)
	if b != nil {
		bv, err := b.Floats()
		if err != nil {
			return err
		}
		l.Bias = newParam("Bias", bv, m)
	}
	return im.single(n, l)
}

// convFromONNX converts [M][C/g][kH][kW] weights to the engine's
// [kH][kW][C/g][M].
func convFromONNX(src []float32, m, cg, kh, kw int) []float32 {
	dst := make([]float32, len(src))
	for o := 0; o < m; o++ {
		for i := 0; i < cg; i++ {
			for y := 0; y < kh; y++ {
				for x := 0; x < kw; x++ {
					dst[((y*kw+x)*cg+i)*m+o] = src[((o*cg+i)*kh+y)*kw+x]
				}
			}
		}
	}
	return dst
}

// batchNorm maps inference-mode BatchNormalization.
func (im *importer) batchNorm(n *Node) error {
	if n.intAttr("training_mode", 0) != 0 {
		return fmt.Errorf("training_mode must be 0")
	}
	var p [4][]float32
	for i := range p {
		t, err := im.konst(n, i+1, false)
		if err != nil {
			return err
		}
		if p[i], err = t.Floats(); err != nil {
			return err
		}
	}
	c := len(p[0])
	l := &engine.BatchNormalization{
		Epsilon:         float64(n.floatAttr("epsilon", 1e-5)),
		Scale:           newParam("Scale", p[0], c),
		Offset:          newParam("Offset", p[1], c),
		TrainedMean:     newParam("TrainedMean", p[2], c),
		TrainedVariance: newParam("TrainedVariance", p[3], c),
	}
	return im.single(n, l)
}

// unary maps Relu, Sigmoid and GlobalAveragePool.
func (im *importer) unary(n *Node) error {
	switch n.OpType {
	case "Relu":
		return im.single(n, &engine.ReLU{})
	case "Sigmoid":
		return im.single(n, &engine.Sigmoid{})
	}
	return im.single(n, &engine.GlobalAveragePooling2D{})
}

// clip maps Clip(0, max) onto ClippedReLU (ReLU when max is absent).
func (im *importer) clip(n *Node) error {
	lo, hi := float32(math.Inf(-1)), float32(math.Inf(1))
	if im.m.Opset < 11 {
		lo, hi = n.floatAttr("min", lo), n.floatAttr("max", hi)
	} else {
		for i, dst := range []*float32{&lo, &hi} {
			t, err := im.konst(n, i+1, true)
			if err != nil {
				return err
			}
			if t != nil {
				if *dst, err = t.scalar(); err != nil {
					return err
				}
			}
		}
	}
	switch {
	case lo != 0 || !(hi > 0):
		return fmt.Errorf("only Clip(x, 0, max) with max > 0 is supported, got min %g and max %g", lo, hi)
	case math.IsInf(float64(hi), 1):
		return im.single(n, &engine.ReLU{})
	}
	return im.single(n, &engine.ClippedReLU{Ceiling: float64(hi)})
}

// mul maps Mul of two computed tensors (broadcasting height, width or
// channels) onto Multiplication, and x·Sigmoid(x) onto Swish.
func (im *importer) mul(n *Node) error {
	a, err := im.activation(n, 0)
	if err != nil {
		return err
	}
	b, err := im.activation(n, 1)
	if err != nil {
		return err
	}
	for _, p := range [][2]*val{{a, b}, {b, a}} {
		x, s := p[0], p[1]
		if s.node != nil && s.node.OpType == "Sigmoid" && im.vals[s.node.Inputs[0]] == x && im.uses[s.node.Outputs[0]] == 1 && len(n.Outputs) > 0 {
			if err := im.g.Remove(s.layer); err != nil {
				return err
			}
			delete(im.layers, s.layer)
			v, err := im.add(&engine.Swish{}, nodeName(n), n, n.Outputs[0], x)
			if v != nil {
				v.flat = x.flat
			}
			return err
		}
	}
	return im.binary(n, &engine.Multiplication{}, a, b)
}

// binary adds a two-input layer for n.
func (im *importer) binary(n *Node, l engine.Layer, a, b *val) error {
	if len(n.Outputs) == 0 {
		return fmt.Errorf("node has no output")
	}
	if a.flat != b.flat && (a.size.H*a.size.W > 1 || b.size.H*b.size.W > 1) {
		return fmt.Errorf("cannot combine a flattened and an image tensor")
	}
	v, err := im.add(l, nodeName(n), n, n.Outputs[0], a, b)
	if v != nil {
		v.flat = a.flat && b.flat
	}
	return err
}

// sum maps Add of two computed tensors onto Addition, and a constant added
// to a fully connected output onto that layer's bias.
func (im *importer) sum(n *Node) error {
	a, b := im.input(n, 0), im.input(n, 1)
	if a == nil || b == nil {
		return fmt.Errorf("Add needs two inputs")
	}
	if a.konst != nil {
		a, b = b, a
	}
	if b.konst == nil {
		return im.binary(n, &engine.Addition{}, a, b)
	}
	fc, ok := im.layers[a.layer].(*engine.FullyConnected)
	if a.konst != nil || !ok || im.uses[a.node.Outputs[0]] != 1 {
		return fmt.Errorf("adding a constant is supported only as the bias of a Gemm or MatMul")
	}
	bias, err := b.konst.Floats()
	if err != nil {
		return err
	}
	if len(bias) != fc.OutputSize {
		return fmt.Errorf("bias has %d values, the layer %d outputs", len(bias), fc.OutputSize)
	}
	for i, v := range bias {
		fc.Bias.Value[i] += v
	}
	return im.alias(n)
}
