package ast

import (
	"strconv"
	"strings"
)

// Format unparses an expression the way MATLAB's func2str prints the body of
// an anonymous function: no spaces, commas between arguments and elements,
// strings quoted, numbers as written, and only the parentheses that
// precedence requires (`@(x) (x + 1) * 2` prints as `@(x)(x+1)*2`).
func Format(e Expr) string {
	var b strings.Builder
	format(&b, e)
	return b.String()
}

// Precedence levels, lowest first, as MATLAB orders its operators.
const (
	precAnon    = iota // an anonymous function's body extends to the right
	precOrOr           // ||
	precAndAnd         // &&
	precOr             // |
	precAnd            // &
	precRel            // < <= > >= == ~=
	precRange          // :
	precAdd            // + -
	precMul            // * / \ .* ./ .\
	precPrefix         // unary + - ~
	precPow            // ^ .^
	precPostfix        // ' .' indexing, fields
	precPrimary
)

var binaryPrec = [...]int{
	Add: precAdd, Sub: precAdd, MatMul: precMul, ElMul: precMul, MatDiv: precMul,
	ElDiv: precMul, MatLeftDiv: precMul, ElLeftDiv: precMul, MatPow: precPow,
	ElPow: precPow, Lt: precRel, Le: precRel, Gt: precRel, Ge: precRel,
	Eq: precRel, Ne: precRel, And: precAnd, Or: precOr, AndAnd: precAndAnd,
	OrOr: precOrOr,
}

func prec(e Expr) int {
	switch e := e.(type) {
	case *Binary:
		return binaryPrec[e.Op]
	case *Unary:
		if e.Op == CTranspose || e.Op == Transpose {
			return precPostfix
		}
		return precPrefix
	case *Range:
		return precRange
	case *Index, *Field, *DynField:
		return precPostfix
	case *AnonFunc:
		return precAnon
	}
	return precPrimary
}

// formatMin writes e, in parentheses when its precedence is below min.
func formatMin(b *strings.Builder, e Expr, min int) {
	if prec(e) < min {
		b.WriteByte('(')
		format(b, e)
		b.WriteByte(')')
		return
	}
	format(b, e)
}

func format(b *strings.Builder, e Expr) {
	switch e := e.(type) {
	case *Ident:
		b.WriteString(e.Name)
	case *Number:
		formatNumber(b, e)
	case *String:
		q := "'"
		if e.Double {
			q = `"`
		}
		b.WriteString(q + strings.ReplaceAll(e.Value, q, q+q) + q)
	case *Colon:
		b.WriteByte(':')
	case *End:
		b.WriteString("end")
	case *Tilde:
		b.WriteByte('~')
	case *Binary:
		formatBinary(b, e)
	case *Unary:
		formatUnary(b, e)
	case *Range:
		formatMin(b, e.Start, precRange+1)
		if e.Step != nil {
			b.WriteByte(':')
			formatMin(b, e.Step, precRange+1)
		}
		b.WriteByte(':')
		formatMin(b, e.Stop, precRange+1)
	case *Index:
		formatMin(b, e.X, precPostfix)
		open, closing := "(", ")"
		if e.Brace {
			open, closing = "{", "}"
		}
		b.WriteString(open)
		formatList(b, e.Args)
		b.WriteString(closing)
	case *Field:
		formatOperand(b, e.X)
		b.WriteString("." + e.Name)
	case *DynField:
		formatOperand(b, e.X)
		b.WriteString(".(")
		format(b, e.Name)
		b.WriteByte(')')
	case *Matrix:
		b.WriteByte('[')
		formatRows(b, e.Rows)
		b.WriteByte(']')
	case *CellLit:
		b.WriteByte('{')
		formatRows(b, e.Rows)
		b.WriteByte('}')
	case *AnonFunc:
		b.WriteString("@(" + strings.Join(e.Params, ",") + ")")
		format(b, e.Body)
	case *FuncHandle:
		b.WriteString("@" + e.Name)
	}
}

// formatOperand writes the operand of a field access, in parentheses when
// it is a number (whose '.' would otherwise read back as a decimal point).
func formatOperand(b *strings.Builder, x Expr) {
	if _, ok := x.(*Number); ok {
		b.WriteByte('(')
		format(b, x)
		b.WriteByte(')')
		return
	}
	formatMin(b, x, precPostfix)
}

func formatNumber(b *strings.Builder, n *Number) {
	if n.Text != "" {
		b.WriteString(n.Text)
		return
	}
	b.WriteString(strconv.FormatFloat(n.Value, 'g', -1, 64))
	if n.Imag {
		b.WriteByte('i')
	}
}

func formatBinary(b *strings.Builder, e *Binary) {
	p := binaryPrec[e.Op]
	formatMin(b, e.X, p)
	op := e.Op.String()
	// `1.` followed by `*` would read back as the operator `.*`.
	if s := b.String(); strings.HasSuffix(s, ".") && strings.ContainsAny(op[:1], "*/\\^") {
		b.WriteByte(' ')
	}
	b.WriteString(op)
	if p == precPow && exponentOperand(e.Y) {
		format(b, e.Y)
		return
	}
	formatMin(b, e.Y, p+1)
}

// exponentOperand reports whether e may follow ^ without parentheses: a
// postfix expression with any prefix operators in front (2^-x).
func exponentOperand(e Expr) bool {
	for {
		u, ok := e.(*Unary)
		if !ok || u.Op == CTranspose || u.Op == Transpose {
			return prec(e) >= precPostfix
		}
		e = u.X
	}
}

func formatUnary(b *strings.Builder, e *Unary) {
	switch e.Op {
	case CTranspose, Transpose:
		// A character vector directly followed by ' would read back as an
		// unterminated literal.
		if s, ok := e.X.(*String); ok && !s.Double && e.Op == CTranspose {
			b.WriteByte('(')
			format(b, s)
			b.WriteByte(')')
		} else {
			formatMin(b, e.X, precPostfix)
		}
		b.WriteString(e.Op.String())
	default:
		b.WriteString(e.Op.String())
		formatMin(b, e.X, precPrefix)
	}
}

func formatList(b *strings.Builder, es []Expr) {
	for i, x := range es {
		if i > 0 {
			b.WriteByte(',')
		}
		format(b, x)
	}
}

func formatRows(b *strings.Builder, rows [][]Expr) {
	for i, r := range rows {
		if i > 0 {
			b.WriteByte(';')
		}
		formatList(b, r)
	}
}
