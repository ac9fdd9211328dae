package magics

import (
	"fmt"
	"go/ast"
	"go/token"

	"github.com/gogil/gogil/session"
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
// in the counter that keeps its variable names apart, and in the types of
// the part it is rewriting.
type instrumenter struct {
	mode     lockMode
	seq      int
	keepLast bool // leave the body's last expression statement unwrapped
	// typeOf gives the types of the part's nodes as the user wrote them;
	// nil when the part has no range loop whose type matters (typesFor),
	// or when the hook was given no types.
	typeOf session.TypeOf
}

// rewrite returns the session's Rewrite hook for mode.
func rewrite(mode lockMode) func(*token.FileSet, *ast.File, session.TypeOf) error {
	in := &instrumenter{mode: mode}
	return func(_ *token.FileSet, f *ast.File, typeOf session.TypeOf) error {
		in.typeOf = in.typesFor(f, typeOf)
		defer func() { in.typeOf = nil }()
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
		entry = &ast.DeferStmt{Defer: pos, Call: call(pos, rtExit, call(pos, rtEnter))}
	case releasing:
		// defer __gil.Reacquire(__gil.LetGo()): a no-op when the caller
		// does not hold the lock, so nesting and recursion are safe.
		entry = &ast.DeferStmt{Defer: pos, Call: call(pos, rtReacquire, call(pos, rtLetGo))}
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
		if rs, ok := s.(*ast.RangeStmt); ok {
			if chunked := in.chunkRange(rs); chunked != nil {
				out = append(out, chunked)
				continue
			}
		}
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
				cc.Body = append([]ast.Stmt{exprStmt(call(cc.Colon, rtUnblock, ident(cc.Colon, name)))}, cc.Body...)
			}
			out = append(out, define(s.Pos(), name, call(s.Pos(), rtBlock)), s)
			continue
		}
		if rs, ok := inner.(*ast.RangeStmt); ok && in.mode == holding && rs.Value == nil && !notChannel(rs.X) && !in.typedNotChannel(rs.X) {
			// (A range with two variables is never over a channel.)
			label := ""
			if l, ok := s.(*ast.LabeledStmt); ok && l.Stmt == rs {
				label = l.Label.Name
			}
			before, after := in.rangeOverChannel(rs, label)
			out = append(append(out, before...), s, after)
			continue
		}
		if in.mode == holding && blocks(inner) {
			// Let go of the lock around a statement that may block, as
			// CPython's blocking calls do; take it back after.
			name := in.name()
			out = append(out,
				define(s.Pos(), name, call(s.Pos(), rtBlock)),
				s,
				exprStmt(call(s.End(), rtUnblock, ident(s.End(), name))),
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
		if in.mode == holding && tinyLoop(s) {
			unroll(s) // nothing inside to instrument: no calls, no literals
			in.loop(s.Body)
			break
		}
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
// checks for a drop request at every backward jump (an unrolled tiny loop
// checks once per unrollFactor iterations; see unroll).
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
		Cond: &ast.StarExpr{Star: pos, X: sel(pos, rtPending)},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{exprStmt(call(pos, rtYield))}, Rbrace: pos},
	}
	body.List = append([]ast.Stmt{check}, body.List...)
}

func (in *instrumenter) name() string {
	in.seq++
	return fmt.Sprintf("__gilState%d", in.seq)
}

