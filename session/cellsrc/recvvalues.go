package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// yaegi stores a received value straight into the variable it is assigned
// to, or the result it is returned as, by replacing that frame slot with
// the value reflect's Recv made, which cannot be set: `v := <-ch` then
// `v++` panicked with "reflect.Value.Set using unaddressable value",
// `return <-ch` panicked in its caller, and `s.f = <-ch; s.f++` left s.f
// as received, silently. A receive in parentheses is an operand of the
// parenthesis, which yaegi gives a slot of its own and then copies.
//
// A select clause cannot take the parentheses, and its `case v = <-ch:`
// assigned nothing, silently; it becomes `case tmp := <-ch: v = tmp`.

// ParenthesizeReceives puts in parentheses every receive that is a value
// assigned, declared or returned under n (not the two-value form, which
// yaegi runs another way, unless it assigns a blank: blankReceive), and
// gives each select clause that receives into existing variables
// variables of its own.
func ParenthesizeReceives(n ast.Node) {
	paren := func(xs []ast.Expr) {
		for i, x := range xs {
			if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				xs[i] = &ast.ParenExpr{Lparen: u.Pos(), X: u, Rparen: u.End()}
			}
		}
	}
	selects := 0
	comms := map[ast.Stmt]bool{} // a select clause's receive takes no parentheses
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CommClause:
			if as, ok := n.Comm.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN {
				selects++
				receiveIntoNew(n, as, selects)
			}
			comms[n.Comm] = true
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) && !comms[n] {
				paren(n.Rhs)
			} else if !comms[n] {
				blankReceive(n)
			}
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				paren(n.Values)
			}
		case *ast.ReturnStmt:
			paren(n.Results)
		}
		return true
	})
}

// blankReceive rewrites the two-value receive `v, _ = <-ch` into `v =
// (<-ch)`, and `_, ok = <-ch` into `ok = func() bool { _, ok := <-ch;
// return ok }()`. yaegi writes both values of an assignment (not a :=) of
// a receive into their variables' slots, and gives a blank none: the
// value went into whatever variable the function's first slot held (an
// int variable declared earlier became the int received, silently; one of
// another type panicked in reflect.Set).
func blankReceive(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return
	}
	u, ok := as.Rhs[0].(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return
	}
	pos := u.Pos()
	switch {
	case isBlank(as.Lhs[1]):
		as.Lhs = as.Lhs[:1]
		as.Rhs[0] = &ast.ParenExpr{Lparen: pos, X: u, Rparen: u.End()}
	case isBlank(as.Lhs[0]):
		status := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_ok"} }
		body := []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: "_"}, status()}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{u}},
			&ast.ReturnStmt{Return: pos, Results: []ast.Expr{status()}},
		}
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
				Results: &ast.FieldList{List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: "bool"}}}}},
			Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
		}
		as.Lhs = as.Lhs[1:]
		as.Rhs[0] = &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
	}
}

// receiveIntoNew rewrites `case a, b = <-ch:` into `case t1, t2 := <-ch:
// a, b = t1, t2`.
func receiveIntoNew(cc *ast.CommClause, as *ast.AssignStmt, n int) {
	pos := as.Pos()
	var fresh []ast.Expr
	for i, l := range as.Lhs {
		if isBlank(l) {
			fresh = append(fresh, &ast.Ident{NamePos: pos, Name: "_"})
			continue
		}
		fresh = append(fresh, &ast.Ident{NamePos: pos, Name: "__gogil_recv" + strconv.Itoa(n) + "_" + strconv.Itoa(i)})
	}
	var lhs, rhs []ast.Expr
	for i, l := range as.Lhs {
		if !isBlank(l) {
			lhs = append(lhs, l)
			rhs = append(rhs, &ast.Ident{NamePos: pos, Name: fresh[i].(*ast.Ident).Name})
		}
	}
	cc.Comm = &ast.AssignStmt{Lhs: fresh, TokPos: as.TokPos, Tok: token.DEFINE, Rhs: as.Rhs}
	if len(lhs) > 0 {
		cc.Body = append([]ast.Stmt{&ast.AssignStmt{Lhs: lhs, TokPos: pos, Tok: token.ASSIGN, Rhs: rhs}}, cc.Body...)
	}
}
