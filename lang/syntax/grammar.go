package syntax

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// The participle grammar. Each struct is one production; convert.go turns
// the parsed structs into ast nodes. Keywords are matched with their token
// type (`'end':Kw`) so that a field named end (`s.end`) never matches.
// Boolean captures of an opening token (gMatrix.Open, gElse.Else, …) make a
// production count as matched even when it captures nothing else (`[]`).

// gFile is a whole input: statements and function definitions.
type gFile struct {
	Items []*gItem `parser:"@@*"`
}

// gItem is a statement separator, a function definition or a statement.
type gItem struct {
	Sep  bool   `parser:"  @Sep"`
	Stmt *gStmt `parser:"| @@"`
	Func *gFunc `parser:"| @@"`
}

// gFunc is a function definition. Functions written without `end` get a
// synthetic one from the lexer.
type gFunc struct {
	Pos    lexer.Position
	Outs   *gOuts   `parser:"'function':Kw ( @@ '=' )?"`
	Name   []string `parser:"@Ident ( @'.' @Ident )*"`
	Params []string `parser:"( '(' ( @(Ident | Tilde) ( ',' @(Ident | Tilde) )* )? ')' )?"`
	Body   []*gItem `parser:"@@* 'end':Kw"`
}

// gOuts is a function's output list: `r` or `[r1, r2]`.
type gOuts struct {
	Bracket bool     `parser:"  ( @'['"`
	List    []string `parser:"    ( @Ident ( ','? @Ident )* )? ']' )"`
	Single  string   `parser:"| @Ident"`
}

// gStmt is a statement, the commonest kind first.
type gStmt struct {
	Simple *gSimple `parser:"  @@"`
	If     *gIf     `parser:"| @@"`
	For    *gFor    `parser:"| @@"`
	While  *gWhile  `parser:"| @@"`
	Switch *gSwitch `parser:"| @@"`
	Try    *gTry    `parser:"| @@"`
}

// gIf is if/elseif/else/end.
type gIf struct {
	Pos    lexer.Position
	Cond   *gExpr   `parser:"'if':Kw @@"`
	Body   []*gItem `parser:"@@*"`
	Elseif []*gElif `parser:"@@*"`
	Else   *gElse   `parser:"@@? 'end':Kw"`
}

// gElif is one elseif clause.
type gElif struct {
	Pos  lexer.Position
	Cond *gExpr   `parser:"'elseif':Kw @@"`
	Body []*gItem `parser:"@@*"`
}

// gElse is the else clause.
type gElse struct {
	Else bool     `parser:"@'else':Kw"`
	Body []*gItem `parser:"@@*"`
}

// gFor is for or parfor (run as for), with or without parentheses around
// its head.
type gFor struct {
	Pos      lexer.Position
	Paren    *gForHead `parser:"('for':Kw | 'parfor':Kw) ( '(' @@"`
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

// gWhile is while/end.
type gWhile struct {
	Pos  lexer.Position
	Cond *gExpr   `parser:"'while':Kw @@"`
	Body []*gItem `parser:"@@* 'end':Kw"`
}

// gSwitch is switch/case/otherwise/end.
type gSwitch struct {
	Pos       lexer.Position
	X         *gExpr      `parser:"'switch':Kw @@ Sep*"`
	Cases     []*gCase    `parser:"@@*"`
	Otherwise *gOtherwise `parser:"@@? 'end':Kw"`
}

// gCase is one case clause.
type gCase struct {
	Pos   lexer.Position
	Value *gExpr   `parser:"'case':Kw @@"`
	Body  []*gItem `parser:"@@*"`
}

// gOtherwise is the otherwise clause.
type gOtherwise struct {
	Otherwise bool     `parser:"@'otherwise':Kw"`
	Body      []*gItem `parser:"@@*"`
}

// gTry is try/catch/end.
type gTry struct {
	Pos   lexer.Position
	Body  []*gItem `parser:"'try':Kw @@*"`
	Catch *gCatch  `parser:"@@? 'end':Kw"`
}

// gCatch is the catch clause; Var is the identifier on the catch line.
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

// gBinOp is a binary operator and the operand after it.
type gBinOp struct {
	Op string    `parser:"@Op"`
	Y  *gOperand `parser:"@@"`
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

// gPostOp is one postfix operation: (args), {args}, .name, .(expr), ' or .'.
type gPostOp struct {
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

// gPrimary is a literal, a name, `end` in an index, a parenthesised
// expression, a matrix or cell literal, or a function handle.
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

// gMatrix is [rows]; empty rows are dropped.
type gMatrix struct {
	Open bool    `parser:"@'['"`
	Rows []*gRow `parser:"';'* ( @@ ( ';'+ @@? )* )? ']'"`
}

// gCell is {rows}; empty rows are dropped.
type gCell struct {
	Open bool    `parser:"@'{'"`
	Rows []*gRow `parser:"';'* ( @@ ( ';'+ @@? )* )? '}'"`
}

// gRow is one row of a matrix or cell literal. The lexer turns whitespace
// that separates elements into commas and newlines into semicolons.
type gRow struct {
	Elems []*gExpr `parser:"@@ ( ',' @@ )* ','?"`
}

// gAnon is an anonymous function; Tokens gives its source text.
type gAnon struct {
	Tokens []lexer.Token
	Params []string `parser:"'@' '(' ( @(Ident | Tilde) ( ',' @(Ident | Tilde) )* )? ')'"`
	Body   *gExpr   `parser:"@@"`
}

// gHandle is @name or @pkg.name.
type gHandle struct {
	Name []string `parser:"'@' @Ident ( @'.' @Ident )*"`
}

// parser is the participle parser, built once on first use.
var parser = sync.OnceValue(func() *participle.Parser[gFile] {
	return participle.MustBuild[gFile](
		participle.Lexer(matlabLexer{}),
		participle.UseLookahead(4),
	)
})
