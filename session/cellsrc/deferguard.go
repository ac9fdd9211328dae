package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
)

// Two ways yaegi v0.16.1 runs a function's deferred calls unlike Go:
//
//   - os.Exit and log.Fatal end a cell by a panic (the kernel's process
//     must live), and the interpreter runs the deferred calls of every
//     function that panic leaves, which Go's os.Exit never does:
//     `defer fmt.Println("!")` then os.Exit(3) in main printed "!".
//     guardDeferredCalls makes each deferred call of a function body
//     return at once while the runner's ExitingHelper says the cell is
//     exiting: a function literal's body starts with the test, any other
//     call moves into a literal that makes it (its arguments were already
//     evaluated at the defer, deferargs.go). The part must name an Exit or
//     a Fatal (os.Exit, log.Fatal...), or block in a way the session's
//     deadlock check may end (mayBlock), so that the common function pays
//     nothing.
//   - A deferred call that panics while others of its function are still
//     to run ends the interpreter's run of them: Go runs them, then goes
//     on panicking (a deferred recover that panics again skipped
//     `defer fmt.Println("nested deferred")` before it). A panic call in a
//     deferred call after another defer of its function becomes the
//     runner's DeferredPanicHelper, which ends the cell with an error
//     saying so, where Go's program would have gone on. So does a panic
//     out of such a deferred call's callee (`defer cleanup("db")`, whose
//     body panics): guardPanic runs the call under a deferred recover that
//     hands the panic to the same helper. The program then ran on to the
//     end of its function in gogil, where Go's deferred recover caught
//     the panic; its output stopped at the panic instead (a gap, so the
//     kernel runs a program of its own again).
//
// The defers at the top level of a cell's statements are the runner's own
// (RewriteDefer), which runs them as Go does.

// ExitingHelper and DeferredPanicHelper are the runner's helpers of this
// file.
const (
	ExitingHelper       = "Exiting"
	DeferredPanicHelper = "DeferredPanic"
)

// guardDeferredCalls rewrites the defers of the function bodies and
// literals of file; main, if not nil, is the body of the cell's
// statements, whose own defers are the runner's.
func guardDeferredCalls(file *ast.File, main *ast.FuncDecl) {
	exits := namesExit(file) || mayBlock(file)
	panics := !declaresName(file, "panic")
	guards := !declaresName(file, "recover")
	funcs := recoverless(file)
	if guards && panics {
		guardGoroutineDone(file)
	}
	hoisted := map[*ast.DeferStmt]*ast.FuncLit{}
	var body func(b *ast.BlockStmt, top bool)
	// walk visits the statements of one function, not those of the
	// literals in it, which body visits as functions of their own.
	body = func(b *ast.BlockStmt, top bool) {
		var defers []*ast.DeferStmt
		var lits []*ast.FuncLit
		ast.Inspect(b, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				lits = append(lits, n)
				return false
			case *ast.DeferStmt:
				defers = append(defers, n)
				if lit, ok := n.Call.Fun.(*ast.FuncLit); ok {
					body(lit.Body, false)
				}
				for _, a := range n.Call.Args {
					ast.Inspect(a, func(n ast.Node) bool {
						if lit, ok := n.(*ast.FuncLit); ok {
							body(lit.Body, false)
							return false
						}
						return true
					})
				}
				return false
			}
			return true
		})
		for _, lit := range lits {
			body(lit.Body, false)
		}
		if top {
			return
		}
		for i, d := range defers {
			if i > 0 && panics {
				replacePanics(d.Call)
				if guards {
					guardPanic(d, hoisted, funcs)
				}
			}
			if exits {
				guardExit(d, hoisted)
			}
		}
	}
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		body(fd.Body, fd == main)
	}
	if len(hoisted) > 0 {
		hoistGuards(file, hoisted)
	}
}

// hoistGuards makes each literal guardExit wrote for a defer of hoisted
// before the defer, by keepFrame, into a variable the defer calls:
//
//	__gogil_exit1 := func() func() { return func() { ...; call } }()
//	defer __gogil_exit1()
//
// Deferred where it is written, the literal would run with the variables
// of the frame as the function returns (deferloop.go): a defer in a loop
// printed the last iteration's arguments, which deferargs.go had copied,
// once for each iteration. Made by keepFrame, the closure has the
// iteration's own copies. A defer not directly in a statement list (a
// labeled one) keeps the literal deferred where it is.
func hoistGuards(file *ast.File, hoisted map[*ast.DeferStmt]*ast.FuncLit) {
	n := 0
	list := func(stmts []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		for _, st := range stmts {
			d, ok := st.(*ast.DeferStmt)
			lit := hoisted[d]
			if !ok || lit == nil {
				out = append(out, st)
				continue
			}
			delete(hoisted, d)
			n++
			pos := d.Pos()
			name := fmt.Sprintf("__gogil_exit%d", n)
			out = append(out, &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{keepFrame(lit)}})
			d.Call = &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: name}, Lparen: pos, Rparen: pos}
			out = append(out, d)
		}
		return out
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			n.List = list(n.List)
		case *ast.CaseClause:
			n.Body = list(n.Body)
		case *ast.CommClause:
			n.Body = list(n.Body)
		}
		return true
	})
	for d, lit := range hoisted {
		d.Call = &ast.CallExpr{Fun: lit, Lparen: d.Pos(), Rparen: d.Pos()}
	}
}

