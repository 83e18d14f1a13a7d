package syntax

import (
	"os"
	"strings"
	"testing"
)

func BenchmarkBig(b *testing.B) {
	src, _ := os.ReadFile("/tmp/all.m")
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("t.m", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLex(b *testing.B) {
	src := []byte(strings.Repeat("x = 1;\n", 1000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		scan("", src, nil)
	}
}
