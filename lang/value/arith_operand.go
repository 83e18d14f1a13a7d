package value

// binOp identifies an element-wise binary operation. Left division has no
// code of its own: it runs as right division with the operands swapped.
type binOp uint8

const (
	opPlus binOp = iota
	opMinus
	opTimes
	opRDiv
	opPower
	opLt
	opLe
	opGt
	opGe
	opEq
	opNe
	opAnd
	opOr
)

// isRelational reports whether op is a comparison.
func (op binOp) isRelational() bool { return op >= opLt && op <= opNe }

// operand is the dense view of one argument of an element-wise operation.
type operand struct {
	class  Class
	dims   Dims
	re, im []float64
}

// denseOperand returns v's dense view, or MATLAB's error for operands of
// other classes, naming the operator sym.
func denseOperand(v Value, sym string) (operand, error) {
	switch v.k {
	case kindNum:
		return operand{class: Double, dims: scalarDims, re: []float64{v.f}}, nil
	case kindBool:
		return operand{class: Logical, dims: scalarDims, re: []float64{v.f}}, nil
	case kindRef:
		if a, ok := v.r.(*Array); ok {
			return operand{class: a.class, dims: a.dims, re: a.Re, im: a.Im}, nil
		}
	}
	return operand{}, unsupportedOperand(sym, v)
}

// unsupportedOperand is MATLAB's error for an operator applied to a value of
// a class it does not accept.
func unsupportedOperand(sym string, v Value) error {
	return Errorf("MATLAB:UndefinedFunction", "Operator '%s' is not supported for operands of type '%s'.", sym, v.ClassName())
}

// errMixedIntegers is MATLAB's error for combining different integer classes.
var errMixedIntegers = &Error{ID: "MATLAB:mixedClasses",
	Msg: "Integers can only be combined with integers of the same class, or scalar doubles."}

// errComplexInteger is MATLAB's error for complex integer multiplication,
// division and powers.
var errComplexInteger = &Error{ID: "MATLAB:complexInts", Msg: "Complex integer arithmetic is not supported."}

// arithClass returns the class of an arithmetic result: an integer class
// wins, then single, otherwise double (char and logical count as double).
func arithClass(a, b Class) (Class, error) {
	switch {
	case a.IsInteger() && b.IsInteger():
		if a != b {
			return 0, errMixedIntegers
		}
		return a, nil
	case a.IsInteger():
		return a, nil
	case b.IsInteger():
		return b, nil
	case a == Single || b == Single:
		return Single, nil
	}
	return Double, nil
}
