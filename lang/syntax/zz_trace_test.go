package syntax

import (
	"testing"
)

func TestTok(t *testing.T) {
	s := scan("", []byte("z = {@(x) x + 1 @sin}"), nil)
	for _, tk := range s.toks {
		t.Logf("%d %q", tk.Type, tk.Value)
	}
}
