package syntax

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The participle grammar. Each struct is one production; convert.go turns
// the parsed structs into ast nodes.

type gFile struct {
	Items []*gItem `parser:"@@*"`
}

// gItem is a statement separator, a function definition or a statement.
type gItem struct {
	Pos  lexer.Position
	Sep  bool   `parser:"  @Sep"`
	Stmt *gStmt `parser:"| @@"`
	Func *gFunc `parser:"| @@"`
}

type gFunc struct {
	Pos    lexer.Position
	Outs   *gOuts   `parser:"'function':Kw ( @@ '=' )?"`
	Name   []string `parser:"@Ident ( @'.' @Ident )*"`
	Params []string `parser:"( '(' ( @(Ident | Tilde) ( ',' @(Ident | Tilde) )* )? ')' )?"`
	Body   []*gItem `parser:"@@* 'end':Kw"`
}

type gOuts struct {
	Bracket bool     `parser:"  ( @'['"`
	List    []string `parser:"    ( @Ident ( ','? @Ident )* )? ']' )"`
	Single  string   `parser:"| @Ident"`
}

type gStmt struct {
	Simple *gSimple `parser:"  @@"`
	If     *gIf     `parser:"| @@"`
	For    *gFor    `parser:"| @@"`
	While  *gWhile  `parser:"| @@"`
	Switch *gSwitch `parser:"| @@"`
	Try    *gTry    `parser:"| @@"`
}

type gIf struct {
	Pos    lexer.Position
	Cond   *gExpr   `parser:"'if':Kw @@"`
	Body   []*gItem `parser:"@@*"`
	Elseif []*gElif `parser:"@@*"`
	Else   *gElse   `parser:"@@? 'end':Kw"`
}

type gElif struct {
	Pos  lexer.Position
	Cond *gExpr   `parser:"'elseif':Kw @@"`
	Body []*gItem `parser:"@@*"`
}

type gElse struct {
	Else bool     `parser:"@'else':Kw"`
	Body []*gItem `parser:"@@*"`
}

type gFor struct {
	Pos      lexer.Position
	Kw       string    `parser:"@('for':Kw | 'parfor':Kw)"`
	Paren    *gForHead `parser:"( '(' @@"`
	MaxProcs *gExpr    `parser:"  ( ',' @@ )? ')'"`
	Head     *gForHead `parser:"| @@ )"`
	Body     []*gItem  `parser:"@@* 'end':Kw"`
}

// gForHead is `Var = Iter`; parfor's worker count follows it only inside
// parentheses.
type gForHead struct {
	Pos  lexer.Position
	Var  string `parser:"@Ident '='"`
	Iter *gExpr `parser:"@@"`
}

type gWhile struct {
	Pos  lexer.Position
	Cond *gExpr   `parser:"'while':Kw @@"`
	Body []*gItem `parser:"@@* 'end':Kw"`
}

type gSwitch struct {
	Pos       lexer.Position
	X         *gExpr      `parser:"'switch':Kw @@ Sep*"`
	Cases     []*gCase    `parser:"@@*"`
	Otherwise *gOtherwise `parser:"@@? 'end':Kw"`
}

type gCase struct {
	Pos   lexer.Position
	Value *gExpr   `parser:"'case':Kw @@"`
	Body  []*gItem `parser:"@@*"`
}

type gOtherwise struct {
	Otherwise bool     `parser:"@'otherwise':Kw"`
	Body      []*gItem `parser:"@@*"`
}

type gTry struct {
	Pos   lexer.Position
	Body  []*gItem `parser:"'try':Kw @@*"`
	Catch *gCatch  `parser:"@@? 'end':Kw"`
}

type gCatch struct {
	Catch bool     `parser:"@'catch':Kw"`
	Var   string   `parser:"@Ident?"`
	Body  []*gItem `parser:"@@*"`
}