// rangeOverChannel lets the lock go while a range loop waits for its next
// value, if it ranges over a channel. The AST does not say whether it does,
// so the loop asks once, before it starts, and keeps the answer:
//
//	__gilChanN := __gil.IsChan(X)          // X: a temporary if X has effects
//	__gilStateN := __gil.BlockIf(__gilChanN)
//	__gilWakeN := __gil.WakeIf(__gilChanN) // &true for a channel, else Pending
//	for v := range X {
//		if *__gilWakeN { __gilStateN = __gil.Resume(__gilStateN) }
//		body                               // each continue lets go first
//		if __gilChanN { __gilStateN = __gil.Block() }
//	}
//	__gil.Unblock(__gilStateN)
//
// The first test replaces the loop's check point: over a channel it always
// fires and takes the lock back (then checks); over anything else it is the
// check point itself. So a one-variable loop over a slice, map or string
// whose type neither the cell nor the session's types show pays one
// boolean test per iteration more than a for loop; loops with two
// variables are left alone, as they cannot range over a channel. The loop
// is changed in place; the caller puts before and after around it.
func (in *instrumenter) rangeOverChannel(rs *ast.RangeStmt, label string) (before []ast.Stmt, after ast.Stmt) {
	in.seq++
	isChan := fmt.Sprintf("__gilChan%d", in.seq)
	state := fmt.Sprintf("__gilState%d", in.seq)
	wake := fmt.Sprintf("__gilWake%d", in.seq)
	pos := rs.For
	if !pure(rs.X) {
		tmp := fmt.Sprintf("__gilRange%d", in.seq)
		before = append(before, define(pos, tmp, rs.X))
		rs.X = ident(rs.X.Pos(), tmp)
	}
	before = append(before,
		define(pos, isChan, call(pos, rtIsChan, rs.X)),
		define(pos, state, call(pos, rtBlockIf, ident(pos, isChan))),
		define(pos, wake, call(pos, rtWakeIf, ident(pos, isChan))),
	)
	letGo := func(at token.Pos) ast.Stmt {
		return ifTrue(at, &ast.StarExpr{Star: at, X: ident(at, wake)}, assign(at, state, call(at, rtPark, ident(at, isChan))))
	}
	body := rs.Body
	if len(body.List) > 0 && isCheckpoint(body.List[0]) {
		body.List = body.List[1:] // replaced by the test below
	}
	rewriteContinues(body.List, label, true, letGo)
	at := body.Lbrace
	resume := ifTrue(at, &ast.StarExpr{Star: at, X: ident(at, wake)},
		assign(at, state, call(at, rtResume, ident(at, state))))
	body.List = append(append([]ast.Stmt{resume}, body.List...), letGo(body.Rbrace))
	return before, exprStmt(call(rs.End(), rtUnblock, ident(rs.End(), state)))
}

// isCheckpoint recognises the check point loop puts first in a body.
func isCheckpoint(s ast.Stmt) bool {
	is, ok := s.(*ast.IfStmt)
	if !ok {
		return false
	}
	star, ok := is.Cond.(*ast.StarExpr)
	if !ok {
		return false
	}
	sel, ok := star.X.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == rtPending
}

// notChannel reports whether the cell's own code shows that x is not a
// channel: a literal, a slice expression, a conversion or make of a
// non-channel type, or a name declared in the cell with such a type or
// value. Such a range loop is left as it is and costs nothing more. Names
// from earlier cells are unknown here (false).
func notChannel(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit, *ast.CompositeLit, *ast.SliceExpr:
		return true
	case *ast.CallExpr:
		if fn, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && fn.Name == "make" && len(x.Args) > 0 {
			return notChannelType(x.Args[0])
		}
		return notChannelType(x.Fun) // a conversion such as []byte(s)
	case *ast.Ident:
		if x.Obj == nil {
			return false
		}
		switch decl := x.Obj.Decl.(type) {
		case *ast.Field:
			return notChannelType(decl.Type)
		case *ast.ValueSpec:
			if decl.Type != nil {
				return notChannelType(decl.Type)
			}
			for i, name := range decl.Names {
				if name.Name == x.Name && i < len(decl.Values) && len(decl.Values) == len(decl.Names) {
					return notChannel(decl.Values[i])
				}
			}
		case *ast.AssignStmt:
			for i, lhs := range decl.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && id.Name == x.Name && len(decl.Rhs) == len(decl.Lhs) {
					return notChannel(decl.Rhs[i])
				}
			}
		}
	}
	return false
}

// notChannelType reports whether a type expression is plainly not a
// channel type: arrays, slices, maps, pointers (to arrays) and string.
func notChannelType(t ast.Expr) bool {
	switch t := ast.Unparen(t).(type) {
	case *ast.ArrayType, *ast.MapType, *ast.StarExpr:
		return true
	case *ast.Ident:
		return t.Name == "string"
	}
	return false
}

// pure reports whether evaluating x twice is the same as evaluating it
// once: names, field selections, constants, and indexing with those.
func pure(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return pure(x.X)
	case *ast.ParenExpr:
		return pure(x.X)
	case *ast.StarExpr:
		return pure(x.X)
	case *ast.IndexExpr:
		return pure(x.X) && pure(x.Index)
	}
	return false
}

