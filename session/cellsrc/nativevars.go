package cellsrc

import (
	"go/ast"
	"go/token"
)

// The interpreter assigns a call's result or a composite literal straight
// into the slot of the variable it is assigned to, skipping the copy; for
// a variable of a native package (os.Args, http.DefaultClient,
// flag.CommandLine) that slot is not the variable, and the value is lost
// without an error: `os.Args = []string{"prog", "-n", "3"}` leaves os.Args
// as it was. Parentheses around the value keep the copy.

// parenthesizeNativeAssignments wraps the values assigned to a selector
// of a name that is neither declared in the part nor a variable of an
// earlier cell (global): a package. A struct field's assignment keeps the
// interpreter's shortcut, which works there.
func parenthesizeNativeAssignments(file *ast.File, global func(string) bool) {
	ast.Inspect(file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, lhs := range as.Lhs {
			if sel, ok := lhs.(*ast.SelectorExpr); !ok || !qualifiedIdent(sel, global) {
				continue
			}
			switch as.Rhs[i].(type) {
			case *ast.CallExpr, *ast.CompositeLit, *ast.UnaryExpr, *ast.BinaryExpr:
				as.Rhs[i] = &ast.ParenExpr{Lparen: as.Rhs[i].Pos(), X: as.Rhs[i], Rparen: as.Rhs[i].End()}
			}
		}
		return true
	})
}
