package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// A value of a cell type reaches native code without its methods, so
// log/slog never sees the LogValue method of a cell type handed to it as
// an any ("user", u): it logged the struct's fields. A conversion to
// slog.LogValuer, which the interpreter makes with a wrapper of the
// method, keeps it: lowerSlogValues hands each
// argument of a log/slog function or method whose parameter is an any and
// whose static type is a cell type with a LogValue method through
// func(v slog.LogValuer) slog.LogValuer { return v }(arg) (a conversion
// written in place stays the bare value). A value whose static type is an
// interface is left as it is.

func lowerSlogValues(f *File, opts Options) *cellio.Error {
	if !mentionsName(f.AST, "slog") {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		var fn *types.Func
		switch x := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			fn, _ = l.t.Info.Uses[x.Sel].(*types.Func)

		case *ast.Ident:
			fn, _ = l.t.Info.Uses[x].(*types.Func)
		}
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" {
			return true
		}
		valuer, ok := fn.Pkg().Scope().Lookup("LogValuer").(*types.TypeName)
		if !ok {
			return true
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok {
			return true
		}
		params := sig.Params()
		for i, arg := range call.Args {
			var pt types.Type
			switch {
			case i < params.Len()-1 || !sig.Variadic() && i < params.Len():
				pt = params.At(i).Type()
			case sig.Variadic():
				pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
			}
			if pt == nil || !types.IsInterface(pt) || pt.Underlying().(*types.Interface).NumMethods() > 0 {
				continue
			}
			tv, ok := l.t.Info.Types[arg]
			if !ok || tv.Type == nil || types.IsInterface(tv.Type) {
				continue
			}
			named, ok := types.Unalias(tv.Type).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) {
				continue
			}
			if !types.Implements(tv.Type, valuer.Type().Underlying().(*types.Interface)) {
				continue
			}
			in, ok := l.nameType(arg, valuer.Type())
			if !ok {
				continue
			}
			out, _ := l.nameType(arg, valuer.Type())
			// A conversion written as the argument stays the bare value
			// in the interpreter; a function's result is the wrapper.
			pos := arg.Pos()
			v := &ast.Ident{NamePos: pos, Name: "__gogil_valuer"}
			lit := &ast.FuncLit{
				Type: &ast.FuncType{Func: pos,
					Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v}, Type: in}}},
					Results: &ast.FieldList{List: []*ast.Field{{Type: out}}}},
				Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{ast.NewIdent(v.Name)}}}},
			}
			call.Args[i] = &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{arg}, Rparen: arg.End()}
		}
		return true
	})
	return l.err
}

// mentionsName: the part has an identifier of that name (a package's,
// say), the cheap test before type-checking.
func mentionsName(file *ast.File, name string) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}
