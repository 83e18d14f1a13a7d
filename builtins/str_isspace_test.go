package builtins

import "testing"

func TestIsspace(t *testing.T) {
	runCases(t, []evalCase{
		{"t = isspace(sprintf('a b\\tc\\n\\r\\v\\f'));", "t", []float64{0, 1, 0, 1, 0, 1, 1, 1, 1}},
		{"t = isspace(['a b'; ' c ']); ok = islogical(t) && isequal(size(t), [2 3]);", "ok", true},
		{"t = isspace(['a b'; ' c ']);", "t", []float64{0, 1, 1, 0, 0, 1}},
		{"t = isspace(char([160 8195 12288 65]));", "t", []float64{1, 1, 1, 0}},
		{"t = isspace(\"x y\");", "t", []float64{0, 1, 0}},
		{"t = isspace([32 9 10]); ok = islogical(t) && isequal(size(t), [1 3]) && ~any(t);", "ok", true},
		{"t = isspace({' ', 'a'}); ok = islogical(t) && isequal(size(t), [1 2]) && ~any(t);", "ok", true},
		{"t = isspace(''); ok = islogical(t) && isempty(t);", "ok", true},
		{"isspace()", "error", "Not enough input arguments."},
	})
}
