package builtins

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"gomat/lang/interp"
)

// TestBuiltinsSurviveOddArguments calls every built-in with a range of
// unusual arguments and fails on any Go panic (reported as an internal
// error) or a call that does not return: bad input must give a MATLAB
// error, never a crash or a hang. Calls run in a temporary folder, and
// the built-ins that leave the process, sleep, read the terminal, run
// shell commands or change folder are skipped.
func TestBuiltinsSurviveOddArguments(t *testing.T) {
	t.Chdir(t.TempDir())
	deny := map[string]bool{"exit": true, "quit": true, "pause": true, "input": true, "keyboard": true, "system": true, "unix": true, "dos": true, "cd": true, "clc": true}
	argSets := []string{"", "0", "[]", "'a'", "{}", "struct()", "-1", "NaN", "1,2", "'a','b'", "[1 2 3],'x'", "Inf", "{1,'a'}", "true", "int8(5)", "1+2i", "zeros(0,3)", "ones(2,2,2)", "'',''", "[],[]", "1,[]", "@sin", "\"s\"", "[\"a\" \"b\"]", "1,2,3", "'a',1", "{},{}", "struct('a',{}),1", "single(2)", "uint8([1 2])", "-0.5", "'abc',[1 2]", "[1;2],[3 4]", "{'a'},'b'", "2,'like',1", "magic(3),1", "magic(3),'all'", "1,2,'x',3", "Inf,1", "1,Inf", "-Inf"}
	for _, b := range interp.Builtins() {
		if deny[b.Name] {
			continue
		}
		for _, a := range argSets {
			if !survives(t, fmt.Sprintf("x__ = %s(%s);", b.Name, a)) {
				return
			}
		}
	}
}

// survives runs code in a fresh interpreter and reports a Go panic (an
// internal error) or a run longer than 5 s; it returns false on a hang.
func survives(t *testing.T, code string) bool {
	t.Helper()
	var out bytes.Buffer
	in := interp.New(&out, &out)
	done := make(chan error, 1)
	go func() { done <- in.RunString("", code) }()
	select {
	case err := <-done:
		if err != nil && strings.Contains(interp.Report(err), "Internal error") {
			t.Errorf("%s: %s", code, strings.TrimSpace(interp.Report(err)))
		}
		return true
	case <-time.After(5 * time.Second):
		t.Errorf("%s: still running after 5 s", code)
		return false
	}
}

// TestMethodsSurviveOddArguments does the same for the methods of the
// library's object classes, called on an object with odd further
// arguments.
func TestMethodsSurviveOddArguments(t *testing.T) {
	t.Chdir(t.TempDir())
	objects := map[string]string{
		"MException":     "ME = MException('a:b','msg');",
		"categorical":    "ME = categorical({'a','b','a'});",
		"containers.Map": "ME = containers.Map({'a','b'},{1,2});",
		"datetime":       "ME = datetime(2024,1,1:3);",
		"duration":       "ME = hours(1:3);",
		"table":          "ME = table([1;2],{'a';'b'});",
	}
	argSets := []string{"", ",0", ",[]", ",'a'", ",{}", ",-1", ",NaN", ",Inf", ",1,2", ",'a','b'", ",ME", ",@sin", ",{1,'a'}", ",zeros(0,3)", ",2^53+2"}
	for _, cm := range interp.ClassMethods() {
		setup, ok := objects[cm.Class]
		if !ok {
			continue
		}
		for _, m := range cm.Methods {
			for _, a := range argSets {
				if !survives(t, fmt.Sprintf("%s x__ = %s(ME%s);", setup, m.Name, a)) {
					return
				}
			}
		}
	}
}
