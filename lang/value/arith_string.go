package value

// stringPlus is Plus with a string operand: element-wise concatenation with
// implicit expansion. A missing operand element gives a missing result.
func stringPlus(a, b Value) (Value, error) {
	x, err := stringOperand(a, "+")
	if err != nil {
		return Value{}, err
	}
	y, err := stringOperand(b, "+")
	if err != nil {
		return Value{}, err
	}
	dims, err := broadcastDims(x.dims, y.dims)
	if err != nil {
		return Value{}, err
	}
	out := &StringArray{dims: dims, Elems: make([]string, dims.Numel())}
	forRuns(x.dims, y.dims, dims, func(oa, sa, ob, sb, oo, n int) {
		for i := range n {
			ia, ib := oa+i*sa, ob+i*sb
			if isMissing(x, ia) || isMissing(y, ib) {
				if out.Missing == nil {
					out.Missing = make([]bool, len(out.Elems))
				}
				out.Missing[oo+i] = true
				continue
			}
			out.Elems[oo+i] = x.Elems[ia] + y.Elems[ib]
		}
	})
	return FromRef(out), nil
}

// isMissing reports whether element i of s is <missing>.
func isMissing(s *StringArray, i int) bool { return s.Missing != nil && s.Missing[i] }
