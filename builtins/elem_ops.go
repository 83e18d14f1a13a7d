package builtins

import (
	"gomat/lang/interp"
	"gomat/lang/value"
)

func init() {
	bin := []struct {
		name, sym string
		op        func(a, b value.Value) (value.Value, error)
	}{
		{"plus", "a + b", value.Plus}, {"minus", "a - b", value.Minus},
		{"times", "a .* b", value.Times}, {"rdivide", "a ./ b", value.RDivide},
		{"ldivide", "a .\\ b", value.LDivide}, {"power", "a .^ b", value.Power},
		{"mtimes", "a * b", value.MTimes}, {"mrdivide", "a / b", value.MRDivide},
		{"mldivide", "a \\ b", value.MLDivide}, {"mpower", "a ^ b", value.MPower},
		{"eq", "a == b", value.Eq}, {"ne", "a ~= b", value.Ne},
		{"lt", "a < b", value.Lt}, {"le", "a <= b", value.Le},
		{"gt", "a > b", value.Gt}, {"ge", "a >= b", value.Ge},
		{"and", "a & b", value.And}, {"or", "a | b", value.Or},
		{"xor", "logical exclusive or of a and b", xorValues},
	}
	table := make([]interp.Builtin, 0, len(bin)+5)
	for _, b := range bin {
		table = append(table, interp.Builtin{Name: b.name, Fn: binaryOp(b.op), Doc: b.name + "(a,b): " + b.sym})
	}
	un := []struct {
		name, sym string
		op        func(a value.Value) (value.Value, error)
	}{
		{"uminus", "-a", value.Negate}, {"uplus", "+a", value.UPlus}, {"not", "~a", value.Not},
		{"transpose", "a.' (transpose)", value.Transpose}, {"ctranspose", "a' (complex conjugate transpose)", value.CTranspose},
	}
	for _, u := range un {
		table = append(table, interp.Builtin{Name: u.name, Fn: unaryOp(u.op), Doc: u.name + "(a): " + u.sym})
	}
	interp.Register(table)
}

// binaryOp builds the function form of a binary operator.
func binaryOp(op func(a, b value.Value) (value.Value, error)) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var a, b value.Value
		if err := c.Unpack("a", &a, "b", &b); err != nil {
			return nil, err
		}
		return oneResult(op(a, b))
	}
}

// unaryOp builds the function form of a unary operator.
func unaryOp(op func(a value.Value) (value.Value, error)) interp.BuiltinFunc {
	return func(c *interp.Call) ([]value.Value, error) {
		var a value.Value
		if err := c.Unpack("a", &a); err != nil {
			return nil, err
		}
		return oneResult(op(a))
	}
}

// xorValues is xor(a,b): true where exactly one operand is nonzero.
func xorValues(a, b value.Value) (value.Value, error) {
	na, err := value.Ne(a, value.Num(0))
	if err != nil {
		return value.Value{}, err
	}
	nb, err := value.Ne(b, value.Num(0))
	if err != nil {
		return value.Value{}, err
	}
	return value.Ne(na, nb)
}
