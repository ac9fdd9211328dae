package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 wires the last statement of a select clause to the end of
// the select, over the target its own control-flow pass gave a branch:
// a `break L`, `continue` or `goto` that ends a clause only leaves the
// select, so `default: break loop` spins forever and `case <-c: continue`
// runs the rest of the loop body. A branch inside a block keeps its
// target (the block is what gets rewired), so RewriteSelectBranches puts
// each such branch in a block of its own. A plain `break` leaves the
// select in Go too and stays as it is.
func RewriteSelectBranches(file *ast.File) {
	ast.Inspect(file, func(n ast.Node) bool {
		cc, ok := n.(*ast.CommClause)
		if !ok || len(cc.Body) == 0 {
			return true
		}
		last := len(cc.Body) - 1
		br, ok := cc.Body[last].(*ast.BranchStmt)
		if !ok || (br.Tok == token.BREAK && br.Label == nil) || br.Tok == token.FALLTHROUGH {
			return true
		}
		cc.Body[last] = &ast.BlockStmt{Lbrace: br.Pos(), List: []ast.Stmt{br}, Rbrace: br.End()}
		return true
	})
}
