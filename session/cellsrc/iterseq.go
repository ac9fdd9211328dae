package cellsrc

import (
	"go/ast"
	"go/token"
)

// The interpreter has no generic types of native packages: package iter
// is registered empty, and each iter.Seq[V] or iter.Seq2[K, V] the cell
// names is written as the function type it is defined as,
// func(func(V) bool) or func(func(K, V) bool). Values keep their
// behaviour; only %T prints the function type instead of iter.Seq[V].

// rewriteIterSeq rewrites the iterator types named through the package
// name iter; global says whether a name is a variable of an earlier cell
// (nil: none is), which, like a name the part declares, hides the package.
func rewriteIterSeq(file *ast.File, global func(string) bool) {
	if !mentionsIter(file) || global != nil && global("iter") {
		return
	}
	replaceExprs(file, func(x ast.Expr) ast.Expr {
		var sel ast.Expr
		var args []ast.Expr
		switch x := x.(type) {
		case *ast.IndexExpr:
			sel, args = x.X, []ast.Expr{x.Index}
		case *ast.IndexListExpr:
			sel, args = x.X, x.Indices
		default:
			return x
		}
		s, ok := sel.(*ast.SelectorExpr)
		if !ok {
			return x
		}
		pkg, ok := s.X.(*ast.Ident)
		if !ok || pkg.Name != "iter" || pkg.Obj != nil {
			return x
		}
		if s.Sel.Name == "Seq" && len(args) == 1 || s.Sel.Name == "Seq2" && len(args) == 2 {
			return yieldFuncType(x.Pos(), args)
		}
		return x
	})
}

// mentionsIter is the cheap test: the part names iter.Seq or iter.Seq2.
func mentionsIter(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := s.X.(*ast.Ident); ok && id.Name == "iter" && (s.Sel.Name == "Seq" || s.Sel.Name == "Seq2") {
				found = true
			}
		}
		return !found
	})
	return found
}

// yieldFuncType is func(func(args...) bool).
func yieldFuncType(pos token.Pos, args []ast.Expr) ast.Expr {
	params := &ast.FieldList{}
	for _, a := range args {
		params.List = append(params.List, &ast.Field{Type: a})
	}
	yield := &ast.FuncType{Func: pos, Params: params, Results: &ast.FieldList{List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: "bool"}}}}}
	return &ast.FuncType{Func: pos, Params: &ast.FieldList{List: []*ast.Field{{Type: yield}}}}
}
