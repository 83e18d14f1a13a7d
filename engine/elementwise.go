package engine

// unaryTask applies one of the element-wise activation kernels to a range
// of a flat buffer; forward and backward of sigmoid, swish, ReLU and
// clipped ReLU share it so that each is one parallel pass.
type unaryTask struct {
	op          unaryOp
	y, x, dy, g []float32
	ceiling     float32
}

type unaryOp int

const (
	opSigmoid unaryOp = iota
	opSigmoidBack
	opSwish
	opSwishBack
	opRelu
	opReluBack
	opClipped
	opClippedBack
)

// apply runs op over the whole buffer in parallel.
func (t *unaryTask) apply(op unaryOp, y, x, dy []float32) {
	t.op, t.y, t.x, t.dy = op, y, x, dy
	parallelFor(len(y), 1<<14, t)
	t.y, t.x, t.dy = nil, nil, nil
}

func (t *unaryTask) run(_, lo, hi int) {
	y := t.y[lo:hi]
	x := t.x[lo:hi]
	switch t.op {
	case opSigmoid:
		vec.sigmoid(y, x)
	case opSigmoidBack: // x holds the forward output s
		vec.sigmoidBack(y, x, t.dy[lo:hi])
	case opSwish:
		vec.swish(y, x)
	case opSwishBack:
		vec.swishBack(y, x, t.dy[lo:hi])
	case opRelu:
		for i, v := range x {
			if v > 0 {
				y[i] = v
			} else {
				y[i] = 0
			}
		}
	case opReluBack:
		dy := t.dy[lo:hi]
		for i, v := range x {
			if v > 0 {
				y[i] = dy[i]
			} else {
				y[i] = 0
			}
		}
	case opClipped:
		for i, v := range x {
			switch {
			case v <= 0:
				y[i] = 0
			case v >= t.ceiling:
				y[i] = t.ceiling
			default:
				y[i] = v
			}
		}
	case opClippedBack:
		dy := t.dy[lo:hi]
		for i, v := range x {
			if v > 0 && v < t.ceiling {
				y[i] = dy[i]
			} else {
				y[i] = 0
			}
		}
	}
}
