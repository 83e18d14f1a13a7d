package builtins

import (
	"testing"

	"gomat/lang/value"
)

func TestSizeAndType(t *testing.T) {
	mathCheck(t, []mathCase{
		{"x = size(ones(2,3,4));", "double", value.Dims{1, 3}, []float64{2, 3, 4}},
		{"x = size(ones(2,3,4),3);", "double", nil, []float64{4}},
		{"x = size(ones(2,3,4),[1 3]);", "double", nil, []float64{2, 4}},
		{"x = size(ones(2,3),5);", "double", nil, []float64{1}},
		{"[r,x] = size(ones(2,3,4));", "double", nil, []float64{12}},
		{"[r,c,p,x] = size(ones(2,3));", "double", nil, []float64{1}},
		{"x = numel(ones(2,3,4));", "double", nil, []float64{24}},
		{"x = length(zeros(3,7));", "double", nil, []float64{7}},
		{"x = length(zeros(3,0));", "double", nil, []float64{0}},
		{"x = ndims(ones(2,3,4));", "double", nil, []float64{3}},
		{"x = [isempty([]) isscalar(5) isvector([1 2]) ismatrix(ones(2,2,2)) isrow([1 2]) iscolumn([1;2]) issquare(eye(3))];", "logical", nil, []float64{1, 1, 1, 0, 1, 1, 1}},
		{"x = [isa(int8(1),'integer') isa(1,'float') isa(single(1),'numeric') isa(true,'numeric') isa(1,'double')];", "logical", nil, []float64{1, 1, 1, 0, 1}},
		{"x = [isnumeric(1) isfloat(int8(1)) isinteger(uint8(1)) islogical(true) ischar('a') iscell({}) isstruct(struct()) isreal(1+2i)];", "logical", nil, []float64{1, 0, 1, 1, 1, 1, 1, 0}},
		{"x = [iscellstr({'a','b'}) iscellstr({1})];", "logical", nil, []float64{1, 0}},
		{"s.a = 1; x = isfield(s,{'a','b'});", "logical", nil, []float64{1, 0}},
		{"x = isnan([1 NaN Inf]);", "logical", nil, []float64{0, 1, 0}},
		{"x = isinf([1 NaN -Inf]);", "logical", nil, []float64{0, 0, 1}},
		{"x = isfinite([1 NaN -Inf]);", "logical", nil, []float64{1, 0, 0}},
		{"x = int8([1.5 -2.5 300]);", "int8", nil, []float64{2, -3, 127}},
		{"x = uint8(-3);", "uint8", nil, []float64{0}},
		{"x = double('AB');", "double", nil, []float64{65, 66}},
		{"x = cast(7.6,'int16');", "int16", nil, []float64{8}},
		{"x = cast(2,'like',single(1));", "single", nil, []float64{2}},
		{"x = typecast(single(1),'uint32');", "uint32", nil, []float64{1065353216}},
		{"x = typecast(uint8([1 0 0 0]),'uint32');", "uint32", nil, []float64{1}},
		{"x = char([72 105]);", "char", nil, []float64{72, 105}},
		{"x = char('a','bcd');", "char", value.Dims{2, 3}, []float64{'a', 'b', ' ', 'c', ' ', 'd'}},
		{"c = cellstr(['ab ';'cde']); x = c{1};", "char", value.Dims{1, 2}, nil},
		{"x = cell2mat({[1 2],[3];[4 5],[6]});", "double", value.Dims{2, 3}, []float64{1, 4, 2, 5, 3, 6}},
		{"c = num2cell([1 2;3 4]); x = c{2,1};", "double", nil, []float64{3}},
		{"s.a = 1; s.b = 'x'; c = struct2cell(s); x = size(c);", "double", nil, []float64{2, 1}},
		{"s = cell2struct({1;2},{'a';'b'},1); x = s.b;", "double", nil, []float64{2}},
	})
}

func TestValidateAttributes(t *testing.T) {
	mathRun(t, "validateattributes(5,{'numeric'},{'positive','scalar','integer'})")
	cases := []struct{ src, msg string }{
		{"validateattributes(-1,{'numeric'},{'positive'})", "Expected input to be positive."},
		{"validateattributes('a',{'double','single'},{})", "Expected input to be one of these types:\n\ndouble, single\n\nInstead its type was char."},
		{"validateattributes([1 2],{'numeric'},{'scalar'},'f','x',2)", "Expected input number 2, x, to be a scalar."},
		{"validateattributes(3,{'numeric'},{'<',2})", "Expected input to be an array with all of the values < 2."},
		{"validateattributes([1 2],{'numeric'},{'size',[2 1]})", "Expected input to be of size 2x1, but it is of size 1x2."},
	}
	for _, tc := range cases {
		if got := mathRunError(t, tc.src); got != tc.msg {
			t.Errorf("%s: error %q, want %q", tc.src, got, tc.msg)
		}
	}
}