// gSimple is a one-line statement with its terminator (";" suppresses
// printing).
type gSimple struct {
	Pos      lexer.Position
	X        *gExpr   `parser:"( @@"`
	RHS      *gExpr   `parser:"  ( '=' @@ )?"`
	Cmd      string   `parser:"| @CmdName"`
	Args     []string `parser:"  @CmdArg*"`
	Break    bool     `parser:"| @'break':Kw"`
	Continue bool     `parser:"| @'continue':Kw"`
	Return   bool     `parser:"| @'return':Kw"`
	Decl     string   `parser:"| @('global':Kw | 'persistent':Kw)"`
	Names    []string `parser:"  @Ident* )"`
	Term     string   `parser:"@Sep?"`
}

// gExpr is a flat chain of operands joined by binary operators; convert.go
// resolves precedence and associativity over it by precedence climbing.
// One flat production instead of a struct per precedence level keeps
// participle fast: every nesting level of structs costs an allocation and a
// backtracking branch per token.
type gExpr struct {
	X    *gOperand `parser:"@@"`
	Rest []*gBinOp `parser:"@@*"`
}

type gBinOp struct {
	Pos lexer.Position
	Op  string    `parser:"@Op"`
	Y   *gOperand `parser:"@@"`
}

// gOperand is a primary expression with its prefix operators (+ - ~) and
// its postfix operations: indexing, field access and transposes. The lexer
// marks the tokens that start a postfix operation as Post, so that a cheap
// lookahead ends the repetition.
type gOperand struct {
	Pre []lexer.Token `parser:"@(Prefix*)"`
	X   *gPrimary     `parser:"@@"`
	Ops []*gPostOp    `parser:"( (?= Post) @@ )*"`
}

type gPostOp struct {
	Pos       lexer.Position
	Paren     bool    `parser:"  ( @'(':Post"`
	PArgs     []*gArg `parser:"    ( @@ ( ',' @@ )* )? ')' )"`
	Brace     bool    `parser:"| ( @'{':Post"`
	BArgs     []*gArg `parser:"    ( @@ ( ',' @@ )* )? '}' )"`
	DynField  *gExpr  `parser:"| ( '.':Post ( '(' @@ ')'"`
	Field     string  `parser:"        | @Ident ) )"`
	Transpose string  `parser:"| @( \"'\" | \".'\" )"`
}

// gArg is one index or call argument: a lone colon, Name=Value, or an
// expression.
type gArg struct {
	Pos   lexer.Position
	Colon bool   `parser:"  @':'"`
	Name  string `parser:"| ( @Ident '='"`
	Value *gExpr `parser:"    @@ )"`
	X     *gExpr `parser:"| @@"`
}

type gPrimary struct {
	Pos    lexer.Position
	Ident  string   `parser:"  @Ident"`
	Number string   `parser:"| @Number"`
	Char   string   `parser:"| @Char"`
	Str    string   `parser:"| @Str"`
	End    bool     `parser:"| @EndIdx"`
	Tilde  bool     `parser:"| @Tilde"`
	Paren  *gExpr   `parser:"| '(' @@ ')'"`
	Matrix *gMatrix `parser:"| @@"`
	Cell   *gCell   `parser:"| @@"`
	Anon   *gAnon   `parser:"| @@"`
	Handle *gHandle `parser:"| @@"`
}

type gMatrix struct {
	Open bool    `parser:"@'['"`
	Rows []*gRow `parser:"';'* ( @@ ( ';'+ @@? )* )? ']'"`
}

type gCell struct {
	Open bool    `parser:"@'{'"`
	Rows []*gRow `parser:"';'* ( @@ ( ';'+ @@? )* )? '}'"`
}

type gRow struct {
	Elems []*gExpr `parser:"@@ ( ',' @@ )* ','?"`
}

type gAnon struct {
	Tokens []lexer.Token
	Params []string `parser:"'@' '(' ( @(Ident | Tilde) ( ',' @(Ident | Tilde) )* )? ')'"`
	Body   *gExpr   `parser:"@@"`
}

type gHandle struct {
	Name []string `parser:"'@' @Ident ( @'.' @Ident )*"`
}

type matlabLexer struct{}

var parser = sync.OnceValue(func() *participle.Parser[gFile] {
	return participle.MustBuild[gFile](
		participle.Lexer(matlabLexer{}),
		participle.UseLookahead(4),
	)
})