// mayBlock: file sends, receives or selects on a channel, starts a
// goroutine, or calls a method named Wait, Lock or RLock: the session's
// deadlock check (session/deadlock.go) may end the cell in it, as Go's
// fatal error ends a program, which runs no deferred call either.
func mayBlock(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SendStmt, *ast.SelectStmt, *ast.GoStmt:
			found = true
		case *ast.UnaryExpr:
			found = n.Op == token.ARROW
		case *ast.SelectorExpr:
			switch n.Sel.Name {
			case "Wait", "Lock", "RLock":
				found = true
			}
		}
		return !found
	})
	return found
}

// namesExit: file calls os.Exit, or selects a name Fatal, Fatalf or
// Fatalln (log's functions and a *log.Logger's methods). Another Exit
// (the %%gil instrumenter's, say) is not an exit.
func namesExit(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			switch sel.Sel.Name {
			case "Exit":
				pkg, ok := sel.X.(*ast.Ident)
				found = found || ok && pkg.Name == "os"
			case "Fatal", "Fatalf", "Fatalln":
				found = true
			}
		}
		return !found
	})
	return found
}

// evaluated: the arguments of call are names or constants, which moving
// the call into a literal does not evaluate later than the defer did.
func evaluated(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		switch ast.Unparen(a).(type) {
		case *ast.Ident, *ast.BasicLit:
		default:
			return false
		}
	}
	return true
}

// guardExit makes d's call return at once while the cell exits; a call
// it moves into a literal goes into hoisted, for hoistGuards.
func guardExit(d *ast.DeferStmt, hoisted map[*ast.DeferStmt]*ast.FuncLit) {
	pos := d.Pos()
	test := &ast.IfStmt{If: pos, Cond: helperCall(pos, ExitingHelper), Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos}}, Rbrace: pos}}
	if lit, ok := d.Call.Fun.(*ast.FuncLit); ok {
		if lit.Type.Results != nil && len(lit.Type.Results.List) > 0 {
			return // a bare return would not compile; rare in a defer
		}
		lit.Body.List = append([]ast.Stmt{test}, lit.Body.List...)
		return
	}
	if id, ok := d.Call.Fun.(*ast.Ident); ok && id.Name == "recover" {
		return // in a literal, it would recover, which a deferred recover() does not
	}
	if lit := hoisted[d]; lit != nil {
		lit.Body.List = append([]ast.Stmt{test}, lit.Body.List...)
		return
	}
	if !evaluated(d.Call) {
		return // its arguments are evaluated at the defer, not at the return
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{test, &ast.ExprStmt{X: d.Call}}, Rbrace: pos},
	}
	hoisted[d] = lit
}

// replacePanics makes the calls of the builtin panic in call (and the
// literals in it) the runner's DeferredPanicHelper.
func replacePanics(call *ast.CallExpr) {
	ast.Inspect(call, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if id, ok := c.Fun.(*ast.Ident); ok && id.Name == "panic" && len(c.Args) == 1 {
			c.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: id.Pos(), Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: id.Pos(), Name: DeferredPanicHelper}}
		}
		return true
	})
}

// guardPanic makes a panic out of d's call end the cell by the runner's
// DeferredPanicHelper (see the top of the file). A function literal gets
// the guard as its first statement; a call of a function of the file that
// never calls recover, or of another package's function, moves into a
// literal that has it, for hoistGuards (a package's function cannot call
// the cell's recover). Any other call stays as it is:
// moved, a callee that recovers would no longer be called by the defer,
// and its recover would give nil.
func guardPanic(d *ast.DeferStmt, hoisted map[*ast.DeferStmt]*ast.FuncLit, funcs map[string]bool) {
	pos := d.Pos()
	if lit, ok := d.Call.Fun.(*ast.FuncLit); ok {
		lit.Body.List = append([]ast.Stmt{panicGuard(pos)}, lit.Body.List...)
		return
	}
	switch fun := d.Call.Fun.(type) {
	case *ast.Ident:
		if !funcs[fun.Name] || fun.Obj != nil && fun.Obj.Kind != ast.Fun {
			return
		}
	case *ast.SelectorExpr:
		pkg, ok := fun.X.(*ast.Ident)
		if !ok || pkg.Obj != nil || !funcs[pkg.Name+"."] {
			return
		}
	default:
		return
	}
	if d.Call.Ellipsis.IsValid() || !evaluated(d.Call) {
		return
	}
	hoisted[d] = &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{panicGuard(pos), &ast.ExprStmt{X: d.Call}}, Rbrace: pos},
	}
}

