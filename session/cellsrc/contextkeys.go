package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// A context key of a type a cell declares reaches package context as the
// value its type is made of: yaegi's reflect type of `type key int` is
// int, of `type ctxKey struct{}` struct{}. Go's keys of two types never
// match; the interpreter's would, so ctx.Value(0) found the value stored
// under key(0), and two cell key types of one underlying type shared
// their values, silently. The key argument of context.WithValue and of a
// Context's Value method whose static type is a cell type goes to the
// runner as __gogil.ContextKey(name, k): a native struct of the type's
// name and the value, which matches only a key of the same cell type.
// A key whose static type is an interface goes to ContextKeyOf, which
// looks at the value.

// ContextKeyHelper is the runner's helper of this file.
const ContextKeyHelper = "ContextKey"

// ContextKeyOfHelper is ContextKey for a key whose static type is an
// interface (a helper's `k any`): the runner makes the key ContextKey
// would have made when k holds a value of a cell type, and gives any
// other value back (a key stored through `k any` and read back with its
// cell type, or the other way round, found nothing).
const ContextKeyOfHelper = "ContextKeyOf"

// mentionsContextValue is the syntactic test: .WithValue( or .Value( with
// the arguments a context's take.
func mentionsContextValue(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				found = found || sel.Sel.Name == "WithValue" && len(call.Args) == 3 || sel.Sel.Name == "Value" && len(call.Args) == 1
			}
		}
		return !found
	})
	return found
}

// lowerContextKeys wraps the context keys of cell types.
func lowerContextKeys(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) || !mentionsContextValue(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	keys := map[ast.Expr]string{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		obj, ok := l.t.Info.Uses[sel.Sel].(*types.Func)
		if !ok {
			return true
		}
		var key ast.Expr
		switch {
		case obj.Name() == "WithValue" && len(call.Args) == 3 && obj.Pkg() != nil && obj.Pkg().Path() == "context":
			key = call.Args[1]
		case obj.Name() == "Value" && len(call.Args) == 1 && l.isContext(sel.X):
			key = call.Args[0]
		default:
			return true
		}
		if name := l.cellKeyName(key); name != "" {
			keys[key] = name
		} else if tv, ok := l.t.Info.Types[key]; ok && tv.Type != nil && types.IsInterface(tv.Type) && !isNilIdent(ast.Unparen(key)) {
			keys[key] = "" // decided by the value (ContextKeyOfHelper)
		}
		return true
	})
	if len(keys) == 0 {
		return l.err
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		name, ok := keys[x]
		if !ok {
			return x
		}
		pos := x.Pos()
		if name == "" {
			return helperCall(pos, ContextKeyOfHelper, x)
		}
		return &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: pos, Name: ContextKeyHelper}},
			Lparen: pos,
			Args:   []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)}, x},
			Rparen: x.End(),
		}
	})
	return l.err
}

// cellKeyName names the cell type of key's static type, one declared in a
// function with its position too (two functions may declare a key type
// each under one name); "" when key is not of a cell type.
func (l *typedLowering) cellKeyName(key ast.Expr) string {
	tv, ok := l.t.Info.Types[key]
	if !ok || tv.Type == nil {
		return ""
	}
	named, ok := types.Unalias(tv.Type).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) || types.IsInterface(named) {
		return ""
	}
	obj := named.Obj()
	if obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope() {
		return obj.Name() + "@" + strconv.Itoa(int(obj.Pos()))
	}
	return obj.Name()
}

// isContext: x's static type is context.Context, a library type (the
// checker gives the interface's methods no package).
func (l *typedLowering) isContext(x ast.Expr) bool {
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil {
		return false
	}
	named, ok := types.Unalias(tv.Type).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context"
}
