package session

import (
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

// rewriteGo turns every `go f(a, b)` in n into
//
//	{ __gogil_f, __gogil_a0, __gogil_a1 := f, a, b; __gogil.Go(func() { __gogil_f(__gogil_a0, __gogil_a1) }) }
//
// because yaegi lets a panic in an interpreted goroutine kill the process,
// while the session's spawner recovers it. The function value and the
// arguments are evaluated at the go statement, as Go does. Exceptions, where
// the expression stays inside the goroutine: builtins, generic
// instantiations, constant arguments (untyped constants must keep their
// type from the parameter), and a lone call argument (it may return several
// values). consts holds constant names known from earlier cells.
func rewriteGo(n ast.Node, consts map[string]bool) {
	local := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if d, ok := n.(*ast.GenDecl); ok && d.Tok == token.CONST {
			for _, spec := range d.Specs {
				for _, name := range spec.(*ast.ValueSpec).Names {
					local[name.Name] = true
				}
			}
		}
		return true
	})
	isConst := func(name string) bool { return consts[name] || local[name] }
	list := func(stmts []ast.Stmt) {
		for i, st := range stmts {
			if g, ok := st.(*ast.GoStmt); ok {
				stmts[i] = spawnBlock(g, isConst)
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
				n.Stmt = spawnBlock(g, isConst)
			}
		}
		return true
	})
}

func spawnBlock(g *ast.GoStmt, isConst func(string) bool) ast.Stmt {
	pos := g.Go
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	call := g.Call
	var lhs, rhs []ast.Expr
	fun := call.Fun
	builtin := false
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		builtin = builtins[f.Name]
	case *ast.IndexExpr, *ast.IndexListExpr:
		builtin = true // generic instantiation: yaegi may not take it as a value
	}
	if !builtin {
		lhs = append(lhs, ident("__gogil_f"))
		rhs = append(rhs, call.Fun)
		fun = ident("__gogil_f")
	}
	args := make([]ast.Expr, len(call.Args))
	copy(args, call.Args)
	loneCall := false
	if len(args) == 1 && call.Ellipsis == token.NoPos {
		_, loneCall = ast.Unparen(args[0]).(*ast.CallExpr)
	}
	if !builtin && !loneCall {
		for i, a := range args {
			if constantLike(a, isConst) {
				continue
			}
			name := "__gogil_a" + strconv.Itoa(i)
			lhs = append(lhs, ident(name))
			rhs = append(rhs, a)
			args[i] = ident(name)
		}
	}
	inner := &ast.CallExpr{Fun: fun, Lparen: pos, Args: args, Ellipsis: call.Ellipsis, Rparen: pos}
	spawn := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: ident(runtimeAlias), Sel: ident("Go")},
		Lparen: pos,
		Args: []ast.Expr{&ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: inner}}, Rbrace: pos},
		}},
		Rparen: pos,
	}
	block := &ast.BlockStmt{Lbrace: pos, Rbrace: pos}
	if len(lhs) > 0 {
		block.List = append(block.List, &ast.AssignStmt{Lhs: lhs, TokPos: pos, Tok: token.DEFINE, Rhs: rhs})
	}
	block.List = append(block.List, &ast.ExprStmt{X: spawn})
	return block
}

// constantLike reports expressions that may be untyped constants.
func constantLike(e ast.Expr, isConst func(string) bool) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		switch e.Name {
		case "nil", "true", "false", "iota":
			return true
		}
		return isConst(e.Name)
	case *ast.ParenExpr:
		return constantLike(e.X, isConst)
	case *ast.UnaryExpr:
		return e.Op != token.ARROW && e.Op != token.AND && constantLike(e.X, isConst)
	case *ast.BinaryExpr:
		return constantLike(e.X, isConst) && constantLike(e.Y, isConst)
	}
	return false
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
