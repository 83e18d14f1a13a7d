// Package ast declares the syntax tree of MATLAB source that the parser
// produces and the compiler consumes. The tree is plain data: every node
// carries the position of its first token so that errors can point at it.
package ast

// Pos is a 1-based line and column (in runes) in a source file.
type Pos struct {
	Line, Col int
}

// Position returns the node's position; embedding Pos gives every node this
// method.
func (p Pos) Position() Pos { return p }

// Node is any syntax tree node.
type Node interface {
	Position() Pos
}

// File is one parsed source file: a script (statements, then optional local
// functions) or a function file (only functions, the first is the main one).
type File struct {
	Name     string
	IsScript bool
	Stmts    []Stmt
	Funcs    []*Function
}

// Function is a function definition. Nested holds functions defined inside
// its body (only possible when the file's functions are end-terminated).
type Function struct {
	Pos
	Name    string
	Params  []string // "~" marks an ignored input; "varargin" may end the list
	Outputs []string // "varargout" may end the list
	Body    []Stmt
	Nested  []*Function
}

// Stmt is a statement.
type Stmt interface {
	Node
	stmtNode()
}

// ExprStmt is an expression evaluated for its value or side effects.
// Print is true when the statement is not terminated by a semicolon.
type ExprStmt struct {
	Pos
	X     Expr
	Print bool
}

// AssignStmt is `lhs = rhs` or `[a, b, ~] = rhs`. Each LHS element is an
// *Ident, an indexing chain rooted at an *Ident (*Index, *Field, *DynField),
// or a *Tilde.
type AssignStmt struct {
	Pos
	LHS   []Expr
	RHS   Expr
	Print bool
	Multi bool // written with brackets: [a] = f(...)
}

// CommandStmt is command syntax: `format long`, `hold on`, `disp hello`.
// It means Name('arg1', 'arg2', ...).
type CommandStmt struct {
	Pos
	Name  string
	Args  []string
	Print bool
}

// IfStmt is if/elseif/else.
type IfStmt struct {
	Pos
	Clauses []*IfClause // the if and each elseif
	Else    []Stmt      // nil when there is no else
}

// IfClause is one condition and the statements it guards.
type IfClause struct {
	Pos
	Cond Expr
	Body []Stmt
}

// ForStmt is `for Var = Iter ... end` (also parfor, run serially).
type ForStmt struct {
	Pos
	Var  *Ident
	Iter Expr
	Body []Stmt
}

// WhileStmt is `while Cond ... end`.
type WhileStmt struct {
	Pos
	Cond Expr
	Body []Stmt
}

// SwitchStmt is switch/case/otherwise.
type SwitchStmt struct {
	Pos
	X         Expr
	Cases     []*SwitchCase
	Otherwise []Stmt // nil when there is no otherwise
}

// SwitchCase is one `case Value` and its statements.
type SwitchCase struct {
	Pos
	Value Expr
	Body  []Stmt
}

// TryStmt is try/catch; CatchVar is "" when the catch names no variable.
type TryStmt struct {
	Pos
	Body     []Stmt
	CatchVar string
	Catch    []Stmt
}

// BreakStmt is `break`.
type BreakStmt struct{ Pos }

// ContinueStmt is `continue`.
type ContinueStmt struct{ Pos }

// ReturnStmt is `return`.
type ReturnStmt struct{ Pos }

// GlobalStmt is `global a b c`.
type GlobalStmt struct {
	Pos
	Names []string
}

// PersistentStmt is `persistent a b c`.
type PersistentStmt struct {
	Pos
	Names []string
}

func (*ExprStmt) stmtNode()       {}
func (*AssignStmt) stmtNode()     {}
func (*CommandStmt) stmtNode()    {}
func (*IfStmt) stmtNode()         {}
func (*ForStmt) stmtNode()        {}
func (*WhileStmt) stmtNode()      {}
func (*SwitchStmt) stmtNode()     {}
func (*TryStmt) stmtNode()        {}
func (*BreakStmt) stmtNode()      {}
func (*ContinueStmt) stmtNode()   {}
func (*ReturnStmt) stmtNode()     {}
func (*GlobalStmt) stmtNode()     {}
func (*PersistentStmt) stmtNode() {}

