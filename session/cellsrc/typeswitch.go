package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 matches no case of an interface type in a type switch
// that binds no variable (`switch v.(type) { case Shape: }` falls to the
// default for a value whose type implements Shape), where the same switch
// with `x := v.(type)` matches. RewriteTypeSwitchBinding gives every such
// switch a hidden variable, used in each clause so that it is never
// unused. At the top level of a cell's statements (main, if not nil),
// yaegi fails to compile a type switch with a variable ("index out of
// range"), so a top-level statement holding a type switch is first moved
// into a function literal called at once, as for a nested multi-value :=
// (toplevel.go), unless a defer (which would run at the literal's end) or
// a goto keeps it in place.
func RewriteTypeSwitchBinding(file *ast.File, main *ast.FuncDecl) {
	if main != nil && main.Body != nil {
		wrapTopLevelTypeSwitches(main.Body)
	}
	n := 0
	inFunc := 0
	var visit func(node ast.Node) bool
	visit = func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncDecl:
			if node != main && node.Body != nil {
				inFunc++
				ast.Inspect(node.Body, visit)
				inFunc--
			} else if node.Body != nil {
				ast.Inspect(node.Body, visit)
			}
			return false
		case *ast.FuncLit:
			inFunc++
			ast.Inspect(node.Body, visit)
			inFunc--
			return false
		}
		if inFunc == 0 {
			return true
		}
		ts, ok := node.(*ast.TypeSwitchStmt)
		if !ok {
			return true
		}
		es, ok := ts.Assign.(*ast.ExprStmt)
		if !ok {
			return true
		}
		n++
		pos := es.Pos()
		name := fmt.Sprintf("__gogil_switch%d", n)
		ts.Assign = &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{es.X}}
		for _, c := range ts.Body.List {
			cc := c.(*ast.CaseClause)
			use := &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: cc.Colon, Name: "_"}}, TokPos: cc.Colon, Tok: token.ASSIGN, Rhs: []ast.Expr{&ast.Ident{NamePos: cc.Colon, Name: name}}}
			cc.Body = append([]ast.Stmt{use}, cc.Body...)
		}
		return true
	}
	ast.Inspect(file, visit)
}

func wrapTopLevelTypeSwitches(body *ast.BlockStmt) {
	gotos := gotoLabels(body)
	for i, st := range body.List {
		if _, ok := st.(*ast.AssignStmt); ok {
			continue
		}
		hasSwitch, hasDefer := false, false
		ast.Inspect(st, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.TypeSwitchStmt:
				hasSwitch = true
			case *ast.DeferStmt:
				hasDefer = true
			}
			return true
		})
		if hasSwitch && !hasDefer {
			if wrapped, ok := inLiteralGotos(st, gotos); ok {
				body.List[i] = wrapped
			}
		}
	}
}
