package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGolden runs every testdata/golden/**/NAME.m script through the CLI, in
// the script's folder, and compares everything it prints (standard output
// and standard error, interleaved) and its exit status with NAME.out. The
// first line of NAME.out may be "exit N" for a script expected to fail.
func TestGolden(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "golden")
	var scripts []string
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".m") && !strings.Contains(p, string(filepath.Separator)+"lib"+string(filepath.Separator)) {
			scripts = append(scripts, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(scripts) == 0 {
		t.Fatal("no golden scripts found")
	}
	for _, script := range scripts {
		name := strings.TrimSuffix(strings.TrimPrefix(script, root+string(filepath.Separator)), ".m")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(script, ".m") + ".out")
			if err != nil {
				t.Fatalf("missing expected output: %v", err)
			}
			wantCode := 0
			if rest, ok := bytes.CutPrefix(want, []byte("exit 1\n")); ok {
				want, wantCode = rest, 1
			}
			got, code := runGolden(t, script)
			if code != wantCode {
				t.Errorf("exit status %d, want %d", code, wantCode)
			}
			if got != string(want) {
				t.Errorf("output differs\n--- got ---\n%s--- want ---\n%s", got, want)
			}
		})
	}
}

// runGolden runs one script in its own folder and returns what it printed.
func runGolden(t *testing.T, script string) (string, int) {
	t.Helper()
	abs, err := filepath.Abs(script)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Dir(abs))
	var out bytes.Buffer
	code := run([]string{filepath.Base(abs)}, strings.NewReader(""), &out, &out)
	return out.String(), code
}
