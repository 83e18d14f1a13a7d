package builtins

import "testing"

func TestImrotate(t *testing.T) {
	runCases(t, []evalCase{
		{"A = uint8(reshape(1:24, 2, 3, 4)); ok = isequal(imrotate(A, 90), rot90(A)) && isa(imrotate(A, 90), 'uint8');", "ok", true},
		{"A = magic(4); ok = isequal(imrotate(A, 180), rot90(A, 2)) && isequal(imrotate(A, -90), rot90(A, 3)) && isequal(imrotate(A, 450), rot90(A)) && isequal(imrotate(A, -360), A);", "ok", true},
		{"A = magic(4); ok = isequal(imrotate(A, 90, 'bilinear'), rot90(A));", "ok", true},
		{"B = imrotate([1 2 3; 4 5 6], 90, 'nearest', 'crop'); s = size(B);", "s", []float64{2, 3}},
		// MATLAB rotates the centred square block in place: rot90([1 2; 4 5]).
		{"B = imrotate([1 2 3; 4 5 6], 90, 'crop'); v = B(:)';", "v", []float64{2, 1, 5, 4, 0, 0}},
		{"B = imrotate(reshape(1:24, 4, 6), -90, 'crop'); v = [B(:, 1)' B(1, 2:5)];", "v", []float64{0, 0, 0, 0, 8, 7, 6, 5}},
		{"B = imrotate(magic(3), 45); s = size(B);", "s", []float64{5, 5}},
		{"B = imrotate(ones(4, 6), 30); s = size(B);", "s", []float64{7, 8}},
		{"B = imrotate(ones(4, 6), 30, 'bilinear', 'crop'); s = size(B);", "s", []float64{4, 6}},
		{"B = imrotate(magic(5), 45, 'nearest', 'crop'); c = B(3, 3);", "c", []float64{13}},
		{"A = magic(5); B = imrotate(A, 33); ok = all(ismember(B(:), [A(:); 0]));", "ok", true},
		{"B = imrotate(10 * ones(7), 30, 'bilinear', 'crop'); c = B(4, 4);", "c", []float64{10}},
		{"B = imrotate(10 * ones(7), 30, 'bicubic', 'crop'); c = round(B(4, 4) * 1e9) / 1e9;", "c", []float64{10}},
		{"B = imrotate(10 * ones(7), 30, 'bilinear'); c = [B(1, 1) B(1, end) B(end, 1) B(end, end)];", "c", []float64{0, 0, 0, 0}},
		{"B = imrotate(uint8(200 * ones(5)), 20, 'bicubic'); ok = isa(B, 'uint8') && max(B(:)) <= 255;", "ok", true},
		{"B = imrotate(true(4), 45); ok = islogical(B) && B(3, 3);", "ok", true},
		{"B = imrotate(single(ones(3, 3, 3)), 10, 'bil'); ok = isa(B, 'single') && size(B, 3) == 3;", "ok", true},
		{"B = imrotate(zeros(0, 3), 30); s = size(B);", "s", []float64{0, 3}},
		{"imrotate(ones(3), 30, 'spline')", "error", "The input, 'spline', did not match any of the valid values."},
		{"imrotate(ones(3) * 1i, 30)", "error", "Expected input to be a real numeric or logical array."},
		{"imrotate(ones(3), NaN)", "error", "ANGLE, to be finite"},
		{"imrotate(ones(3))", "error", "Not enough input arguments."},
	})
}
