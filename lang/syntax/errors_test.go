package syntax

import (
	"errors"
	"strings"
	"testing"
)

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		src       string
		line, col int
		msg       string
	}{
		{"x = (1", 1, 5, msgDelimiters},
		{"x = 1)", 1, 6, msgDelimiters},
		{"x = [1 2", 1, 5, msgDelimiters},
		{"x = [1 2)", 1, 9, msgDelimiters},
		{"x = {1 2]", 1, 9, msgDelimiters},
		{"x = 'abc", 1, 5, "Character vector is not terminated properly."},
		{"x = 'abc\ny'", 1, 5, "Character vector is not terminated properly."},
		{"x = \"abc", 1, 5, "String is not terminated properly."},
		{"disp 'abc", 1, 6, "Character vector is not terminated properly."},
		{"if x\n  y = 1;", 1, 1, msgMissingEnd},
		{"x = 1;\nfor i=1:3\n  if x\n  end", 2, 1, msgMissingEnd},
		{"while 1\n  if x\n  end\n", 1, 1, msgMissingEnd},
		{"function f\n  x = 1;\nend\nfunction g\n  y = 2;", 4, 1, msgMissingEnd},
		{"function f\n  if x\n", 2, 3, msgMissingEnd},
		{"x = 1 +", 1, 8, msgIncomplete},
		{"x = ", 1, 5, msgIncomplete},
		{"x = * 3", 1, 5, msgOperator},
		{"*3", 1, 1, msgOperator},
		{"x = 1 + / 2", 1, 9, msgOperator},
		{"end", 1, 1, `Illegal use of reserved keyword "end".`},
		{"x = 1;\nelse", 2, 1, `Illegal use of reserved keyword "else".`},
		{"if x, end end", 1, 11, `Illegal use of reserved keyword "end".`},
		{"if x = 1, end", 1, 6, msgEquals},
		{"x = y = 1", 1, 7, msgEquals},
		{"c{a=1}", 1, 3, msgEquals},
		{"x = 1 2", 1, 7, msgMissingOp},
		{"disp(1) disp(2)", 1, 9, msgMissingOp},
		{"x = 2x", 1, 6, msgMissingOp},
		{"f(x) + 1 = 2", 1, 1, msgTarget},
		{"3 = x", 1, 1, msgTarget},
		{"[a; b] = f", 1, 1, msgTarget},
		{"[a, f(1)+1] = g", 1, 5, msgTarget},
		{"x = $", 1, 5, "Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters."},
		{"x = `", 1, 5, "Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters."},
		{"x = 变量", 1, 5, "Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters."},
		{"a != b", 1, 3, "Invalid use of operator. To test for inequality, use '~='."},
		{"x = [end]", 1, 6, `Illegal use of reserved keyword "end".`},
		{"x = f(~)", 1, 7, msgTilde},
		{"x = [~]", 1, 6, msgTilde},
		{"x = 0x1FFu8", 1, 5, "Hexadecimal literal is out of range for uint8."},
		{"if x\n  function f\n  end\nend", 2, 3, msgFuncContext},
		{"x = 1;\nfunction f\nend\ny = 2;", 4, 1, "Function definitions in a script must appear at the end of the file.\nMove all statements after the \"f\" function definition to before the first local function definition."},
		{"function f\nend\ny = 2;", 3, 1, msgOutsideFunc},
		{"x = (", 1, 5, msgDelimiters},
		{"x = @", 1, 6, msgIncomplete},
		{"x = a.", 1, 7, msgIncomplete},
		{"x = a:", 1, 7, msgIncomplete},
		{"s.1", 1, 2, msgMissingOp},
		{"for 1 = x, end", 1, 5, msgMissingOp},
		{"x = [1 2]]", 1, 10, msgDelimiters},
		{"y = '中文' $", 1, 10, "Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters."},
	} {
		_, err := ParseFile("t.m", []byte(tc.src))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%q: got %v, want an *Error", tc.src, err)
			continue
		}
		if e.Line != tc.line || e.Col != tc.col || e.Msg != tc.msg || e.File != "t.m" {
			t.Errorf("%q:\n got %d:%d: %s\nwant %d:%d: %s", tc.src, e.Line, e.Col, e.Msg, tc.line, tc.col, tc.msg)
		}
	}
}

func TestErrorFormat(t *testing.T) {
	_, err := ParseFile("f.m", []byte("a = 1;\n\tx = (1 + \n"))
	want := "f.m:2:6: " + msgDelimiters + "\n\tx = (1 + \n\t    ^"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
	_, err = ParseREPL([]byte("x = 1 +"))
	want = "1:8: " + msgIncomplete + "\nx = 1 +\n       ^"
	if err == nil || err.Error() != want {
		t.Errorf("got\n%v\nwant\n%s", err, want)
	}
	e := &Error{Line: 3, Col: 1, Msg: "m"}
	if got := e.Error(); got != "3:1: m" {
		t.Errorf("got %q", got)
	}
}

func TestNestingLimits(t *testing.T) {
	for _, src := range []string{
		"x = " + strings.Repeat("(", 300) + "1" + strings.Repeat(")", 300),
		"x = " + strings.Repeat("[", 300),
		"x = " + strings.Repeat("{", 300) + strings.Repeat("}", 300),
		"x = " + strings.Repeat("@()", 300) + "1",
		"x = {" + strings.Repeat("@()", 300) + "1}",
		strings.Repeat("if x\n", 300) + strings.Repeat("end\n", 300),
		strings.Repeat("function f\n", 300) + strings.Repeat("end\n", 300),
	} {
		if _, err := ParseFile("t.m", []byte(src)); err == nil || !strings.Contains(err.Error(), "cannot exceed a depth of 200") {
			t.Errorf("%.30q…: got %v", src, err)
		}
	}
	for _, src := range []string{
		"x = " + strings.Repeat("(", 150) + "1" + strings.Repeat(")", 150),
		"x = {" + strings.Repeat("@() 1, ", 500) + "1}",
		strings.Repeat("-", 5000) + "x",
		strings.Repeat("x = 1;\n", 5000),
		strings.Repeat("function f\nx = 1;\n", 500),
	} {
		if _, err := ParseFile("t.m", []byte(src)); err != nil {
			t.Errorf("%.30q…: %v", src, err)
		}
	}
}
