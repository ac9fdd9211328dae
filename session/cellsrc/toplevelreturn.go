package cellsrc

import (
	"go/ast"
)

// ReturnHelper is the runner's helper a return among a cell's statements
// becomes.
const ReturnHelper = "Return"

// A tutorial's main often returns early (`if err != nil { fmt.Println(err);
// return }`), and a notebook user pastes main's body as a cell. A return
// among the statements ends the cell as it ends main: nothing after it
// runs, the cell's deferred calls do. RewriteTopLevelReturns turns each
// bare return of body, the statements' wrapper, outside function literals,
// into a call of the runner's Return, which panics with a value the runner
// takes for the end of the cell. A panic rather than a branch: the passes
// after this one move top-level statements into function literals, where
// a return would only leave the literal. (Parse refuses a return with
// values.)
func RewriteTopLevelReturns(body *ast.BlockStmt) {
	replaceStmts(body, false, func(st ast.Stmt) ast.Stmt {
		ret, ok := st.(*ast.ReturnStmt)
		if !ok || len(ret.Results) > 0 {
			return nil
		}
		pos := ret.Return
		return &ast.ExprStmt{X: &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: pos, Name: ReturnHelper}},
			Lparen: pos, Rparen: pos,
		}}
	})
}
