package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi writes a received value straight into the slot of the variable,
// result or element it is assigned to, replacing the slot's addressable
// value with the channel's unaddressable one. What follows goes wrong:
// `x := <-ch` then `x++` panics ("SetInt using unaddressable value"),
// `return <-ch` panics, and `s.f = <-ch`, `a[i] = <-ch` or a named result
// `r = <-ch` keep the zero value without an error. Parentheses around the
// receive make it a value of its own, which the assignment copies.
// Select clauses and comma-ok receives have their own code in yaegi,
// which is right, and are left alone.

// ParenthesizeReceives wraps every receive assigned, declared or returned
// as a whole under n.
func ParenthesizeReceives(n ast.Node) {
	comms := map[ast.Stmt]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CommClause:
			if n.Comm != nil {
				comms[n.Comm] = true
			}
		case *ast.AssignStmt:
			if !comms[n] && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
				n.Rhs = parenReceives(n.Rhs)
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				n.Values = parenReceives(n.Values)
			}
		case *ast.ReturnStmt:
			n.Results = parenReceives(n.Results)
		}
		return true
	})
}

// parenReceives returns values with its receives wrapped, in a new slice
// if one is: passes share a list of values between statements (the
// comma-ok lowering of toplevel.go), and the other may be a comma-ok
// receive, which stays as it is.
func parenReceives(values []ast.Expr) []ast.Expr {
	out := values
	for i, v := range values {
		if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			if &out[0] == &values[0] {
				out = append([]ast.Expr(nil), values...)
			}
			out[i] = &ast.ParenExpr{Lparen: u.Pos(), X: u, Rparen: u.End()}
		}
	}
	return out
}
