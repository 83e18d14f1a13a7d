package builtins

import (
	"testing"

	"gomat/lang/value"
)

func TestResizeNumerics(t *testing.T) {
	sq := imgArray(value.Double, value.Dims{2, 2}, 1, 3, 2, 4)
	checker := make([]float64, 64)
	for i := range checker {
		checker[i] = float64((i%8 + i/8) % 2)
	}
	tests := []struct {
		name       string
		in         *value.Array
		rows, cols int
		method     string
		aa         bool
		want       []float64 // column-major; nil: check only wantAll
		wantAll    float64
		region     [4]int // rows r0..r1, cols c0..c1 (0-based, exclusive ends) checked against wantAll
	}{
		// MATLAB: imresize([1 2;3 4],2,'bilinear')
		{"bilinear up", sq, 4, 4, "bilinear", true, []float64{
			1, 1.5, 2.5, 3, 1.25, 1.75, 2.75, 3.25, 1.75, 2.25, 3.25, 3.75, 2, 2.5, 3.5, 4}, 0, [4]int{}},
		// Keys cubic weights at distances 0.25, 0.75, 1.25, 1.75: 0.8671875,
		// 0.2265625, -0.0703125, -0.0234375; mirrored edges overshoot.
		{"bicubic up", imgArray(value.Double, value.Dims{2, 1}, 0, 1), 4, 1, "bicubic", true, []float64{
			-0.0703125 - 0.0234375, 0.2265625 - 0.0234375, 0.8671875 - 0.0703125, 1 + 0.0703125 + 0.0234375}, 0, [4]int{}},
		{"nearest up", sq, 4, 4, "nearest", false, []float64{
			1, 1, 3, 3, 1, 1, 3, 3, 2, 2, 4, 4, 2, 2, 4, 4}, 0, [4]int{}},
		{"constant bicubic", imgArray(value.Double, value.Dims{3, 3}, 7, 7, 7, 7, 7, 7, 7, 7, 7), 5, 2, "bicubic", true, nil, 7, [4]int{0, 5, 0, 2}},
		{"checkerboard shrink", imgArray(value.Double, value.Dims{8, 8}, checker...), 4, 4, "bilinear", true, nil, 0.5, [4]int{1, 3, 1, 3}},
		{"checkerboard box", imgArray(value.Double, value.Dims{8, 8}, checker...), 4, 4, "box", true, nil, 0.5, [4]int{0, 4, 0, 4}},
	}
	for _, tc := range tests {
		got, err := Resize(tc.in, tc.rows, tc.cols, tc.method, tc.aa)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !got.Size().Equal(value.Dims{tc.rows, tc.cols}) {
			t.Errorf("%s: size %v", tc.name, got.Size())
			continue
		}
		if tc.want != nil && !imgClose(got.Re, tc.want, 1e-12) {
			t.Errorf("%s: got %v, want %v", tc.name, got.Re, tc.want)
		}
		for i := tc.region[0]; i < tc.region[1]; i++ {
			for j := tc.region[2]; j < tc.region[3]; j++ {
				if x := got.Re[i+j*tc.rows]; x-tc.wantAll > 1e-12 || tc.wantAll-x > 1e-12 {
					t.Errorf("%s: (%d,%d) = %v, want %v", tc.name, i, j, x, tc.wantAll)
				}
			}
		}
	}
}

func TestResizeClasses(t *testing.T) {
	u := imgArray(value.Uint8, value.Dims{1, 2, 3}, 0, 255, 10, 20, 255, 255)
	got, err := Resize(u, 1, 4, "bicubic", true)
	if err != nil {
		t.Fatal(err)
	}
	if got.Class() != value.Uint8 || !got.Size().Equal(value.Dims{1, 4, 3}) {
		t.Fatalf("got %v %v", got.Class(), got.Size())
	}
	for _, x := range got.Re {
		if x < 0 || x > 255 || x != float64(int(x)) {
			t.Errorf("uint8 result not rounded and saturated: %v", got.Re)
			break
		}
	}
	l := imgArray(value.Logical, value.Dims{2, 2}, 1, 0, 1, 0)
	got, err = Resize(l, 4, 4, "nearest", false)
	if err != nil || got.Class() != value.Logical || !imgClose(got.Re, []float64{1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0}, 0) {
		t.Errorf("logical: %v %v", got, err)
	}
	if _, err := Resize(u, 2, 2, "lanczos9", true); err == nil {
		t.Error("unknown method accepted")
	}
}

