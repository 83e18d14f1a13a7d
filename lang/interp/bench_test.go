package interp_test

import (
	"io"
	"testing"

	"gomat/lang/interp"
)

// BenchmarkScalarLoop measures the interpreter's loop and scalar arithmetic
// overhead per iteration.
func BenchmarkScalarLoop(b *testing.B) {
	in := interp.New(io.Discard, io.Discard)
	if err := in.RunString("", "n = 0;"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	if err := in.RunString("", "s = 0; for i = 1:"+itoa(b.N)+", s = s + i * 0.5; end"); err != nil {
		b.Fatal(err)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
