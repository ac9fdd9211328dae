package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// (*sync.WaitGroup).Go (Go 1.25) starts its goroutine natively: a panic
// in the cell's function there killed the kernel's process, and
// runtime.NumGoroutine did not count it. `wg.Go(f)` as a statement becomes
// what the method does, with a go statement the later pass hands to the
// runner:
//
//	{
//	    wg.Add(1)
//	    go func(__gogil_done, __gogil_f func()) {
//	        if !__gogil.DoneAfter(__gogil_done) { defer __gogil_done() }
//	        __gogil_f()
//	    }(wg.Done, f)
//	}
//
// The runner calls Done once the goroutine is uncounted, as Go's Done
// runs as its goroutine ends: runtime.NumGoroutine after wg.Wait then
// counts what Go's does (a deferred Done woke Wait while the goroutine
// still counted).
//
// wg is written twice, so only a receiver whose evaluation has no effect
// (a name, a field of one: plainOperand) is rewritten.
func lowerWaitGroupGo(f *File, opts Options) *cellio.Error {
	if !mentionsGoMethod(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	replaceStmts(f.AST, true, func(st ast.Stmt) ast.Stmt {
		es, ok := st.(*ast.ExprStmt)
		if !ok {
			return nil
		}
		call, ok := es.X.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return nil
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Go" || !l.isWaitGroupMethod(sel) || !plainOperand(sel.X) {
			return nil
		}
		return waitGroupGo(sel.X, call.Args[0], call.Pos())
	})
	return nil
}

// mentionsGoMethod is the syntactic test before go/types: a statement
// x.Go(f).
func mentionsGoMethod(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if es, ok := n.(*ast.ExprStmt); ok {
			if call, ok := es.X.(*ast.CallExpr); ok && len(call.Args) == 1 {
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Go" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// isWaitGroupMethod: sel selects a method of sync.WaitGroup.
func (l *typedLowering) isWaitGroupMethod(sel *ast.SelectorExpr) bool {
	selection, ok := l.t.Info.Selections[sel]
	if !ok || selection.Kind() != types.MethodVal {
		return false
	}
	fn, ok := selection.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "sync" {
		return false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Name() == "WaitGroup"
}

// DoneAfterHelper is the runner's call of wg.Go's Done after the
// goroutine ends.
const DoneAfterHelper = "DoneAfter"

func waitGroupGo(wg, fn ast.Expr, pos token.Pos) ast.Stmt {
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	method := func(name string) *ast.SelectorExpr { return &ast.SelectorExpr{X: copyOperand(wg), Sel: ident(name)} }
	funcType := &ast.FuncType{Func: pos, Params: &ast.FieldList{}}
	body := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{List: []*ast.Field{
			{Names: []*ast.Ident{ident("__gogil_done"), ident("__gogil_f")}, Type: funcType},
		}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
			&ast.IfStmt{If: pos,
				Cond: &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: &ast.CallExpr{
					Fun:  &ast.SelectorExpr{X: ident(RuntimeAlias), Sel: ident(DoneAfterHelper)},
					Args: []ast.Expr{ident("__gogil_done")}, Lparen: pos, Rparen: pos}},
				Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
					&ast.DeferStmt{Defer: pos, Call: &ast.CallExpr{Fun: ident("__gogil_done"), Lparen: pos, Rparen: pos}},
				}, Rbrace: pos}},
			&ast.ExprStmt{X: &ast.CallExpr{Fun: ident("__gogil_f"), Lparen: pos, Rparen: pos}},
		}, Rbrace: pos},
	}
	return &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
		&ast.ExprStmt{X: &ast.CallExpr{Fun: method("Add"), Lparen: pos, Args: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "1"}}, Rparen: pos}},
		&ast.GoStmt{Go: pos, Call: &ast.CallExpr{Fun: body, Lparen: pos, Args: []ast.Expr{method("Done"), fn}, Rparen: pos}},
	}, Rbrace: pos}
}
