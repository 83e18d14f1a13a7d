package builtins

import "testing"

func TestSystem(t *testing.T) {
	runCases(t, []evalCase{
		{`setenv('GOMAT_TEST_VAR', 'v1'); s = getenv('GOMAT_TEST_VAR');`, "s", "v1"},
		{`s = getenv('GOMAT_SURELY_UNSET_VAR');`, "s", ""},
		{`s = computer;`, "s", "GLNXA64"},
		{`s = computer('arch');`, "s", "glnxa64"},
		{`x = isunix;`, "x", true},
		{`x = ispc;`, "x", false},
		{`v = version; ok = ischar(v);`, "ok", true},
	})
}
