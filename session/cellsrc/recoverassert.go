package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// The passes that lower type assertions wrap the asserted operand in a
// function literal they call (func() error { x := recover(); ... }()),
// and recover returns nil unless the deferred function calls it itself:
// `if err, ok := recover().(error); ok` answered false, silently, and the
// panic went on. hoistRecoverAsserts gives each recover() asserted in a
// statement's own expressions a variable declared just above the
// statement, __gogil_recoveredN := recover(), whose value the assertion
// reads. recover() then runs before the statement's other expressions,
// which only another recover() or a panic among them could tell.
func hoistRecoverAsserts(file *ast.File) {
	if declaresName(file, "recover") {
		return
	}
	count := 0
	hoist := func(list []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		for _, s := range list {
			for _, x := range statementHead(s) {
				ast.Inspect(x, func(n ast.Node) bool {
					if _, lit := n.(*ast.FuncLit); lit {
						return false
					}
					ta, ok := n.(*ast.TypeAssertExpr)
					if !ok || !recoverCall(ast.Unparen(ta.X)) {
						return true
					}
					count++
					pos := ta.X.Pos()
					name := "__gogil_recovered" + strconv.Itoa(count)
					out = append(out, &ast.AssignStmt{
						Lhs:    []ast.Expr{&ast.Ident{NamePos: pos, Name: name}},
						TokPos: pos, Tok: token.DEFINE,
						Rhs: []ast.Expr{ta.X},
					})
					ta.X = &ast.Ident{NamePos: pos, Name: name}
					return true
				})
			}
			out = append(out, s)
		}
		return out
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			n.List = hoist(n.List)
		case *ast.CaseClause:
			n.Body = hoist(n.Body)
		case *ast.CommClause:
			n.Body = hoist(n.Body)
		}
		return true
	})
}

// statementHead is what s evaluates before any block of its own: the
// expressions a variable declared above s may stand for.
func statementHead(s ast.Stmt) []ast.Node {
	switch s := s.(type) {
	case *ast.AssignStmt:
		return exprNodes(s.Rhs)
	case *ast.ExprStmt:
		return []ast.Node{s.X}
	case *ast.ReturnStmt:
		return exprNodes(s.Results)
	case *ast.DeclStmt:
		return []ast.Node{s.Decl}
	case *ast.IfStmt:
		return append(statementHead(s.Init), s.Cond)
	case *ast.SwitchStmt:
		head := statementHead(s.Init)
		if s.Tag != nil {
			head = append(head, s.Tag)
		}
		return head
	case *ast.TypeSwitchStmt:
		return append(statementHead(s.Init), statementHead(s.Assign)...)
	}
	return nil
}

func exprNodes(xs []ast.Expr) []ast.Node {
	out := make([]ast.Node, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
