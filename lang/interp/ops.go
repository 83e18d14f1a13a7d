package interp

import (
	"math"

	"gomat/lang/ast"
	"gomat/lang/value"
)

type binaryFunc func(a, b value.Value) (value.Value, error)

// generic holds the full implementation of each binary operator; the
// compiled code tries the inline-scalar fast path first.
var generic = map[ast.Op]binaryFunc{
	ast.Add: value.Plus, ast.Sub: value.Minus, ast.MatMul: value.MTimes, ast.ElMul: value.Times,
	ast.MatDiv: value.MRDivide, ast.ElDiv: value.RDivide, ast.MatLeftDiv: value.MLDivide,
	ast.ElLeftDiv: value.LDivide, ast.MatPow: value.MPower, ast.ElPow: value.Power,
	ast.Lt: value.Lt, ast.Le: value.Le, ast.Gt: value.Gt, ast.Ge: value.Ge,
	ast.Eq: value.Eq, ast.Ne: value.Ne, ast.And: value.And, ast.Or: value.Or,
}

// operatorMethods names the function MATLAB calls for each operator, so an
// object class overloads an operator by registering a method of that name
// (categorical registers eq and ne, for example).
var operatorMethods = map[ast.Op]string{
	ast.Add: "plus", ast.Sub: "minus", ast.MatMul: "mtimes", ast.ElMul: "times",
	ast.MatDiv: "mrdivide", ast.ElDiv: "rdivide", ast.MatLeftDiv: "mldivide", ast.ElLeftDiv: "ldivide",
	ast.MatPow: "mpower", ast.ElPow: "power", ast.Lt: "lt", ast.Le: "le", ast.Gt: "gt", ast.Ge: "ge",
	ast.Eq: "eq", ast.Ne: "ne", ast.And: "and", ast.Or: "or", ast.Neg: "uminus", ast.Plus: "uplus",
	ast.Not: "not", ast.CTranspose: "ctranspose", ast.Transpose: "transpose",
}

// objectOperator calls the method overloading op when an operand is an
// object whose class defines it; ok is false otherwise.
func objectOperator(fr *frame, op ast.Op, operands ...value.Value) (r value.Value, ok bool, err error) {
	name := operatorMethods[op]
	for _, v := range operands {
		if m := methodFor(v, name); m != nil {
			vs, err := fr.callBuiltin(m, operands, 1)
			if err != nil {
				return value.Value{}, true, err
			}
			if len(vs) == 0 {
				return value.Value{}, true, value.Errorf("MATLAB:TooManyOutputs", "Too many output arguments.")
			}
			return vs[0], true, nil
		}
	}
	return value.Value{}, false, nil
}

// scalarArith returns the real result of op on two real doubles; ok is false
// when the result would be complex (the generic path then handles it).
func scalarArith(op ast.Op, a, b float64) (r float64, ok bool) {
	switch op {
	case ast.Add:
		return a + b, true
	case ast.Sub:
		return a - b, true
	case ast.MatMul, ast.ElMul:
		return a * b, true
	case ast.MatDiv, ast.ElDiv:
		return a / b, true
	case ast.MatLeftDiv, ast.ElLeftDiv:
		return b / a, true
	case ast.MatPow, ast.ElPow:
		if a < 0 && b != math.Trunc(b) {
			return 0, false
		}
		if b == 2 {
			return a * a, true
		}
		return math.Pow(a, b), true
	}
	return 0, false
}

func scalarCompare(op ast.Op, a, b float64) bool {
	switch op {
	case ast.Lt:
		return a < b
	case ast.Le:
		return a <= b
	case ast.Gt:
		return a > b
	case ast.Ge:
		return a >= b
	case ast.Eq:
		return a == b
	}
	return a != b
}

func isCompare(op ast.Op) bool { return op >= ast.Lt && op <= ast.Ne }

// inlineScalar reports whether v is an inline double or logical scalar.
func inlineScalar(v value.Value) bool { return v.IsNum() || v.IsBool() }

func (c *compiler) binary(e *ast.Binary) *cexpr {
	switch e.Op {
	case ast.AndAnd, ast.OrOr:
		return c.shortCircuit(e)
	}
	x, y := c.expr(e.X), c.expr(e.Y)
	op := e.Op
	base := generic[op]
	slow := func(fr *frame, a, b value.Value) (value.Value, error) {
		if isObject(a) || isObject(b) {
			if r, ok, err := objectOperator(fr, op, a, b); ok {
				return r, err
			}
		}
		return base(a, b)
	}
	kernel := scalarKernel(op)
	if y.konst && y.val.IsNum() {
		k := y.val.Float()
		return &cexpr{one: func(fr *frame) (value.Value, error) {
			a, err := x.one(fr)
			if err != nil {
				return a, err
			}
			if inlineScalar(a) {
				if r, ok := kernel(a.Float(), k); ok {
					return r, nil
				}
			}
			return slow(fr, a, y.val)
		}}
	}
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		a, err := x.one(fr)
		if err != nil {
			return a, err
		}
		b, err := y.one(fr)
		if err != nil {
			return b, err
		}
		if inlineScalar(a) && inlineScalar(b) {
			if r, ok := kernel(a.Float(), b.Float()); ok {
				return r, nil
			}
		}
		return slow(fr, a, b)
	}}
}