// rewriteContinues replaces each continue of the loop whose body is list
// (unlabelled ones while own, and `continue label`) with
// { before(pos); continue }. It does not enter function literals, and in
// nested loops it follows only the labelled continues.
func rewriteContinues(list []ast.Stmt, label string, own bool, before func(token.Pos) ast.Stmt) {
	for i, s := range list {
		if b, ok := s.(*ast.BranchStmt); ok && b.Tok == token.CONTINUE &&
			((b.Label == nil && own) || (b.Label != nil && b.Label.Name == label && label != "")) {
			list[i] = &ast.BlockStmt{Lbrace: b.Pos(), List: []ast.Stmt{before(b.Pos()), b}, Rbrace: b.End()}
			continue
		}
		continuesIn(s, label, own, before)
	}
}

func continuesIn(s ast.Stmt, label string, own bool, before func(token.Pos) ast.Stmt) {
	switch s := s.(type) {
	case *ast.BlockStmt:
		rewriteContinues(s.List, label, own, before)
	case *ast.IfStmt:
		rewriteContinues(s.Body.List, label, own, before)
		if s.Else != nil {
			continuesIn(s.Else, label, own, before) // a block or an if
		}
	case *ast.LabeledStmt:
		continuesIn(s.Stmt, label, own, before)
	case *ast.SwitchStmt:
		for _, c := range s.Body.List {
			rewriteContinues(c.(*ast.CaseClause).Body, label, own, before)
		}
	case *ast.TypeSwitchStmt:
		for _, c := range s.Body.List {
			rewriteContinues(c.(*ast.CaseClause).Body, label, own, before)
		}
	case *ast.SelectStmt:
		for _, c := range s.Body.List {
			rewriteContinues(c.(*ast.CommClause).Body, label, own, before)
		}
	case *ast.ForStmt:
		rewriteContinues(s.Body.List, label, false, before)
	case *ast.RangeStmt:
		rewriteContinues(s.Body.List, label, false, before)
	}
}

// ifTrue is `if cond { body }`.
func ifTrue(pos token.Pos, cond ast.Expr, body ...ast.Stmt) *ast.IfStmt {
	return &ast.IfStmt{If: pos, Cond: cond, Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos}}
}

