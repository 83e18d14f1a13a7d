package builtins

import "testing"

func TestCellfun(t *testing.T) {
	runCases(t, []evalCase{
		{`x = cellfun(@numel, {1, [1 2], 'abc'});`, "x", []float64{1, 2, 3}},
		{`x = cellfun(@(a, b) a + b, {1, 2}, {10, 20});`, "x", []float64{11, 22}},
		{`c = cellfun(@(a) [a a], {1, 2}, 'UniformOutput', false); x = c{2};`, "x", []float64{2, 2}},
		{`x = cellfun('isempty', {[], 'a', {}});`, "x", []float64{1, 0, 1}},
		{`x = cellfun('length', {[1 2 3], 'ab'});`, "x", []float64{3, 2}},
		{`x = cellfun('prodofsize', {ones(2,3)});`, "x", []float64{6}},
		{`x = cellfun('isclass', {1, 'a'}, 'char');`, "x", []float64{0, 1}},
		{`[a, b] = cellfun(@max, {[1 5 2], [7 3]});`, "b", []float64{2, 1}},
		{`x = cellfun(@(v) error('bad'), {1, 2}, 'ErrorHandler', @(s, v) s.index);`, "x", []float64{1, 2}},
		{`c = cellfun(@(v) error('a:b', 'bad'), {1}, 'ErrorHandler', @(s, v) fieldnames(s), 'UniformOutput', false); x = strjoin(c{1}', ',');`, "x", "identifier,message,index"},
		{`x = size(cellfun(@numel, cell(0, 3)));`, "x", []float64{0, 3}},
		{`x = cellfun(@(v) [v v], {1, 2});`, "error", "Non-scalar in Uniform output, at index 1, output 1."},
		{`x = cellfun(@numel, {1}, {1, 2});`, "error", "All of the input arguments must be of the same size and shape."},
		{`x = cellfun(@upper, {'a', 'b'}, 'UniformOutput', false); s = [x{:}];`, "s", "AB"},
		{`x = cellfun('isreal', {1, 1i});`, "x", []float64{1, 0}},
	})
}

func TestArrayfunStructfun(t *testing.T) {
	runCases(t, []evalCase{
		{`x = arrayfun(@(v) v^2, [1 2 3]);`, "x", []float64{1, 4, 9}},
		{`x = arrayfun(@(v) v * 2, [1 2; 3 4]);`, "x", []float64{2, 6, 4, 8}},
		{`c = arrayfun(@(v) 1:v, 1:3, 'UniformOutput', false); x = c{3};`, "x", []float64{1, 2, 3}},
		{`s = struct('a', {1, 2}); x = arrayfun(@(e) e.a * 10, s);`, "x", []float64{10, 20}},
		{`x = structfun(@(v) v * 2, struct('a', 1, 'b', 2));`, "x", []float64{2, 4}},
		{`r = structfun(@(v) [v v], struct('a', 1), 'UniformOutput', false); x = r.a;`, "x", []float64{1, 1}},
	})
}

func TestStructs(t *testing.T) {
	runCases(t, []evalCase{
		{`s = struct('a', {1, 2, 3}); n = size(s);`, "n", []float64{1, 3}},
		{`s = struct('a', {1, 2}, 'b', 'x'); v = s(2).b;`, "v", "x"},
		{`s = struct('a', {{1, 2}}); n = size(s.a);`, "n", []float64{1, 2}},
		{`s = struct(); n = numel(fieldnames(s));`, "n", []float64{0}},
		{`s = struct([]); n = size(s);`, "n", []float64{0, 0}},
		{`s = struct('a', {}); n = size(s);`, "n", []float64{0, 0}},
		{`s = struct('a');`, "error", "Field and value input arguments must come in pairs."},
		{`s = struct('1a', 1);`, "error", "Invalid field name"},
		{`f = fieldnames(struct('x', 1, 'y', 2)); v = f{2};`, "v", "y"},
		{`f = fieldnames(5);`, "error", "Invalid input argument of type 'double'."},
		{`s = rmfield(struct('a', 1, 'b', 2), 'a'); f = fieldnames(s); v = f{1};`, "v", "b"},
		{`s = rmfield(struct('a', 1), 'z');`, "error", "z"},
		{`s = setfield(struct('a', 1), 'b', 5); v = s.b;`, "v", []float64{5}},
		{`s = setfield(struct(), 'a', 'b', 3); v = s.a.b;`, "v", []float64{3}},
		{`v = getfield(struct('a', struct('b', 7)), 'a', 'b');`, "v", []float64{7}},
		{`[s, p] = orderfields(struct('b', 1, 'a', 2)); f = fieldnames(s); v = f{1};`, "v", "a"},
		{`[s, p] = orderfields(struct('b', 1, 'a', 2));`, "p", []float64{2, 1}},
		{`[a, b] = deal(1, 2);`, "b", []float64{2}},
		{`[a, b] = deal(9);`, "b", []float64{9}},
		{`[a, b] = deal(1, 2, 3);`, "error", "The number of outputs should match the number of inputs."},
		{`c = cell(2, 3); n = size(c);`, "n", []float64{2, 3}},
		{`c = cell(2); n = size(c);`, "n", []float64{2, 2}},
	})
}

func TestIsequal(t *testing.T) {
	runCases(t, []evalCase{
		{`tf = isequal([1 2], [1 2]);`, "tf", true},
		{`tf = isequal([1 2], [1 2], [1 3]);`, "tf", false},
		{`tf = isequal(NaN, NaN);`, "tf", false},
		{`tf = isequaln(NaN, NaN);`, "tf", true},
		{`tf = isequal(struct('a', 1), struct('a', 1));`, "tf", true},
	})
}
