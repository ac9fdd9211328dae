package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi writes the value of a call or a composite literal straight into
// the variable it is assigned to, and then skips the statement's own
// assignment: in a statement of several pairs, that drops the other pairs
// and lets a later right side read a variable already written. `a, b =
// g(b), g(a)` gave b's value to both, `x, y = y, g(x)` left x as it was,
// `u, v := x, T{x}` and `var k, t = 9, T{}` declared u and k as zero,
// silently. In parentheses the value is an operand of the parenthesis,
// which yaegi gives a slot of its own and copies (as recvvalues.go does
// for receives).

// ParenthesizeParallelValues puts in parentheses every composite literal
// on the right of an assignment, definition or var spec of more than one
// pair under n, and every call on the right of such an assignment (yaegi
// leaves a call's value to a definition's own assignment).
func ParenthesizeParallelValues(n ast.Node) {
	paren := func(xs []ast.Expr, calls bool) {
		for i, x := range xs {
			switch x.(type) {
			case *ast.CallExpr:
				if !calls {
					continue
				}
			case *ast.CompositeLit:
			default:
				continue
			}
			xs[i] = &ast.ParenExpr{Lparen: x.Pos(), X: x, Rparen: x.End()}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) > 1 && len(n.Lhs) == len(n.Rhs) {
				paren(n.Rhs, n.Tok == token.ASSIGN)
			}
		case *ast.ValueSpec:
			if len(n.Names) > 1 && len(n.Names) == len(n.Values) {
				paren(n.Values, false)
			}
		}
		return true
	})
}
