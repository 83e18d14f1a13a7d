package syntax

import (
	"strings"
	"testing"
	"time"
)

func TestScaling(t *testing.T) {
	for _, n := range []int{500, 1000, 2000, 4000, 8000} {
		src := []byte(strings.Repeat("x = 1;\n", n))
		start := time.Now()
		scan("", src, nil)
		lex := time.Since(start)
		ParseFile("t.m", src)
		t.Logf("%d lines: lex %v total %v", n, lex, time.Since(start))
	}
}
