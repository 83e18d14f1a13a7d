package interp_test

import (
	"io"
	"os"
	"testing"

	_ "gomat/builtins"
	"gomat/lang/interp"
)

func TestProfScript(t *testing.T) {
	p := os.Getenv("GOMAT_PROF_SCRIPT")
	if p == "" {
		t.Skip()
	}
	in := interp.New(io.Discard, io.Discard)
	if err := in.RunFile(p); err != nil {
		t.Fatal(interp.Report(err))
	}
}
