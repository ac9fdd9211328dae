package cellsrc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
)

// A defer in the body of a range over a function belongs, in Go, to the
// function around the loop: it runs when that function returns, not at
// the end of the iteration. The lowered body is a function literal, so
// its defer would run at the end of each call; instead the body keeps the
// deferred call in a list of the loop's block, evaluating the function
// and its arguments where the defer stood, and the block defers, before
// the loop starts, a call that defers each kept call in turn:
//
//	for w := range seq { defer fmt.Println("bye", w) }
//	→ {
//		var __gogil_rf1_defers []func()
//		defer func(d *[]func()) { ...; (*d)[i](); ... }(&__gogil_rf1_defers)
//		... seq(func(w string) bool {
//			{ __gogil_rf1_d0 := w; __gogil_rf1_defers = append(__gogil_rf1_defers, func() { fmt.Println("bye", __gogil_rf1_d0) }) }
//			...
//		})
//	}
//
// The kept calls run in reverse order of their defers, after every defer
// the function made later and before those it made earlier, as Go runs
// them, and the rest still run when one panics (runDeferred). The list is handed over as an argument because
// the interpreter gives a deferred literal the variables of the frame as
// they are at its end (deferloop.go). An enclosing range over a function
// sees the block's own defer in its body and keeps it the same way.
//
// A deferred call that recovers is refused: it would be called by the
// runner, not by the function's return, and recover would give nil.

// runDeferred is the call the loop's block defers. It runs the kept
// calls itself, each under a recover, and panics again with the last
// panic once all have run: the interpreter skips the rest of a function's
// deferred calls when one panics, so it cannot defer them in turn.
const runDeferred = `func(d *[]func()) {
	var p any
	panicked := false
	for i := len(*d) - 1; i >= 0; i-- {
		func() {
			defer func() {
				if r := recover(); r != nil {
					p, panicked = r, true
				}
			}()
			(*d)[i]()
		}()
	}
	if panicked {
		panic(p)
	}
}`

func (r *rangeFuncLowering) deferRunner() []ast.Stmt {
	run, err := parser.ParseExpr(runDeferred)
	if err != nil {
		panic(err) // a constant that parses
	}
	return []ast.Stmt{
		&ast.DeclStmt{Decl: &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{
			Names: []*ast.Ident{ast.NewIdent(r.defers)},
			Type:  &ast.ArrayType{Elt: funcNoArgs()},
		}}}},
		&ast.DeferStmt{Call: &ast.CallExpr{
			Fun:  run,
			Args: []ast.Expr{&ast.UnaryExpr{Op: token.AND, X: ast.NewIdent(r.defers)}},
		}},
	}
}

func funcNoArgs() *ast.FuncType { return &ast.FuncType{Params: &ast.FieldList{}} }

// deferCall keeps the deferred call s in the loop's list.
func (r *rangeFuncLowering) deferCall(s *ast.DeferStmt) ast.Stmt {
	if recovers(s.Call) {
		r.l.fail(s, "a deferred call that recovers, in the body of a range over a function, is not supported by gogil: the body runs as a function literal, whose deferred calls gogil runs for it when the enclosing function returns, and recover would not see the panic there; defer the recovering function before the loop")
		return s
	}
	if r.defers == "" {
		r.defers = r.live[:len(r.live)-len("live")] + "defers"
	}
	var before []ast.Stmt
	call := &ast.CallExpr{Fun: s.Call.Fun, Args: make([]ast.Expr, len(s.Call.Args)), Ellipsis: s.Call.Ellipsis}
	if r.evaluatedLater(s.Call.Fun) {
		call.Fun, before = r.temp(s.Call.Fun, before)
	}
	for i, a := range s.Call.Args {
		call.Args[i] = a
		if !r.constant(a) {
			call.Args[i], before = r.temp(a, before)
		}
	}
	keep := &ast.AssignStmt{
		Lhs: []ast.Expr{ast.NewIdent(r.defers)}, TokPos: s.Defer, Tok: token.ASSIGN,
		Rhs: []ast.Expr{&ast.CallExpr{Fun: ast.NewIdent("append"), Args: []ast.Expr{
			ast.NewIdent(r.defers),
			&ast.FuncLit{Type: funcNoArgs(), Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ExprStmt{X: call}}}},
		}}},
	}
	return &ast.BlockStmt{Lbrace: s.Defer, List: append(before, keep)}
}

func (r *rangeFuncLowering) temp(x ast.Expr, before []ast.Stmt) (ast.Expr, []ast.Stmt) {
	name := r.defers[:len(r.defers)-len("defers")] + "d" + strconv.Itoa(r.temps)
	r.temps++
	return ast.NewIdent(name), append(before, define(name, x))
}

// evaluatedLater: the deferred function is a value whose evaluation the
// defer must do (a variable, a call's result, a method value of a
// computed receiver), not a function literal, a declared function, a
// builtin, or a method of a named variable, which the kept call names the
// same way.
func (r *rangeFuncLowering) evaluatedLater(fun ast.Expr) bool {
	info := r.l.info()
	switch fun := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return false
	case *ast.Ident:
		if info == nil {
			return false
		}
		switch info.Uses[fun].(type) {
		case *types.Builtin, *types.Func, nil:
			return false
		}
		return true
	case *ast.SelectorExpr:
		_, named := ast.Unparen(fun.X).(*ast.Ident)
		return !named
	case *ast.IndexExpr, *ast.IndexListExpr:
		return false // an instantiated generic function
	}
	return true
}

// constant: an argument whose value does not depend on when it is
// evaluated, and which a := would type differently (an untyped constant
// or nil).
func (r *rangeFuncLowering) constant(x ast.Expr) bool {
	if info := r.l.info(); info != nil {
		if tv, ok := info.Types[x]; ok {
			return tv.Value != nil || tv.IsNil() || tv.IsType()
		}
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		return x.Name == "nil" || x.Name == "true" || x.Name == "false"
	}
	return false
}

// recovers: the deferred call is recover, or a literal that calls it
// directly.
func recovers(call *ast.CallExpr) bool {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return fun.Name == "recover"
	case *ast.FuncLit:
		found := false
		ast.Inspect(fun.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "recover" {
					found = true
				}
			}
			return !found
		})
		return found
	}
	return false
}
