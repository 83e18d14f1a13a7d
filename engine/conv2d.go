package engine

import (
	"errors"
	"fmt"
)

// Convolution2D is MATLAB's convolution2dLayer and groupedConvolution2dLayer:
// a 2-D convolution with any filter size, stride, dilation, explicit
// 4-sided or 'same' padding, optional bias and groups (depthwise when every
// group has one input and one output channel).
//
// Weights are stored [FilterH][FilterW][InChannelsPerGroup][OutChannels]
// with the output channels of group g at g·NumFilters … (g+1)·NumFilters−1,
// so that an ungrouped convolution is a GEMM with the weights as the right
// operand. Bias has one value per output channel.
type Convolution2D struct {
	base
	// FilterSize is [height width].
	FilterSize [2]int
	// NumFilters is the number of filters per group (all filters when
	// NumGroups is 1).
	NumFilters int
	// NumGroups splits input and output channels into groups (0 means 1).
	NumGroups int
	// ChannelWise sets NumGroups to the number of input channels
	// (MATLAB's 'channel-wise').
	ChannelWise bool
	// Stride and DilationFactor are [vertical horizontal] (0 means 1).
	Stride, DilationFactor [2]int
	// Padding is [top bottom left right]; ignored when PaddingSame.
	Padding [4]int
	// PaddingSame pads so that the output is ceil(input/stride), putting an
	// odd extra row/column at the bottom/right (MATLAB and TF 'same').
	PaddingSame bool
	// NoBias drops the bias term (convolutions followed by batch
	// normalization in EfficientNet carry none).
	NoBias bool
	// Weights and Bias may be set before compiling; left nil they are
	// created and initialised He-normal (fan-out) and zero.
	Weights *Param `json:"-"`
	Bias    *Param `json:"-"`

	in, out  Size
	groups   int
	pad      [4]int
	stride   [2]int
	dil      [2]int
	path     convPath
	gemmF    gemmTask
	gemmB    gemmTask
	bias     biasTask
	colsum   colSumTask
	general  convGeneralTask
	depth    depthwiseTask
	learning []*Param
}

// convPath selects the kernel a convolution runs on.
type convPath int

const (
	pathPointwise convPath = iota // 1×1, stride 1, no padding, one group: a GEMM
	pathDepthwise                 // one input and one output channel per group
	pathGeneral                   // im2col + GEMM per sample and group
)

// Kind returns "convolution2d".
func (l *Convolution2D) Kind() string { return "convolution2d" }

// NumInputs returns 1.
func (l *Convolution2D) NumInputs() int { return 1 }

// Learnables returns Weights and (unless NoBias) Bias.
func (l *Convolution2D) Learnables() []*Param { return l.learning }

// States returns nil.
func (l *Convolution2D) States() []*Param { return nil }

// OutputPadding returns the resolved [top bottom left right] padding after
// Setup (useful when PaddingSame was asked for).
func (l *Convolution2D) OutputPadding() [4]int { return l.pad }

