package builtins

import (
	"math"
	"testing"
)

func TestElementwise(t *testing.T) {
	mathCheck(t, []mathCase{
		{"x = abs([-1 2 -3]);", "double", nil, []float64{1, 2, 3}},
		{"x = abs(int8(-128));", "int8", nil, []float64{127}},
		{"x = abs(3+4i);", "double", nil, []float64{5}},
		{"x = sign([-2 0 3]);", "double", nil, []float64{-1, 0, 1}},
		{"x = sqrt([4 9]);", "double", nil, []float64{2, 3}},
		{"x = imag(sqrt(-4));", "double", nil, []float64{2}},
		{"x = real(log(-1));", "double", nil, []float64{0}},
		{"x = imag(log(-1));", "double", nil, []float64{math.Pi}},
		{"x = exp(0);", "double", nil, []float64{1}},
		{"x = log2(8);", "double", nil, []float64{3}},
		{"[f,x] = log2(10);", "double", nil, []float64{4}},
		{"[x,e] = log2(10);", "double", nil, []float64{0.625}},
		{"x = log10(1000);", "double", nil, []float64{3}},
		{"x = pow2(3);", "double", nil, []float64{8}},
		{"x = pow2(3,2);", "double", nil, []float64{12}},
		{"x = atan2(1,1);", "double", nil, []float64{math.Pi / 4}},
		{"x = hypot(3,4);", "double", nil, []float64{5}},
		{"x = floor([-1.5 1.5]);", "double", nil, []float64{-2, 1}},
		{"x = ceil([-1.5 1.5]);", "double", nil, []float64{-1, 2}},
		{"x = fix([-1.5 1.5]);", "double", nil, []float64{-1, 1}},
		{"x = round([-2.5 2.5 0.4]);", "double", nil, []float64{-3, 3, 0}},
		{"x = round(pi,2);", "double", nil, []float64{3.14}},
		{"x = round(1234,-2);", "double", nil, []float64{1200}},
		{"x = round(123456,2,'significant');", "double", nil, []float64{120000}},
		{"x = round(int8(7),-1);", "int8", nil, []float64{10}},
		{"x = mod([5 -5 5 -5],[3 3 -3 -3]);", "double", nil, []float64{2, 1, -1, -2}},
		{"x = rem([5 -5 5 -5],[3 3 -3 -3]);", "double", nil, []float64{2, -2, 2, -2}},
		{"x = mod(5,0);", "double", nil, []float64{5}},
		{"x = mod(int8(-7),int8(3));", "int8", nil, []float64{2}},
		{"x = mod(5.5,2);", "double", nil, []float64{1.5}},
		{"x = gamma(5);", "double", nil, []float64{24}},
		{"x = factorial([0 5]);", "double", nil, []float64{1, 120}},
		{"x = nchoosek(5,2);", "double", nil, []float64{10}},
		{"x = nchoosek([1 2 3],2);", "double", nil, []float64{1, 1, 2, 2, 3, 3}},
		{"x = gcd(12,18);", "double", nil, []float64{6}},
		{"x = lcm(4,6);", "double", nil, []float64{12}},
		{"x = primes(10);", "double", nil, []float64{2, 3, 5, 7}},
		{"x = isprime([1 2 9 11]);", "logical", nil, []float64{0, 1, 0, 1}},
		{"x = angle(1i);", "double", nil, []float64{math.Pi / 2}},
		{"x = imag(conj(1+2i));", "double", nil, []float64{-2}},
		{"x = isreal(complex(1,0));", "logical", nil, []float64{0}},
		{"x = plus(1,2);", "double", nil, []float64{3}},
		{"x = minus([5 6],1);", "double", nil, []float64{4, 5}},
		{"x = times(2,3);", "double", nil, []float64{6}},
		{"x = rdivide(6,3);", "double", nil, []float64{2}},
		{"x = ldivide(2,6);", "double", nil, []float64{3}},
		{"x = mtimes([1 2],[3;4]);", "double", nil, []float64{11}},
		{"x = power(2,[1 2 3]);", "double", nil, []float64{2, 4, 8}},
		{"x = uminus(3);", "double", nil, []float64{-3}},
		{"x = not([1 0]);", "logical", nil, []float64{0, 1}},
		{"x = xor([1 1 0],[1 0 0]);", "logical", nil, []float64{0, 1, 0}},
		{"x = [eq(1,1) ne(1,1) lt(1,2) le(2,2) gt(1,2) ge(3,2)];", "logical", nil, []float64{1, 0, 1, 1, 0, 1}},
		{"x = sin(0) + cos(0) + tan(0);", "double", nil, []float64{1}},
		{"x = asin(1);", "double", nil, []float64{math.Pi / 2}},
		{"x = real(acos(2));", "double", nil, []float64{0}},
		{"x = sign(imag(asin([2 -2 0.5+2i])));", "double", nil, []float64{-1, 1, 1}},
		{"x = sign(imag(acos([2 -2])));", "double", nil, []float64{1, -1}},
		{"x = real(acos(-2));", "double", nil, []float64{math.Pi}},
		{"x = imag(atanh([2 -2]));", "double", nil, []float64{math.Pi / 2, -math.Pi / 2}},
		{"x = imag(asin(2));", "double", nil, []float64{-math.Acosh(2)}},
		{"x = tanh(0) + cosh(0) + sinh(0);", "double", nil, []float64{1}},
		{"x = expm1(0) + log1p(0);", "double", nil, []float64{0}},
		{"x = sqrt(single(4));", "single", nil, []float64{2}},
	})
}

func TestElementwiseErrors(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"sin(int8(1))", "Check for incorrect argument data type or missing argument in call to function 'sin'."},
		{"abs({1})", "Undefined function 'abs' for input arguments of type 'cell'."},
		{"mod([1 2 3],[1 2])", "Arrays have incompatible sizes for this operation."},
		{"mod(int8(1),int16(1))", "Integers can only be combined with integers of the same class, or scalar doubles."},
		{"factorial(-1)", "N must be an array of real non-negative integers."},
	}
	for _, tc := range cases {
		if got := mathRunError(t, tc.src); got != tc.msg {
			t.Errorf("%s: error %q, want %q", tc.src, got, tc.msg)
		}
	}
}
