package syntax

import (
	"bytes"

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

	scopes []map[string]bool
	isVar  func(string) bool

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
func scan(name string, src []byte, isVar func(string) bool) *scanner {
	s := &scanner{name: name, src: src, line: 1, col: 1, stmtStart: true, isVar: isVar}
	s.toks = make([]lexer.Token, 0, len(src)/3+8)
	s.scopes = []map[string]bool{{}}
	if bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")) {
		s.off = 3
	}
	s.run()
	return s
}

func (s *scanner) pos() lexer.Position {
	return lexer.Position{Filename: s.name, Offset: s.off, Line: s.line, Column: s.col}
}

// advanceTo moves to byte offset end, keeping line and rune column.
func (s *scanner) advanceTo(end int) {
	for ; s.off < end; s.off++ {
		switch b := s.src[s.off]; {
		case b == '\n':
			s.line++
			s.col = 1
		case b&0xC0 != 0x80:
			s.col++
		}
	}
}

func (s *scanner) fail(pos lexer.Position, msg string) {
	if s.err == nil {
		s.err = newError(s.name, s.src, pos.Line, pos.Column, msg)
	}
}

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

func (s *scanner) afterFieldDot() bool {
	if len(s.toks) == 0 {
		return false
	}
	t := s.toks[len(s.toks)-1]
	return t.Value == "." && (t.Type == tPost || t.Type == tPunct)
}

// keyword emits a reserved word and keeps the block stack and scopes.
func (s *scanner) keyword(w string, pos lexer.Position) {
	s.emit(tKw, w, pos, false, false)
	if len(s.br) > 0 {
		return
	}
	switch w {
	case "function":
		s.nFunc++
		s.blocks = append(s.blocks, block{w, pos})
		s.funcDepth++
		if s.funcDepth > maxNest && s.deepFunc == nil {
			b := s.blocks[len(s.blocks)-1]
			s.deepFunc = &b
		}
		s.scopes = append(s.scopes, map[string]bool{})
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

// track keeps the statement bookkeeping that decides which names are
// variables: assignment targets, for variables, global/persistent names,
// catch variables and function parameters and outputs.
func (s *scanner) track(typ lexer.TokenType, val string) {
	depth0 := len(s.br) == 0
	if typ == tSep || typ == tPunct && (val == ";" || val == ",") {
		s.resetAnonRun()
		if !depth0 {
			return
		}
		if s.header {
			s.endHeader()
		}
		s.stmtStart = true
		s.stmtFirst = ""
		s.lhsBracket = false
		s.lhsNames = s.lhsNames[:0]
		s.forVar, s.declList, s.catchVar = false, false, false
		return
	}
	first := s.stmtStart
	s.stmtStart = false
	if s.catchVar {
		s.catchVar = false
		if typ == tIdent {
			s.define(val)
		}
	}
	if first {
		switch {
		case typ == tIdent:
			s.stmtFirst = val
		case typ == tPunct && val == "[":
			s.lhsBracket = true
		}
	}
	switch {
	case typ == tIdent && s.header:
		s.headerIdents = append(s.headerIdents, val)
	case typ == tIdent && s.forVar:
		s.define(val)
		s.forVar = false
	case typ == tIdent && s.declList:
		s.define(val)
	case typ == tIdent && s.lhsBracket && len(s.br) == 1:
		if p := s.toks[len(s.toks)-1]; p.Value == "[" || p.Value == "," {
			s.lhsNames = append(s.lhsNames, val)
		}
	case typ == tPunct && val == "=" && depth0:
		if s.header {
			s.headerName = len(s.headerIdents)
			return
		}
		if s.stmtFirst != "" {
			s.define(s.stmtFirst)
		}
		for _, n := range s.lhsNames {
			s.define(n)
		}
		s.stmtFirst = ""
		s.lhsBracket = false
		s.lhsNames = s.lhsNames[:0]
	}
}

func (s *scanner) resetAnonRun() {
	if n := len(s.br); n > 0 {
		s.nest -= s.br[n-1].anonRun
		s.br[n-1].anonRun = 0
	} else {
		s.nest -= s.anonRun
		s.anonRun = 0
	}
}

// endHeader defines a function's parameters and outputs as variables.
func (s *scanner) endHeader() {
	s.header = false
	name := max(s.headerName, 0)
	for i, id := range s.headerIdents {
		if i != name {
			s.define(id)
		}
	}
}

func (s *scanner) define(name string) { s.scopes[len(s.scopes)-1][name] = true }

// known reports whether name is a variable at this point.
func (s *scanner) known(name string) bool {
	if s.scopes[len(s.scopes)-1][name] {
		return true
	}
	return len(s.scopes) == 1 && s.isVar != nil && s.isVar(name)
}

func isDigit(c byte) bool     { return '0' <= c && c <= '9' }
func isLetter(c byte) bool    { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isIdentChar(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }
func isHexDigit(c byte) bool  { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
func isSpace(c byte) bool     { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
