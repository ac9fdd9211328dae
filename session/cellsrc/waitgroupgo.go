package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// (*sync.WaitGroup).Go (Go 1.25) starts its goroutine natively: a panic
// in the cell's function there killed the kernel's process, and
// runtime.NumGoroutine did not count it. `wg.Go(f)` as a statement becomes
// what the method does, the goroutine started by the runner as a go
// statement's is (rewrite.go's spawnStmt, with the cell's spawner):
//
//	{
//	    wg.Add(1)
//	    __gogil.GoDone(spawner, f, wg.Done)
//	}
//
// The runner calls Done once the goroutine has ended and is uncounted, as
// Go's Done runs as its goroutine ends: runtime.NumGoroutine after
// wg.Wait then counts what Go's does (a Done deferred in the goroutine
// woke Wait while it still counted).
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
		return waitGroupGo(sel.X, call.Args[0], call.Pos(), opts.Spawner)
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
	name, _ := l.syncReceiver(sel)
	return name == "WaitGroup"
}

// syncReceiver names the type of package sync ("WaitGroup", "Mutex")
// whose method sel selects as a method value, with the selection; "" for
// any other selector.
func (l *typedLowering) syncReceiver(sel *ast.SelectorExpr) (string, *types.Selection) {
	selection, ok := l.t.Info.Selections[sel]
	if !ok || selection.Kind() != types.MethodVal {
		return "", nil
	}
	fn, ok := selection.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "sync" {
		return "", nil
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return "", nil
	}
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "sync" {
		return "", nil
	}
	return n.Obj().Name(), selection
}

// GoDoneHelper is the runner's go statement of wg.Go, which calls Done
// after the goroutine ends.
const GoDoneHelper = "GoDone"

func waitGroupGo(wg, fn ast.Expr, pos token.Pos, spawner int) ast.Stmt {
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	method := func(name string) *ast.SelectorExpr { return &ast.SelectorExpr{X: copyOperand(wg), Sel: ident(name)} }
	if lit, ok := ast.Unparen(fn).(*ast.FuncLit); ok {
		fn = keepFrame(lit) // as spawnStmt keeps a go statement's literal
	}
	return &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
		&ast.ExprStmt{X: &ast.CallExpr{Fun: method("Add"), Lparen: pos, Args: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "1"}}, Rparen: pos}},
		&ast.ExprStmt{X: helperCall(pos, GoDoneHelper, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.Itoa(spawner)}, fn, method("Done"))},
	}, Rbrace: pos}
}
