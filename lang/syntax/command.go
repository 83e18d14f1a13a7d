package syntax

import (
	"bytes"

	"github.com/alecthomas/participle/v2/lexer"
)

// cmdOperators are the binary operators that, written with whitespace after
// them (`a - b`, `x == 1`), make `name op …` an expression rather than
// command syntax. Longest first.
var cmdOperators = []string{
	"==", "~=", "!=", "<=", ">=", "&&", "||", ".*", "./", ".\\", ".^",
	"+", "-", "*", "/", "\\", "^", "<", ">", "&", "|", ":",
}

// isCommand decides whether the identifier that ends at offset i, which
// starts a statement and is not a variable, begins command syntax. It does
// when it is followed by whitespace and then by something that is not an
// assignment, an opening parenthesis, the end of the statement, or a binary
// operator followed by whitespace: `hold on`, `disp -x`, `x ==1` are
// commands; `x = 1`, `f (1)`, `a - b`, `a == b` are not.
func (s *scanner) isCommand(i int) bool {
	src := s.src
	if i >= len(src) || src[i] != ' ' && src[i] != '\t' {
		return false
	}
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i >= len(src) {
		return false
	}
	rest := src[i:]
	switch rest[0] {
	case '\n', '\r', ';', ',', '%', '(':
		return false
	case '=':
		if !bytes.HasPrefix(rest, []byte("==")) {
			return false
		}
	}
	if bytes.HasPrefix(rest, []byte("...")) {
		return false
	}
	for _, op := range cmdOperators {
		if bytes.HasPrefix(rest, []byte(op)) {
			j := len(op)
			return j < len(rest) && !isSpace(rest[j])
		}
	}
	return true
}

// command emits a command-syntax call: the name, then each argument. The
// arguments are separated by whitespace and end at a newline, ';', ',' or
// '%'; quotes group text with spaces and are removed (a doubled quote stands
// for one quote).
func (s *scanner) command(name string, pos lexer.Position) {
	s.emit(tCmdName, name, pos, false, false)
	for s.err == nil {
		for s.off < len(s.src) && (s.src[s.off] == ' ' || s.src[s.off] == '\t' || s.src[s.off] == '\r') {
			s.advanceTo(s.off + 1)
		}
		if s.off >= len(s.src) || bytes.IndexByte([]byte("\n;,%"), s.src[s.off]) >= 0 {
			s.ws = false
			return
		}
		s.commandArg()
	}
}

// commandArg scans one command-syntax argument.
func (s *scanner) commandArg() {
	pos := s.pos()
	var arg []byte
	i := s.off
	for i < len(s.src) {
		c := s.src[i]
		if bytes.IndexByte([]byte(" \t\r\n;,%"), c) >= 0 {
			break
		}
		if c != '\'' && c != '"' {
			arg = append(arg, c)
			i++
			continue
		}
		j := i + 1
		for {
			if j >= len(s.src) || s.src[j] == '\n' {
				s.advanceTo(i)
				s.fail(s.pos(), "Character vector is not terminated properly.")
				return
			}
			if s.src[j] == c {
				if j+1 < len(s.src) && s.src[j+1] == c {
					arg = append(arg, c)
					j += 2
					continue
				}
				break
			}
			arg = append(arg, s.src[j])
			j++
		}
		i = j + 1
	}
	s.emit(tCmdArg, string(arg), pos, false, false)
	s.advanceTo(i)
}
