package engine

// vecKernels are the element-wise kernels behind the activations and batch
// normalisation. The portable ones are below; vecmath_amd64.go swaps in
// AVX2 assembly when the CPU has it. Slices passed together have equal
// lengths; the row kernels take x as rows of len(a) channels.
type vecKernels struct {
	name string
	// swish: y = x·σ(x); swishBack: dx = dy·σ(x)·(1 + x·(1−σ(x))).
	swish     func(y, x []float32)
	swishBack func(dx, x, dy []float32)
	// sigmoid: y = σ(x); sigmoidBack from the output s: dx = dy·s·(1−s).
	sigmoid     func(y, x []float32)
	sigmoidBack func(dx, s, dy []float32)
	// affine: y = a·x + b per channel; affineSwish: y = swish(a·x + b).
	affine      func(y, x, a, b []float32)
	affineSwish func(y, x, a, b []float32)
	// affineSwishBack: dz = dy·swish′(a·x + b) per channel.
	affineSwishBack func(dz, x, dy, a, b []float32)
	// colSums adds Σ (p−m0) to s0 and Σ (p−m0)·(q−mu) to s1 per channel
	// (rows of len(s0) channels).
	colSums func(s0, s1, p, q, m0, mu []float32)
	// colAdd adds the rows of p (len(s) channels each) to s.
	colAdd func(s, p []float32)
	// finite reports whether no value is NaN or ±Inf.
	finite func(x []float32) bool
	// combine: y = k0·dy + k1·x + k2 per channel; y may be dy.
	combine func(y, dy, x, k0, k1, k2 []float32)
	// depthwise and depthwiseTap are the depthwise convolution kernels
	// (see dwGeom).
	depthwise    func(y, x, w, b []float32, g dwGeom)
	depthwiseTap func(dx, x, dy, w, dw []float32, g dwGeom)
}

// goKernels is the portable implementation.
var goKernels = vecKernels{
	name:            "go",
	swish:           swishGo,
	swishBack:       swishBackGo,
	sigmoid:         sigmoidGo,
	sigmoidBack:     sigmoidBackGo,
	affine:          affineGo,
	affineSwish:     affineSwishGo,
	affineSwishBack: affineSwishBackGo,
	colSums:         colSumsGo,
	combine:         combineGo,
	colAdd:          colAddGo,
	finite:          func(x []float32) bool { return finiteSum(x) == 0 },
	depthwise:       dwForwardGo,
	depthwiseTap:    dwTapGo,
}

// vec is the kernel set in use, the fastest the CPU supports.
var vec = goKernels

func swishGo(y, x []float32) {
	y = y[:len(x)]
	for i, v := range x {
		y[i] = swishf(v)
	}
}

func swishBackGo(dx, x, dy []float32) {
	dx, dy = dx[:len(x)], dy[:len(x)]
	for i, v := range x {
		dx[i] = dy[i] * swishGradf(v)
	}
}

func sigmoidGo(y, x []float32) {
	y = y[:len(x)]
	for i, v := range x {
		y[i] = sigmoidf(v)
	}
}

func sigmoidBackGo(dx, s, dy []float32) {
	dx, dy = dx[:len(s)], dy[:len(s)]
	for i, v := range s {
		dx[i] = dy[i] * (v * (1 - v))
	}
}

func affineGo(y, x, a, b []float32) {
	c := len(a)
	b = b[:c]
	for r := 0; r+c <= len(x); r += c {
		xr, yr := x[r:r+c], y[r:r+c]
		for i, v := range xr {
			yr[i] = v*a[i] + b[i]
		}
	}
}

func affineSwishGo(y, x, a, b []float32) {
	c := len(a)
	b = b[:c]
	for r := 0; r+c <= len(x); r += c {
		xr, yr := x[r:r+c], y[r:r+c]
		for i, v := range xr {
			yr[i] = swishf(v*a[i] + b[i])
		}
	}
}

func affineSwishBackGo(dz, x, dy, a, b []float32) {
	c := len(a)
	b = b[:c]
	for r := 0; r+c <= len(x); r += c {
		xr, gr, zr := x[r:r+c], dy[r:r+c], dz[r:r+c]
		for i, v := range xr {
			zr[i] = gr[i] * swishGradf(v*a[i]+b[i])
		}
	}
}

func colSumsGo(s0, s1, p, q, m0, mu []float32) {
	c := len(s0)
	s1, m0, mu = s1[:c], m0[:c], mu[:c]
	for r := 0; r+c <= len(p); r += c {
		pr, qr := p[r:r+c], q[r:r+c]
		for i, v := range pr {
			d := v - m0[i]
			s0[i] += d
			s1[i] += d * (qr[i] - mu[i])
		}
	}
}

func combineGo(y, dy, x, k0, k1, k2 []float32) {
	c := len(k0)
	k1, k2 = k1[:c], k2[:c]
	for r := 0; r+c <= len(x); r += c {
		xr, gr, yr := x[r:r+c], dy[r:r+c], y[r:r+c]
		for i, v := range gr {
			yr[i] = k0[i]*v + (k1[i]*xr[i] + k2[i])
		}
	}
}

func colAddGo(s, p []float32) {
	c := len(s)
	for r := 0; r+c <= len(p); r += c {
		for i, v := range p[r : r+c] {
			s[i] += v
		}
	}
}
