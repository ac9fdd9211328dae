package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 matches a type switch's `case nil` only against a nil it
// holds as no value at all: a nil interface of a type the cells declare
// (`var n Node`, `depth(nil)` for `func depth(n Node)`), or an any given
// such a nil, is a zero valueInterface to it, which no case matches, so the
// switch runs its default (or no clause) where Go runs the nil clause.
// Comparing the operand with nil is right for all of them.
// RewriteNilTypeCases rewrites each type switch with a case listing nil:
//
//	{
//		init                                 // the switch's own, if any
//		__gogil_nilv1 := operand
//		label: switch {                      // the switch's label, if any
//		case __gogil_nilv1 == nil:
//			x := __gogil_nilv1               // the clause's variable, at the operand's type
//			x = nil
//			_ = x
//			body of the nil clause
//		default:
//			switch x := __gogil_nilv1.(type) { the other clauses }
//		}
//	}
//
// A clause of nil alone leaves the type switch; one that lists other types
// too stays in it, as written (its variable keeps the operand's type), and
// its body is copied into the nil branch (a switch whose such clause
// declares a label is left as it is: the copy would declare it twice). A default left alone is written
// out in the default branch. break leaves the outer switch
// from either branch, as it left the type switch.
func RewriteNilTypeCases(file *ast.File) {
	n := 0
	done := map[*ast.TypeSwitchStmt]bool{}
	// A goto to the switch's label would jump into the block written
	// around it: such a switch is left as it is.
	gotos := map[string]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO && b.Label != nil {
			gotos[b.Label.Name] = true
		}
		return true
	})
	eachList(file, func(list []ast.Stmt) []ast.Stmt {
		for i, st := range list {
			label, _ := st.(*ast.LabeledStmt)
			if label != nil {
				st = label.Stmt
			}
			ts, ok := st.(*ast.TypeSwitchStmt)
			if !ok || done[ts] || label != nil && gotos[label.Label.Name] {
				continue
			}
			done[ts] = true
			if lowered := lowerNilTypeCase(ts, label, n+1); lowered != nil {
				n++
				list[i] = lowered
			}
		}
		return list
	})
}

