package syntax

import (
	"io"

	"github.com/alecthomas/participle/v2/lexer"
)

// matlabLexer is the hand-written MATLAB lexer (see scanner) as a
// participle lexer.Definition.
type matlabLexer struct{}

// Symbols returns the token types of the MATLAB lexer.
func (matlabLexer) Symbols() map[string]lexer.TokenType { return symbols }

// Lex lexes MATLAB source; a lexing error is an *Error.
func (d matlabLexer) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	src, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexBytes(filename, src)
}

// LexString lexes MATLAB source held in a string.
func (d matlabLexer) LexString(filename string, src string) (lexer.Lexer, error) {
	return d.LexBytes(filename, []byte(src))
}

// LexBytes lexes MATLAB source held in a byte slice.
func (matlabLexer) LexBytes(filename string, src []byte) (lexer.Lexer, error) {
	s := scan(filename, src, nil)
	if s.err != nil {
		return nil, s.err
	}
	return &tokenStream{toks: s.toks}, nil
}

// tokenStream hands the scanner's tokens to participle.
type tokenStream struct {
	toks []lexer.Token
	i    int
}

// Next returns the next token; after the last it keeps returning EOF.
func (t *tokenStream) Next() (lexer.Token, error) {
	if t.i >= len(t.toks) {
		return t.toks[len(t.toks)-1], nil
	}
	t.i++
	return t.toks[t.i-1], nil
}
