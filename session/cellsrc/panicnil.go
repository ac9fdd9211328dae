package cellsrc

import "go/ast"

// Since Go 1.21 panic(nil) panics with a *runtime.PanicNilError, which
// recover returns and the crash prints ("panic called with nil argument").
// yaegi panics with the nil itself: recover() gave nil, so a deferred
// `if r := recover(); r != nil` took the panic for a normal return, and
// the function went on as if nothing had happened, silently.
// LowerPanicNil writes panic(nil) as panic(__gogil.PanicNil()), the
// runner's helper returning Go's value. A panic of a nil held in a
// variable is not seen (it needs the value, not the syntax).

// PanicNilHelper is the runner's helper of this file.
const PanicNilHelper = "PanicNil"

// LowerPanicNil rewrites every panic(nil) under file, unless the file
// declares panic or nil of its own.
func LowerPanicNil(file *ast.File) {
	isPanicNil := func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return false
		}
		fun, ok := ast.Unparen(call.Fun).(*ast.Ident)
		arg, isIdent := ast.Unparen(call.Args[0]).(*ast.Ident)
		return ok && fun.Name == "panic" && isIdent && arg.Name == "nil"
	}
	if !someNode(file, isPanicNil) || declaresName(file, "panic") || declaresName(file, "nil") {
		return
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if isPanicNil(n) {
			call := n.(*ast.CallExpr)
			call.Args[0] = helperCall(call.Args[0].Pos(), PanicNilHelper)
		}
		return true
	})
}
