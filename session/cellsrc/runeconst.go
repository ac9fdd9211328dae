package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi gives a global declared from an untyped rune constant written out
// (`c := 'A'` at the top level of a cell, `var r = 'x'` in a declaration)
// the type int, where Go gives it rune: %T printed int, and a later
// []rune append of it failed to compile. Writing the default type
// explicitly, rune('A'), is what Go does anyway.

// TypeRuneConstants converts every untyped rune constant expression made of
// literals that initializes a variable without a written type under n.
func TypeRuneConstants(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
				typeRunes(n.Rhs)
			}
		case *ast.ValueSpec:
			if n.Type == nil && len(n.Names) == len(n.Values) {
				typeRunes(n.Values)
			}
		}
		return true
	})
}

func typeRunes(values []ast.Expr) {
	for i, v := range values {
		if hasChar, ok := runeLiteral(v); ok && hasChar {
			values[i] = &ast.CallExpr{Fun: ast.NewIdent("rune"), Args: []ast.Expr{v}, Lparen: v.Pos(), Rparen: v.End()}
		}
	}
}

// runeLiteral reports whether x is a constant expression of integer and
// rune literals (ok) and whether one is a rune literal, which makes the
// whole an untyped rune (a float literal would make it a float).
func runeLiteral(x ast.Expr) (hasChar, ok bool) {
	switch x := x.(type) {
	case *ast.BasicLit:
		return x.Kind == token.CHAR, x.Kind == token.CHAR || x.Kind == token.INT
	case *ast.ParenExpr:
		return runeLiteral(x.X)
	case *ast.UnaryExpr:
		if x.Op != token.ADD && x.Op != token.SUB && x.Op != token.XOR {
			return false, false
		}
		return runeLiteral(x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.AND_NOT:
		case token.SHL, token.SHR:
			// The left operand alone gives a shift its type.
			return runeLiteral(x.X)
		default:
			return false, false
		}
		c1, ok1 := runeLiteral(x.X)
		c2, ok2 := runeLiteral(x.Y)
		return c1 || c2, ok1 && ok2
	}
	return false, false
}
