package dl

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gomat/lang/display"
	"gomat/lang/interp"
	"gomat/lang/value"
)

// dsSession is a fresh interpreter whose current folder is dir.
type dsSession struct {
	t   testing.TB
	in  *interp.Interp
	out *bytes.Buffer
}

func newDSSession(t testing.TB, dir string) *dsSession {
	t.Helper()
	t.Chdir(dir)
	var out bytes.Buffer
	return &dsSession{t: t, in: interp.New(&out, &out), out: &out}
}

// run runs code and fails the test on error.
func (s *dsSession) run(code string) string {
	s.t.Helper()
	s.out.Reset()
	err := s.in.RunString("", code)
	s.in.Flush()
	if err != nil {
		s.t.Fatalf("%s\nerror: %v\noutput:\n%s", code, err, s.out.String())
	}
	return s.out.String()
}

// fails runs code and returns the error message it ends with.
func (s *dsSession) fails(code string) string {
	s.t.Helper()
	s.out.Reset()
	err := s.in.RunString("", code)
	s.in.Flush()
	if err == nil {
		s.t.Fatalf("%s: ran without error, output:\n%s", code, s.out.String())
	}
	return err.Error()
}

// v returns a variable of the session.
func (s *dsSession) v(name string) value.Value {
	s.t.Helper()
	v, ok := s.in.Var(name)
	if !ok {
		s.t.Fatalf("no variable %s", name)
	}
	return v
}

// texts returns a cell array of char rows as strings.
func (s *dsSession) texts(name string) []string {
	s.t.Helper()
	list, ok := interp.TextList(s.v(name))
	if !ok {
		s.t.Fatalf("%s is not text", name)
	}
	return list
}

// writeTestImage writes a w×h image to path (PNG or JPEG by extension), grey
// when gray is set, coloured by pix.
func writeTestImage(t *testing.T, path string, w, h int, gray bool, pix func(x, y int) color.RGBA) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var img image.Image
	if gray {
		g := image.NewGray(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				g.SetGray(x, y, color.Gray{Y: pix(x, y).R})
			}
		}
		img = g
	} else {
		c := image.NewRGBA(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				c.SetRGBA(x, y, pix(x, y))
			}
		}
		img = c
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if strings.HasSuffix(path, ".jpg") {
		err = jpeg.Encode(f, img, nil)
	} else {
		err = png.Encode(f, img)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// flatColor colours every pixel alike.
func flatColor(r, g, b uint8) func(x, y int) color.RGBA {
	return func(int, int) color.RGBA { return color.RGBA{r, g, b, 255} }
}

// makeImageTree writes small RGB images at the given relative paths under a
// new temporary folder and returns it.
func makeImageTree(t *testing.T, paths ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, p := range paths {
		full := filepath.Join(dir, filepath.FromSlash(p))
		if strings.HasSuffix(p, ".png") || strings.HasSuffix(p, ".jpg") {
			writeTestImage(t, full, 4, 3, false, flatColor(10, 20, 30))
			continue
		}
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("not an image"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// relFiles returns the datastore's files relative to dir, with slashes.
func relFiles(t *testing.T, dir string, files []string) []string {
	t.Helper()
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(files))
	for i, f := range files {
		r, err := filepath.Rel(dir, f)
		if err != nil || strings.HasPrefix(r, "..") {
			r, _ = filepath.Rel(real, f)
		}
		out[i] = filepath.ToSlash(r)
	}
	return out
}

// writeBroken writes a file with a PNG signature and garbage after it.
func writeBroken(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, []byte("\x89PNG\r\n\x1a\ngarbage, not chunks"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// dsFormatLoose is the default display format.
func dsFormatLoose() display.Format { return display.Format{} }
