package syntax

import "github.com/alecthomas/participle/v2/lexer"

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

// define makes name a variable of the current scope.
func (s *scanner) define(name string) { s.scopes[len(s.scopes)-1][name] = true }

// known reports whether name is a variable at this point.
func (s *scanner) known(name string) bool {
	if s.scopes[len(s.scopes)-1][name] {
		return true
	}
	return len(s.scopes) == 1 && s.isVar != nil && s.isVar(name)
}
