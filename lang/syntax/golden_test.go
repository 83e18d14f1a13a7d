package syntax

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/syntax")

// TestGolden parses every testdata/syntax/*.m file and compares the tree,
// one statement or function per line, with the .golden file beside it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../../testdata/syntax/*.m")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := ParseFile(filepath.Base(path), src)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		var b strings.Builder
		if f.IsScript {
			b.WriteString("script\n")
		} else {
			b.WriteString("function file\n")
		}
		for _, s := range f.Stmts {
			b.WriteString(stmtSexpr(s) + "\n")
		}
		for _, fn := range f.Funcs {
			b.WriteString(funcString(fn) + "\n")
		}
		golden := strings.TrimSuffix(path, ".m") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if b.String() != string(want) {
			t.Errorf("%s: got\n%s\nwant\n%s", path, b.String(), want)
		}
	}
}