// Expr is an expression.
type Expr interface {
	Node
	exprNode()
}

// Ident is a name: a variable or a function.
type Ident struct {
	Pos
	Name string
}

// Number is a numeric literal. Imag marks `3i`/`3j`. Class is "" for double,
// or the integer class of a hexadecimal/binary literal ("uint8", "int16", …).
type Number struct {
	Pos
	Value float64
	Imag  bool
	Class string
	Text  string
}

// String is a character-vector literal ('…') or, when Double is true, a
// string-scalar literal ("…"). Value has the quotes removed and doubled
// quotes collapsed.
type String struct {
	Pos
	Value  string
	Double bool
}

// Colon is a bare `:` used as an index (all elements).
type Colon struct{ Pos }

// End is `end` used inside an index expression.
type End struct{ Pos }

// Tilde is `~` as an ignored output in a multiple assignment.
type Tilde struct{ Pos }

// Op is an operator.
type Op int

// The operators, with their MATLAB spelling in comments.
const (
	Add        Op = iota // +
	Sub                  // -
	MatMul               // *
	ElMul                // .*
	MatDiv               // /
	ElDiv                // ./
	MatLeftDiv           // \
	ElLeftDiv            // .\
	MatPow               // ^
	ElPow                // .^
	Lt                   // <
	Le                   // <=
	Gt                   // >
	Ge                   // >=
	Eq                   // ==
	Ne                   // ~=
	And                  // &
	Or                   // |
	AndAnd               // &&
	OrOr                 // ||
	Neg                  // unary -
	Plus                 // unary +
	Not                  // unary ~ or !
	CTranspose           // postfix '
	Transpose            // postfix .'
)

var opNames = [...]string{"+", "-", "*", ".*", "/", "./", "\\", ".\\", "^", ".^",
	"<", "<=", ">", ">=", "==", "~=", "&", "|", "&&", "||", "-", "+", "~", "'", ".'"}

// String returns the operator's MATLAB spelling.
func (o Op) String() string { return opNames[o] }

// Binary is `X Op Y`.
type Binary struct {
	Pos
	Op   Op
	X, Y Expr
}

// Unary is a prefix (Neg, Plus, Not) or postfix (CTranspose, Transpose)
// operator applied to X.
type Unary struct {
	Pos
	Op Op
	X  Expr
}

// Range is `Start:Stop` or `Start:Step:Stop` (Step nil in the first form).
type Range struct {
	Pos
	Start, Step, Stop Expr
}

// Index is `X(Args)` (Brace false) or `X{Args}` (Brace true). Whether a
// parenthesised index is a call or an array index is decided at run time.
type Index struct {
	Pos
	X     Expr
	Args  []Expr
	Brace bool
}

// Field is `X.Name`.
type Field struct {
	Pos
	X    Expr
	Name string
}

// DynField is `X.(Name)`.
type DynField struct {
	Pos
	X    Expr
	Name Expr
}

// Matrix is `[ … ]`: rows of elements to concatenate.
type Matrix struct {
	Pos
	Rows [][]Expr
}

// CellLit is `{ … }`: rows of elements that become cells.
type CellLit struct {
	Pos
	Rows [][]Expr
}

// AnonFunc is `@(Params) Body`.
type AnonFunc struct {
	Pos
	Params []string
	Body   Expr
	Text   string // the source text after '@', as func2str shows it
}

// FuncHandle is `@name` (Name may be dotted, e.g. `@pkg.fn`).
type FuncHandle struct {
	Pos
	Name string
}

func (*Ident) exprNode()      {}
func (*Number) exprNode()     {}
func (*String) exprNode()     {}
func (*Colon) exprNode()      {}
func (*End) exprNode()        {}
func (*Tilde) exprNode()      {}
func (*Binary) exprNode()     {}
func (*Unary) exprNode()      {}
func (*Range) exprNode()      {}
func (*Index) exprNode()      {}
func (*Field) exprNode()      {}
func (*DynField) exprNode()   {}
func (*Matrix) exprNode()     {}
func (*CellLit) exprNode()    {}
func (*AnonFunc) exprNode()   {}
func (*FuncHandle) exprNode() {}