func lowerNilTypeCase(ts *ast.TypeSwitchStmt, label *ast.LabeledStmt, n int) ast.Stmt {
	var assert *ast.TypeAssertExpr
	var bound *ast.Ident
	switch a := ts.Assign.(type) {
	case *ast.ExprStmt:
		assert, _ = a.X.(*ast.TypeAssertExpr)
	case *ast.AssignStmt:
		if len(a.Lhs) == 1 && len(a.Rhs) == 1 {
			bound, _ = a.Lhs[0].(*ast.Ident)
			assert, _ = a.Rhs[0].(*ast.TypeAssertExpr)
		}
	}
	if assert == nil {
		return nil
	}
	at, mixed := -1, false
	for i, c := range ts.Body.List {
		cc := c.(*ast.CaseClause)
		for _, x := range cc.List {
			if id, ok := ast.Unparen(x).(*ast.Ident); ok && id.Name == "nil" {
				at, mixed = i, len(cc.List) > 1
			}
		}
	}
	if at < 0 {
		return nil
	}
	clause := ts.Body.List[at].(*ast.CaseClause)
	pos := ts.Pos()
	id := func(name string, p token.Pos) *ast.Ident { return &ast.Ident{NamePos: p, Name: name} }
	vName := fmt.Sprintf("__gogil_nilv%d", n)

	body := clause.Body
	if mixed && declaresLabel(clause.Body) {
		return nil // copied, its label would be declared twice
	}
	if mixed {
		body = make([]ast.Stmt, len(clause.Body))
		for i, st := range clause.Body {
			body[i] = deepCopy(st)
		}
	} else {
		ts.Body.List = append(ts.Body.List[:at:at], ts.Body.List[at+1:]...)
	}
	var nilBody []ast.Stmt
	if bound != nil && bound.Name != "_" {
		nilBody = append(nilBody,
			&ast.AssignStmt{Lhs: []ast.Expr{id(bound.Name, clause.Colon)}, TokPos: clause.Colon, Tok: token.DEFINE, Rhs: []ast.Expr{id(vName, clause.Colon)}},
			// A nil again: yaegi's nil of a cell interface handed to an
			// any is a value no native call takes (reflect: call of
			// reflect.Value.Interface on zero Value), fmt.Println(x) too.
			&ast.AssignStmt{Lhs: []ast.Expr{id(bound.Name, clause.Colon)}, TokPos: clause.Colon, Tok: token.ASSIGN, Rhs: []ast.Expr{id("nil", clause.Colon)}},
			&ast.AssignStmt{Lhs: []ast.Expr{id("_", clause.Colon)}, TokPos: clause.Colon, Tok: token.ASSIGN, Rhs: []ast.Expr{id(bound.Name, clause.Colon)}})
		// The variable may be used in the nil clause alone.
		for _, c := range ts.Body.List {
			cc := c.(*ast.CaseClause)
			if len(cc.Body) > 0 && usesName(cc.Body[0], bound.Name) {
				continue
			}
			use := &ast.AssignStmt{Lhs: []ast.Expr{id("_", cc.Colon)}, TokPos: cc.Colon, Tok: token.ASSIGN, Rhs: []ast.Expr{id(bound.Name, cc.Colon)}}
			cc.Body = append([]ast.Stmt{use}, cc.Body...)
		}
	}
	nilBody = append(nilBody, body...)

	operand := assert.X
	assert.X = id(vName, operand.Pos())
	var block []ast.Stmt
	if ts.Init != nil {
		block = append(block, ts.Init)
		ts.Init = nil
	}
	block = append(block, &ast.AssignStmt{Lhs: []ast.Expr{id(vName, pos)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{operand}})
	nilCase := &ast.CaseClause{Case: clause.Case, Colon: clause.Colon, Body: nilBody,
		List: []ast.Expr{&ast.BinaryExpr{X: id(vName, clause.Case), OpPos: clause.Case, Op: token.EQL, Y: id("nil", clause.Case)}}}
	var rest []ast.Stmt
	switch {
	case len(ts.Body.List) == 1 && ts.Body.List[0].(*ast.CaseClause).List == nil:
		// The default alone: its body, the variable bound to the
		// operand (yaegi's type switch of a default alone and a
		// variable gives the variable no value).
		cc := ts.Body.List[0].(*ast.CaseClause)
		if bound != nil && bound.Name != "_" {
			rest = append(rest, &ast.AssignStmt{Lhs: []ast.Expr{id(bound.Name, cc.Colon)}, TokPos: cc.Colon, Tok: token.DEFINE, Rhs: []ast.Expr{id(vName, cc.Colon)}})
		}
		rest = append(rest, cc.Body...)
	case len(ts.Body.List) > 0:
		rest = []ast.Stmt{ts}
	}
	outer := &ast.SwitchStmt{Switch: pos, Body: &ast.BlockStmt{Lbrace: ts.Body.Lbrace, Rbrace: ts.Body.Rbrace,
		List: []ast.Stmt{nilCase, &ast.CaseClause{Case: ts.Body.Rbrace, Colon: ts.Body.Rbrace, Body: rest}}}}
	var st ast.Stmt = outer
	if label != nil {
		label.Stmt = outer
		st = label
	}
	block = append(block, st)
	return &ast.BlockStmt{Lbrace: pos, List: block, Rbrace: ts.End()}
}

// declaresLabel: a statement of body, or in it, is labeled.
func declaresLabel(body []ast.Stmt) bool {
	found := false
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			_, labeled := n.(*ast.LabeledStmt)
			found = found || labeled
			return !found
		})
	}
	return found
}

// usesName: st is `_ = name`.
func usesName(st ast.Stmt, name string) bool {
	a, ok := st.(*ast.AssignStmt)
	if !ok || len(a.Lhs) != 1 || len(a.Rhs) != 1 || !isBlank(a.Lhs[0]) {
		return false
	}
	id, ok := a.Rhs[0].(*ast.Ident)
	return ok && id.Name == name
}
