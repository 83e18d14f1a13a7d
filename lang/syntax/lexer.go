package syntax

import (
	"bytes"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// maxNest caps the nesting of brackets, anonymous functions and blocks so
// that no input can make the parser recurse without bound.
const maxNest = 200

// bracket is an open (, [ or { on the lexer's stack.
type bracket struct {
	kind    byte // '(', '[', '{' (cell literal) or 'i' (brace index)
	anon    bool // the parameter list of an anonymous function
	pos     lexer.Position
	anonRun int // anonymous functions begun at this level since its last separator
}

// block is an open if/for/while/switch/try/function keyword.
type block struct {
	kw  string
	pos lexer.Position
}

// scanner is the hand-written, context-sensitive MATLAB lexer. It runs over
// the whole source once, tracking brackets, blocks and the variables of each
// scope (which decide command syntax), and produces the token slice that the
// participle grammar parses.
type scanner struct {
	name      string
	src       []byte
	off       int
	line, col int

	toks []lexer.Token

	br      []bracket
	anonRun int // as bracket.anonRun, at statement level
	nest    int // len(br) plus every anonRun
	ws      bool
	prevEnd bool // the last token ends an operand

	// Statement bookkeeping for variable tracking.
	stmtStart    bool
	stmtFirst    string
	lhsBracket   bool
	lhsNames     []string
	forVar       bool
	declList     bool
	catchVar     bool
	header       bool
	headerIdents []string
	headerName   int

	scopes       []map[string]bool
	isVar        func(string) bool
	sawNested    bool // a function keyword appeared directly in a function body
	nestedScopes bool // nested functions start with their parent's variables

	blocks             []block
	ctrlDepth          int
	funcDepth          int
	deepFunc           *block // the first function nested too deeply, if any
	nFunc, nOpen, nEnd int

	err         *Error
	incomplete  bool // the input stopped inside a bracket or after a continuation
	openComment bool // the input stopped inside a block comment
}

// scan lexes src completely. isVar, when not nil, reports names that are
// variables before the first statement (the REPL's workspace).
//
// Whether a function keyword inside a function body starts a nested
// function (which shares its parent's variables) or the next function of a
// file written without `end` is only known at the end, so a file with such
// functions that turns out to use `end` is lexed a second time.
func scan(name string, src []byte, isVar func(string) bool) *scanner {
	s := newScanner(name, src, isVar, false)
	if s.err == nil && s.sawNested && !s.noEndFunctions() {
		s = newScanner(name, src, isVar, true)
	}
	return s
}

// newScanner lexes src with the given treatment of nested functions.
func newScanner(name string, src []byte, isVar func(string) bool, nestedScopes bool) *scanner {
	s := &scanner{name: name, src: src, line: 1, col: 1, stmtStart: true, isVar: isVar, nestedScopes: nestedScopes}
	s.toks = make([]lexer.Token, 0, len(src)/3+8)
	s.scopes = []map[string]bool{{}}
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		s.off = 3
	}
	s.run()
	return s
}

// pos is the position of the byte at s.off.
func (s *scanner) pos() lexer.Position {
	return lexer.Position{Filename: s.name, Offset: s.off, Line: s.line, Column: s.col}
}

// advanceTo moves to byte offset end, keeping line and rune column (an
// invalid UTF-8 byte counts as one rune).
func (s *scanner) advanceTo(end int) {
	for s.off < end {
		switch b := s.src[s.off]; {
		case b == '\n':
			s.line++
			s.col = 1
			s.off++
		case b < utf8.RuneSelf:
			s.col++
			s.off++
		default:
			_, size := utf8.DecodeRune(s.src[s.off:end])
			s.col++
			s.off += size
		}
	}
}

// fail records the first lexing error; scanning stops after it.
func (s *scanner) fail(pos lexer.Position, msg string) {
	if s.err == nil {
		s.err = newError(s.name, s.src, pos.Line, pos.Column, msg)
	}
}

// run scans tokens until the end of input or the first error. A quote
// after the end of an operand is a transpose (`a'`, `x(1)'`, `[1 2]'`), except
// after whitespace inside a matrix or cell literal (`[a 'b']`); elsewhere it
// starts a character vector.
func (s *scanner) run() {
	for s.err == nil {
		if s.off >= len(s.src) {
			s.finish()
			return
		}
		c := s.src[s.off]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			s.ws = true
			s.advanceTo(s.off + 1)
		case c == '\n':
			s.newline()
		case c == '%':
			s.comment()
		case c == '.' && bytes.HasPrefix(s.src[s.off:], []byte("...")):
			s.continuation()
		case isDigit(c) || c == '.' && s.off+1 < len(s.src) && isDigit(s.src[s.off+1]):
			s.number()
		case isLetter(c):
			s.word()
		case c == '"':
			s.str('"')
		case c == '\'':
			if s.prevEnd && !(s.ws && s.inLiteral()) {
				s.operator()
			} else {
				s.str('\'')
			}
		default:
			s.operator()
		}
	}
}

