package builtins

import (
	"os"
	"strings"
	"testing"
)

func TestMatSaveLoadScripts(t *testing.T) {
	t.Chdir(t.TempDir())
	runCases(t, []evalCase{
		{"a = 1; b = 'x'; c = {int8(2)}; save('all.mat'); clear; load('all.mat'); ok = isequal(a, 1) && isequal(b, 'x') && isa(c{1}, 'int8');", "ok", true},
		{"a = 1; b = 2; save('one.mat', 'a'); S = load('one.mat'); f = strjoin(fieldnames(S)', ',');", "f", "a"},
		{"a = 1; b = [2 3]; save one2 a b; clear; load one2 b; ok = exist('a', 'var') == 0 && isequal(b, [2 3]);", "ok", true},
		{"abc = 1; abd = 2; x = 3; save('w.mat', 'ab*'); S = load('w.mat'); f = strjoin(sort(fieldnames(S))', ',');", "f", "abc,abd"},
		{"abc = 1; abd = 2; x = 3; save('r.mat', '-regexp', '^a.c$', 'x'); S = load('r.mat', '-regexp', 'x|c'); f = strjoin(fieldnames(S)', ',');", "f", "abc,x"},
		{"s.p = 1; s.q = 'w'; save('st.mat', '-struct', 's'); S = load('st.mat'); ok = isequal(S, s);", "ok", true},
		{"s.p = 1; s.q = 'w'; save('st1.mat', '-struct', 's', 'q'); S = load('st1.mat'); f = strjoin(fieldnames(S)', ',');", "f", "q"},
		{"a = 1; save('ap.mat', 'a'); b = 2; save('ap.mat', 'b', '-append'); a = 5; save('ap.mat', 'a', '-append'); S = load('ap.mat'); ok = S.a == 5 && S.b == 2 && numel(fieldnames(S)) == 2;", "ok", true},
		{"a = 1; save('ap6.mat', 'a', '-v6'); b = 'z'; save('ap6.mat', 'b', '-append', '-v7'); S = load('ap6.mat'); ok = S.a == 1 && S.b == 'z';", "ok", true},
		{"x = magic(4); save('v6.mat', 'x', '-v6'); y = load('v6.mat'); ok = isequal(y.x, x);", "ok", true},
		{"x = [1 -2.5; 3 4]; save('m.txt', 'x', '-ascii'); t = fileread('m.txt');", "t", "   1.0000000e+00  -2.5000000e+00\n   3.0000000e+00   4.0000000e+00\n"},
		{"x = [0.1 NaN]; save('d.txt', 'x', '-ascii', '-double'); t = fileread('d.txt');", "t", "   1.0000000000000001e-01                      NaN\n"},
		{"x = [1 2]; save('tb.txt', 'x', '-ascii', '-tabs'); t = fileread('tb.txt');", "t", "1.0000000e+00\t2.0000000e+00\n"},
		{"x = 1; save('ap.txt', 'x', '-ascii'); x = 2; save('ap.txt', 'x', '-ascii', '-append'); t = fileread('ap.txt');", "t", "   1.0000000e+00\n   2.0000000e+00\n"},
		{"x = [1 2; 3 4]; save('my-data.txt', 'x', '-ascii'); clear x; load('my-data.txt'); y = my_data;", "y", []float64{1, 3, 2, 4}},
		{"fid = fopen('nums.dat', 'w'); fprintf(fid, '%% comment\\n1, 2 3\\n\\n4 5 6 %% tail\\n'); fclose(fid); y = load('nums.dat');", "y", []float64{1, 4, 2, 5, 3, 6}},
		{"fid = fopen('2x.txt', 'w'); fprintf(fid, '7\\n'); fclose(fid); load 2x.txt; y = X2x;", "y", []float64{7}},
		{"x = 3; save('plain', 'x'); ok = exist('plain.mat', 'file') == 2; S = load('plain'); ok = ok && S.x == 3;", "ok", true},
		{"x = 3; save('nomat.bin', 'x', '-mat'); S = load('nomat.bin', '-mat'); y = S.x;", "y", []float64{3}},
		{"x = 1:100; save('nc.mat', 'x', '-nocompression'); fid = fopen('nc.mat'); fseek(fid, 128, 'bof'); t = fread(fid, 1, 'uint32'); fclose(fid); S = load('nc.mat'); ok = t == 14 && isequal(S.x, x);", "ok", true},
		{"x = 1:100; save('c7.mat', 'x', '-v6', '-mat', '-v7'); fid = fopen('c7.mat'); fseek(fid, 128, 'bof'); y = fread(fid, 1, 'uint32'); fclose(fid);", "y", []float64{15}},
		{"x = 1:100; save('m6.mat', 'x', '-v6', '-mat'); fid = fopen('m6.mat'); fseek(fid, 128, 'bof'); y = fread(fid, 1, 'uint32'); fclose(fid);", "y", []float64{14}},
	})
}

func TestMatScriptErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("text.mat", []byte(strings.Repeat("not a mat file ", 20)), 0o644); err != nil {
		t.Fatal(err)
	}
	full := append(fixtureHeader(), fixtureHex(t, fixtureElems[0].hex)...)
	if err := os.WriteFile("cut.mat", full[:len(full)-5], 0o644); err != nil {
		t.Fatal(err)
	}
	sparse := fixtureHex(t, `0e000000 38000000
		06000000 08000000 | 05000000 01000000
		05000000 08000000 | 01000000 01000000
		01000100 | 73000000
		05000000 00000000
		05000000 00000000`)
	if err := os.WriteFile("sparse.mat", append(fixtureHeader(), sparse...), 0o644); err != nil {
		t.Fatal(err)
	}
	runCases(t, []evalCase{
		{"load('nope.mat')", "error", "Unable to find file or directory 'nope.mat'."},
		{"load('text.mat')", "error", "Unable to read MAT-file text.mat: not a binary MAT-file.\nTry LOAD -ASCII to read as text."},
		{"load('cut.mat')", "error", "Unable to read MAT-file cut.mat: file may be corrupt."},
		{"load('sparse.mat')", "error", "Unable to load variable 's' from sparse.mat: sparse matrices are not supported."},
		{"save('f.mat', 'nonexist')", "error", "Variable 'nonexist' not found."},
		{"x = 1; save('f.mat', 'x', '-v7.3')", "error", "The '-v7.3' option (MAT-file version 7.3) is not supported; use '-v7' (the default) or '-v6'."},
		{"x = 1; save('f.mat', 'x', '-v6', '-nocompression')", "error", "The '-nocompression' option requires MAT-file version 7 ('-v7'); version 6 files are never compressed."},
		{"x = 1; save('f.mat', 'x', '-bogus')", "error", "Unknown option '-bogus'."},
		{"x = 1; save('f.mat', '-struct', 'x')", "error", "The argument to -STRUCT must be the name of a scalar structure variable."},
		{"x = 1; save('no_such_dir/f.mat', 'x')", "error", "Unable to write file no_such_dir/f.mat: No such file or directory."},
		{"x = 1; save(3, 'x')", "error", "Argument must contain a character vector."},
		{"fid = fopen('ragged.txt', 'w'); fprintf(fid, '1 2\\n3\\n'); fclose(fid); load('ragged.txt')", "error", "Number of columns on line 2 of ASCII file ragged.txt must be the same as previous lines."},
		{"fid = fopen('words.txt', 'w'); fprintf(fid, '1 two\\n'); fclose(fid); load('words.txt')", "error", "Unable to read file 'words.txt'. Input must be a MAT-file or an ASCII file containing numeric data with same number of columns in each row."},
		{"x = 1; save('f.mat', 'x'); x = 2; save('text.mat', 'x', '-append')", "error", "Unable to read MAT-file text.mat: not a binary MAT-file.\nTry LOAD -ASCII to read as text."},
	})
	// Warnings: a requested variable the file lacks.
	_, out, err := runSource(t, "x = 1; save('w.mat', 'x'); load('w.mat', 'zz')")
	if err != nil || !strings.Contains(out, "Warning: Variable 'zz' not found.") {
		t.Errorf("missing variable: %v %q", err, out)
	}
	// A value gomat cannot store is left out with a warning naming the
	// variable and its class; the other variables are saved.
	in, out, err := runSource(t, "a = 1; s = \"str\"; c = {1, @sin}; save('skip.mat'); S = load('skip.mat'); f = strjoin(fieldnames(S)', ',');")
	if v, _ := in.Var("f"); err != nil || describe(v) != `char "a"` ||
		!strings.Contains(out, "Warning: Variable 's' was not saved. gomat cannot store values of class string in a MAT-file.") ||
		!strings.Contains(out, "Warning: Variable 'c' was not saved. gomat cannot store values of class function_handle in a MAT-file.") {
		t.Errorf("unsupported classes: %v %q", err, out)
	}
	// Nothing but the saved files is left behind (no temporary files).
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestMatAppendForeign appends to files gomat did not write: a big-endian
// file and one with a miscounted element; their variables are kept.
func TestMatAppendForeign(t *testing.T) {
	t.Chdir(t.TempDir())
	cm := fixtureHex(t, `0e000000 34000000
		06000000 08000000 | 04000000 00000000
		05000000 08000000 | 01000000 02000000
		01000200 | 636d0000
		10000200 | 68690000`)
	files := map[string][]byte{
		"be.mat":  bigEndianFixtureFile(t),
		"oct.mat": append(append(fixtureHeader(), cm...), fixtureHex(t, fixtureElems[0].hex)...),
	}
	for name, data := range files {
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runCases(t, []evalCase{
		{"k = 4; save('be.mat', 'k', '-append'); S = load('be.mat'); v = [S.y S.k];", "v", []float64{-1.5, 4}},
		{"k = 4; save('oct.mat', 'k', '-append', '-v6'); S = load('oct.mat'); ok = isequal(S.cm, 'hi') && isequal(S.x, [1 2 3]) && S.k == 4;", "ok", true},
	})
}

// TestMatDefaultFile saves to and loads from matlab.mat when no file is
// named, saying so as MATLAB does.
func TestMatDefaultFile(t *testing.T) {
	t.Chdir(t.TempDir())
	in, out, err := runSource(t, "x = 7; save\nclear\nload\ny = x;")
	if err != nil || !strings.Contains(out, "Saving to: ") || !strings.Contains(out, "matlab.mat\nLoading from: matlab.mat\n") {
		t.Fatalf("%v %q", err, out)
	}
	if v, ok := in.Var("y"); !ok || v.Float() != 7 {
		t.Errorf("y = %v", v)
	}
}
