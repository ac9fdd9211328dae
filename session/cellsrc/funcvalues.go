package cellsrc

import (
	"go/ast"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 runs a cell's generic function used as a value, not
// called, wrongly: `var f func([]int) int = First[int]` makes f return
// 0, silently, and `f := First[int]` fails with "constant definition
// loop". A call of the same instance is right, so each such use becomes
// a function literal of the instance's signature that calls it:
//
//	First[int]  →  func(p0 []int) int { return First[int](p0) }
//
// The instance is the one go/types inferred (a bare First assigned to a
// func variable included), with its type arguments written out. A use
// whose types the cell cannot name is refused with an error that says
// what to write instead, never left to run wrongly.

// planFuncValues adds to instances the function literal for each use of
// a generic function of the cells as a value; instances are the complete
// instantiations planInstances wrote for the uses that lacked them.
func (l *typedLowering) planFuncValues(instances map[ast.Expr]ast.Expr) {
	info := l.info()
	if info == nil || len(info.Instances) == 0 {
		return
	}
	called := map[ast.Expr]bool{}
	inIndex := map[*ast.Ident]bool{}
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			called[ast.Unparen(n.Fun)] = true
		case *ast.IndexExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				inIndex[id] = true
			}
		case *ast.IndexListExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				inIndex[id] = true
			}
		}
		return true
	})
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		if l.err != nil {
			return false
		}
		var id *ast.Ident
		switch n := n.(type) {
		case *ast.IndexExpr:
			id, _ = ast.Unparen(n.X).(*ast.Ident)
		case *ast.IndexListExpr:
			id, _ = ast.Unparen(n.X).(*ast.Ident)
		case *ast.Ident:
			if !inIndex[n] {
				id = n
			}
		}
		x, _ := n.(ast.Expr)
		if id == nil || called[x] {
			return true
		}
		fn, ok := info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || !cellPackage(l.t, fn.Pkg()) {
			return true
		}
		if _, ok := info.Instances[id]; !ok {
			return true
		}
		sig, ok := info.TypeOf(x).(*types.Signature)
		if !ok || sig.Recv() != nil {
			return true
		}
		inner := x
		if inst, ok := instances[x]; ok {
			inner = inst
		}
		lit, why := l.instanceLiteral(id, inner, sig)
		if lit == nil {
			l.fail(x, "the generic function %s used as a value, not called, is not supported by gogil here (%s): its interpreter would run it wrongly; write a function literal that calls it, func(...) { return %s[...](...) }", id.Name, why, id.Name)
			return false
		}
		instances[x] = lit
		return false
	})
}

// instanceLiteral is func(p0 A0, ...) (R...) { return inner(p0, ...) }
// for sig, the signature of the instance inner names; nil and why when a
// type cannot be written.
func (l *typedLowering) instanceLiteral(at *ast.Ident, inner ast.Expr, sig *types.Signature) (*ast.FuncLit, string) {
	pos := at.Pos()
	if _, complete := inner.(*ast.Ident); complete {
		return nil, "its type arguments cannot be written here"
	}
	typeOf := func(t types.Type) (ast.Expr, string) {
		if mentionsLocalType(t, map[types.Type]bool{}) {
			return nil, "a type of its instance is local to a function or a type parameter"
		}
		x, err := l.writeType(at, t)
		return x, err
	}
	ft := &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}}
	call := &ast.CallExpr{Fun: inner, Lparen: pos, Rparen: pos}
	params := sig.Params()
	for i := range params.Len() {
		t := params.At(i).Type()
		variadic := sig.Variadic() && i == params.Len()-1
		if variadic {
			t = t.(*types.Slice).Elem()
		}
		tx, why := typeOf(t)
		if tx == nil {
			return nil, why
		}
		if variadic {
			tx = &ast.Ellipsis{Ellipsis: pos, Elt: tx}
			call.Ellipsis = pos
		}
		name := "__gogil_p" + strconv.Itoa(i)
		ft.Params.List = append(ft.Params.List, &ast.Field{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: tx})
		call.Args = append(call.Args, &ast.Ident{NamePos: pos, Name: name})
	}
	results := sig.Results()
	if results.Len() > 0 {
		ft.Results = &ast.FieldList{Opening: pos, Closing: pos}
		for i := range results.Len() {
			tx, why := typeOf(results.At(i).Type())
			if tx == nil {
				return nil, why
			}
			ft.Results.List = append(ft.Results.List, &ast.Field{Type: tx})
		}
	}
	var body ast.Stmt = &ast.ExprStmt{X: call}
	if results.Len() > 0 {
		body = &ast.ReturnStmt{Return: pos, Results: []ast.Expr{call}}
	}
	return &ast.FuncLit{Type: ft, Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{body}, Rbrace: pos}}, ""
}