// inLiteral reports whether the innermost bracket is a matrix or cell
// literal, where whitespace and newlines separate elements and rows.
func (s *scanner) inLiteral() bool {
	if len(s.br) == 0 {
		return false
	}
	k := s.br[len(s.br)-1].kind
	return k == '[' || k == '{'
}

// newline ends a statement, or a row inside a matrix or cell literal; inside
// parentheses and index braces it is whitespace.
func (s *scanner) newline() {
	pos := s.pos()
	switch {
	case s.inLiteral():
		s.emit(tPunct, ";", pos, false, false)
	case len(s.br) == 0:
		s.emit(tSep, "\n", pos, false, false)
	default:
		s.ws = true
	}
	s.advanceTo(s.off + 1)
}

// comment skips a % comment, or a %{ … %} block comment when the %{ stands
// alone on its line. Block comments nest.
func (s *scanner) comment() {
	if !s.aloneOnLine("%{") {
		s.advanceTo(s.eol(s.off))
		return
	}
	depth := 0
	for {
		eol := s.eol(s.off)
		switch string(bytes.TrimSpace(s.src[s.off:eol])) {
		case "%{":
			depth++
		case "%}":
			depth--
		}
		if depth == 0 {
			s.advanceTo(eol)
			return
		}
		if eol == len(s.src) {
			s.advanceTo(eol)
			s.openComment = true
			return
		}
		s.advanceTo(eol + 1)
	}
}

// aloneOnLine reports whether the current line holds only mark (at s.off)
// and whitespace.
func (s *scanner) aloneOnLine(mark string) bool {
	start := bytes.LastIndexByte(s.src[:s.off], '\n') + 1
	if len(bytes.TrimSpace(s.src[start:s.off])) != 0 {
		return false
	}
	eol := s.eol(s.off)
	return string(bytes.TrimSpace(s.src[s.off:eol])) == mark
}