// panicGuard is
//
//	defer func() { if r := recover(); r != nil { DeferredPanic(r) } }()
func panicGuard(pos token.Pos) ast.Stmt {
	r := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_dp"} }
	cond := &ast.BinaryExpr{X: r(), OpPos: pos, Op: token.NEQ, Y: &ast.Ident{NamePos: pos, Name: "nil"}}
	init := &ast.AssignStmt{Lhs: []ast.Expr{r()}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "recover"}, Lparen: pos, Rparen: pos}}}
	body := &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: helperCall(pos, DeferredPanicHelper, r())}}, Rbrace: pos}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.IfStmt{If: pos, Init: init, Cond: cond, Body: body}}, Rbrace: pos},
	}
	return &ast.DeferStmt{Defer: pos, Call: &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}}
}

// recoverless names the functions (not methods) file declares, without
// type parameters, whose bodies never name recover, and, each with a dot
// after it ("fmt."), the packages file imports.
func recoverless(file *ast.File) map[string]bool {
	out := map[string]bool{}
	for _, imp := range file.Imports {
		if name := importName(imp); name != "_" && name != "." {
			out[name+"."] = true
		}
	}
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Body == nil || fd.Type.TypeParams != nil {
			continue
		}
		names := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == "recover" {
				names = true
			}
			return !names
		})
		if !names {
			out[fd.Name.Name] = true
		}
	}
	return out
}

// GoPanickingHelper is the runner's helper of guardGoroutineDone.
const GoPanickingHelper = "GoPanicking"

func init() { RuntimeHelpers = append(RuntimeHelpers, GoPanickingHelper) }

// guardGoroutineDone: a goroutine that panics, nothing recovering it, ends
// Go's program as soon as its deferred calls have run, so the deferred
// wg.Done() that lets main's wg.Wait() return lets main go on only in
// principle. In gogil the cell ended only after the spawner caught the
// panic, and main went on in between: a worker's crash was followed by
// main's "all done", silently. A goroutine literal whose body starts with
// its only defer, X.Done(), and never names recover, defers instead
//
//	func() {
//		if __gogil_gp := recover(); __gogil_gp != nil {
//			GoPanicking(__gogil_gp, X.Done)
//			panic(__gogil_gp)
//		}
//		X.Done()
//	}()
//
// where the runner's GoPanicking ends the cell with the panic and stops
// the goroutine before Done, or, if the cell has ended already, calls
// Done and returns. Being the first defer, it runs after every other of
// the body, as the original did; with other defers in the body it would
// skip them (the interpreter skips a function's deferred calls after one
// that panics), so they are left alone.
func guardGoroutineDone(file *ast.File) {
	doneMethods := false
	for _, decl := range file.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Name.Name == "Done" {
			doneMethods = true // a cell's Done may recover; leave it deferred itself
		}
	}
	if doneMethods {
		return
	}
	ast.Inspect(file, func(n ast.Node) bool {
		g, ok := n.(*ast.GoStmt)
		if !ok {
			return true
		}
		lit, ok := g.Call.Fun.(*ast.FuncLit)
		if !ok || len(lit.Body.List) == 0 {
			return true
		}
		d, ok := lit.Body.List[0].(*ast.DeferStmt)
		if !ok || len(d.Call.Args) != 0 {
			return true
		}
		sel, ok := d.Call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Done" {
			return true
		}
		defers, recovers := 0, false
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				// A literal's own defers are its own; its recover is
				// looked for all the same (it may be deferred above).
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && id.Name == "recover" {
						recovers = true
					}
					return true
				})
				return false
			case *ast.DeferStmt:
				defers++
			case *ast.Ident:
				recovers = recovers || n.Name == "recover"
			}
			return true
		})
		if defers != 1 || recovers {
			return true
		}
		d.Call = &ast.CallExpr{Fun: goDoneGuard(d.Pos(), sel), Lparen: d.Pos(), Rparen: d.Pos()}
		return true
	})
}

func goDoneGuard(pos token.Pos, done *ast.SelectorExpr) *ast.FuncLit {
	r := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_gp"} }
	call := func() *ast.CallExpr { return &ast.CallExpr{Fun: done, Lparen: pos, Rparen: pos} }
	init := &ast.AssignStmt{Lhs: []ast.Expr{r()}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "recover"}, Lparen: pos, Rparen: pos}}}
	cond := &ast.BinaryExpr{X: r(), OpPos: pos, Op: token.NEQ, Y: &ast.Ident{NamePos: pos, Name: "nil"}}
	then := &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
		&ast.ExprStmt{X: helperCall(pos, GoPanickingHelper, r(), done)},
		&ast.ExprStmt{X: &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "panic"}, Lparen: pos, Args: []ast.Expr{r()}, Rparen: pos}},
	}, Rbrace: pos}
	return &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
			&ast.IfStmt{If: pos, Init: init, Cond: cond, Body: then},
			&ast.ExprStmt{X: call()},
		}, Rbrace: pos},
	}
}