// Setup resolves groups, padding and the kernel path and prepares the
// parameters.
func (l *Convolution2D) Setup(in []Size, rng RandSource) (Size, error) {
	if err := needInputs(in, 1); err != nil {
		return Size{}, err
	}
	x := in[0]
	l.in = x
	kh, kw := l.FilterSize[0], l.FilterSize[1]
	if kh < 1 || kw < 1 {
		return Size{}, errors.New("FilterSize must be positive")
	}
	if l.NumFilters < 1 {
		return Size{}, errors.New("NumFilters must be positive")
	}
	l.groups = l.NumGroups
	if l.ChannelWise {
		l.groups = x.C
	}
	if l.groups == 0 {
		l.groups = 1
	}
	if x.C%l.groups != 0 {
		return Size{}, fmt.Errorf("number of input channels (%d) must be divisible by the number of groups (%d)", x.C, l.groups)
	}
	l.stride = orOne(l.Stride)
	l.dil = orOne(l.DilationFactor)
	ekh := (kh-1)*l.dil[0] + 1
	ekw := (kw-1)*l.dil[1] + 1
	if l.PaddingSame {
		l.pad = samePadding(x.H, x.W, ekh, ekw, l.stride)
	} else {
		l.pad = l.Padding
	}
	for _, p := range l.pad {
		if p < 0 {
			return Size{}, errors.New("Padding must be nonnegative")
		}
	}
	ho := (x.H+l.pad[0]+l.pad[1]-ekh)/l.stride[0] + 1
	wo := (x.W+l.pad[2]+l.pad[3]-ekw)/l.stride[1] + 1
	if x.H+l.pad[0]+l.pad[1] < ekh || x.W+l.pad[2]+l.pad[3] < ekw {
		return Size{}, fmt.Errorf("filter size %d×%d (dilated) is larger than the padded input size %d×%d", ekh, ekw, x.H+l.pad[0]+l.pad[1], x.W+l.pad[2]+l.pad[3])
	}
	cg := x.C / l.groups
	f := l.groups * l.NumFilters
	l.out = Size{ho, wo, f}
	switch {
	case kh == 1 && kw == 1 && l.stride == [2]int{1, 1} && l.pad == [4]int{} && l.groups == 1:
		l.path = pathPointwise
	case cg == 1 && l.NumFilters == 1:
		l.path = pathDepthwise
	default:
		l.path = pathGeneral
	}
	if l.Weights == nil {
		l.Weights = newParam("Weights")
	}
	l.Weights.Shape = []int{kh, kw, cg, f}
	if err := l.Weights.prepare(true, heNormalFanOut(rngOrDefault(rng), kh*kw*l.NumFilters)); err != nil {
		return Size{}, err
	}
	l.learning = []*Param{l.Weights}
	if !l.NoBias {
		if l.Bias == nil {
			l.Bias = newParam("Bias")
		}
		l.Bias.Shape = []int{f}
		if err := l.Bias.prepare(true, nil); err != nil {
			return Size{}, err
		}
		l.learning = append(l.learning, l.Bias)
	}
	return l.out, nil
}

// orOne replaces zero entries (unset) by 1.
func orOne(v [2]int) [2]int {
	for i := range v {
		if v[i] == 0 {
			v[i] = 1
		}
	}
	return v
}

// samePadding is the TF/MATLAB 'same' rule: output ceil(in/stride), total
// padding split with the odd element at the bottom/right.
func samePadding(h, w, ekh, ekw int, stride [2]int) [4]int {
	side := func(in, k, s int) (int, int) {
		out := (in + s - 1) / s
		total := (out-1)*s + k - in
		if total < 0 {
			total = 0
		}
		return total / 2, total - total/2
	}
	t, b := side(h, ekh, stride[0])
	le, r := side(w, ekw, stride[1])
	return [4]int{t, b, le, r}
}

// Forward convolves the batch.
func (l *Convolution2D) Forward(_ *Context, in []*Tensor, out *Tensor) error {
	x := in[0]
	switch l.path {
	case pathPointwise:
		m := x.N * x.Size.H * x.Size.W
		matmul(&l.gemmF, false, false, m, l.out.C, l.in.C, 1, x.Data, l.in.C, l.Weights.Value, l.out.C, 0, out.Data, l.out.C)
		if !l.NoBias {
			l.bias = biasTask{y: out.Data, b: l.Bias.Value}
			parallelFor(m, 256, &l.bias)
		}
	case pathDepthwise:
		l.depth.setup(l, x, out)
		parallelFor(x.N*l.out.H, 1, &l.depth)
	default:
		l.general.setupForward(l, x, out)
		parallelFor(x.N, 1, &l.general)
	}
	return nil
}

// Backward computes dX, dWeights and dBias.
func (l *Convolution2D) Backward(_ *Context, in []*Tensor, _, dOut *Tensor, dIn []*Tensor) error {
	x := in[0]
	var dx *Tensor
	if len(dIn) > 0 {
		dx = dIn[0]
	}
	switch l.path {
	case pathPointwise:
		m := x.N * x.Size.H * x.Size.W
		cin, f := l.in.C, l.out.C
		matmul(&l.gemmB, true, false, cin, f, m, 1, x.Data, cin, dOut.Data, f, 0, l.Weights.Grad, f)
		if dx != nil {
			matmul(&l.gemmB, false, true, m, cin, f, 1, dOut.Data, f, l.Weights.Value, f, 0, dx.Data, cin)
		}
	case pathDepthwise:
		l.depth.setupBackward(l, x, dOut, dx)
		parallelFor(x.N, 1, &l.depth)
		l.depth.reduce(l.Weights.Grad)
	default:
		l.general.setupBackward(l, x, dOut, dx)
		parallelFor(x.N, 1, &l.general)
		l.general.reduce(l.Weights.Grad)
	}
	if !l.NoBias {
		l.colsum.sum(l.Bias.Grad, dOut.Data, l.out.C)
	}
	return nil
}
