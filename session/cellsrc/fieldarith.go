package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 computes an arithmetic operation assigned to a single
// variable or field straight into its destination, skipping the
// assignment. When the destination is a field of interface type of a
// native struct (list.Element.Value, ring.Ring.Value), the operation has
// no code for an interface destination: `e.Value = i * i` and `r.Value =
// -n` ended the function there, silently, with nothing after it run;
// `e.Value = !ok` panicked in reflect. In parentheses the operation is an
// operand of the parenthesis, which yaegi computes into a slot of its own
// and then assigns (as multiassign.go does for parallel values).
//
// Without types the pass cannot tell a native struct's field from a cell
// struct's, so it parenthesizes every such operation assigned to a field:
// the price is one copy per assignment.

// ParenthesizeFieldArithmetic puts in parentheses the right side of every
// single `=` assignment under n whose left side is a selector (a field)
// and whose right side is an arithmetic or logical-not operation.
func ParenthesizeFieldArithmetic(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		if _, ok := as.Lhs[0].(*ast.SelectorExpr); !ok {
			return true
		}
		if x := as.Rhs[0]; computesInto(x) {
			as.Rhs[0] = &ast.ParenExpr{Lparen: x.Pos(), X: x, Rparen: x.End()}
		}
		return true
	})
}

// computesInto: x is an operation yaegi computes into the variable it is
// assigned to (its arithmetic actions, and the logical not).
func computesInto(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM,
			token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
			return true
		}
	case *ast.UnaryExpr:
		switch x.Op {
		case token.SUB, token.ADD, token.XOR, token.NOT:
			return true
		}
	}
	return false
}
