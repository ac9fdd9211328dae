package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 cannot call a method that a struct promotes from an
// interface it embeds: with `type Service struct{ Logger }`, svc.Log(s)
// panics with "invalid interface value", where svc.Logger.Log(s) runs (and
// a Service assigned to a Logger works). lowerPromotedInterfaceMethods
// writes the embedded fields out, x.M becoming x.Logger.M, for each
// selection go/types resolved through an embedded field of interface
// type. Only a part of a session whose cells declared types is checked.
func lowerPromotedInterfaceMethods(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) {
		return nil
	}
	if !hasSelector(f.AST) {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil || t.Info.Selections == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		s := t.Info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || len(s.Index()) < 2 {
			return true
		}
		path := embeddedPath(s.Recv(), s.Index()[:len(s.Index())-1])
		through := -1
		for i, field := range path {
			if types.IsInterface(field.Type()) {
				through = i
				break
			}
		}
		if through < 0 {
			return true
		}
		x := sel.X
		for _, field := range path[:through+1] {
			x = &ast.SelectorExpr{X: x, Sel: &ast.Ident{NamePos: sel.Sel.NamePos, Name: field.Name()}}
		}
		sel.X = x
		return true
	})
	return nil
}

// embeddedPath is the fields a selection's index path goes through from
// recv, pointers followed.
func embeddedPath(recv types.Type, index []int) []*types.Var {
	var path []*types.Var
	t := recv
	for _, i := range index {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		field := st.Field(i)
		path = append(path, field)
		t = field.Type()
	}
	return path
}

func declaresTypes(file *ast.File) bool {
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			return true
		}
	}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if gd, ok := n.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			found = true
		}
		return !found
	})
	return found
}

// hasSelector: a method call needs one.
func hasSelector(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if _, ok := n.(*ast.SelectorExpr); ok {
			found = true
		}
		return !found
	})
	return found
}