// scalarKernel returns the inline-scalar fast path of a binary operator:
// the result for two real double or logical scalars, or ok false when the
// generic path must decide (a complex power, NaN in a logical operator).
func scalarKernel(op ast.Op) func(a, b float64) (value.Value, bool) {
	switch {
	case isCompare(op):
		return func(a, b float64) (value.Value, bool) { return value.Bool(scalarCompare(op, a, b)), true }
	case op == ast.And:
		return func(a, b float64) (value.Value, bool) {
			return value.Bool(a != 0 && b != 0), !math.IsNaN(a) && !math.IsNaN(b)
		}
	case op == ast.Or:
		return func(a, b float64) (value.Value, bool) {
			return value.Bool(a != 0 || b != 0), !math.IsNaN(a) && !math.IsNaN(b)
		}
	case op == ast.Add:
		return func(a, b float64) (value.Value, bool) { return value.Num(a + b), true }
	case op == ast.Sub:
		return func(a, b float64) (value.Value, bool) { return value.Num(a - b), true }
	case op == ast.MatMul || op == ast.ElMul:
		return func(a, b float64) (value.Value, bool) { return value.Num(a * b), true }
	case op == ast.MatDiv || op == ast.ElDiv:
		return func(a, b float64) (value.Value, bool) { return value.Num(a / b), true }
	}
	return func(a, b float64) (value.Value, bool) {
		r, ok := scalarArith(op, a, b)
		return value.Num(r), ok
	}
}

const scalarLogicalMsg = "Operands to the logical AND (&&) and OR (||) operators must be convertible to logical scalar values. Use the ANY or ALL functions to reduce operands to logical scalar values."

// scalarTruth converts an operand of && or || to a logical scalar.
func scalarTruth(v value.Value, op string) (bool, error) {
	if inlineScalar(v) && !math.IsNaN(v.Float()) {
		return v.Float() != 0, nil
	}
	if v.Numel() != 1 {
		return false, value.Errorf("MATLAB:nonLogicalConditional", "%s", scalarLogicalMsg)
	}
	if v.Class() == value.StringClass || v.Class() == value.CellClass || v.Class() == value.StructClass {
		return false, value.Errorf("MATLAB:nonLogicalConditional", "Invalid data type. Operand must be convertible to logical scalar values. Use the ANY or ALL functions to reduce operands to logical scalar values.")
	}
	return value.IsTrue(v)
}

func (c *compiler) shortCircuit(e *ast.Binary) *cexpr {
	x, y := c.expr(e.X), c.expr(e.Y)
	and := e.Op == ast.AndAnd
	opName := "||"
	if and {
		opName = "&&"
	}
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		a, err := x.one(fr)
		if err != nil {
			return a, err
		}
		ta, err := scalarTruth(a, opName)
		if err != nil {
			return value.Value{}, err
		}
		if and != ta {
			return value.Bool(ta), nil
		}
		b, err := y.one(fr)
		if err != nil {
			return b, err
		}
		tb, err := scalarTruth(b, opName)
		if err != nil {
			return value.Value{}, err
		}
		return value.Bool(tb), nil
	}}
}

func (c *compiler) unary(e *ast.Unary) *cexpr {
	x := c.expr(e.X)
	switch e.Op {
	case ast.Neg:
		if x.konst && x.val.IsNum() {
			return constExpr(value.Num(-x.val.Float()))
		}
		return &cexpr{one: func(fr *frame) (value.Value, error) {
			a, err := x.one(fr)
			if err != nil {
				return a, err
			}
			if inlineScalar(a) {
				return value.Num(-a.Float()), nil
			}
			return unaryOperator(fr, ast.Neg, value.Negate, a)
		}}
	case ast.Plus:
		return &cexpr{one: func(fr *frame) (value.Value, error) {
			a, err := x.one(fr)
			if err != nil {
				return a, err
			}
			if inlineScalar(a) {
				return value.Num(a.Float()), nil
			}
			return unaryOperator(fr, ast.Plus, value.UPlus, a)
		}}
	case ast.Not:
		return &cexpr{one: func(fr *frame) (value.Value, error) {
			a, err := x.one(fr)
			if err != nil {
				return a, err
			}
			if inlineScalar(a) && !math.IsNaN(a.Float()) {
				return value.Bool(a.Float() == 0), nil
			}
			return unaryOperator(fr, ast.Not, value.Not, a)
		}}
	}
	f := value.Transpose
	if e.Op == ast.CTranspose {
		f = value.CTranspose
	}
	op := e.Op
	return &cexpr{one: func(fr *frame) (value.Value, error) {
		a, err := x.one(fr)
		if err != nil {
			return a, err
		}
		if inlineScalar(a) {
			return a, nil
		}
		return unaryOperator(fr, op, f, a)
	}}
}

func isObject(v value.Value) bool {
	_, ok := v.Ref().(value.Object)
	return ok
}

// unaryOperator applies a unary operator, letting objects overload it.
func unaryOperator(fr *frame, op ast.Op, f func(value.Value) (value.Value, error), a value.Value) (value.Value, error) {
	if isObject(a) {
		if r, ok, err := objectOperator(fr, op, a); ok {
			return r, err
		}
	}
	return f(a)
}
