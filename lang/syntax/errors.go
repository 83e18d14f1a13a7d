package syntax

import (
	"bytes"
	"fmt"
	"strings"
)

// MATLAB's wording for the common syntax errors.
const (
	msgDelimiters  = "Invalid expression. When calling a function or indexing a variable, use parentheses. Otherwise, check for mismatched delimiters."
	msgMissingOp   = "Invalid expression. Check for missing multiplication operator, missing or unbalanced delimiters, or other syntax error. To construct matrices, use brackets instead of parentheses."
	msgOperator    = "Invalid use of operator."
	msgIncomplete  = "This statement is incomplete."
	msgMissingEnd  = "At least one END is missing: the statement may begin here."
	msgEquals      = "Incorrect use of '=' operator. To assign a value to a variable, use '='. To compare values for equality, use '=='."
	msgTarget      = "The expression to the left of the equals sign is not a valid target for an assignment."
	msgTilde       = "Invalid use of a tilde character."
	msgFuncContext = "Function definitions are not permitted in this context."
	msgOutsideFunc = "This statement is not inside any function.\n (After the END that terminates the definition of a function, only comments and function definitions can appear.)"
)

// Error is a syntax error at a 1-based line and column (in runes) of a
// source file. LineText is the source line it points into.
type Error struct {
	File      string
	Line, Col int
	Msg       string
	LineText  string
}

// Error formats the error as "file:line:col: message", then the source line
// and a caret under the offending column.
func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteByte(':')
	}
	fmt.Fprintf(&b, "%d:%d: %s", e.Line, e.Col, e.Msg)
	if strings.TrimSpace(e.LineText) == "" {
		return b.String()
	}
	b.WriteByte('\n')
	b.WriteString(e.LineText)
	b.WriteByte('\n')
	col := 1
	for _, r := range e.LineText {
		if col >= e.Col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
		col++
	}
	b.WriteByte('^')
	return b.String()
}

// newError builds an Error, taking the text of the given line from src.
func newError(file string, src []byte, line, col int, msg string) *Error {
	return &Error{File: file, Line: line, Col: col, Msg: msg, LineText: sourceLine(src, line)}
}

// sourceLine returns line n (1-based) of src without its line ending.
func sourceLine(src []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return string(bytes.TrimRight(src, "\r"))
}
