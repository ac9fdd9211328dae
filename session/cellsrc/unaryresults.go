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
//
// So is a composite literal assigned with = to a field, an element or a
// pointer's target (m.state = busy{}, the state pattern's step): where
// that place was of an interface type, yaegi panicked in reflect.Set.
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
	// A comparison returned is the same: `return a < b` from a func
	// returning any panicked (reflect: call of reflect.Value.SetBool on
	// interface Value).
	parenCompare := func(list []ast.Expr) {
		for i, x := range list {
			if b, ok := x.(*ast.BinaryExpr); ok {
				switch b.Op {
				case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
					list[i] = &ast.ParenExpr{Lparen: b.Pos(), X: b, Rparen: b.End()}
				}
			}
		}
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			paren(n.Results)
			parenCompare(n.Results)
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN {
				break
			}
			paren(n.Rhs)
			if len(n.Lhs) != len(n.Rhs) {
				break
			}
			for i, x := range n.Rhs {
				if _, lit := x.(*ast.CompositeLit); !lit {
					continue
				}
				if _, ident := ast.Unparen(n.Lhs[i]).(*ast.Ident); !ident {
					n.Rhs[i] = &ast.ParenExpr{Lparen: x.Pos(), X: x, Rparen: x.End()}
				}
			}
		}
		return true
	})
}
