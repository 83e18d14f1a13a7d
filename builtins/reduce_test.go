package builtins

import (
	"math"
	"strings"
	"testing"

	"gomat/lang/value"
)

func TestReductions(t *testing.T) {
	nan := math.NaN()
	mathCheck(t, []mathCase{
		{"x = sum([1 2;3 4]);", "double", value.Dims{1, 2}, []float64{4, 6}},
		{"x = sum([1 2;3 4],2);", "double", value.Dims{2, 1}, []float64{3, 7}},
		{"x = sum([1 2;3 4],'all');", "double", nil, []float64{10}},
		{"x = sum(ones(2,3,2),[1 3]);", "double", value.Dims{1, 3}, []float64{4, 4, 4}},
		{"x = sum([]);", "double", value.Dims{1, 1}, []float64{0}},
		{"x = sum(zeros(0,3));", "double", value.Dims{1, 3}, []float64{0, 0, 0}},
		{"x = sum([1 NaN 2]);", "double", nil, []float64{nan}},
		{"x = sum([1 NaN 2],'omitnan');", "double", nil, []float64{3}},
		{"x = sum(int8([100 100]));", "int8", nil, []float64{127}},
		{"x = sum(int8([100 100]),'double');", "double", nil, []float64{200}},
		{"x = sum([true true]);", "double", nil, []float64{2}},
		{"x = sum(single([1 2]));", "single", nil, []float64{3}},
		{"x = prod([1 2 3 4]);", "double", nil, []float64{24}},
		{"x = prod([]);", "double", nil, []float64{1}},
		{"x = cumsum([1 2;3 4]);", "double", nil, []float64{1, 4, 2, 6}},
		{"x = cumsum([1 2 3],'reverse');", "double", nil, []float64{6, 5, 3}},
		{"x = cumprod([1 2 3]);", "double", nil, []float64{1, 2, 6}},
		{"x = mean([1 2;3 4]);", "double", nil, []float64{2, 3}},
		{"x = mean([]);", "double", nil, []float64{nan}},
		{"x = mean([1 NaN 3],'omitnan');", "double", nil, []float64{2}},
		{"x = mean(int8([1 2]));", "double", nil, []float64{1.5}},
		{"x = median([3 1 4 1 5]);", "double", nil, []float64{3}},
		{"x = median([4 1 3 2]);", "double", nil, []float64{2.5}},
		{"x = median([1 NaN 3]);", "double", nil, []float64{nan}},
		{"x = mode([1 2 2 3 3]);", "double", nil, []float64{2}},
		{"[m,x] = mode([1 2 2 3 3]);", "double", nil, []float64{2}},
		{"x = std([2 4 4 4 5 5 7 9]);", "double", nil, []float64{2.1380899352993952}},
		{"x = std([2 4 4 4 5 5 7 9],1);", "double", nil, []float64{2}},
		{"x = var([1 2 3 4]);", "double", nil, []float64{5.0 / 3}},
		{"x = var(5);", "double", nil, []float64{0}},
		{"x = max([3 9 2]);", "double", nil, []float64{9}},
		{"[m,x] = max([3 9 2 9]);", "double", nil, []float64{2}},
		{"x = max([1 5;7 2]);", "double", nil, []float64{7, 5}},
		{"x = max([1 5;7 2],[],2);", "double", value.Dims{2, 1}, []float64{5, 7}},
		{"x = max([1 5;7 2],[],'all');", "double", nil, []float64{7}},
		{"[m,x] = max([1 5;7 2],[],'all');", "double", nil, []float64{2}},
		{"x = max([NaN 1 2]);", "double", nil, []float64{2}},
		{"x = max([NaN 1 2],[],'includenan');", "double", nil, []float64{nan}},
		{"x = max([1 5 3],4);", "double", nil, []float64{4, 5, 4}},
		{"x = min([4 NaN],[NaN NaN]);", "double", nil, []float64{4, nan}},
		{"x = max([]);", "double", value.Dims{0, 0}, nil},
		{"x = min(int8([5 -3]));", "int8", nil, []float64{-3}},
		{"[x,hi] = bounds([3 1 4]);", "double", nil, []float64{1}},
		{"x = any([0 0 1]);", "logical", nil, []float64{1}},
		{"x = all([1 1 0]);", "logical", nil, []float64{0}},
		{"x = any([0 0;0 1]);", "logical", nil, []float64{0, 1}},
		{"x = all([]);", "logical", nil, []float64{1}},
		{"x = nnz([1 0 2]);", "double", nil, []float64{2}},
		{"x = find([0 1 0 1]);", "double", value.Dims{1, 2}, []float64{2, 4}},
		{"x = find([0;1;1]);", "double", value.Dims{2, 1}, []float64{2, 3}},
		{"x = find([1 1 1 1],2,'last');", "double", nil, []float64{3, 4}},
		{"[r,x] = find([0 1;1 0]);", "double", nil, []float64{1, 2}},
		{"[r,c,x] = find([0 5;7 0]);", "double", nil, []float64{7, 5}},
		{"x = sort([3 1 2]);", "double", nil, []float64{1, 2, 3}},
		{"x = sort([3 NaN 1]);", "double", nil, []float64{1, 3, nan}},
		{"x = sort([3 NaN 1],'descend');", "double", nil, []float64{nan, 3, 1}},
		{"[s,x] = sort([2 1 2 1]);", "double", nil, []float64{2, 4, 1, 3}},
		{"x = sort([3 1;2 4],2);", "double", nil, []float64{1, 2, 3, 4}},
		{"x = sort('hello');", "char", nil, []float64{'e', 'h', 'l', 'l', 'o'}},
		{"[s,x] = sort({'b','a','c'});", "double", nil, []float64{2, 1, 3}},
		{"x = sortrows([3 1;1 2;2 0]);", "double", nil, []float64{1, 2, 3, 2, 0, 1}},
		{"x = sortrows([1 1;1 2;0 5],-2);", "double", nil, []float64{0, 1, 1, 5, 2, 1}},
		{"[s,x] = sortrows([3;1;2]);", "double", nil, []float64{2, 3, 1}},
		{"x = [issorted([1 2 2 3]) issorted([3 1])];", "logical", nil, []float64{1, 0}},
		{"x = diff([1 4 9 16]);", "double", nil, []float64{3, 5, 7}},
		{"x = diff([1 4 9 16],2);", "double", nil, []float64{2, 2}},
		{"x = diff([1 2;4 8]);", "double", value.Dims{1, 2}, []float64{3, 6}},
		{"x = diff([1 2;4 8],1,2);", "double", value.Dims{2, 1}, []float64{1, 4}},
		{"x = trapz([1 2 3]);", "double", nil, []float64{4}},
		{"x = trapz([0 1 3],[1 2 3]);", "double", nil, []float64{6.5}},
		{"x = histcounts([1 2 2 3 5],[0 2 4 6]);", "double", nil, []float64{1, 3, 1}},
		{"[n,x] = histcounts([2 3 5 7 11 13 17 19 23 29],6);", "double", nil, []float64{0, 4.9, 9.8, 14.7, 19.6, 24.5, 29.4}},
		{"x = histcounts([2 3 5 7 11 13 17 19 23 29],6);", "double", nil, []float64{2, 2, 2, 2, 1, 1}},
		{"x = accumarray([1;2;1],[10;20;30]);", "double", value.Dims{2, 1}, []float64{40, 20}},
		{"x = accumarray([1 1;2 2;1 1],1);", "double", value.Dims{2, 2}, []float64{2, 0, 0, 1}},
		{"x = accumarray([1;3],[5;6],[4 1],@max,-1);", "double", nil, []float64{5, -1, 6, -1}},
	})
}

