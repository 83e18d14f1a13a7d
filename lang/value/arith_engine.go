package value

// elementwise applies a binary operation to two dense values with implicit
// expansion, following MATLAB's class rules.
func elementwise(op binOp, sym string, a, b Value) (Value, error) {
	x, err := denseOperand(a, sym)
	if err != nil {
		return Value{}, err
	}
	y, err := denseOperand(b, sym)
	if err != nil {
		return Value{}, err
	}
	return denseElementwise(op, x, y)
}

// denseElementwise is elementwise on dense operands.
func denseElementwise(op binOp, x, y operand) (Value, error) {
	var class Class
	if op.isRelational() || op == opAnd || op == opOr {
		class = Logical
	} else {
		var err error
		if class, err = arithClass(x.class, y.class); err != nil {
			return Value{}, err
		}
	}
	dims, err := broadcastDims(x.dims, y.dims)
	if err != nil {
		return Value{}, err
	}
	isComplex := x.im != nil || y.im != nil
	if isComplex && class.IsInteger() && op != opPlus && op != opMinus {
		return Value{}, errComplexInteger
	}
	if op == opPower && !isComplex && powerIsComplex(x.re, y.re) {
		isComplex = true
	}
	out := &Array{class: class, dims: dims, Re: make([]float64, dims.Numel())}
	if !isComplex {
		forRuns(x.dims, y.dims, dims, func(oa, sa, ob, sb, oo, n int) {
			realKernel(op, out.Re[oo:oo+n], x.re[oa:], sa, y.re[ob:], sb)
		})
		finishArray(out)
		return FromRef(out), nil
	}
	if class != Logical {
		out.Im = make([]float64, len(out.Re))
	}
	forRuns(x.dims, y.dims, dims, func(oa, sa, ob, sb, oo, n int) {
		var outIm []float64
		if out.Im != nil {
			outIm = out.Im[oo : oo+n]
		}
		complexKernel(op, out.Re[oo:oo+n], outIm, x.re[oa:], tail(x.im, oa), sa, y.re[ob:], tail(y.im, ob), sb)
	})
	finishArray(out)
	if op == opPower && out.Im != nil && class.IsInteger() {
		return Value{}, errComplexInteger
	}
	return FromRef(out), nil
}

// tail returns xs[i:], or nil for a nil slice (a real operand).
func tail(xs []float64, i int) []float64 {
	if xs == nil {
		return nil
	}
	return xs[i:]
}

// powerIsComplex reports whether real bases x raised to real exponents y
// give complex results: some base is negative and some exponent is a finite
// non-integer.
func powerIsComplex(x, y []float64) bool {
	neg := false
	for _, v := range x {
		if v < 0 {
			neg = true
			break
		}
	}
	if !neg {
		return false
	}
	for _, v := range y {
		if v == v && !isIntegral(v) && v-v == 0 {
			return true
		}
	}
	return false
}
