package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
)

// RewriteAssertCommaOk completes every `v, ok = x.(T)` and
// `v, ok := x.(T)` in the statement lists under n (function bodies
// included) with `if !ok { v = *new(T) }`: when the assertion fails yaegi
// v0.16.1 leaves v as it was, where Go sets it to T's zero value. A
// variable := declares in a loop body keeps its value from the iteration
// before, so a failed `age, ok := rec["age"].(int)` silently showed the
// last age found. `v, _ := x.(T)` gets a hidden status to test. Only
// when v can be assigned again without effect (pure). An if or switch
// whose init is such an assertion becomes a block of the init and the
// statement, `{ v, ok := x.(T); if !ok {...}; if ok {...} else {...} }`,
// whose v is as scoped (an else branch read the stale v); an else-if's
// is first put in a block of its own.
func RewriteAssertCommaOk(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		if is, ok := n.(*ast.IfStmt); ok {
			if elif, ok := is.Else.(*ast.IfStmt); ok && commaOkAssert(elif.Init) != nil {
				is.Else = &ast.BlockStmt{Lbrace: elif.Pos(), List: []ast.Stmt{elif}, Rbrace: elif.End()}
			}
		}
		return true
	})
	count := 0
	eachList(n, func(list []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		for _, st := range list {
			as := st
			if l, ok := st.(*ast.LabeledStmt); ok {
				as = l.Stmt
			}
			if init := initOf(as); init != nil && commaOkAssert(*init) != nil {
				block := &ast.BlockStmt{Lbrace: as.Pos(), List: []ast.Stmt{*init, as}, Rbrace: as.End()}
				*init = nil
				if l, ok := st.(*ast.LabeledStmt); ok {
					l.Stmt = block
				} else {
					st = block
				}
				out = append(out, st) // eachList edits the block's list next
				continue
			}
			a := commaOkAssert(as)
			if a == nil {
				out = append(out, st)
				continue
			}
			assert := ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr)
			pos := a.Pos()
			if isBlank(a.Lhs[1]) {
				count++
				status := &ast.Ident{NamePos: a.Lhs[1].Pos(), Name: fmt.Sprintf("__gogil_assertok%d", count)}
				if a.Tok == token.ASSIGN {
					out = append(out, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
						&ast.ValueSpec{Names: []*ast.Ident{{NamePos: pos, Name: status.Name}}, Type: &ast.Ident{NamePos: pos, Name: "bool"}},
					}}})
				}
				a.Lhs[1] = status
			}
			status, ok := a.Lhs[1].(*ast.Ident)
			if !ok {
				out = append(out, st)
				continue
			}
			out = append(out, st, &ast.IfStmt{
				If:   pos,
				Cond: &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: &ast.Ident{NamePos: pos, Name: status.Name}},
				Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
					&ast.AssignStmt{Lhs: []ast.Expr{a.Lhs[0]}, TokPos: a.TokPos, Tok: token.ASSIGN, Rhs: []ast.Expr{
						&ast.StarExpr{Star: pos, X: &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "new"}, Lparen: pos, Args: []ast.Expr{assert.Type}, Rparen: pos}},
					}},
				}},
			})
		}
		return out
	})
}

// commaOkAssert is st if it is `v, ok = x.(T)` or `v, ok := x.(T)` with a
// v that can be assigned again without effect, nil otherwise.
func commaOkAssert(st ast.Stmt) *ast.AssignStmt {
	a, ok := st.(*ast.AssignStmt)
	if !ok || len(a.Lhs) != 2 || len(a.Rhs) != 1 || (a.Tok != token.ASSIGN && a.Tok != token.DEFINE) {
		return nil
	}
	assert, ok := ast.Unparen(a.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok || assert.Type == nil || !pure(a.Lhs[0]) || isBlank(a.Lhs[0]) {
		return nil
	}
	return a
}

// initOf is the init statement's field of an if or a switch.
func initOf(st ast.Stmt) *ast.Stmt {
	switch st := st.(type) {
	case *ast.IfStmt:
		return &st.Init
	case *ast.SwitchStmt:
		return &st.Init
	case *ast.TypeSwitchStmt:
		return &st.Init
	}
	return nil
}