func TestReductionErrors(t *testing.T) {
	cases := []struct{ src, msg string }{
		{"sum({1})", "Invalid data type. First argument must be numeric or logical."},
		{"sum([1 2],0)", "Dimension argument must be a positive integer scalar or a vector of positive integers."},
		{"sum([1 2],'bogus')", "Invalid option."},
		{"[a,b] = max([1 2],[3 4])", "max with two matrices to compare and two output arguments is not supported."},
	}
	for _, tc := range cases {
		if got := mathRunError(t, tc.src); !strings.HasPrefix(got, tc.msg) {
			t.Errorf("%s: error %q, want %q", tc.src, got, tc.msg)
		}
	}
}

func TestSortOptions(t *testing.T) {
	nan := math.NaN()
	mathCheck(t, []mathCase{
		{"x = sort([3 NaN 1 NaN 2],'MissingPlacement','first');", "double", nil, []float64{nan, nan, 1, 2, 3}},
		{"[s,x] = sort([3 NaN 1 NaN 2],'MissingPlacement','first');", "double", nil, []float64{2, 4, 3, 5, 1}},
		{"[s,x] = sort([3 NaN 1 NaN 2],'descend','MissingPlacement','last');", "double", nil, []float64{1, 5, 3, 2, 4}},
		{"x = sort([3 NaN 1],'descend','MissingPlacement','auto');", "double", nil, []float64{nan, 3, 1}},
		{"x = sort([NaN 2;1 NaN],'MissingPlacement','first');", "double", nil, []float64{nan, 1, nan, 2}},
		// The radix path, with and without the permutation.
		{"r = [NaN 300:-1:1 NaN]; y = sort(r,'MissingPlacement','first'); x = y([1 2 3 end]);", "double", nil, []float64{nan, nan, 1, 300}},
		{"r = [NaN 300:-1:1 NaN]; [y,i] = sort(r,'MissingPlacement','first'); x = i([1 2 3 end]);", "double", nil, []float64{1, 302, 301, 2}},
		{"r = [NaN 1:300 NaN]; y = sort(r,'descend','MissingPlacement','last'); x = y([1 end-1 end]);", "double", nil, []float64{300, nan, nan}},
		{"x = sort([3 -1 1 -3],'ComparisonMethod','abs');", "double", nil, []float64{1, -1, 3, -3}},
		{"[s,x] = sort([3 -1 1 -3],'descend','ComparisonMethod','abs');", "double", nil, []float64{4, 1, 2, 3}},
		{"x = sort([2 -3 1],'ComparisonMethod','real');", "double", nil, []float64{-3, 1, 2}},
		{"[s,x] = sort([1+2i 3+1i 1i 0 -1i],'ComparisonMethod','real');", "double", nil, []float64{5, 4, 3, 1, 2}},
		{"[s,x] = sort([1+2i 3+1i 1i 0 -1i],'descend');", "double", nil, []float64{2, 1, 3, 5, 4}},
		{"[s,x] = sort([NaN 1i 2],'ComparisonMethod','real','MissingPlacement','first');", "double", nil, []float64{1, 2, 3}},
	})
	for _, src := range []string{"sort([1 2],'MissingPlacement','middle')", "sort([1 2],'ComparisonMethod','imag')", "sort([1 2],'MissingPlacement')"} {
		if msg := mathRunError(t, src); !strings.Contains(msg, "value must be") {
			t.Errorf("%s: error %q", src, msg)
		}
	}
}

func TestHistcountsFD(t *testing.T) {
	mathCheck(t, []mathCase{
		{"[n,x] = histcounts([2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97],'BinMethod','fd');", "double", nil, []float64{0, 30, 60, 90, 120}},
		{"[x,e] = histcounts([2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97],'BinMethod','fd');", "double", nil, []float64{10, 7, 7, 1}},
		{"[n,e] = histcounts([0.5 1.2 1.3 1.4 1.9 2.2 2.8 3.1 3.3 9.7 25.4],'BinMethod','fd'); x = [e(2)-e(1) numel(e)];", "double", nil, []float64{2, 14}},
		{"[n,x] = histcounts([1 2],'BinMethod','fd');", "double", nil, []float64{0, 2}}, // width 2^(2/3) rounds to 2
	})
	if w := fdWidth([]float64{5}); w != 1 {
		t.Errorf("fdWidth of one value: %g, want 1", w)
	}
	// IQR 52 of the primes below 100 (other than 1): 2·52·25^(-1/3).
	primes := []float64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97}
	if w, want := fdWidth(primes), 104/math.Cbrt(25); math.Abs(w-want) > 1e-12 {
		t.Errorf("fdWidth: %g, want %g", w, want)
	}
}