func TestImresizeBuiltin(t *testing.T) {
	out := imgMustRun(t, "", `A = reshape(1:16, 4, 4);
disp(mat2str(size(imresize(A, 0.5))));
disp(mat2str(size(imresize(A, [NaN 2]))));
disp(mat2str(size(imresize(A, [3 NaN]))));
disp(mat2str(size(imresize(uint8(A), 'OutputSize', [2 5], 'Method', 'bilinear'))));
disp(class(imresize(single(A), 2)));
disp(mat2str(imresize([1 2; 3 4], 2, 'bilinear')));
disp(mat2str(imresize([0 1 0 1], [1 2], 'bilinear', 'Antialiasing', false)));`)
	want := "[2 2]\n[2 2]\n[3 3]\n[2 5]\nsingle\n[1 1.25 1.75 2;1.5 1.75 2.25 2.5;2.5 2.75 3.25 3.5;3 3.25 3.75 4]\n[0.5 0.5]\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	imgWantErr(t, "", "imresize(1, 2, 'lanczos9')", "unrecognized or ambiguous method 'lanczos9'")
	imgWantErr(t, "", "imresize(1, 2, 'b')", "unrecognized or ambiguous method 'b'")
	imgWantErr(t, "", "imresize(1, [NaN NaN])", "At most one element")
	imgWantErr(t, "", "imresize(1, [0 2])", "to be positive")
	imgWantErr(t, "", "imresize([], 2)", "to be nonempty")
}

// TestImresizeMatlabDetails covers the parts of MATLAB's imresize that
// differ from a plain resampler: output sizes rounded up, aspect-preserving
// NaN sizes computed as size*rows/cols, per-dimension scales, weight
// columns dropped only when zero for every output (so a NaN reaches every
// output whose kernel window covers it), and complex images.
func TestImresizeMatlabDetails(t *testing.T) {
	out := imgMustRun(t, "", `disp(mat2str(size(imresize(ones(10, 20), [2.5 NaN]))));
disp(mat2str(size(imresize(ones(10, 20), [2.2 3.1]))));
disp(mat2str(size(imresize(ones(10, 20), 'Scale', [0.5 2]))));
disp(mat2str(imresize([1 NaN 3], [1 9], 'bilinear')));
disp(mat2str(imresize(complex([1 2], [3 4]), [1 4], 'bilinear')));
disp(mat2str(imresize(1:4, [1 2], 'bil')));`)
	want := "[3 5]\n[3 4]\n[5 40]\n[1 NaN NaN NaN NaN NaN NaN 3 3]\n[1+3i 1.25+3.25i 1.75+3.75i 2+4i]\n[1.625 3.375]\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}

func TestColorConversions(t *testing.T) {
	out := imgMustRun(t, "", `rgb = cat(3, [255 0], [0 255], [0 0]);
disp(mat2str(rgb2gray(uint8(rgb))));
disp(mat2str(rgb2gray(rgb/255), 10));
disp(mat2str(im2double(uint8([0 51 255]))));
disp(mat2str(im2single(uint16([0 65535]))));
disp(class(im2single(uint8(1))));
disp(mat2str(im2uint8([0 0.5 1 2 -1])));
disp(mat2str(im2uint8(uint16([257 65535]))));
disp(mat2str(im2uint8([true false])));
disp(mat2str(mat2gray([2 4 6])));
disp(mat2str(mat2gray([2 4 6], [3 5])));
disp(mat2str(rgb2gray([1 0 0; 0 0 1]), 6));`)
	want := "[76 150]\n[0.2989360213 0.5870430745]\n[0 0.2 1]\n[0 1]\nsingle\n[0 128 255 255 0]\n[1 255]\n[255 0]\n[0 0.5 1]\n[0 0.5 1]\n[0.298936 0.298936 0.298936;0.114021 0.114021 0.114021]\n"
	if out != want {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
}
