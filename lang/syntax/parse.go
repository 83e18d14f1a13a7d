// Package syntax is the MATLAB lexer and parser. A hand-written,
// context-sensitive lexer (lexer.go, command.go, numbers.go) feeds a
// participle grammar (grammar.go) whose result is converted into the
// gomat/lang/ast tree (convert.go).
package syntax

import (
	"errors"
	"fmt"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"gomat/lang/ast"
)

// ParseFile parses a whole file: a script (statements, then local
// functions) or a function file (only functions). name is used in errors.
// A returned error is an *Error.
func ParseFile(name string, src []byte) (*ast.File, error) {
	return parse(name, src, false, nil)
}

// ParseREPL parses input typed at the prompt: statements and, anywhere among
// them, function definitions (which go to File.Funcs).
func ParseREPL(src []byte) (*ast.File, error) {
	return parse("", src, true, nil)
}

// ParseREPLVars is ParseREPL for a workspace whose variables isVar reports:
// `x -1` is an expression when x is a variable and command syntax otherwise.
func ParseREPLVars(src []byte, isVar func(name string) bool) (*ast.File, error) {
	return parse("", src, true, isVar)
}

// Incomplete reports whether src stops inside an unfinished construct (an
// if/for/while/switch/try/function block without its end, an open bracket,
// a line continuation or a block comment), so that the REPL should read
// more lines before parsing.
func Incomplete(src []byte) bool {
	s := scan("", src, nil)
	if s.incomplete || s.openComment {
		return true
	}
	return s.err == nil && len(s.blocks) > 0
}

// parse lexes src, runs the participle grammar and converts the result.
func parse(name string, src []byte, repl bool, isVar func(string) bool) (*ast.File, error) {
	s := scan(name, src, isVar)
	if s.err != nil {
		return nil, s.err
	}
	peek, err := lexer.Upgrade(&tokenStream{toks: s.toks})
	if err != nil {
		return nil, err
	}
	g, err := parser().ParseFromLexer(peek)
	if err != nil {
		return nil, syntaxError(s, err)
	}
	c := &converter{name: name, src: src}
	f := c.file(g, repl)
	if c.err != nil {
		return nil, c.err
	}
	return f, nil
}

// syntaxError translates a participle error into MATLAB's wording, chosen
// by the offending token.
func syntaxError(s *scanner, err error) *Error {
	var tok lexer.Token
	var ute *participle.UnexpectedTokenError
	if errors.As(err, &ute) {
		tok = ute.Unexpected
	} else {
		var perr participle.Error
		if !errors.As(err, &perr) {
			return newError(s.name, s.src, 1, 1, err.Error())
		}
		tok = tokenAt(s.toks, perr.Position())
	}
	if b := s.unclosed(); b != nil && (tok.EOF() || tok.Pos.Offset < 0) {
		return newError(s.name, s.src, b.pos.Line, b.pos.Column, msgMissingEnd)
	}
	return newError(s.name, s.src, tok.Pos.Line, tok.Pos.Column, tokenMessage(tok))
}

// tokenAt returns the first token at or after p.
func tokenAt(toks []lexer.Token, p lexer.Position) lexer.Token {
	for _, t := range toks {
		if t.Pos.Line > p.Line || t.Pos.Line == p.Line && t.Pos.Column >= p.Column || t.EOF() {
			return t
		}
	}
	return toks[len(toks)-1]
}

// tokenMessage is MATLAB's message for an unexpected token.
func tokenMessage(tok lexer.Token) string {
	switch {
	case tok.EOF() || tok.Value == "\n":
		return msgIncomplete
	case tok.Type == tKw:
		return fmt.Sprintf("Illegal use of reserved keyword %q.", tok.Value)
	case tok.Type == tOp:
		return msgOperator
	case tok.Type == tSep:
		return fmt.Sprintf("Parse error at '%s': usage might be invalid MATLAB syntax.", tok.Value)
	case tok.Type != tPunct && tok.Type != tPost:
		return msgMissingOp
	}
	switch tok.Value {
	case "=":
		return msgEquals
	case ")", "]", "}":
		return msgDelimiters
	case "(", "[", "{", "@":
		return msgMissingOp
	case "'", ".'":
		return msgOperator
	}
	return fmt.Sprintf("Parse error at '%s': usage might be invalid MATLAB syntax.", tok.Value)
}
