package value

import "strings"

// stringCompare is a relational operation with a string operand: the other
// operand is converted to a string and the texts compared element-wise in
// code-point order. Comparisons with <missing> are false, except ~= which is
// true.
func stringCompare(op binOp, sym string, a, b Value) (Value, error) {
	x, err := stringOperand(a, sym)
	if err != nil {
		return Value{}, err
	}
	y, err := stringOperand(b, sym)
	if err != nil {
		return Value{}, err
	}
	dims, err := broadcastDims(x.dims, y.dims)
	if err != nil {
		return Value{}, err
	}
	out := &Array{class: Logical, dims: dims, Re: make([]float64, dims.Numel())}
	forRuns(x.dims, y.dims, dims, func(oa, sa, ob, sb, oo, n int) {
		for i := range n {
			ia, ib := oa+i*sa, ob+i*sb
			if isMissing(x, ia) || isMissing(y, ib) {
				out.Re[oo+i] = b2f(op == opNe)
				continue
			}
			c := strings.Compare(x.Elems[ia], y.Elems[ib])
			out.Re[oo+i] = b2f(compareResult(op, c))
		}
	})
	return FromRef(out), nil
}

// compareResult applies a relational operator to the sign of a comparison.
func compareResult(op binOp, c int) bool {
	switch op {
	case opLt:
		return c < 0
	case opLe:
		return c <= 0
	case opGt:
		return c > 0
	case opGe:
		return c >= 0
	case opEq:
		return c == 0
	}
	return c != 0
}
