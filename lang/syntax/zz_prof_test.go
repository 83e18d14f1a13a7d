package syntax

import (
	"os"
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
