package engine

import (
	"math"
	"math/rand"
	"testing"
)

// TestDepthwiseMatchesNaive runs the depthwise layer forward and backward
// on shapes that exercise the vector kernels (whole registers of channels
// plus a tail), strides 1 and 2, kernels 3 and 5, TF-style asymmetric
// padding and dilation, and compares with a float64 loop over the
// definition, with the portable kernels and with the CPU's.
func TestDepthwiseMatchesNaive(t *testing.T) {
	defer func(k vecKernels) { vec = k }(vec)
	for _, k := range []vecKernels{goKernels, vec} {
		vec = k
		checkDepthwise(t)
	}
}

func checkDepthwise(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	for _, tc := range []struct {
		k, stride, dil, c int
		pad               [4]int
		h, w              int
	}{
		{3, 1, 1, 8, [4]int{1, 1, 1, 1}, 9, 11},
		{3, 2, 1, 24, [4]int{0, 1, 0, 1}, 10, 9},
		{5, 1, 1, 13, [4]int{2, 2, 2, 2}, 7, 7},
		{5, 2, 1, 16, [4]int{1, 2, 1, 2}, 14, 13},
		{3, 1, 2, 17, [4]int{2, 2, 2, 2}, 6, 8},
		{5, 1, 1, 32, [4]int{2, 2, 2, 2}, 3, 4},
	} {
		l := &Convolution2D{base: base{"dw"}, FilterSize: [2]int{tc.k, tc.k}, NumFilters: 1, ChannelWise: true,
			Stride: [2]int{tc.stride, tc.stride}, DilationFactor: [2]int{tc.dil, tc.dil}, Padding: tc.pad}
		in := Size{tc.h, tc.w, tc.c}
		out, err := l.Setup([]Size{in}, rng)
		if err != nil {
			t.Fatal(err)
		}
		for i := range l.Bias.Value {
			l.Bias.Value[i] = float32(rng.NormFloat64())
		}
		const n = 3
		x, dy := randTensor(rng, n, in), randTensor(rng, n, out)
		y, dx := NewTensor(n, out), NewTensor(n, in)
		if err := l.Forward(&Context{}, []*Tensor{x}, y); err != nil {
			t.Fatal(err)
		}
		if err := l.Backward(&Context{}, []*Tensor{x}, y, dy, []*Tensor{dx}); err != nil {
			t.Fatal(err)
		}
		wantY := make([]float64, len(y.Data))
		wantDx := make([]float64, len(dx.Data))
		wantDw := make([]float64, len(l.Weights.Value))
		wantDb := make([]float64, tc.c)
		for s := 0; s < n; s++ {
			for oy := 0; oy < out.H; oy++ {
				for ox := 0; ox < out.W; ox++ {
					for ch := 0; ch < tc.c; ch++ {
						o := ((s*out.H+oy)*out.W+ox)*tc.c + ch
						acc := float64(l.Bias.Value[ch])
						g := float64(dy.Data[o])
						wantDb[ch] += g
						for i := 0; i < tc.k; i++ {
							for j := 0; j < tc.k; j++ {
								iy := oy*tc.stride - tc.pad[0] + i*tc.dil
								ix := ox*tc.stride - tc.pad[2] + j*tc.dil
								if iy < 0 || iy >= in.H || ix < 0 || ix >= in.W {
									continue
								}
								xi := ((s*in.H+iy)*in.W+ix)*tc.c + ch
								wi := (i*tc.k+j)*tc.c + ch
								acc += float64(x.Data[xi]) * float64(l.Weights.Value[wi])
								wantDx[xi] += g * float64(l.Weights.Value[wi])
								wantDw[wi] += g * float64(x.Data[xi])
							}
						}
						wantY[o] = acc
					}
				}
			}
		}
		for _, cmp := range []struct {
			name string
			got  []float32
			want []float64
		}{{"y", y.Data, wantY}, {"dx", dx.Data, wantDx}, {"dw", l.Weights.Grad, wantDw}, {"db", l.Bias.Grad, wantDb}} {
			for i, v := range cmp.got {
				if math.Abs(float64(v)-cmp.want[i]) > 1e-4*(1+math.Abs(cmp.want[i])) {
					t.Fatalf("%s k=%d stride=%d dil=%d c=%d: %s[%d] = %g, want %g", vec.name, tc.k, tc.stride, tc.dil, tc.c, cmp.name, i, v, cmp.want[i])
				}
			}
		}
	}
}
