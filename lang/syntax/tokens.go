package syntax

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

// Token types produced by the lexer. The grammar refers to them by the names
// in symbols.
const (
	tIdent   lexer.TokenType = -(iota + 2) // a name (also a keyword spelled after '.')
	tKw                                    // a reserved word used as a keyword
	tEndIdx                                // `end` inside an index: the last index
	tNumber                                // a numeric literal, as written
	tChar                                  // '…' with its quotes
	tStr                                   // "…" with its quotes
	tSep                                   // a statement separator: newline, ';' or ','
	tOp                                    // a binary operator
	tPrefix                                // a prefix operator: + - ~ !
	tPost                                  // what starts a postfix operation: ( { of an index, . ' .'
	tPunct                                 // other delimiters and = @
	tCmdName                               // the name of a command-syntax call
	tCmdArg                                // one command-syntax argument, unquoted
	tTilde                                 // `~` standing for an ignored argument
)

var symbols = map[string]lexer.TokenType{
	"EOF":     lexer.EOF,
	"Ident":   tIdent,
	"Kw":      tKw,
	"EndIdx":  tEndIdx,
	"Number":  tNumber,
	"Char":    tChar,
	"Str":     tStr,
	"Sep":     tSep,
	"Op":      tOp,
	"Prefix":  tPrefix,
	"Post":    tPost,
	"Punct":   tPunct,
	"CmdName": tCmdName,
	"CmdArg":  tCmdArg,
	"Tilde":   tTilde,
}

// keywords are MATLAB's reserved words.
var keywords = map[string]bool{
	"if": true, "elseif": true, "else": true, "end": true, "for": true,
	"parfor": true, "while": true, "switch": true, "case": true,
	"otherwise": true, "try": true, "catch": true, "break": true,
	"continue": true, "return": true, "function": true, "global": true,
	"persistent": true,
}

// blockOpeners are the keywords that a matching `end` closes.
var blockOpeners = map[string]bool{
	"if": true, "for": true, "parfor": true, "while": true, "switch": true,
	"try": true, "function": true,
}

// matchOperator returns the operator or delimiter at the start of b, the
// longest that matches, or "".
func matchOperator(b []byte) string {
	if len(b) >= 2 {
		switch two := string(b[:2]); two {
		case "==", "~=", "<=", ">=", "&&", "||", ".*", "./", ".\\", ".^", ".'", "!=":
			return two
		}
	}
	if len(b) > 0 && strings.IndexByte("+-*/\\^<>&|~!=()[]{},;:.@'", b[0]) >= 0 {
		return string(b[:1])
	}
	return ""
}

// binaryOps are the binary operators other than + and -, which can also be
// prefix operators.
var binaryOps = map[string]bool{
	"==": true, "~=": true, "<=": true, ">=": true, "&&": true, "||": true,
	".*": true, "./": true, ".\\": true, ".^": true, "*": true, "/": true,
	"\\": true, "^": true, "<": true, ">": true, "&": true, "|": true, ":": true,
}
