package dl

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRealB0(t *testing.T) {
	src, _ := os.ReadFile(filepath.Join("..", "scripts", "transfer_learning.m"))
	dir := t.TempDir()
	writeImageFolder(t, dir, []string{"cats", "dogs"}, 16)
	t.Chdir(dir)
	t0 := time.Now()
	out, errOut, err := runScript(t, string(src))
	t.Logf("%s\n%s\n%v\nwall %v", out, errOut, err, time.Since(t0))
}
