package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Cells cannot import package unsafe: the interpreter has no memory of
// Go's layout to give its pointers. Its three functions that only measure
// (Sizeof, Alignof, Offsetof) are constants in Go, which go/types computes
// with the compiler's sizes: each call becomes uintptr(n), and the runner
// drops the import. The interpreter's own unsafe.Sizeof measured its
// representation of a cell's type, and its Offsetof was always 0.

// unsafeConstants are the functions of package unsafe a cell may call.
var unsafeConstants = map[string]bool{"Sizeof": true, "Alignof": true, "Offsetof": true}

// planUnsafe plans call, of a function of package unsafe, as the constant
// Go gives it, or fails naming what cells cannot use.
func (l *typedLowering) planUnsafe(call *ast.CallExpr, sel *ast.SelectorExpr) {
	name := "unsafe." + sel.Sel.Name
	if !unsafeConstants[sel.Sel.Name] {
		return // refuseUnsafe fails on the selector
	}
	info := l.info()
	if info == nil {
		l.fail(call, "%s: gogil could not type-check this cell to work out the size it is", name)
		return
	}
	tv, ok := info.Types[call]
	if !ok || tv.Value == nil {
		l.fail(call, "%s: gogil could not work out its value here%s", name, l.firstError())
		return
	}
	value := tv.Value.ExactString()
	l.plans[call] = func(call *ast.CallExpr) ast.Expr {
		return &ast.CallExpr{
			Fun:    &ast.Ident{Name: "uintptr", NamePos: call.Pos()},
			Lparen: call.Lparen,
			Args:   []ast.Expr{&ast.BasicLit{Kind: token.INT, Value: value, ValuePos: call.Lparen}},
			Rparen: call.Rparen,
		}
	}
}

// refuseUnsafe fails on sel where it names a member of package unsafe
// other than the three constants (unsafe.Pointer, unsafe.Add, ...).
func (l *typedLowering) refuseUnsafe(sel *ast.SelectorExpr) {
	id, ok := sel.X.(*ast.Ident)
	if !ok || unsafeConstants[sel.Sel.Name] {
		return
	}
	if info := l.info(); info != nil {
		pn, isPkg := info.Uses[id].(*types.PkgName)
		if !isPkg || pn.Imported().Path() != "unsafe" {
			return
		}
	} else if id.Name != "unsafe" {
		return
	}
	l.fail(sel, "unsafe.%s is not available to interpreted cells: of package unsafe they have only Sizeof, Alignof and Offsetof (constants); a %%%%native cell, compiled by the Go toolchain, can use it", sel.Sel.Name)
}
