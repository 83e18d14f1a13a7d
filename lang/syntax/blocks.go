package syntax

import (
	"maps"

	"github.com/alecthomas/participle/v2/lexer"
)

// keyword emits a reserved word and keeps the block stack and scopes.
func (s *scanner) keyword(w string, pos lexer.Position) {
	s.emit(tKw, w, pos, false, false)
	if len(s.br) > 0 {
		return
	}
	switch w {
	case "function":
		s.nFunc++
		scope := map[string]bool{}
		if n := len(s.blocks); n > 0 && s.blocks[n-1].kw == "function" {
			s.sawNested = true
			if s.nestedScopes {
				maps.Copy(scope, s.scopes[len(s.scopes)-1])
			}
		}
		s.blocks = append(s.blocks, block{w, pos})
		s.funcDepth++
		if s.funcDepth > maxNest && s.deepFunc == nil {
			b := s.blocks[len(s.blocks)-1]
			s.deepFunc = &b
		}
		s.scopes = append(s.scopes, scope)
		s.header = true
		s.headerIdents = s.headerIdents[:0]
		s.headerName = -1
	case "end":
		s.nEnd++
		if n := len(s.blocks); n > 0 {
			if s.blocks[n-1].kw == "function" {
				s.funcDepth--
				if len(s.scopes) > 1 {
					s.scopes = s.scopes[:len(s.scopes)-1]
				}
			} else {
				s.ctrlDepth--
			}
			s.blocks = s.blocks[:n-1]
		}
	case "for", "parfor":
		s.forVar = true
	case "global", "persistent":
		s.declList = true
	case "catch":
		s.catchVar = true
	case "else", "try", "otherwise":
		s.stmtStart = true
	}
	if blockOpeners[w] && w != "function" {
		s.nOpen++
		s.blocks = append(s.blocks, block{w, pos})
		s.ctrlDepth++
		if s.ctrlDepth > maxNest {
			s.fail(pos, "Nesting of control statements cannot exceed a depth of 200.")
		}
	}
}

// finish ends the token stream: a final newline, the synthetic ends of
// functions written without `end`, and EOF.
func (s *scanner) finish() {
	if len(s.br) > 0 {
		s.incomplete = true
		s.fail(s.br[len(s.br)-1].pos, msgDelimiters)
		return
	}
	pos := s.pos()
	if n := len(s.toks); n == 0 || s.toks[n-1].Value != "\n" {
		s.emit(tSep, "\n", pos, false, false)
		s.toks[len(s.toks)-1].Pos.Offset = -1
	}
	s.closeFunctions(pos)
	s.toks = append(s.toks, lexer.EOFToken(pos))
}

// noEndFunctions reports whether the file's functions are written without
// `end`: either all functions end with `end` or none do.
func (s *scanner) noEndFunctions() bool {
	return s.nFunc > 0 && s.nEnd <= s.nOpen
}

// closeFunctions inserts a synthetic `end` before every function but the
// first and at the end of input when functions are written without `end`,
// so that the grammar sees one uniform shape.
func (s *scanner) closeFunctions(eof lexer.Position) {
	if s.nFunc == 0 {
		return
	}
	if !s.noEndFunctions() {
		if s.deepFunc != nil {
			s.fail(s.deepFunc.pos, "Nesting of functions cannot exceed a depth of 200.")
		}
		return
	}
	out := make([]lexer.Token, 0, len(s.toks)+s.nFunc)
	seen := false
	for _, t := range s.toks {
		if t.Type == tKw && t.Value == "function" {
			if seen {
				out = append(out, synthEnd(t.Pos))
			}
			seen = true
		}
		out = append(out, t)
	}
	s.toks = append(out, synthEnd(eof))
}

// synthEnd is the `end` inserted for a function written without one.
func synthEnd(pos lexer.Position) lexer.Token {
	pos.Offset = -1
	return lexer.Token{Type: tKw, Value: "end", Pos: pos}
}

// unclosed returns the innermost block still open at the end of input that
// needs an `end`, or nil.
func (s *scanner) unclosed() *block {
	noEnd := s.noEndFunctions()
	for i := len(s.blocks) - 1; i >= 0; i-- {
		if !noEnd || s.blocks[i].kw != "function" {
			return &s.blocks[i]
		}
	}
	return nil
}
