package builtins

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"gomat/lang/value"
)

// writeTestPNG encodes img as a PNG file in dir.
func writeTestPNG(t *testing.T, dir, name string, img image.Image) string {
	t.Helper()
	p := filepath.Join(dir, name)
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDecodeImageKinds(t *testing.T) {
	dir := t.TempDir()
	gray := image.NewGray(image.Rect(0, 0, 3, 2))
	gray.Pix = []uint8{1, 2, 3, 4, 5, 6}
	g16 := image.NewGray16(image.Rect(0, 0, 2, 1))
	g16.SetGray16(0, 0, color.Gray16{Y: 1000})
	g16.SetGray16(1, 0, color.Gray16{Y: 65535})
	rgb := image.NewNRGBA(image.Rect(0, 0, 2, 1))
	rgb.SetNRGBA(0, 0, color.NRGBA{10, 20, 30, 255})
	rgb.SetNRGBA(1, 0, color.NRGBA{40, 50, 60, 255})
	pal := image.NewPaletted(image.Rect(0, 0, 2, 1), color.Palette{color.NRGBA{255, 0, 0, 255}, color.NRGBA{0, 0, 255, 255}})
	pal.SetColorIndex(1, 0, 1)
	tests := []struct {
		name  string
		img   image.Image
		class value.Class
		dims  value.Dims
		data  []float64
	}{
		{"gray.png", gray, value.Uint8, value.Dims{2, 3}, []float64{1, 4, 2, 5, 3, 6}},
		{"g16.png", g16, value.Uint16, value.Dims{1, 2}, []float64{1000, 65535}},
		{"rgb.png", rgb, value.Uint8, value.Dims{1, 2, 3}, []float64{10, 40, 20, 50, 30, 60}},
		{"pal.png", pal, value.Uint8, value.Dims{1, 2, 3}, []float64{255, 0, 0, 0, 0, 255}},
	}
	for _, tc := range tests {
		p := writeTestPNG(t, dir, tc.name, tc.img)
		a, err := DecodeImage(p)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if a.Class() != tc.class || !a.Size().Equal(tc.dims) || !imgClose(a.Re, tc.data, 0) {
			t.Errorf("%s: got %v %v %v, want %v %v %v", tc.name, a.Class(), a.Size(), a.Re, tc.class, tc.dims, tc.data)
		}
	}
}

func TestImreadIndexedAndAlpha(t *testing.T) {
	dir := t.TempDir()
	pal := image.NewPaletted(image.Rect(0, 0, 2, 1), color.Palette{color.NRGBA{255, 0, 0, 255}, color.NRGBA{0, 0, 255, 255}})
	pal.SetColorIndex(1, 0, 1)
	writeTestPNG(t, dir, "pal.png", pal)
	rgba := image.NewNRGBA(image.Rect(0, 0, 1, 1))
	rgba.SetNRGBA(0, 0, color.NRGBA{1, 2, 3, 128})
	writeTestPNG(t, dir, "alpha.png", rgba)
	out := imgMustRun(t, dir, `[X,map] = imread('pal.png'); disp(class(X)); disp(mat2str(X)); disp(mat2str(map));
X1 = imread('pal.png'); disp(mat2str(size(X1)));
[A,m,al] = imread('alpha.png'); disp(mat2str(size(A))); disp(mat2str(al)); disp(mat2str(isempty(m)));`)
	want := "uint8\n[0 1]\n[1 0 0;0 0 1]\n[1 2]\n[1 1 3]\n128\ntrue\n"
	if out != want {
		t.Errorf("got\n%q\nwant\n%q", out, want)
	}
}

func TestImwriteRoundTrip(t *testing.T) {
	dir := t.TempDir()
	code := `A = uint8(reshape(0:23, 2, 4, 3) * 10);
for f = {'png','bmp','tif','ppm'}
  name = ['a.' f{1}];
  imwrite(A, name);
  B = imread(name);
  if ~(isequal(A, B)), error(name); end
end
G = uint8([0 50; 100 250]);
for f = {'png','bmp','tif','pgm','gif'}
  name = ['g.' f{1}];
  imwrite(G, name);
  [B, map] = imread(name);
  if ~isempty(map), B = uint8(round(map(double(B)+1,1)*255)); B = reshape(B, 2, 2); end
  if ~(isequal(G, B)), error(name); end
end
D = [0 0.5; 1 0.25];
imwrite(D, 'd.png');
if ~(isequal(imread('d.png'), uint8([0 128; 255 64]))), error("check failed"); end
W = uint16([0 1000; 40000 65535]);
imwrite(W, 'w.png');
if ~(isequal(imread('w.png'), W)), error("check failed"); end
imwrite(uint8(128*ones(8,8,3)), 'q.jpg', 'Quality', 95);
J = imread('q.jpg');
if ~(isequal(size(J), [8 8 3]) && all(abs(double(J(:)) - 128) <= 2)), error("check failed"); end
imwrite(uint8([0 1; 1 0]), [1 0 0; 0 1 0], 'i.png');
[X, map] = imread('i.png');
if ~(isequal(X, uint8([0 1; 1 0])) && isequal(map, [1 0 0; 0 1 0])), error("check failed"); end
info = imfinfo('a.png');
fprintf('%s %d %d %d %s\n', info.Format, info.Width, info.Height, info.BitDepth, info.ColorType);
info = imfinfo('g.pgm');
fprintf('%s %d %d %d %s\n', info.Format, info.Width, info.Height, info.BitDepth, info.ColorType);
f = fieldnames(imfinfo('a.png'));
fprintf('%s %d %d\n', f{5}, isempty(imfinfo('a.png').FormatVersion), ischar(imfinfo('q.jpg').FormatVersion));
`
	out := imgMustRun(t, dir, code)
	if want := "png 4 2 24 truecolor\npgm 2 2 8 grayscale\nFormatVersion 1 1\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".tmp" {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestImreadErrors(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.png"), []byte("\x89PNG\r\n\x1a\nxxxx"), 0o644)
	os.WriteFile(filepath.Join(dir, "text.png"), []byte("hello"), 0o644)
	tests := []struct{ code, want string }{
		{"imread('nothere.png')", `File "nothere.png" does not exist.`},
		{"imread('bad.png')", "Unable to read file 'bad.png'."},
		{"imread('text.png')", "Unable to determine the file format"},
		{"imwrite(1, 'x.xyz')", "Unable to determine the file format from the file name."},
		{"imwrite(int8(1), 'x.png')", "Image data of class int8 is not supported."},
		{"imwrite(1, 'x.png', 'Bogus', 1)", "'Bogus' is not a recognized parameter."},
	}
	for _, tc := range tests {
		imgWantErr(t, dir, tc.code, tc.want)
	}
}

