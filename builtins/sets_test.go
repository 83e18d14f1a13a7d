package builtins

import (
	"math"
	"testing"

	"gomat/lang/value"
)

func TestSets(t *testing.T) {
	nan := math.NaN()
	mathCheck(t, []mathCase{
		{"x = unique([3 1 2 3 1]);", "double", value.Dims{1, 3}, []float64{1, 2, 3}},
		{"x = unique([3;1;3]);", "double", value.Dims{2, 1}, []float64{1, 3}},
		{"[c,x] = unique([3 1 2 3 1]);", "double", value.Dims{3, 1}, []float64{2, 3, 1}},
		{"[c,ia,x] = unique([3 1 2 3 1]);", "double", value.Dims{5, 1}, []float64{3, 1, 2, 3, 1}},
		{"[c,x] = unique([3 1 2 3 1],'last');", "double", nil, []float64{5, 3, 4}},
		{"x = unique([3 1 2 3],'stable');", "double", nil, []float64{3, 1, 2}},
		{"x = unique([NaN 1 NaN]);", "double", nil, []float64{1, nan, nan}},
		{"x = unique([1 2;1 2;0 1],'rows');", "double", value.Dims{2, 2}, []float64{0, 1, 1, 2}},
		{"x = unique('hello');", "char", value.Dims{1, 4}, []float64{'e', 'h', 'l', 'o'}},
		{"c = unique({'b','a','b'}); x = numel(c);", "double", nil, []float64{2}},
		{"[tf,x] = ismember([1 5 2],[2 1 0 1]);", "double", nil, []float64{2, 0, 1}},
		{"x = ismember({'a','z'},{'a','b'});", "logical", nil, []float64{1, 0}},
		{"x = ismember('b',{'a','b'});", "logical", value.Dims{1, 1}, []float64{1}},
		{"x = ismember([1 2;3 4],[3 4],'rows');", "logical", value.Dims{2, 1}, []float64{0, 1}},
		{"x = setdiff([5 4 3 2 1],[2 4]);", "double", value.Dims{1, 3}, []float64{1, 3, 5}},
		{"[c,x] = setdiff([5 4 3],[4]);", "double", nil, []float64{3, 1}},
		{"x = setdiff([5 4 3 2 1],[2 4],'stable');", "double", nil, []float64{5, 3, 1}},
		{"[c,ia,x] = intersect([1 2 3 4],[3 4 5]);", "double", nil, []float64{1, 2}},
		{"x = intersect([1 2 3 4],[4 3 5]);", "double", value.Dims{1, 2}, []float64{3, 4}},
		{"x = union([3 1],[2 1]);", "double", value.Dims{1, 3}, []float64{1, 2, 3}},
		{"x = union([3;1],[2 1]);", "double", value.Dims{3, 1}, []float64{1, 2, 3}},
		{"c = union({'b'},{'a'}); x = numel(c);", "double", nil, []float64{2}},
		{"x = setdiff([1 2;3 4],[3 4],'rows');", "double", value.Dims{1, 2}, []float64{1, 2}},
	})
}

func TestSetxor(t *testing.T) {
	nan := math.NaN()
	mathCheck(t, []mathCase{
		{"x = setxor([5 1 3 3 3],[4 1 2]);", "double", value.Dims{1, 4}, []float64{2, 3, 4, 5}},
		{"[c,x] = setxor([5 1 3 3 3],[4 1 2]);", "double", value.Dims{2, 1}, []float64{3, 1}},
		{"[c,ia,x] = setxor([5 1 3 3 3],[4 1 2]);", "double", value.Dims{2, 1}, []float64{3, 1}},
		{"x = setxor([5 1 3 3 3],[4 1 2],'stable');", "double", nil, []float64{5, 3, 4, 2}},
		{"[c,x] = setxor([5 1 3 3 3],[4 1 2],'stable');", "double", nil, []float64{1, 3}},
		{"x = setxor([5 NaN NaN],[5 NaN]);", "double", value.Dims{1, 3}, []float64{nan, nan, nan}},
		{"x = setxor([1;2;3],[2;5]);", "double", value.Dims{3, 1}, []float64{1, 3, 5}},
		{"x = setxor([1;2;3],[2 5]);", "double", value.Dims{3, 1}, []float64{1, 3, 5}},
		{"x = setxor([1 2],[1 2]);", "double", value.Dims{1, 0}, nil},
		{"x = setxor(int8([1 2]),[2 3]);", "int8", nil, []float64{1, 3}},
		{"x = setxor([1 2;3 4;1 2],[3 4;5 6],'rows');", "double", value.Dims{2, 2}, []float64{1, 5, 2, 6}},
		{"[c,ia,x] = setxor([1 2;3 4],[3 4;5 6],'rows');", "double", nil, []float64{2}},
		{"c = setxor({'a','b'},{'b','c'}); x = double([c{:}]);", "double", nil, []float64{'a', 'c'}},
		{"c = setxor(['ab ';'cd '],{'cd','e'}); x = size(c);", "double", nil, []float64{2, 1}},
		{"c = setxor([\"a\" \"b\"],\"b\"); x = double(char(c));", "double", value.Dims{1, 1}, []float64{'a'}},
	})
}

// TestSetEmptyOrientation checks that a 0×0 [] is not a row: C is a row
// only when A (setdiff) or both A and B (union, intersect, setxor) are.
func TestSetEmptyOrientation(t *testing.T) {
	mathCheck(t, []mathCase{
		{"x = setdiff([],[1 2]);", "double", value.Dims{0, 1}, nil},
		{"x = setdiff(zeros(1,0),[1 2]);", "double", value.Dims{1, 0}, nil},
		{"x = union([],[1 2]);", "double", value.Dims{2, 1}, []float64{1, 2}},
		{"x = union([],[]);", "double", value.Dims{0, 1}, nil},
		{"x = union(zeros(1,0),[2 1]);", "double", value.Dims{1, 2}, []float64{1, 2}},
		{"x = intersect([],[1 2]);", "double", value.Dims{0, 1}, nil},
		{"x = setxor([],[1 2]);", "double", value.Dims{2, 1}, []float64{1, 2}},
	})
}
