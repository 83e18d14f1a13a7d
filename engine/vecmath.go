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
	// depthwise and depthwiseTap are the depthwise convolution kernels
	// (see dwGeom).
	depthwise    func(y, x, w, b []float32, g dwGeom)
	depthwiseTap func(dx, x, dy, w, dw []float32, g dwGeom)
}

// goKernels is the portable implementation.
var goKernels = vecKernels{
	name:         "go",
	swish:        swishGo,
	swishBack:    swishBackGo,
	sigmoid:      sigmoidGo,
	sigmoidBack:  sigmoidBackGo,
	affine:       affineGo,
	affineSwish:  affineSwishGo,
	depthwise:    dwForwardGo,
	depthwiseTap: dwTapGo,
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
