package value

import "math"

// b2f converts a comparison result to the 0/1 stored in logical arrays.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// realKernel computes out[i] = x[i*sx] op y[i*sy] for real operands, where
// each step is 1, or 0 for an operand expanded along the run. opGt and opGe
// are never passed: callers swap the operands of their mirrors.
func realKernel(op binOp, out, x []float64, sx int, y []float64, sy int) {
	n := len(out)
	switch {
	case sx == 0:
		realScalarLeft(op, out, x[0], y[:n])
	case sy == 0:
		realScalarRight(op, out, x[:n], y[0])
	default:
		realSame(op, out, x[:n], y[:n])
	}
}

// realSame is realKernel for two runs of equal length.
func realSame(op binOp, out, x, y []float64) {
	x, y = x[:len(out)], y[:len(out)]
	switch op {
	case opPlus:
		for i := range out {
			out[i] = x[i] + y[i]
		}
	case opMinus:
		for i := range out {
			out[i] = x[i] - y[i]
		}
	case opTimes:
		for i := range out {
			out[i] = x[i] * y[i]
		}
	case opRDiv:
		for i := range out {
			out[i] = x[i] / y[i]
		}
	case opPower:
		for i := range out {
			out[i] = math.Pow(x[i], y[i])
		}
	case opLt:
		for i := range out {
			out[i] = b2f(x[i] < y[i])
		}
	case opLe:
		for i := range out {
			out[i] = b2f(x[i] <= y[i])
		}
	case opEq:
		for i := range out {
			out[i] = b2f(x[i] == y[i])
		}
	case opNe:
		for i := range out {
			out[i] = b2f(x[i] != y[i])
		}
	case opAnd:
		for i := range out {
			out[i] = b2f(x[i] != 0 && y[i] != 0)
		}
	case opOr:
		for i := range out {
			out[i] = b2f(x[i] != 0 || y[i] != 0)
		}
	}
}

// realScalarLeft is realKernel for a scalar left operand.
func realScalarLeft(op binOp, out []float64, x float64, y []float64) {
	y = y[:len(out)]
	switch op {
	case opPlus:
		for i := range out {
			out[i] = x + y[i]
		}
	case opMinus:
		for i := range out {
			out[i] = x - y[i]
		}
	case opTimes:
		for i := range out {
			out[i] = x * y[i]
		}
	case opRDiv:
		for i := range out {
			out[i] = x / y[i]
		}
	case opPower:
		for i := range out {
			out[i] = math.Pow(x, y[i])
		}
	case opLt:
		for i := range out {
			out[i] = b2f(x < y[i])
		}
	case opLe:
		for i := range out {
			out[i] = b2f(x <= y[i])
		}
	case opEq:
		for i := range out {
			out[i] = b2f(x == y[i])
		}
	case opNe:
		for i := range out {
			out[i] = b2f(x != y[i])
		}
	case opAnd:
		for i := range out {
			out[i] = b2f(x != 0 && y[i] != 0)
		}
	case opOr:
		for i := range out {
			out[i] = b2f(x != 0 || y[i] != 0)
		}
	}
}

// realScalarRight is realKernel for a scalar right operand.
func realScalarRight(op binOp, out, x []float64, y float64) {
	x = x[:len(out)]
	switch op {
	case opPlus:
		for i := range out {
			out[i] = x[i] + y
		}
	case opMinus:
		for i := range out {
			out[i] = x[i] - y
		}
	case opTimes:
		for i := range out {
			out[i] = x[i] * y
		}
	case opRDiv:
		for i := range out {
			out[i] = x[i] / y
		}
	case opPower:
		if y == 2 {
			for i := range out {
				out[i] = x[i] * x[i]
			}
			return
		}
		for i := range out {
			out[i] = math.Pow(x[i], y)
		}
	case opLt:
		for i := range out {
			out[i] = b2f(x[i] < y)
		}
	case opLe:
		for i := range out {
			out[i] = b2f(x[i] <= y)
		}
	case opEq:
		for i := range out {
			out[i] = b2f(x[i] == y)
		}
	case opNe:
		for i := range out {
			out[i] = b2f(x[i] != y)
		}
	case opAnd:
		for i := range out {
			out[i] = b2f(x[i] != 0 && y != 0)
		}
	case opOr:
		for i := range out {
			out[i] = b2f(x[i] != 0 || y != 0)
		}
	}
}
