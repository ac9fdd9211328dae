package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 cannot compile a type assertion to an instance of a
// generic type, x.(*entry[K, V]), as an operand: inside a generic
// function `e := x.(*entry[V])`, `return x.(entry[V]).val` and the
// comma-ok `e, ok := x.(*entry[V])` panic its compiler, and elsewhere
// they fail with "type not found: entry[int]". The same assertion
// assigned with = to a variable declared of that type compiles
// everywhere (and a type switch does too), so each other such assertion
// becomes a call of a function literal that does just that:
//
//	x.(*entry[V])        →  func() *entry[V] { var __gogil_v *entry[V]; __gogil_v = x.(*entry[V]); return __gogil_v }()
//	e, ok := x.(entry[V]) →  e, ok := func() (entry[V], bool) { ...; __gogil_v, __gogil_ok = x.(entry[V]); return __gogil_v, __gogil_ok }()
//
// x is evaluated once, inside the literal, and a failed assertion panics
// with the same message.
func rewriteGenericAsserts(file *ast.File) {
	commaOk := map[*ast.TypeAssertExpr]bool{}
	kept := map[*ast.TypeAssertExpr]bool{}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeAssertExpr:
			found = found || n.Type != nil && namesInstance(n.Type)
		case *ast.AssignStmt:
			if len(n.Rhs) != 1 {
				break
			}
			ta, ok := n.Rhs[0].(*ast.TypeAssertExpr)
			if !ok {
				break
			}
			switch {
			case n.Tok == token.ASSIGN:
				kept[ta] = true // the form that compiles
			case len(n.Lhs) == 2:
				commaOk[ta] = true
			}
		case *ast.ValueSpec:
			if len(n.Values) == 1 && len(n.Names) == 2 {
				if ta, ok := n.Values[0].(*ast.TypeAssertExpr); ok {
					commaOk[ta] = true
				}
			}
		}
		return true
	})
	if !found {
		return // the common case, without replaceExprs' walk by reflection
	}
	replaceExprs(file, func(x ast.Expr) ast.Expr {
		ta, ok := x.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || kept[ta] || !namesInstance(ta.Type) {
			return x
		}
		return assertLiteral(ta, commaOk[ta])
	})
}

// namesInstance: the type expression t mentions an instance of a generic
// type (an index expression, which no other type is written with).
func namesInstance(t ast.Expr) bool {
	found := false
	ast.Inspect(t, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			found = true
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// assertLiteral is the call of a function literal that makes the
// assertion ta by an assignment, with its comma-ok result if commaOk.
func assertLiteral(ta *ast.TypeAssertExpr, commaOk bool) ast.Expr {
	pos := ta.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	decl := func(name string, t ast.Expr) ast.Stmt {
		return &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
			&ast.ValueSpec{Names: []*ast.Ident{id(name)}, Type: t},
		}}}
	}
	v, ok := "__gogil_v", "__gogil_ok"
	results := &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: ta.Type}}, Closing: pos}
	body := []ast.Stmt{decl(v, ta.Type)}
	assign := &ast.AssignStmt{Lhs: []ast.Expr{id(v)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{ta}}
	ret := &ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}}
	if commaOk {
		results.List = append(results.List, &ast.Field{Type: id("bool")})
		body = append(body, decl(ok, id("bool")))
		assign.Lhs = append(assign.Lhs, id(ok))
		ret.Results = append(ret.Results, id(ok))
	}
	body = append(body, assign, ret)
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: results},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}
