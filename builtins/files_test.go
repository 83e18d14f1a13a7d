package builtins

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPaths(t *testing.T) {
	runCases(t, []evalCase{
		{`f = fullfile('a', 'b', 'c.m');`, "f", "a/b/c.m"},
		{`f = fullfile('a/', '/b');`, "f", "a/b"},
		{`f = fullfile('', 'x');`, "f", "x"},
		{`c = fullfile('d', {'x', 'y'}); f = c{2};`, "f", "d/y"},
		{`f = fullfile("a", 'b'); c = class(f);`, "c", "string"},
		{`[p, n, e] = fileparts('/home/u/file.tar.gz');`, "p", "/home/u"},
		{`[p, n, e] = fileparts('/home/u/file.tar.gz');`, "n", "file.tar"},
		{`[p, n, e] = fileparts('/home/u/file.tar.gz');`, "e", ".gz"},
		{`[p, n, e] = fileparts('/file');`, "p", "/"},
		{`[p, n, e] = fileparts('x.m');`, "p", ""},
		{`s = filesep;`, "s", "/"},
		{`s = pathsep;`, "s", ":"},
		{`t = tempdir; ok = t(end) == '/';`, "ok", true},
		{`a = tempname; b = tempname; ok = ~strcmp(a, b);`, "ok", true},
		{`ok = isfolder(tempdir);`, "ok", true},
		{`ok = isfile(tempdir);`, "ok", false},
	})
}

func TestFileRoundTrips(t *testing.T) {
	dir := t.TempDir()
	q := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	f := q(filepath.Join(dir, "a.txt"))
	runCases(t, []evalCase{
		{`fid = fopen(` + f + `, 'w'); fprintf(fid, '%d\n', 1:3); fclose(fid); s = fileread(` + f + `);`, "s", "1\n2\n3\n"},
		{`fid = fopen(` + f + `); a = fgetl(fid); b = fgetl(fid); fclose(fid);`, "b", "2"},
		{`fid = fopen(` + f + `); x = fscanf(fid, '%d'); fclose(fid);`, "x", []float64{1, 2, 3}},
		{`fid = fopen(` + f + `); while ~feof(fid), l = fgetl(fid); end; fclose(fid);`, "l", "3"},
		{`fid = fopen(` + f + `); b = fread(fid, 2, 'uint8'); fclose(fid);`, "b", []float64{49, 10}},
		{`fid = fopen(` + f + `); s = fread(fid, [1 Inf], '*char'); fclose(fid);`, "s", "1\n2\n3\n"},
		{`[fid, msg] = fopen('/nonexistent/x');`, "msg", "No such file or directory"},
		{`[fid, msg] = fopen('/nonexistent/x');`, "fid", []float64{-1}},
		{`fclose(99);`, "error", "Invalid file identifier."},
		{`fid = fopen(` + f + `, 'a'); fprintf(fid, 'end'); fclose(fid); L = readlines(` + f + `); s = L(4);`, "s", "end"},
		{`writelines({'x', 'y'}, ` + f + `); s = fileread(` + f + `);`, "s", "x\ny\n"},
		{`writematrix([1 2.5; -3 4], ` + f + `); s = fileread(` + f + `);`, "s", "1,2.5\n-3,4\n"},
		{`writematrix([1 2; 3 4], ` + f + `); M = readmatrix(` + f + `);`, "M", []float64{1, 3, 2, 4}},
		{`fid = fopen(` + f + `, 'w'); n = fwrite(fid, [65 66 67]); fclose(fid); s = fileread(` + f + `);`, "s", "ABC"},
		{`fid = fopen(` + f + `, 'w'); fprintf(fid, 'a,1\nb,2\n'); fclose(fid); fid = fopen(` + f + `); C = textscan(fid, '%s %f', 'Delimiter', ','); fclose(fid); x = C{2};`, "x", []float64{1, 2}},
		{`C = textscan('x 1 y 2', '%s %d'); n = class(C{2});`, "n", "int32"},
	})
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("stray files after writes: %v", entries)
	}
}

func TestFolders(t *testing.T) {
	dir := t.TempDir()
	d := "'" + dir + "'"
	runCases(t, []evalCase{
		{`[ok, msg] = mkdir(` + d + `, 'sub');`, "ok", true},
		{`mkdir(` + d + `, 'sub'); [ok, msg] = mkdir(` + d + `, 'sub');`, "msg", "Directory already exists."},
		{`mkdir(fullfile(` + d + `, 'sub')); S = dir(` + d + `); n = {S.name}; v = n{3};`, "v", "sub"},
		{`S = dir(` + d + `); ok = S(1).isdir;`, "ok", true},
		{`copyfile(fullfile(` + d + `, 'sub'), fullfile(` + d + `, 'sub2')); ok = isfolder(fullfile(` + d + `, 'sub2'));`, "ok", true},
		{`movefile(fullfile(` + d + `, 'sub2'), fullfile(` + d + `, 'sub3')); ok = isfolder(fullfile(` + d + `, 'sub3'));`, "ok", true},
		{`rmdir(fullfile(` + d + `, 'sub3')); ok = isfolder(fullfile(` + d + `, 'sub3'));`, "ok", false},
		{`rmdir(fullfile(` + d + `, 'nope'));`, "error", "is not a directory"},
		{`old = cd(` + d + `); p = pwd; cd(old);`, "p", dir},
	})
}

// TestFileAuditOutputs covers the second documentation audit: 0×0 messages
// from mkdir and friends, readmatrix's Range, and writelines' LineEnding
// escapes.
func TestFileAuditOutputs(t *testing.T) {
	dir := t.TempDir()
	q := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	f := q(filepath.Join(dir, "h.csv"))
	d := q(dir)
	mk := `writelines(["x,y,z"; "1,2,3"; "4,,6"; "7,8,9"], ` + f + `); `
	runCases(t, []evalCase{
		{`[ok, msg, id] = mkdir(` + d + `, 'new'); sz = [size(msg) size(id)];`, "sz", []float64{0, 0, 0, 0}},
		{`[ok, msg] = rmdir(fullfile(` + d + `, 'new')); sz = size(msg);`, "sz", []float64{0, 0}},
		{mk + `M = readmatrix(` + f + `, 'Range', 'A2:B3');`, "M", []float64{1, 4, 2, math.NaN()}},
		{mk + `M = readmatrix(` + f + `, 'Range', 'C3');`, "M", []float64{6, 9}},
		{mk + `M = readmatrix(` + f + `, 'Range', '2:2');`, "M", []float64{1, 2, 3}},
		{mk + `M = readmatrix(` + f + `, 'Range', 'B:B');`, "M", []float64{2, math.NaN(), 8}},
		{mk + `M = readmatrix(` + f + `, 'Range', [4 1]);`, "M", []float64{7, 8, 9}},
		{mk + `M = readmatrix(` + f + `, 'Range', [2 3 3 3]);`, "M", []float64{3, 6}},
		{mk + `M = readmatrix(` + f + `, 'Range', 'B3:A2');`, "error", "Invalid 'Range' value."},
		{`writelines(["a"; "b"], ` + f + `, 'LineEnding', '\r\n'); s = fileread(` + f + `);`, "s", "a\r\nb\r\n"},
	})
}
