package session

import (
	"go/ast"
	"go/token"
)

var builtins = map[string]bool{
	"append": true, "cap": true, "clear": true, "close": true, "complex": true,
	"copy": true, "delete": true, "imag": true, "len": true, "make": true,
	"max": true, "min": true, "new": true, "panic": true, "print": true,
	"println": true, "real": true, "recover": true,
}

// rewriteGo turns every `go f(a, b)` in n into `__gogil.Go(f, a, b)` (and
// `go f(a, xs...)` into `__gogil.GoSpread(f, a, xs)`): yaegi lets a panic in
// an interpreted goroutine kill the process, while the session's spawner
// recovers it. Passing the function and arguments to a native call
// evaluates them at the go statement, as Go does; a closure would not do,
// because yaegi closures in a loop share the loop body's variables.
// Builtins, generic instantiations and a lone call argument (which may
// return several values) cannot be passed that way: they stay in a closure
// `__gogil.Go(func() { f(a) })`, evaluated inside the goroutine.
func rewriteGo(n ast.Node) {
	list := func(stmts []ast.Stmt) {
		for i, st := range stmts {
			if g, ok := st.(*ast.GoStmt); ok {
				stmts[i] = spawnStmt(g)
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			list(n.List)
		case *ast.CaseClause:
			list(n.Body)
		case *ast.CommClause:
			list(n.Body)
		case *ast.LabeledStmt:
			if g, ok := n.Stmt.(*ast.GoStmt); ok {
				n.Stmt = spawnStmt(g)
			}
		}
		return true
	})
}

func spawnStmt(g *ast.GoStmt) ast.Stmt {
	pos := g.Go
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	call := g.Call
	direct := true
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		direct = !builtins[f.Name]
	case *ast.IndexExpr, *ast.IndexListExpr:
		direct = false // generic instantiation: yaegi may not take it as a value
	}
	if len(call.Args) == 1 && call.Ellipsis == token.NoPos {
		if _, lone := ast.Unparen(call.Args[0]).(*ast.CallExpr); lone {
			direct = false
		}
	}
	spawner := "Go"
	var args []ast.Expr
	if direct {
		args = append([]ast.Expr{call.Fun}, call.Args...)
		if call.Ellipsis != token.NoPos {
			spawner = "GoSpread"
		}
	} else {
		args = []ast.Expr{&ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: call}}, Rbrace: pos},
		}}
	}
	return &ast.ExprStmt{X: &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: ident(runtimeAlias), Sel: ident(spawner)},
		Lparen: pos,
		Args:   args,
		Rparen: pos,
	}}
}

// trailingForms are the ways to evaluate a cell's trailing expression x,
// tried in order until one compiles: all its values handed to the native
// capture (one value, or every result of a call), then the bare statement (a
// call with no result). Capturing natively means methods of types declared
// in cells are not seen (yaegi's interpreted types have no reflect methods,
// and its interface assertions on them are unreliable), so rich forms come
// from native types only.
func trailingForms(x ast.Expr) []ast.Stmt {
	pos := x.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	capture := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: ident(runtimeAlias), Sel: ident("Values")},
		Lparen: pos, Args: []ast.Expr{x}, Rparen: pos,
	}
	return []ast.Stmt{&ast.ExprStmt{X: capture}, &ast.ExprStmt{X: x}}
}
