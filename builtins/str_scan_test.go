package builtins

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScanTextUsed(t *testing.T) {
	for _, tc := range []struct {
		text, format string
		limit        int
		count, used  int
	}{
		{"3 4 5\nabc", "%d", -1, 3, 6},              // stops at the failing conversion
		{"3 4 5\n", "%d", -1, 3, 6},                 // trailing white space is consumed
		{"1 2 3", "%d", 2, 2, 3},                    // a size limit leaves the space unread
		{"x1 x2 y3", "x%d", -1, 2, 6},               // a literal that fails is not consumed
		{"3.14159 are", "%f", -1, 1, 8},             // skipped white space counts
		{"ab cd", "%s", -1, 2, 5},                   // text conversions
		{"", "%d", -1, 0, 0},                        // nothing to read
		{"héllo 1", "%s %d", -1, 2, len("héllo 1")}, // bytes, not characters
	} {
		sf, err := parseScanFormat(tc.format)
		if err != nil {
			t.Fatal(err)
		}
		r := scanText(tc.text, sf, tc.limit)
		if r.count != tc.count || r.used != tc.used {
			t.Errorf("scanText(%q, %q, %d): count %d used %d, want %d %d", tc.text, tc.format, tc.limit, r.count, r.used, tc.count, tc.used)
		}
	}
}

func TestScanResume(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "r.txt")
	if err := os.WriteFile(name, []byte("3 4 5\nabc"), 0o644); err != nil {
		t.Fatal(err)
	}
	f := "'" + strings.ReplaceAll(name, "'", "''") + "'"
	open := `fid = fopen(` + f + `); a = fscanf(fid, '%d'); `
	runCases(t, []evalCase{
		{open + `p = ftell(fid); fclose(fid);`, "p", []float64{6}},
		{open + `s = fscanf(fid, '%s'); fclose(fid);`, "s", "abc"},
		{open + `e = feof(fid); fclose(fid);`, "e", false},
		{open + `s = fgetl(fid); fclose(fid);`, "s", "abc"},
		{open + `s = fscanf(fid, '%s'); e = feof(fid); fclose(fid);`, "e", true},
		{`fid = fopen(` + f + `); a = fscanf(fid, '%d', 1); b = fscanf(fid, '%d', 1); fclose(fid);`, "b", []float64{4}},
		{`[a, n, e, k] = sscanf('3 4 5 abc', '%d');`, "k", []float64{7}},
		{`[a, n, e, k] = sscanf('3 4 5', '%d');`, "k", []float64{6}},
		{`[a, n, e, k] = sscanf('é 7', '%s %d');`, "k", []float64{4}},
	})
}
