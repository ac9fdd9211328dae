package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 hands a value of a cell type to the variadic interface
// parameter of a library function as it is, without the wrapper that
// carries its methods: io.MultiWriter(&buf, upper{os.Stdout}) panicked with
// "reflect: cannot use struct {...} as type io.Writer in Call". It wraps
// the value right where it converts it to the interface inside interpreted
// code, so lowerVariadicInterfaces passes each such argument through an
// interpreted identity function of the parameter's type:
//
//	io.MultiWriter(&buf, upper{os.Stdout})
//	→ io.MultiWriter(&buf, func(v io.Writer) io.Writer { return v }(upper{os.Stdout}))
//
// Only arguments whose static type is a cell type (or a pointer to one),
// for a library function's variadic parameter of a non-empty interface.
func lowerVariadicInterfaces(f *File, opts Options) *cellio.Error {
	if !(opts.CellTypes || declaresType(f.AST)) || !callsLibraryWithArgs(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis != token.NoPos || l.err != nil {
			return true
		}
		elem := l.libraryVariadicInterface(call)
		if elem == nil {
			return true
		}
		sig := l.t.Info.Types[call.Fun].Type.Underlying().(*types.Signature)
		for i := sig.Params().Len() - 1; i < len(call.Args); i++ {
			if !l.cellTyped(call.Args[i]) {
				continue
			}
			call.Args[i] = l.identityCall(call.Args[i], elem)
		}
		return true
	})
	return l.err
}

// callsLibraryWithArgs is the cheap syntactic test: a call pkg.F(x, ...).
func callsLibraryWithArgs(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) > 0 {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				_, isName := sel.X.(*ast.Ident)
				found = found || isName
			}
		}
		return !found
	})
	return found
}

// libraryVariadicInterface is the element type of call's variadic
// parameter when call's function is a library's and that type a non-empty
// interface.
func (l *typedLowering) libraryVariadicInterface(call *ast.CallExpr) types.Type {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	fn, ok := l.t.Info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || cellPackage(l.t, fn.Pkg()) {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || !sig.Variadic() || sig.TypeParams().Len() > 0 {
		return nil
	}
	elem := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
	it, ok := elem.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil
	}
	return elem
}

// cellTyped: x's static type is a type of the cells or a pointer to one.
func (l *typedLowering) cellTyped(x ast.Expr) bool {
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil {
		return false
	}
	named := namedOf(tv.Type)
	return named != nil && named.Obj().Pkg() != nil && cellPackage(l.t, named.Obj().Pkg())
}

// identityCall is func(v T) T { return v }(x).
func (l *typedLowering) identityCall(x ast.Expr, t types.Type) ast.Expr {
	pos := x.Pos()
	v := &ast.Ident{NamePos: pos, Name: "__gogil_v"}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{v}, Type: l.typeExpr(x, t)}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(x, t)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.Ident{NamePos: pos, Name: v.Name}}}}, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
}

// declaresType: the part declares a type of its own.
func declaresType(file *ast.File) bool {
	for _, d := range file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			return true
		}
	}
	return false
}