// eol returns the offset of the newline ending the line at i, or len(src).
func (s *scanner) eol(i int) int {
	if j := bytes.IndexByte(s.src[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(s.src)
}

// continuation skips `...`, the rest of its line and the newline.
func (s *scanner) continuation() {
	eol := s.eol(s.off)
	if eol < len(s.src) {
		eol++
	}
	s.advanceTo(eol)
	s.ws = true
	if s.off >= len(s.src) {
		s.incomplete = true
	}
}

// number scans a numeric literal and checks that it is valid.
func (s *scanner) number() {
	pos := s.pos()
	end := scanNumber(s.src, s.off)
	text := string(s.src[s.off:end])
	if _, _, _, msg := parseNumber(text); msg != "" {
		s.fail(pos, msg)
		return
	}
	s.emit(tNumber, text, pos, true, true)
	s.advanceTo(end)
}

// word scans an identifier: a field name after '.', `end` inside brackets,
// a keyword, the start of command syntax, or a plain name.
func (s *scanner) word() {
	pos := s.pos()
	end := s.off
	for end < len(s.src) && isIdentChar(s.src[end]) {
		end++
	}
	w := string(s.src[s.off:end])
	switch {
	case s.afterFieldDot():
		s.emit(tIdent, w, pos, true, true)
	case len(s.br) > 0 && w == "end":
		s.emit(tEndIdx, w, pos, true, true)
	case keywords[w]:
		s.keyword(w, pos)
	case s.stmtStart && len(s.br) == 0 && !s.known(w) && s.isCommand(end):
		s.advanceTo(end)
		s.command(w, pos)
		return
	default:
		s.emit(tIdent, w, pos, true, true)
	}
	s.advanceTo(end)
}

// afterFieldDot reports whether the last token is the '.' of a field access.
func (s *scanner) afterFieldDot() bool {
	if len(s.toks) == 0 {
		return false
	}
	t := s.toks[len(s.toks)-1]
	return t.Value == "." && (t.Type == tPost || t.Type == tPunct)
}

// str scans a '…' character vector or a "…" string; a doubled quote stands
// for one quote.
func (s *scanner) str(q byte) {
	pos := s.pos()
	i := s.off + 1
	for {
		if i >= len(s.src) || s.src[i] == '\n' {
			if q == '"' {
				s.fail(pos, "String is not terminated properly.")
			} else {
				s.fail(pos, "Character vector is not terminated properly.")
			}
			return
		}
		if s.src[i] == q {
			if i+1 < len(s.src) && s.src[i+1] == q {
				i += 2
				continue
			}
			i++
			break
		}
		i++
	}
	typ := tChar
	if q == '"' {
		typ = tStr
	}
	s.emit(typ, string(s.src[s.off:i]), pos, true, true)
	s.advanceTo(i)
}

// operator scans an operator or delimiter and classifies it: binary or
// prefix + and -, the starts of postfix operations, separators, and `~`
// standing for an ignored argument.
func (s *scanner) operator() {
	pos := s.pos()
	op := matchOperator(s.src[s.off:])
	switch op {
	case "":
		s.fail(pos, "Invalid text character. Check for unsupported symbol, invisible character, or pasting of non-ASCII characters.")
		return
	case "!=":
		s.fail(pos, "Invalid use of operator. To test for inequality, use '~='.")
		return
	case "(", "[", "{":
		s.open(op, pos)
	case ")", "]", "}":
		s.close(op, pos)
	case "~", "!":
		if op == "~" && len(s.br) > 0 && s.tildeAlone() {
			s.emit(tTilde, op, pos, true, true)
		} else {
			s.emit(tPrefix, op, pos, true, false)
		}
	case "+", "-":
		next := s.off + 1
		spaced := next >= len(s.src) || isSpace(s.src[next])
		typ := tOp
		if !s.prevEnd || s.ws && s.inLiteral() && !spaced {
			typ = tPrefix
		}
		s.emit(typ, op, pos, !spaced, false)
	case "@":
		s.emit(tPunct, op, pos, true, false)
	case "'", ".'":
		s.emit(tPost, op, pos, false, true)
	case ".":
		typ := tPunct
		if s.prevEnd {
			typ = tPost
		}
		s.emit(typ, op, pos, false, false)
	case ",", ";":
		typ := tPunct
		if len(s.br) == 0 {
			typ = tSep
		}
		s.emit(typ, op, pos, false, false)
	default:
		typ := tPunct
		if binaryOps[op] {
			typ = tOp
		}
		s.emit(typ, op, pos, false, false)
	}
	s.advanceTo(s.off + len(op))
}

// tildeAlone reports whether the ~ at s.off stands for an ignored argument:
// it is followed by a comma or a closing bracket.
func (s *scanner) tildeAlone() bool {
	i := s.off + 1
	for i < len(s.src) && (s.src[i] == ' ' || s.src[i] == '\t') {
		i++
	}
	return i < len(s.src) && (s.src[i] == ',' || s.src[i] == ')' || s.src[i] == ']')
}

// open pushes a bracket. A { after an operand is an index; a ( after an
// operand is a call or index; a ( after @ holds anonymous function
// parameters.
func (s *scanner) open(op string, pos lexer.Position) {
	kind := op[0]
	startsOperand := true
	if op == "{" && s.prevEnd && !(s.ws && s.inLiteral()) {
		kind = 'i'
		startsOperand = false
	}
	anon := false
	if n := len(s.toks); op == "(" && n > 0 && s.toks[n-1].Type == tPunct && s.toks[n-1].Value == "@" {
		anon = true
	}
	typ := tPunct
	if kind == 'i' || op == "(" && s.prevEnd && !(s.ws && s.inLiteral()) {
		typ = tPost
		startsOperand = false
	}
	s.emit(typ, op, pos, startsOperand, false)
	s.br = append(s.br, bracket{kind: kind, anon: anon, pos: pos})
	s.nest++
	if s.nest > maxNest {
		s.fail(pos, "Nesting of {, [, and ( cannot exceed a depth of 200.")
	}
}

// close pops the matching bracket. After the parameters of an anonymous
// function its body follows, which counts towards the nesting limit until
// the next separator.
func (s *scanner) close(op string, pos lexer.Position) {
	want := map[string]byte{")": '(', "]": '[', "}": '{'}[op]
	n := len(s.br)
	if n == 0 || s.br[n-1].kind != want && !(want == '{' && s.br[n-1].kind == 'i') {
		s.fail(pos, msgDelimiters)
		return
	}
	top := s.br[n-1]
	s.br = s.br[:n-1]
	s.nest -= 1 + top.anonRun
	s.emit(tPunct, op, pos, false, !top.anon)
	if top.anon {
		s.nest++
		if len(s.br) > 0 {
			s.br[len(s.br)-1].anonRun++
		} else {
			s.anonRun++
		}
		if s.nest > maxNest {
			s.fail(pos, "Nesting of {, [, and ( cannot exceed a depth of 200.")
		}
	}
}

// emit appends a token. startsOperand and endsOperand classify it for the
// whitespace rules inside brackets and for the transpose/quote decision;
// inside a matrix or cell literal, whitespace between an operand and the
// start of another one separates elements, so a comma is inserted.
func (s *scanner) emit(typ lexer.TokenType, val string, pos lexer.Position, startsOperand, endsOperand bool) {
	if startsOperand && s.ws && s.prevEnd && s.inLiteral() {
		sep := pos
		sep.Offset = -1
		s.track(tPunct, ",")
		s.toks = append(s.toks, lexer.Token{Type: tPunct, Value: ",", Pos: sep})
	}
	s.track(typ, val)
	s.toks = append(s.toks, lexer.Token{Type: typ, Value: val, Pos: pos})
	s.ws = false
	s.prevEnd = endsOperand
}

// resetAnonRun ends the anonymous function bodies open at this bracket level.
func (s *scanner) resetAnonRun() {
	if n := len(s.br); n > 0 {
		s.nest -= s.br[n-1].anonRun
		s.br[n-1].anonRun = 0
	} else {
		s.nest -= s.anonRun
		s.anonRun = 0
	}
}

// Byte classes of the MATLAB source.
func isDigit(c byte) bool     { return '0' <= c && c <= '9' }
func isLetter(c byte) bool    { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isIdentChar(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }
func isHexDigit(c byte) bool  { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
func isSpace(c byte) bool     { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
