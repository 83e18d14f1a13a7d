package builtins

import (
	"math"
	"testing"

	"gomat/lang/value"
)

func TestDiagTriangles(t *testing.T) {
	mathCheck(t, []mathCase{
		{"x = diag([1 2]);", "double", value.Dims{2, 2}, []float64{1, 0, 0, 2}},
		{"x = diag([1;2],-1);", "double", value.Dims{3, 3}, []float64{0, 1, 0, 0, 0, 2, 0, 0, 0}},
		{"x = diag(5,1);", "double", value.Dims{2, 2}, []float64{0, 0, 5, 0}},
		{"x = diag([1 2;3 4]);", "double", value.Dims{2, 1}, []float64{1, 4}},
		{"x = diag([1 2 3;4 5 6],1);", "double", value.Dims{2, 1}, []float64{2, 6}},
		{"x = diag([1 2;3 4],3);", "double", value.Dims{0, 1}, []float64{}},
		{"x = diag([]);", "double", value.Dims{0, 0}, []float64{}},
		{"x = diag(int8([1 2]));", "int8", value.Dims{2, 2}, []float64{1, 0, 0, 2}},
		{"x = diag([true false]);", "logical", value.Dims{2, 2}, []float64{1, 0, 0, 0}},
		{"x = diag('ab');", "char", value.Dims{2, 2}, []float64{97, 0, 0, 98}},
		{"x = imag(diag([1i 2]));", "double", value.Dims{2, 2}, []float64{1, 0, 0, 0}},
		{"x = tril(magic(3));", "double", value.Dims{3, 3}, []float64{8, 3, 4, 0, 5, 9, 0, 0, 2}},
		{"x = tril(magic(3),1);", "double", value.Dims{3, 3}, []float64{8, 3, 4, 1, 5, 9, 0, 7, 2}},
		{"x = triu(magic(3));", "double", value.Dims{3, 3}, []float64{8, 0, 0, 1, 5, 0, 6, 7, 2}},
		{"x = triu([1 2 3;4 5 6],-1);", "double", value.Dims{2, 3}, []float64{1, 4, 2, 5, 3, 6}},
		{"x = triu(single([1 2;3 4]),1);", "single", value.Dims{2, 2}, []float64{0, 0, 2, 0}},
	})
	runCases(t, []evalCase{
		{"diag(ones(2,2,2))", "error", "First input must be 2-D."},
		{"diag([1 2],0.5)", "error", "K-th diagonal input must be an integer scalar."},
		{"tril({1})", "error", "Undefined function 'tril' for input arguments of type 'cell'."},
	})
}

func TestSubscripts(t *testing.T) {
	mathCheck(t, []mathCase{
		{"x = sub2ind([3 3],[1 2 3 1],[2 2 2 3]);", "double", value.Dims{1, 4}, []float64{4, 5, 6, 7}},
		{"x = sub2ind([2 3 4],2,5);", "double", nil, []float64{10}},
		{"x = sub2ind([2 3],[1;2],[3;1]);", "double", value.Dims{2, 1}, []float64{5, 2}},
		{"[r,x] = ind2sub([3 3],[3 4 5 6]);", "double", value.Dims{1, 4}, []float64{1, 2, 2, 2}},
		{"[a,x] = ind2sub([2 3 4],17);", "double", nil, []float64{9}},
		{"[a,b,c,x] = ind2sub([2 3],6);", "double", nil, []float64{1}},
		{"x = ind2sub([2 3],[5;6]);", "double", value.Dims{2, 1}, []float64{5, 6}},
	})
	runCases(t, []evalCase{
		{"sub2ind([2 3],3,1)", "error", "Out of range subscript."},
		{"sub2ind([2 3],1,0)", "error", "Out of range subscript."},
		{"sub2ind([2 3],[1 2],[1 2 3])", "error", "The subscript vectors must all be of the same size."},
		{"ind2sub([2 2],5)", "error", "Out of range index."},
		{"sub2ind([2 3])", "error", "Not enough input arguments."},
	})
}

