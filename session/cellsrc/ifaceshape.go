package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// Cell types of one shape (`type C float64` and `type F float64`, each
// with a String method) have one reflect type in the interpreter, and a
// value of a cell interface they implement reaches the runner's
// TypedIface as a plain float64: which of them it is, the runner cannot
// tell, and it refused the print. The interpreter's own type switch on
// the interface value tells them apart (its box records the type), so
// where the candidates share a shape, the argument becomes
//
//	func(__gogil_v I) any {
//		__gogil_t := "="
//		switch __gogil_v.(type) {
//		case C:
//			__gogil_t = "=C"
//		...
//		}
//		return __gogil.TypedIface(__gogil_v, __gogil_t, -1, 0, candidates...)
//	}(arg)
//
// which evaluates arg once and hands the runner the type's name in an
// entry of its own ("=C"). Only for an argument free of calls: the
// interpreter crashed (a nil dereference) passing a call's interface
// result to the literal, where the print is refused as before.

type listedType struct {
	label string
	t     types.Type
}

// sharesShape: two of listed have one reflect type in the interpreter.
func sharesShape(listed []listedType) bool {
	var shapes []types.Type
	for _, c := range listed {
		shape, ok := eraseCellNames(c.t.Underlying(), map[*types.Named]bool{})
		if p, isPtr := c.t.(*types.Pointer); isPtr {
			shape, ok = eraseCellNames(types.NewPointer(p.Elem().Underlying()), map[*types.Named]bool{})
		}
		if !ok {
			continue
		}
		for _, s := range shapes {
			if types.Identical(s, shape) {
				return true
			}
		}
		shapes = append(shapes, shape)
	}
	return false
}

// switchedIfaceArg writes call, a TypedIface of an argument of the cell
// interface static, as the function literal above; nil where the call
// cannot name static.
func (l *typedLowering) switchedIfaceArg(call *ast.CallExpr, static types.Type, listed []listedType) ast.Expr {
	iface, ok := l.nameType(call.Args[0], static)
	if !ok {
		return nil
	}
	arg := call.Args[0]
	pos := arg.Pos()
	v := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_v"} }
	t := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_t"} }
	str := func(s string) *ast.BasicLit {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(s)}
	}
	var clauses []ast.Stmt
	for _, c := range listed {
		var typ ast.Expr = &ast.Ident{NamePos: pos, Name: c.label}
		if rest, star := cutStar(c.label); star {
			typ = &ast.StarExpr{Star: pos, X: &ast.Ident{NamePos: pos, Name: rest}}
		}
		clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{typ}, Body: []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{t()}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{str("=" + c.label)}},
		}})
	}
	inner := &ast.CallExpr{Fun: call.Fun, Lparen: pos, Rparen: pos,
		Args: append([]ast.Expr{v(), t(), intAt(pos, -1), intAt(pos, 0)}, call.Args[1:]...)}
	body := &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{t()}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{str("=")}},
		&ast.TypeSwitchStmt{Switch: pos, Assign: &ast.ExprStmt{X: &ast.TypeAssertExpr{X: v(), Lparen: pos, Rparen: pos}},
			Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: clauses}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{inner}},
	}}
	fn := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Names: []*ast.Ident{v()}, Type: iface}}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: "any"}}}}},
		Body: body,
	}
	return &ast.CallExpr{Fun: fn, Lparen: pos, Args: []ast.Expr{arg}, Rparen: pos}
}

func cutStar(label string) (string, bool) {
	if len(label) > 0 && label[0] == '*' {
		return label[1:], true
	}
	return label, false
}