// assign is `name = value`.
func assign(pos token.Pos, name string, value ast.Expr) *ast.AssignStmt {
	return &ast.AssignStmt{Lhs: []ast.Expr{ident(pos, name)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{value}}
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

// A check point costs what one statement of the loop costs: in yaegi every
// statement, the check's `if *flag` included, is a step of its own (about
// 6 ns), and a countdown `for n > 0 { n-- }` is two steps. No shape of the
// check is cheaper (see checkpoint_bench_test.go), so a loop whose body is
// that small has its body repeated unrollFactor times, its condition tested
// between the copies, and one check point shared by the copies. The waiter
// gets the lock a few statements later than CPython would give it, which
// no switch interval can see: tinyLoop admits only statements whose time is
// bounded (no calls, so no native call that holds the lock for long).
const (
	unrollFactor   = 4
	tinyStatements = 3 // bodies of more statements pay a small share for the check
)

// tinyLoop reports whether a for loop's body is a few assignments or
// increments, and its condition and post statement are as simple: nothing
// that calls, waits, takes an address or declares.
func tinyLoop(s *ast.ForStmt) bool {
	if len(s.Body.List) == 0 || len(s.Body.List) > tinyStatements {
		return false
	}
	if s.Cond != nil && !simpleExpr(s.Cond) {
		return false
	}
	if s.Post != nil && !simpleStmt(s.Post) {
		return false
	}
	for _, st := range s.Body.List {
		if !simpleStmt(st) {
			return false
		}
	}
	return true
}

// simpleStmt: x op= y and x++ over simple expressions (not :=, which could
// not be repeated in one block).
func simpleStmt(s ast.Stmt) bool {
	switch s := s.(type) {
	case *ast.IncDecStmt:
		return simpleExpr(s.X)
	case *ast.AssignStmt:
		if s.Tok == token.DEFINE {
			return false
		}
		for _, x := range append(append([]ast.Expr(nil), s.Lhs...), s.Rhs...) {
			if !simpleExpr(x) {
				return false
			}
		}
		return true
	}
	return false
}

// boundedBuiltins are the calls a simple expression may make: len, cap and
// conversions to basic types take no time worth a check point. (A cell
// that shadows one of them with a slow function of its own only delays
// check points by unrollFactor iterations; an interpreted function has a
// check point at its entry anyway.)
var boundedBuiltins = map[string]bool{
	"len": true, "cap": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "byte": true, "rune": true,
}

// simpleExpr: names, constants, operators, indexing and field selection.
// Taking an address is left out: with Go 1.22's per-iteration variables the
// copies of a body would share what separate iterations would not.
func simpleExpr(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return simpleExpr(x.X)
	case *ast.StarExpr:
		return simpleExpr(x.X)
	case *ast.SelectorExpr:
		return simpleExpr(x.X)
	case *ast.UnaryExpr:
		return x.Op != token.AND && x.Op != token.ARROW && simpleExpr(x.X)
	case *ast.BinaryExpr:
		return simpleExpr(x.X) && simpleExpr(x.Y)
	case *ast.IndexExpr:
		return simpleExpr(x.X) && simpleExpr(x.Index)
	case *ast.CallExpr:
		fn, ok := x.Fun.(*ast.Ident)
		if !ok || !boundedBuiltins[fn.Name] || x.Ellipsis.IsValid() {
			return false
		}
		for _, a := range x.Args {
			if !simpleExpr(a) {
				return false
			}
		}
		return true
	}
	return false
}

// unroll repeats a tiny loop's body unrollFactor times:
//
//	for init; cond; post { body }
//
// becomes
//
//	for init; cond; post {
//		body
//		post
//		if cond {} else { break } // one step, where !cond would be two
//		body
//		...
//	}
//
// which evaluates body, post and cond as often and in the same order.
func unroll(s *ast.ForStmt) {
	one := s.Body.List
	list := make([]ast.Stmt, 0, unrollFactor*(len(one)+2))
	for k := 0; k < unrollFactor; k++ {
		if k > 0 {
			if s.Post != nil {
				list = append(list, cloneStmt(s.Post))
			}
			if s.Cond != nil {
				at := s.Cond.Pos()
				list = append(list, &ast.IfStmt{
					If:   at,
					Cond: cloneExpr(s.Cond),
					Body: &ast.BlockStmt{Lbrace: at, Rbrace: at},
					Else: &ast.BlockStmt{Lbrace: at, List: []ast.Stmt{&ast.BranchStmt{TokPos: at, Tok: token.BREAK}}, Rbrace: at},
				})
			}
		}
		for _, st := range one {
			list = append(list, cloneStmt(st))
		}
	}
	s.Body.List = list
}

// cloneStmt and cloneExpr copy what simpleStmt and simpleExpr admit, so
// that no node appears twice in the tree.
func cloneStmt(s ast.Stmt) ast.Stmt {
	switch s := s.(type) {
	case *ast.IncDecStmt:
		c := *s
		c.X = cloneExpr(s.X)
		return &c
	case *ast.AssignStmt:
		c := *s
		c.Lhs = cloneExprs(s.Lhs)
		c.Rhs = cloneExprs(s.Rhs)
		return &c
	}
	panic(fmt.Sprintf("cloneStmt: %T is not simple", s))
}

func cloneExprs(xs []ast.Expr) []ast.Expr {
	out := make([]ast.Expr, len(xs))
	for i, x := range xs {
		out[i] = cloneExpr(x)
	}
	return out
}

func cloneExpr(x ast.Expr) ast.Expr {
	switch x := x.(type) {
	case *ast.Ident:
		c := *x
		return &c
	case *ast.BasicLit:
		c := *x
		return &c
	case *ast.ParenExpr:
		c := *x
		c.X = cloneExpr(x.X)
		return &c
	case *ast.StarExpr:
		c := *x
		c.X = cloneExpr(x.X)
		return &c
	case *ast.SelectorExpr:
		c := *x
		c.X = cloneExpr(x.X)
		c.Sel = cloneExpr(x.Sel).(*ast.Ident)
		return &c
	case *ast.UnaryExpr:
		c := *x
		c.X = cloneExpr(x.X)
		return &c
	case *ast.BinaryExpr:
		c := *x
		c.X, c.Y = cloneExpr(x.X), cloneExpr(x.Y)
		return &c
	case *ast.IndexExpr:
		c := *x
		c.X, c.Index = cloneExpr(x.X), cloneExpr(x.Index)
		return &c
	case *ast.CallExpr:
		c := *x
		c.Fun = cloneExpr(x.Fun)
		c.Args = cloneExprs(x.Args)
		return &c
	}
	panic(fmt.Sprintf("cloneExpr: %T is not simple", x))
}