func TestDecodePNM(t *testing.T) {
	tests := []struct {
		in   string
		cls  value.Class
		dims value.Dims
		data []float64
	}{
		{"P2\n# c\n2 1\n255\n7 9\n", value.Uint8, value.Dims{1, 2}, []float64{7, 9}},
		{"P3 1 1 65535 1 2 3", value.Uint16, value.Dims{1, 1, 3}, []float64{1, 2, 3}},
		{"P5 2 1 255\n\x01\x02", value.Uint8, value.Dims{1, 2}, []float64{1, 2}},
		{"P6 1 1 255\n\x01\x02\x03", value.Uint8, value.Dims{1, 1, 3}, []float64{1, 2, 3}},
	}
	for _, tc := range tests {
		d, err := decodeImageBytes([]byte(tc.in))
		if err != nil {
			t.Fatalf("%q: %v", tc.in, err)
		}
		if d.pixels.Class() != tc.cls || !d.pixels.Size().Equal(tc.dims) || !imgClose(d.pixels.Re, tc.data, 0) {
			t.Errorf("%q: got %v %v %v", tc.in, d.pixels.Class(), d.pixels.Size(), d.pixels.Re)
		}
	}
	for _, bad := range []string{"P5 2 1 255\n\x01", "P2 1 1", "P6 99999999 99999999 255\n"} {
		if _, err := decodeImageBytes([]byte(bad)); err == nil {
			t.Errorf("%q: decoded without error", bad)
		}
	}
}
