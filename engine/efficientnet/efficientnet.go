// Package efficientnet builds EfficientNet B0–B7 (and any compound
// coefficient φ) as engine layer graphs with MATLAB's layer names and
// topology: efficientnetb0 is 290 layers and 363 connections, swish is
// spelled sigmoid + multiplication, convolutions followed by batch
// normalization carry no bias, and trainable parameter counts equal the
// TF/torchvision references exactly.
package efficientnet

import (
	"fmt"
	"math"
)

// Padding selects how 'same' convolutions are padded.
type Padding int

const (
	// PaddingTF is TensorFlow's (and MATLAB's) 'same': ceil(in/stride)
	// outputs with the odd extra row/column at the bottom/right. Weights
	// trained in TF/Keras (and MATLAB's efficientnetb0) expect it.
	PaddingTF Padding = iota
	// PaddingSymmetric pads (k−1)/2 on every side, as PyTorch/torchvision
	// do; use it for PyTorch-trained weights.
	PaddingSymmetric
)

// Config describes one EfficientNet.
type Config struct {
	// Name prefixes every layer name ("efficientnet-b0" gives
	// "efficientnet-b0|model|stem|conv2d|Conv2D").
	Name string
	// Width and Depth are the channel and repeat multipliers.
	Width, Depth float64
	// Resolution is the input height and width.
	Resolution int
	// Classes is the size of the classifier (0 means 1000).
	Classes int
	// Dropout, when positive, inserts a dropout layer before the classifier
	// (MATLAB's efficientnetb0 has none; the paper used PaperDropout).
	Dropout float64
	// DropConnect, when positive, inserts stochastic-depth layers before
	// each residual addition with rate DropConnect·i/blocks for block i
	// (the paper used 0.2; MATLAB's graph has none).
	DropConnect float64
	// Padding is PaddingTF (default) or PaddingSymmetric.
	Padding Padding
	// Epsilon is the batch-normalization epsilon (0 means 1e-3, as MATLAB's
	// efficientnetb0 and the TF reference use).
	Epsilon float64
	// Normalization, Mean and StandardDeviation configure the image input
	// layer; "" means "zscore" with the ImageNet statistics on 0…255 pixels.
	Normalization           string
	Mean, StandardDeviation []float32
}

// stage is one row of the B0 stage table.
type stage struct {
	expand, kernel, stride, repeats, in, out int
}

// b0Stages is the EfficientNet-B0 stage table (MBConv expansion, kernel,
// first stride, repeats, input and output channels).
var b0Stages = []stage{
	{1, 3, 1, 1, 32, 16},
	{6, 3, 2, 2, 16, 24},
	{6, 5, 2, 2, 24, 40},
	{6, 3, 2, 3, 40, 80},
	{6, 5, 1, 3, 80, 112},
	{6, 5, 2, 4, 112, 192},
	{6, 3, 1, 1, 192, 320},
}

// variants holds (width, depth, resolution) of B0–B7.
var variants = [8][3]float64{
	{1.0, 1.0, 224}, {1.0, 1.1, 240}, {1.1, 1.2, 260}, {1.2, 1.4, 300},
	{1.4, 1.8, 380}, {1.6, 2.2, 456}, {1.8, 2.6, 528}, {2.0, 3.1, 600},
}

// PaperDropout is the classifier dropout rate the paper used for B0–B7.
var PaperDropout = [8]float64{0.2, 0.2, 0.3, 0.3, 0.4, 0.4, 0.5, 0.5}

// Variant returns the configuration of EfficientNet-B<b> (0 ≤ b ≤ 7) with a
// 1000-class head and no dropout/stochastic-depth layers.
func Variant(b int) (Config, error) {
	if b < 0 || b > 7 {
		return Config{}, fmt.Errorf("EfficientNet variant must be B0 … B7, got B%d", b)
	}
	v := variants[b]
	return Config{Name: fmt.Sprintf("efficientnet-b%d", b), Width: v[0], Depth: v[1], Resolution: int(v[2])}, nil
}

// Compound coefficients of the paper: depth α^φ, width β^φ,
// resolution γ^φ, chosen so that α·β²·γ² ≈ 2.
const (
	Alpha = 1.2
	Beta  = 1.1
	Gamma = 1.15
)

// Compound returns the configuration for compound coefficient φ applied to
// B0 (the released B1–B7 use hand-rounded values; use Variant for them).
// The resolution is rounded to a multiple of 8.
func Compound(phi float64) Config {
	res := int(math.Round(224*math.Pow(Gamma, phi)/8)) * 8
	return Config{
		Name:       fmt.Sprintf("efficientnet-phi%g", phi),
		Width:      math.Pow(Beta, phi),
		Depth:      math.Pow(Alpha, phi),
		Resolution: res,
	}
}

// RoundFilters scales a channel count by the width multiplier and rounds
// it to a multiple of 8, never below 8 nor more than 10 % under the exact
// value (the references' round_filters).
func RoundFilters(c int, width float64) int {
	f := float64(c) * width
	n := int(f+4) / 8 * 8
	if n < 8 {
		n = 8
	}
	if float64(n) < 0.9*f {
		n += 8
	}
	return n
}

// RoundRepeats scales a stage's repeat count by the depth multiplier,
// rounding up (the references' round_repeats).
func RoundRepeats(r int, depth float64) int {
	return int(math.Ceil(depth * float64(r)))
}
