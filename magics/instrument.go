package magics

import (
	"fmt"
	"go/ast"
	"go/token"
)

// lockMode says how a cell's code meets the interpreter lock.
type lockMode int

const (
	// holding (%%gil) is CPython's bytecode: code runs holding the lock,
	// yields at check points, and lets go of it around blocking operations.
	holding lockMode = iota + 1
	// releasing (%%nogil) is Numba's nogil=True: the functions of the cell
	// let go of the lock while they run, if their caller held it.
	releasing
)

// runtimeName is the package the instrumented code calls; the session
// makes it available to every cell without an import.
const runtimeName = "__gil"

// instrumenter rewrites the parsed parts of one cell. It is stateful only
// in the counter that keeps its variable names apart.
type instrumenter struct {
	mode     lockMode
	seq      int
	keepLast bool // leave the body's last expression statement unwrapped
}

// rewrite returns the session's Rewrite hook for mode.
func rewrite(mode lockMode) func(*token.FileSet, *ast.File) error {
	in := &instrumenter{mode: mode}
	return func(_ *token.FileSet, f *ast.File) error {
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Body != nil {
				// The session's statement wrapper is named main (a cell's own
				// main is renamed before this hook): its last statement may be
				// the cell's value, which must stay last to be shown.
				in.keepLast = fn.Name.Name == "main" && fn.Recv == nil
				in.function(fn.Body)
				in.keepLast = false
			}
			// Function literals in var declarations are found by the walk.
			if gd, ok := decl.(*ast.GenDecl); ok {
				ast.Inspect(gd, in.visitLiterals)
			}
		}
		return nil
	}
}

// visitLiterals instruments function literals outside function bodies
// (var f = func() {...}); those inside bodies are handled by function.
func (in *instrumenter) visitLiterals(n ast.Node) bool {
	if lit, ok := n.(*ast.FuncLit); ok {
		in.function(lit.Body)
		return false
	}
	return true
}

// function instruments one function body: the lock at entry (taken for
// %%gil, let go for %%nogil), then everything inside.
func (in *instrumenter) function(body *ast.BlockStmt) {
	var last ast.Stmt
	if in.keepLast && len(body.List) > 0 {
		if x, ok := body.List[len(body.List)-1].(*ast.ExprStmt); ok {
			last, body.List = x, body.List[:len(body.List)-1]
		}
	}
	in.keepLast = false // nested bodies are not the wrapper
	in.block(body)
	if last != nil {
		in.nested(last)
		body.List = append(body.List, last)
	}
	pos := body.Lbrace
	var entry ast.Stmt
	switch in.mode {
	case holding:
		// defer __gil.Exit(__gil.Enter()): PyGILState_Ensure/Release, plus
		// the check point CPython makes at every function entry.
		entry = &ast.DeferStmt{Defer: pos, Call: call(pos, "Exit", call(pos, "Enter"))}
	case releasing:
		// defer __gil.Reacquire(__gil.LetGo()): a no-op when the caller
		// does not hold the lock, so nesting and recursion are safe.
		entry = &ast.DeferStmt{Defer: pos, Call: call(pos, "Reacquire", call(pos, "LetGo"))}
	}
	body.List = append([]ast.Stmt{entry}, body.List...)
}

// block instruments a statement list in place, and everything nested.
func (in *instrumenter) block(b *ast.BlockStmt) {
	if b == nil {
		return
	}
	b.List = in.stmts(b.List)
}

func (in *instrumenter) stmts(list []ast.Stmt) []ast.Stmt {
	out := make([]ast.Stmt, 0, len(list))
	for _, s := range list {
		in.nested(s)
		inner := s
		for {
			l, ok := inner.(*ast.LabeledStmt)
			if !ok {
				break
			}
			inner = l.Stmt // `L: select {...}` waits like a bare select
		}
		if sel, ok := inner.(*ast.SelectStmt); ok && in.mode == holding {
			// The wait is the select itself; the chosen case runs with
			// the lock taken back.
			name := in.name()
			for _, c := range sel.Body.List {
				cc := c.(*ast.CommClause)
				cc.Body = append([]ast.Stmt{exprStmt(call(cc.Colon, "Unblock", ident(cc.Colon, name)))}, cc.Body...)
			}
			out = append(out, define(s.Pos(), name, call(s.Pos(), "Block")), s)
			continue
		}
		if in.mode == holding && blocks(inner) {
			// Let go of the lock around a statement that may block, as
			// CPython's blocking calls do; take it back after.
			name := in.name()
			out = append(out,
				define(s.Pos(), name, call(s.Pos(), "Block")),
				s,
				exprStmt(call(s.End(), "Unblock", ident(s.End(), name))),
			)
			continue
		}
		out = append(out, s)
	}
	return out
}

