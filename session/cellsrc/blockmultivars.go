package cellsrc

import (
	"go/ast"
)

// yaegi v0.16.1 fails on `var a, b = f()` (several names, one call) in a
// nested block of a cell's statements (an if, a loop, a case): the names
// were undefined where used, and unused the compiler crashed. In a
// function, and as a := anywhere, it is right, so lowerBlockMultiVars
// writes it as the := Go scopes the same way (the call sees the names
// outside):
//
//	if ok { var n, err = parse(s) }  →  if ok { n, err := parse(s) }
//
// It runs before the pass that renames what nested blocks declare
// (shadow.go), which renames the := alike.
func lowerBlockMultiVars(f *File, _ Options) {
	if f.Main == nil {
		return
	}
	// Not in function literals: functions of their own, which yaegi
	// runs right.
	rewriteLocalVars(f.Main.Body, f.Main.Body, false, spreads)
}

// spreads: vs declares several names from one value, which must be a
// call of several results.
func spreads(vs *ast.ValueSpec) bool {
	return len(vs.Names) > 1 && len(vs.Values) == 1
}
