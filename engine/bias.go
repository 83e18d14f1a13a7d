package engine

// biasTask adds a per-channel bias to rows of an NHWC buffer.
type biasTask struct {
	y, b []float32
}

func (t *biasTask) run(_, lo, hi int) {
	c := len(t.b)
	for r := lo; r < hi; r++ {
		row := t.y[r*c : (r+1)*c]
		for i, v := range t.b {
			row[i] += v
		}
	}
}

// colSumTask sums the rows of a rows×cols buffer into a vector, in float64
// per chunk, which is the bias gradient of every layer with a bias.
type colSumTask struct {
	src      []float32
	cols     int
	partials [][]float64
}

func (t *colSumTask) run(chunk, lo, hi int) {
	p := t.partials[chunk]
	for r := lo; r < hi; r++ {
		row := t.src[r*t.cols : (r+1)*t.cols]
		for i, v := range row {
			p[i] += float64(v)
		}
	}
}

// sum writes the column sums of src (cols wide) into dst.
func (t *colSumTask) sum(dst, src []float32, cols int) {
	n := numChunks()
	if len(t.partials) < n {
		t.partials = make([][]float64, n)
	}
	for i := range t.partials {
		t.partials[i] = growF64(t.partials[i], cols)
		for j := range t.partials[i] {
			t.partials[i][j] = 0
		}
	}
	t.src, t.cols = src, cols
	parallelFor(len(src)/cols, 64, t)
	for j := 0; j < cols; j++ {
		var s float64
		for i := range t.partials {
			s += t.partials[i][j]
		}
		dst[j] = float32(s)
	}
	t.src = nil
}
