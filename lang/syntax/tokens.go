package syntax

import "github.com/alecthomas/participle/v2/lexer"

// Token types produced by the lexer. The grammar refers to them by the names
// in symbols.
const (
	tIdent   lexer.TokenType = -(iota + 2) // a name (also a keyword spelled after '.')
	tKw                                    // a reserved word used as a keyword
	tEndIdx                                // `end` inside an index: the last index
	tNumber                                // a numeric literal, as written
	tChar                                  // '…' with its quotes
	tStr                                   // "…" with its quotes
	tPunct                                 // delimiters, =, @ and the postfix operators
	tOp                                    // a binary operator other than + and -
	tAdd                                   // + or -, binary or prefix
	tNot                                   // ~ or ! as logical not
	tNL                                    // a newline ending a statement
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
	"Punct":   tPunct,
	"Op":      tOp,
	"Add":     tAdd,
	"Not":     tNot,
	"NL":      tNL,
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

// operators lists the operator and delimiter spellings, longest first so that
// the lexer takes the longest match.
var operators = []string{
	"==", "~=", "<=", ">=", "&&", "||", ".*", "./", ".\\", ".^", ".'", "!=",
	"+", "-", "*", "/", "\\", "^", "<", ">", "&", "|", "~", "!", "=",
	"(", ")", "[", "]", "{", "}", ",", ";", ":", ".", "@", "'",
}

// opTypes gives the operators that are not plain punctuation their token
// type, so that the grammar matches any of them with one token reference.
var opTypes = map[string]lexer.TokenType{
	"==": tOp, "~=": tOp, "<=": tOp, ">=": tOp, "&&": tOp, "||": tOp,
	".*": tOp, "./": tOp, ".\\": tOp, ".^": tOp, "*": tOp, "/": tOp,
	"\\": tOp, "^": tOp, "<": tOp, ">": tOp, "&": tOp, "|": tOp, ":": tOp,
	"+": tAdd, "-": tAdd, "~": tNot, "!": tNot,
}
