package value

import (
	"math"
	"math/cmplx"
)

// complexKernel is realKernel for operands of which at least one is complex;
// xi or yi is nil for a real operand. outIm is nil for comparisons and
// logical operations, whose results are real.
func complexKernel(op binOp, outRe, outIm, xr, xi []float64, sx int, yr, yi []float64, sy int) {
	for i := range outRe {
		ar, br := xr[i*sx], yr[i*sy]
		var ai, bi float64
		if xi != nil {
			ai = xi[i*sx]
		}
		if yi != nil {
			bi = yi[i*sy]
		}
		var re, im float64
		switch op {
		case opPlus:
			re, im = ar+br, ai+bi
		case opMinus:
			re, im = ar-br, ai-bi
		case opTimes:
			re, im = complexTimes(ar, ai, xi == nil, br, bi, yi == nil)
		case opRDiv:
			if yi == nil {
				re, im = ar/br, ai/br
			} else {
				q := complex(ar, ai) / complex(br, bi)
				re, im = real(q), imag(q)
			}
		case opPower:
			p := complexPow(complex(ar, ai), complex(br, bi))
			re, im = real(p), imag(p)
		case opLt:
			re = b2f(ar < br)
		case opLe:
			re = b2f(ar <= br)
		case opEq:
			re = b2f(ar == br && ai == bi)
		case opNe:
			re = b2f(ar != br || ai != bi)
		case opAnd:
			re = b2f((ar != 0 || ai != 0) && (br != 0 || bi != 0))
		case opOr:
			re = b2f(ar != 0 || ai != 0 || br != 0 || bi != 0)
		}
		outRe[i] = re
		if outIm != nil {
			outIm[i] = im
		}
	}
}

// complexTimes multiplies two complex numbers; a real operand (flagged by
// xReal or yReal) scales the other's parts separately, as MATLAB does, so
// that Inf times a real-valued complex number gives no spurious NaN.
func complexTimes(ar, ai float64, xReal bool, br, bi float64, yReal bool) (float64, float64) {
	switch {
	case xReal:
		return ar * br, ar * bi
	case yReal:
		return ar * br, ai * br
	}
	return ar*br - ai*bi, ar*bi + ai*br
}

// maxExactPower bounds the integer exponents that complexPow computes by
// repeated squaring rather than in polar form.
const maxExactPower = 64

// complexPow returns x^y. Real powers that are real stay exact (math.Pow);
// small integer exponents use repeated squaring, so (1+2i)^2 is exactly
// -3+4i; other cases use the principal value.
func complexPow(x, y complex128) complex128 {
	xr, yr := real(x), real(y)
	if imag(y) == 0 {
		if imag(x) == 0 && (xr >= 0 || isIntegral(yr) || math.IsNaN(yr) || math.IsInf(yr, 0)) {
			return complex(math.Pow(xr, yr), 0)
		}
		if isIntegral(yr) && math.Abs(yr) <= maxExactPower {
			p := complexIntPow(x, int(math.Abs(yr)))
			if yr < 0 {
				return 1 / p
			}
			return p
		}
	}
	return cmplx.Pow(x, y)
}

// complexIntPow returns x^n for n ≥ 0 by repeated squaring.
func complexIntPow(x complex128, n int) complex128 {
	p := complex(1, 0)
	for n > 0 {
		if n&1 == 1 {
			p *= x
		}
		x *= x
		n >>= 1
	}
	return p
}

// isIntegral reports whether x is a finite whole number.
func isIntegral(x float64) bool { return x == math.Trunc(x) && !math.IsInf(x, 0) }