func TestDegreeTrig(t *testing.T) {
	s3 := math.Sqrt(3)
	mathCheck(t, []mathCase{
		{"x = sind([0 30 90 180 270 360 -180 1170]);", "double", nil, []float64{0, 0.5, 1, 0, -1, 0, 0, 1}},
		{"x = 1./sind(180);", "double", nil, []float64{math.Inf(1)}},
		{"x = cosd([0 60 90 180 270]);", "double", nil, []float64{1, 0.5, 0, -1, 0}},
		{"x = tand([0 45 90 135 180 -45 60]);", "double", nil, []float64{0, 1, math.Inf(1), -1, 0, -1, s3}},
		{"x = sind([Inf NaN]);", "double", nil, []float64{math.NaN(), math.NaN()}},
		{"x = sind(single(30));", "single", nil, []float64{float64(float32(0.5))}},
		{"x = asind(0.5);", "double", nil, []float64{30}},
		{"x = imag(asind(2));", "double", nil, []float64{-math.Acosh(2) * 180 / math.Pi}},
		{"x = acosd([1 0]);", "double", nil, []float64{0, 90}},
		{"x = atand([1 Inf]);", "double", nil, []float64{45, 90}},
		{"x = sec(0) + csc(pi/2) + cot(pi/4);", "double", nil, []float64{3}},
		{"x = asec(2);", "double", nil, []float64{math.Pi / 3}},
		{"x = acsc(2);", "double", nil, []float64{math.Pi / 6}},
		{"x = acot([0 1]);", "double", nil, []float64{math.Pi / 2, math.Pi / 4}},
		{"x = imag(asec(0.5));", "double", nil, []float64{math.Acosh(2)}},
		{"x = deg2rad(180);", "double", nil, []float64{math.Pi}},
		{"x = rad2deg(single(pi));", "single", nil, []float64{180}},
		{"x = nthroot(-27,3);", "double", nil, []float64{-3}},
		{"x = nthroot(64,3);", "double", nil, []float64{4}},
		{"x = nthroot(-8,[5 3 -1]);", "double", value.Dims{1, 3}, []float64{-math.Pow(8, 0.2), -2, -0.125}},
		{"x = nthroot([4 -3],[1;3]);", "double", value.Dims{2, 2}, []float64{4, math.Cbrt(4), -3, -math.Cbrt(3)}},
		{"x = nthroot(single(8),3);", "single", nil, []float64{2}},
	})
	runCases(t, []evalCase{
		{"nthroot(-8,2)", "error", "If X is negative, N must be an odd integer."},
		{"nthroot(-8,2.5)", "error", "If X is negative, N must be an odd integer."},
		{"nthroot(8i,3)", "error", "Both X and N are required to be real."},
		{"nthroot([1 2],[1 2 3])", "error", "Arrays have incompatible sizes for this operation."},
		{"sind(int8(1))", "error", "Check for incorrect argument data type"},
		{"deg2rad(int8(1))", "error", "Input must be floating point."},
	})
}

func TestCumulativeExtremes(t *testing.T) {
	nan := math.NaN()
	mathCheck(t, []mathCase{
		{"x = cummax([3 5 2; 1 6 3; 7 8 1]);", "double", value.Dims{3, 3}, []float64{3, 3, 7, 5, 6, 8, 2, 3, 3}},
		{"x = cummin([3 5 2; 1 6 3; 7 8 1],2);", "double", value.Dims{3, 3}, []float64{3, 1, 7, 3, 1, 7, 2, 1, 1}},
		{"x = cummax([1 3 2],'reverse');", "double", nil, []float64{3, 3, 2}},
		{"x = cummin([NaN 2 NaN 1]);", "double", nil, []float64{nan, 2, 2, 1}},
		{"x = cummax([1 NaN 2],'includenan');", "double", nil, []float64{1, nan, nan}},
		{"x = cummax(int8([1 -3 5]));", "int8", nil, []float64{1, 1, 5}},
		{"x = cummax([false true false]);", "logical", nil, []float64{0, 1, 1}},
		{"x = abs(cummin([1+1i -2 0.5i]));", "double", nil, []float64{math.Sqrt2, math.Sqrt2, 0.5}},
		{"x = cumtrapz([1 4 9 16 25]);", "double", value.Dims{1, 5}, []float64{0, 2.5, 9, 21.5, 42}},
		{"x = cumtrapz(2,[1 2 3]);", "double", nil, []float64{0, 3, 8}},
		{"x = cumtrapz([0 1 3],[1 1 1]);", "double", nil, []float64{0, 1, 3}},
		{"x = cumtrapz([1 2; 3 4],2);", "double", value.Dims{2, 2}, []float64{0, 0, 1.5, 3.5}},
		{"x = cumtrapz([1 2],[1 2; 3 4; 5 6],2);", "double", value.Dims{3, 2}, []float64{0, 0, 0, 1.5, 3.5, 5.5}},
		{"x = cumtrapz(single([1 2]));", "single", nil, []float64{0, 1.5}},
		{"x = imag(cumtrapz([1i 3i]));", "double", nil, []float64{0, 2}},
		{"x = cumtrapz(zeros(0,3));", "double", value.Dims{0, 3}, []float64{}},
	})
	runCases(t, []evalCase{
		{"cummax('abc')", "error", "Invalid data type. First argument must be numeric or logical."},
		{"cummax([1 2],'all')", "error", "Dimension argument must be a positive integer scalar"},
		{"cummin([1 2],'bogus')", "error", "Invalid option."},
		{"cumtrapz([1 2 3],[1 2])", "error", "length(x) must equal the length of the first non-singleton dimension of y."},
		{"cumtrapz(1,2,3,4)", "error", "Too many input arguments."},
	})
}
