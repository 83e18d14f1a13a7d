package value

// Lt returns a < b as a logical array, with implicit expansion. Complex
// operands compare their real parts.
func Lt(a, b Value) (Value, error) { return compare(opLt, "<", a, b) }

// Le returns a <= b as a logical array.
func Le(a, b Value) (Value, error) { return compare(opLe, "<=", a, b) }

// Gt returns a > b as a logical array.
func Gt(a, b Value) (Value, error) { return compare(opGt, ">", a, b) }

// Ge returns a >= b as a logical array.
func Ge(a, b Value) (Value, error) { return compare(opGe, ">=", a, b) }

// Eq returns a == b as a logical array. Complex operands compare both parts.
func Eq(a, b Value) (Value, error) { return compare(opEq, "==", a, b) }

// Ne returns a ~= b as a logical array.
func Ne(a, b Value) (Value, error) { return compare(opNe, "~=", a, b) }

// compare runs a relational operation. Numeric, logical and char operands
// of any classes compare by value (char by code); a string operand makes it
// a text comparison. > and >= run as < and <= with the operands swapped.
func compare(op binOp, sym string, a, b Value) (Value, error) {
	if inlinePair(a, b) {
		return Bool(compareScalars(op, a.f, b.f)), nil
	}
	if isString(a) || isString(b) {
		return stringCompare(op, sym, a, b)
	}
	x, err := denseOperand(a, sym)
	if err != nil {
		return Value{}, err
	}
	y, err := denseOperand(b, sym)
	if err != nil {
		return Value{}, err
	}
	switch op {
	case opGt:
		return denseElementwise(opLt, y, x)
	case opGe:
		return denseElementwise(opLe, y, x)
	}
	return denseElementwise(op, x, y)
}

// compareScalars applies a relational operator to two real numbers.
func compareScalars(op binOp, x, y float64) bool {
	switch op {
	case opLt:
		return x < y
	case opLe:
		return x <= y
	case opGt:
		return x > y
	case opGe:
		return x >= y
	case opEq:
		return x == y
	}
	return x != y
}
