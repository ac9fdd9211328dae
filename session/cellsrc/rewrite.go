package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
)

var builtins = map[string]bool{
	"append": true, "cap": true, "clear": true, "close": true, "complex": true,
	"copy": true, "delete": true, "imag": true, "len": true, "make": true,
	"max": true, "min": true, "new": true, "panic": true, "print": true,
	"println": true, "real": true, "recover": true,
}

// RewriteGo turns every `go f(a, b)` in n into `__gogil.Go(f, a, b)` (and
// `go f(a, xs...)` into `__gogil.GoSpread(f, a, xs)`): yaegi lets a panic in
// an interpreted goroutine kill the process, while the session's spawner
// recovers it. Passing the function and arguments to a native call
// evaluates them at the go statement, as Go does; a closure would not: it
// would evaluate them in the goroutine, later.
// Builtins, generic instantiations and a lone call argument (which may
// return several values) cannot be passed that way: they stay in a closure
// `__gogil.Go(func() { f(a) })`, evaluated inside the goroutine.
func RewriteGo(n ast.Node, via int) {
	replaceStmts(n, true, func(st ast.Stmt) ast.Stmt {
		if g, ok := st.(*ast.GoStmt); ok {
			return spawnStmt(g, via)
		}
		return nil
	})
}

// RewriteDefer turns the defer statements of a cell's top level (body is
// the statement wrapper; function literals are left alone) into calls that
// push onto the execution's defer stack: yaegi registers a top-level defer
// on its global frame, where it would run again at the end of every later
// cell. The stack runs once, at the end of the cell (the runner calls
// RuntimeAlias.RunDefers).
// The function value and arguments are evaluated at the defer statement,
// as for go statements; `defer f(g())` becomes
// __gogil.DeferArgs(f, __gogil.Args(g())) so that g still runs there.
func RewriteDefer(body *ast.BlockStmt) {
	replaceStmts(body, false, func(st ast.Stmt) ast.Stmt {
		if d, ok := st.(*ast.DeferStmt); ok {
			return callStmt(d.Defer, d.Call, "Defer")
		}
		return nil
	})
}

// replaceStmts replaces, in every statement list under n, the statements
// for which with returns a statement; intoLiterals says whether function
// literals are searched too.
func replaceStmts(n ast.Node, intoLiterals bool, with func(ast.Stmt) ast.Stmt) {
	list := func(stmts []ast.Stmt) {
		for i, st := range stmts {
			if r := with(st); r != nil {
				stmts[i] = r
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return intoLiterals
		case *ast.BlockStmt:
			list(n.List)
		case *ast.CaseClause:
			list(n.Body)
		case *ast.CommClause:
			list(n.Body)
		case *ast.LabeledStmt:
			if r := with(n.Stmt); r != nil {
				n.Stmt = r
			}
		}
		return true
	})
}

// spawnStmt rewrites a go statement; via (the spawner's number, which the
// runner chooses) is written into the call, so the code keeps it.
func spawnStmt(g *ast.GoStmt, via int) ast.Stmt {
	return callStmt(g.Go, g.Call, "Go", &ast.BasicLit{ValuePos: g.Go, Kind: token.INT, Value: strconv.Itoa(via)})
}

// callStmt hands call to the runtime helper named by kind ("Go" or
// "Defer"), evaluating the function and its arguments now where it can;
// lead are arguments for the helper itself, before the call's.
func callStmt(pos token.Pos, call *ast.CallExpr, kind string, lead ...ast.Expr) ast.Stmt {
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	helper := func(name string, args ...ast.Expr) *ast.CallExpr {
		if name == kind || name == kind+"Spread" {
			args = append(append([]ast.Expr{}, lead...), args...)
		}
		return &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: ident(RuntimeAlias), Sel: ident(name)},
			Lparen: pos,
			Args:   args,
			Rparen: pos,
		}
	}
	direct := true
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		direct = !builtins[f.Name]
	case *ast.IndexExpr, *ast.IndexListExpr:
		direct = false // generic instantiation: yaegi may not take it as a value
	}
	lone := false
	if len(call.Args) == 1 && call.Ellipsis == token.NoPos {
		_, lone = ast.Unparen(call.Args[0]).(*ast.CallExpr)
	}
	// Not for Defer: recover must stay in the function the helper calls.
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok && kind == "Go" {
		call = &ast.CallExpr{Fun: keepFrame(lit), Lparen: call.Lparen, Args: call.Args, Ellipsis: call.Ellipsis, Rparen: call.Rparen}
	}
	switch {
	case direct && lone && kind == "Defer":
		// The lone call may return several values: gather them natively.
		return &ast.ExprStmt{X: helper("DeferArgs", call.Fun, helper("Args", call.Args[0]))}
	case direct && !lone:
		name := kind
		if call.Ellipsis != token.NoPos {
			name += "Spread"
		}
		return &ast.ExprStmt{X: helper(name, append([]ast.Expr{call.Fun}, call.Args...)...)}
	}
	var wrapped ast.Expr = &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: call}}, Rbrace: pos},
	}
	if kind == "Go" {
		wrapped = keepFrame(wrapped.(*ast.FuncLit))
	}
	return &ast.ExprStmt{X: helper(kind, wrapped)}
}

// TrailingForms are the ways to evaluate a cell's trailing expression x,
// tried in order until one compiles: all its values handed to the native
// capture (one value, or every result of a call), then the bare statement (a
// call with no result). Capturing natively means methods of types declared
// in cells are not seen (yaegi's interpreted types have no reflect methods,
// and its interface assertions on them are unreliable), so rich forms come
// from native types only.
func TrailingForms(x ast.Expr) []ast.Stmt {
	pos := x.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	capture := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: ident(RuntimeAlias), Sel: ident("Values")},
		Lparen: pos, Args: []ast.Expr{x}, Rparen: pos,
	}
	forms := []ast.Stmt{&ast.ExprStmt{X: capture}}
	if _, isCall := ast.Unparen(x).(*ast.CallExpr); isCall {
		// yaegi does not pass a native call's several results straight on
		// to another call: take them one by one, for 2 to 4 results.
		for n := 2; n <= 4; n++ {
			var names []ast.Expr
			for i := 0; i < n; i++ {
				names = append(names, ident(fmt.Sprintf("__gogilResult%d", i)))
			}
			forms = append(forms, &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
				&ast.AssignStmt{Lhs: names, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{x}},
				&ast.ExprStmt{X: &ast.CallExpr{
					Fun:    &ast.SelectorExpr{X: ident(RuntimeAlias), Sel: ident("Values")},
					Lparen: pos, Args: names, Rparen: pos,
				}},
			}})
		}
	}
	return append(forms, &ast.ExprStmt{X: x})
}

// helperCall is __gogil.name(args...), every position pos: a call of one
// of the runner's helpers (RuntimeHelpers).
func helperCall(pos token.Pos, name string, args ...ast.Expr) *ast.CallExpr {
	return &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: pos, Name: name}}, Lparen: pos, Args: args, Rparen: pos}
}
