package syntax

import (
	"strings"
	"testing"
	"time"
)

func TestPathological(t *testing.T) {
	for _, src := range []string{
		"x = " + strings.Repeat("[", 199) + strings.Repeat("]", 199),
		"x = " + strings.Repeat("[", 199) + strings.Repeat("]", 198),
		"x = " + strings.Repeat("(", 199) + "1 +" + strings.Repeat(")", 199),
		"x = " + strings.Repeat("@(a)", 199),
		"x = " + strings.Repeat("{@(a)", 99),
		"x = " + strings.Repeat("f(a=", 199),
		"x = " + strings.Repeat("f(a=", 150) + "1" + strings.Repeat(")", 150),
		strings.Repeat("if x, ", 199),
		strings.Repeat("if x\n", 199) + "y = (",
		strings.Repeat("a(1)", 3000),
		strings.Repeat("x'", 3000),
		strings.Repeat("[a, ", 199),
		strings.Repeat("function f\n", 3000),
		strings.Repeat("switch x, case ", 150),
		strings.Repeat("try, ", 199) + strings.Repeat("catch e, ", 199),
		strings.Repeat("x = [1 2 3 4 5 6 7 8 9 10];\n", 400),
		strings.Repeat("x.", 3000),
		strings.Repeat("@", 3000),
		strings.Repeat("(", 199) + strings.Repeat("@(", 199),
		"x = " + strings.Repeat("-", 5000) + "1",
		"x = " + strings.Repeat("1:", 3000) + "1",
		strings.Repeat("[", 100) + strings.Repeat("@()", 99) + strings.Repeat("]", 100),
		strings.Repeat("{", 199) + strings.Repeat("a ", 200),
	} {
		start := time.Now()
		_, err := ParseFile("t.m", []byte(src))
		d := time.Since(start)
		msg := ""
		if err != nil {
			msg = err.(*Error).Msg
		}
		t.Logf("%-25.25q %12v %.40s", src, d, msg)
	}
}
