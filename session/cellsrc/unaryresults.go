package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 compiles a negation, a bitwise complement or a logical not
// of a variable (-x, ^x, !ok) that is returned, or assigned with =, to a
// place of an interface type wrongly: `return -x` from a func returning
// any returned nil, and `m["k"] = -x` into a map of any ended the
// function there, the statements after it silently skipped. The same
// operation in parentheses is compiled as an expression of its own whose
// value is then assigned, which is right; lowerUnaryResults writes the
// parentheses, which Go does not tell apart:
//
//	return -x, nil  →  return (-x), nil
//	v = ^mask       →  v = (^mask)
//
// The operand of a literal is left alone: the interpreter folds it.
func lowerUnaryResults(f *File, _ Options) {
	paren := func(list []ast.Expr) {
		for i, x := range list {
			u, ok := x.(*ast.UnaryExpr)
			if !ok || u.Op != token.SUB && u.Op != token.XOR && u.Op != token.NOT {
				continue
			}
			if _, lit := ast.Unparen(u.X).(*ast.BasicLit); lit {
				continue
			}
			list[i] = &ast.ParenExpr{Lparen: u.Pos(), X: u, Rparen: u.End()}
		}
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			paren(n.Results)
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN {
				paren(n.Rhs)
			}
		}
		return true
	})
}
