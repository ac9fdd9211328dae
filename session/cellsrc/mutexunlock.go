package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// Unlocking a sync.Mutex or sync.RWMutex that is not locked (an Unlock
// too many, an RUnlock without RLock) is a fatal error in Go: the program
// stops with exit status 2, and no recover catches it. The interpreter
// calls the real method, so the fatal error killed the kernel's process.
// A call X.Unlock() or X.RUnlock() of such a mutex becomes
//
//	__gogil.Unlock(&X.M, "Unlock")
//
// where &X.M is the mutex (the path through embedded fields written out,
// X.M itself for a pointer), and a method value X.Unlock that is not
// called (a defer's, a variable's) becomes __gogil.UnlockFunc(&X.M,
// "Unlock"), a func() doing the same: the receiver is taken where Go
// takes it. The runner checks what Go's method checks before unlocking
// (session/mutexes.go), and ends the cell with Go's fatal error.
//
// X is copied (copyOperand) into the pointer, so only a receiver whose
// evaluation has no effect (a name, a field of one: plainOperand) is
// rewritten.

// UnlockHelper and UnlockFuncHelper are the runner's helpers of this file.
const (
	UnlockHelper     = "Unlock"
	UnlockFuncHelper = "UnlockFunc"
)

func lowerMutexUnlock(f *File, opts Options) *cellio.Error {
	if !mentionsUnlock(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	unlock := func(x ast.Expr) (*ast.SelectorExpr, ast.Expr) {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Unlock" && sel.Sel.Name != "RUnlock" || !plainOperand(sel.X) {
			return nil, nil
		}
		return sel, l.mutexOperand(sel)
	}
	// The calls replaced whole; a defer's or go statement's call is a
	// field replaceExprs does not set: its method value is replaced.
	called := map[*ast.SelectorExpr]bool{}
	deferred := map[*ast.CallExpr]bool{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			deferred[n.Call] = true
		case *ast.GoStmt:
			deferred[n.Call] = true
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && len(n.Args) == 0 && !deferred[n] {
				called[sel] = true
			}
		}
		return true
	})
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 0 {
			if sel, m := unlock(call.Fun); m != nil {
				return helperCall(call.Pos(), UnlockHelper, m, methodName(sel))
			}
			return x
		}
		if sel, m := unlock(x); m != nil && !called[sel] {
			c := helperCall(sel.Pos(), UnlockFuncHelper, m, methodName(sel))
			l.t.Info.Types[c] = l.t.Info.Types[sel]
			return c
		}
		return x
	})
	return nil
}

func methodName(sel *ast.SelectorExpr) ast.Expr {
	return &ast.BasicLit{ValuePos: sel.Sel.Pos(), Kind: token.STRING, Value: strconv.Quote(sel.Sel.Name)}
}

// mentionsUnlock is the syntactic test before go/types: a selector
// .Unlock or .RUnlock.
func mentionsUnlock(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Unlock" || sel.Sel.Name == "RUnlock") {
			found = true
		}
		return !found
	})
	return found
}

// mutexOperand is a pointer to the sync.Mutex or sync.RWMutex whose
// method sel selects as a method value, written from sel's operand and
// the embedded fields the method is promoted through; nil for any other
// selector, and where a field on the way cannot be named (an unexported
// one of a library type).
func (l *typedLowering) mutexOperand(sel *ast.SelectorExpr) ast.Expr {
	name, selection := l.syncReceiver(sel)
	if name != "Mutex" && name != "RWMutex" {
		return nil
	}
	x := copyOperand(sel.X)
	t := selection.Recv()
	index := selection.Index()
	fields := embeddedPath(t, index[:len(index)-1])
	if len(fields) != len(index)-1 {
		return nil
	}
	for _, field := range fields {
		if !field.Exported() && !cellPackage(l.t, field.Pkg()) {
			return nil
		}
		x = &ast.SelectorExpr{X: x, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: field.Name()}}
		t = field.Type()
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		return x
	}
	return &ast.UnaryExpr{OpPos: sel.Pos(), Op: token.AND, X: x}
}
