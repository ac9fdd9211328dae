package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// The go pass hands a goroutine's function and arguments to the runner's
// spawner, a native function (and so does the top-level defer pass). yaegi
// turns a value of an interface the cells declare (or an interface literal)
// into its dynamic value when it passes it to native code, while the
// interpreted function still wants the interface: the goroutine died with
// "reflect: Call using T as type interp.valueInterface", and a program
// waiting for it (a crawler's WaitGroup) hung.
//
// lowerSpawnedInterfaces rewrites such a go (or top-level defer) statement
// so that the arguments are evaluated by an interpreted call made at the
// statement, which returns a closure calling the function:
//
//	go crawl(u, f)  becomes  go func(__gogil_a0 string, __gogil_a1 Fetcher) func() {
//	        return func() { crawl(__gogil_a0, __gogil_a1) }
//	    }(u, f)()
//
// The passes after it hand the spawner that closure alone. A function
// that is not a declared function of the cells or a literal (a method
// value, a variable) is an argument of the outer call too, so it is
// evaluated at the statement as Go evaluates it.
func lowerSpawnedInterfaces(f *File, opts Options) *cellio.Error {
	calls := spawnedCalls(f)
	if len(calls) == 0 {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	for _, call := range calls {
		if sig := l.spawnedInterfaceCall(call); sig != nil {
			l.evaluateNow(call, sig)
		}
	}
	return l.err
}

// spawnedCalls are the calls of go statements anywhere and of defer
// statements at the top level of the statements that pass an argument
// other than a literal: the cheap syntactic test before go/types.
func spawnedCalls(f *File) []*ast.CallExpr {
	var calls []*ast.CallExpr
	worth := func(call *ast.CallExpr) {
		for _, a := range call.Args {
			if _, lit := ast.Unparen(a).(*ast.BasicLit); !lit {
				calls = append(calls, call)
				return
			}
		}
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if g, ok := n.(*ast.GoStmt); ok {
			worth(g.Call)
		}
		return true
	})
	if f.Part.Kind == Stmts {
		if main, _ := MainBody(f.AST); main != nil {
			ast.Inspect(main.Body, func(n ast.Node) bool {
				if d, ok := n.(*ast.DeferStmt); ok {
					worth(d.Call)
				}
				_, lit := n.(*ast.FuncLit)
				return !lit
			})
		}
	}
	return calls
}

// spawnedInterfaceCall is the signature of call's function when one of its
// parameters that an argument fills is an interface of the cells.
func (l *typedLowering) spawnedInterfaceCall(call *ast.CallExpr) *types.Signature {
	tv, ok := l.t.Info.Types[call.Fun]
	if !ok || tv.IsType() || tv.IsBuiltin() {
		return nil
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || sig.TypeParams().Len() > 0 {
		return nil
	}
	for i := range call.Args {
		if _, ok := l.cellInterface(paramType(sig, call, i)); ok {
			return sig
		}
	}
	return nil
}

// paramType is the type of the parameter argument i of call fills (the
// variadic slice itself for a spread), nil where none is.
func paramType(sig *types.Signature, call *ast.CallExpr, i int) types.Type {
	n := sig.Params().Len()
	if n == 0 {
		return nil
	}
	if sig.Variadic() && i >= n-1 {
		last := sig.Params().At(n - 1).Type()
		if call.Ellipsis != token.NoPos {
			return last
		}
		if s, ok := last.Underlying().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	}
	if i < n {
		return sig.Params().At(i).Type()
	}
	return nil
}

// evaluateNow rewrites call in place into the call of the closure an
// interpreted call made at the statement returns (see the file comment).
func (l *typedLowering) evaluateNow(call *ast.CallExpr, sig *types.Signature) {
	pos := call.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	params := &ast.FieldList{Opening: pos, Closing: pos}
	var outerArgs, innerArgs []ast.Expr
	param := func(name string, t types.Type, arg ast.Expr) {
		params.List = append(params.List, &ast.Field{Names: []*ast.Ident{ident(name)}, Type: l.typeExpr(call, t)})
		outerArgs = append(outerArgs, arg)
	}
	fun := call.Fun
	if !l.evaluatedLater(fun) {
		param("__gogil_fn", l.t.Info.Types[fun].Type, fun)
		fun = ident("__gogil_fn")
	}
	for i, a := range call.Args {
		name := fmt.Sprintf("__gogil_a%d", i)
		param(name, paramType(sig, call, i), a)
		innerArgs = append(innerArgs, ident(name))
	}
	if l.err != nil {
		return
	}
	inner := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
			Fun: fun, Lparen: pos, Args: innerArgs, Ellipsis: call.Ellipsis, Rparen: pos,
		}}}},
	}
	closureType := &ast.FuncType{Func: token.NoPos, Params: &ast.FieldList{Opening: pos, Closing: pos}}
	outer := &ast.CallExpr{
		Fun: &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: params, Results: &ast.FieldList{List: []*ast.Field{{Type: closureType}}}},
			Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{inner}}}},
		},
		Lparen: pos, Args: outerArgs, Rparen: pos,
	}
	*call = ast.CallExpr{Fun: outer, Lparen: pos, Rparen: pos}
}

// evaluatedLater: evaluating fun inside the goroutine gives what
// evaluating it at the statement gives (a declared function or a literal).
func (l *typedLowering) evaluatedLater(fun ast.Expr) bool {
	switch fun := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return true
	case *ast.Ident:
		fn, ok := l.t.Info.Uses[fun].(*types.Func)
		return ok && fn.Parent() == fn.Pkg().Scope()
	}
	return false
}
