package syntax

import (
	"testing"
	"time"
)

func TestBuildTime(t *testing.T) {
	start := time.Now()
	parser()
	t.Logf("build %v", time.Since(start))
	start = time.Now()
	ParseREPL([]byte("1+1"))
	t.Logf("1+1 %v", time.Since(start))
}