// nested instruments the statements and function literals inside s.
func (in *instrumenter) nested(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.BlockStmt:
		in.block(s)
	case *ast.IfStmt:
		in.literals(s.Init, s.Cond)
		in.block(s.Body)
		if s.Else != nil {
			in.nested(s.Else)
		}
	case *ast.ForStmt:
		in.literals(s.Init, s.Cond, s.Post)
		in.block(s.Body)
		in.loop(s.Body)
	case *ast.RangeStmt:
		in.literals(s.X)
		in.block(s.Body)
		in.loop(s.Body)
	case *ast.SwitchStmt:
		in.literals(s.Init, s.Tag)
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			cc.Body = in.stmts(cc.Body)
		}
	case *ast.TypeSwitchStmt:
		in.literals(s.Init, s.Assign)
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			cc.Body = in.stmts(cc.Body)
		}
	case *ast.SelectStmt:
		for _, c := range s.Body.List {
			cc := c.(*ast.CommClause)
			cc.Body = in.stmts(cc.Body)
		}
	case *ast.LabeledStmt:
		in.nested(s.Stmt)
	default:
		in.literals(s)
	}
}

// literals instruments the function literals found in nodes (a closure is
// a function: it takes or lets go of the lock like a declared one).
func (in *instrumenter) literals(nodes ...ast.Node) {
	for _, n := range nodes {
		if n == nil || isNilNode(n) {
			continue
		}
		ast.Inspect(n, in.visitLiterals)
	}
}

// isNilNode catches typed nils (a nil ast.Expr stored in an ast.Node).
func isNilNode(n ast.Node) bool {
	switch v := n.(type) {
	case ast.Expr:
		return v == nil
	case ast.Stmt:
		return v == nil
	}
	return false
}

// loop adds a check point at the top of a loop body under %%gil: CPython
// checks for a drop request at every backward jump.
func (in *instrumenter) loop(body *ast.BlockStmt) {
	if in.mode != holding {
		return
	}
	// if *__gil.Pending { __gil.Yield() }: one pointer load when nobody
	// waits, the cheapest test yaegi evaluates (a plain package variable
	// would be read once, at compile time).
	pos := body.Lbrace
	check := &ast.IfStmt{
		If:   pos,
		Cond: &ast.StarExpr{Star: pos, X: sel(pos, "Pending")},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{exprStmt(call(pos, "Yield"))}, Rbrace: pos},
	}
	body.List = append([]ast.Stmt{check}, body.List...)
}

func (in *instrumenter) name() string {
	in.seq++
	return fmt.Sprintf("__gilState%d", in.seq)
}

// blocks reports whether a statement may wait on something other than the
// lock: a channel operation, a select, or a call whose name says it waits.
// Such a statement runs with the lock let go. Statements with bodies
// (if, for, ...) are not wrapped whole: their parts are, one by one.
func blocks(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.SendStmt:
		return true
	case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt, *ast.IncDecStmt:
		found := false
		ast.Inspect(s, func(n ast.Node) bool {
			if found {
				return false
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // a closure's body blocks when it runs, not here
			case *ast.UnaryExpr:
				found = n.Op == token.ARROW
			case *ast.CallExpr:
				found = blockingCall(n)
			}
			return !found
		})
		return found
	}
	return false
}

// blockingNames are the names of the standard library's waits and reads:
// sync.WaitGroup.Wait, sync.Cond.Wait, sync.Mutex.Lock, RWMutex.RLock,
// and reading input (io.Reader.Read, bufio's Read* and Scanner.Scan,
// fmt.Scan*), which waits for the user or the disk. Letting the lock go
// around a call that does not block costs two native calls and is
// otherwise harmless, so matching by name errs on the safe side.
var blockingNames = map[string]bool{
	"Wait": true, "Lock": true, "RLock": true,
	"Read": true, "ReadString": true, "ReadBytes": true, "ReadLine": true, "ReadRune": true,
	"Scan": true, "Scanln": true, "Scanf": true, "ReadAll": true, "ReadFile": true,
}

// blockingCall recognises time.Sleep and the waits above by name.
func blockingCall(c *ast.CallExpr) bool {
	s, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if pkg, ok := s.X.(*ast.Ident); ok && pkg.Name == "time" && s.Sel.Name == "Sleep" {
		return true
	}
	return blockingNames[s.Sel.Name]
}

// The nodes the instrumenter adds carry the position of the code they
// belong to: yaegi keys part of its analysis on positions, and a node
// without one (token.NoPos) is mistaken for another.

func ident(pos token.Pos, name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }

func sel(pos token.Pos, name string) *ast.SelectorExpr {
	return &ast.SelectorExpr{X: ident(pos, runtimeName), Sel: ident(pos, name)}
}

func call(pos token.Pos, name string, args ...ast.Expr) *ast.CallExpr {
	return &ast.CallExpr{Fun: sel(pos, name), Lparen: pos, Args: args, Rparen: pos}
}

func define(pos token.Pos, name string, value ast.Expr) *ast.AssignStmt {
	return &ast.AssignStmt{Lhs: []ast.Expr{ident(pos, name)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{value}}
}

func exprStmt(x ast.Expr) *ast.ExprStmt { return &ast.ExprStmt{X: x} }
