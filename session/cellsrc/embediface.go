package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi marks a struct's embedded field embedded for reflect only when it
// is the struct's one field, and reflect.StructOf cannot embed an
// interface with methods: `type reverse struct{ sort.Interface }` (Effective
// Go's sort.Reverse) or `type wrapped struct{ error }` panicked the first
// time a value went to library code as an interface, and fmt printed the
// panic as the value, %!v(PANIC=Error method: ...), without an error. An
// interface a cell declares is a struct to reflect, so only the library's
// (and error) are refused.

// checkEmbeddedLibraryInterfaces refuses a struct type whose one field is
// an embedded interface with methods that is not a cell's own.
func checkEmbeddedLibraryInterfaces(f *File, opts Options) *cellio.Error {
	var err *cellio.Error
	ast.Inspect(f.AST, func(n ast.Node) bool {
		ts, ok := n.(*ast.TypeSpec)
		if !ok || err != nil {
			return err == nil
		}
		st, ok := ts.Type.(*ast.StructType)
		if !ok || st.Fields == nil || len(st.Fields.List) != 1 || len(st.Fields.List[0].Names) != 0 {
			return true
		}
		field := st.Fields.List[0].Type
		if !libraryInterface(f, opts, field) {
			return true
		}
		name := types.ExprString(field)
		err = f.compileError(field, "the struct type %s has one field, an embedded %s, which gogil cannot run: its interpreter builds the type with reflect, which cannot embed a library interface's methods (a value handed to library code panics, and fmt prints the panic as the value); name the field (x %s) and write the methods that forward to it",
			ts.Name.Name, name, name)
		return false
	})
	return err
}

// libraryInterface reports whether the embedded type e is error or an
// interface with methods from a package.
func libraryInterface(f *File, opts Options, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		if e.Name != "error" {
			return false
		}
	case *ast.SelectorExpr:
		if _, ok := e.X.(*ast.Ident); !ok {
			return false
		}
	default:
		return false
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		// Unchecked, only the universe's error is certain.
		id, ok := e.(*ast.Ident)
		return ok && id.Name == "error"
	}
	tv, ok := t.Info.Types[e]
	if !ok || tv.Type == nil {
		return false
	}
	named, ok := tv.Type.(*types.Named)
	if !ok {
		return false
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	pkg := named.Obj().Pkg()
	return pkg == nil || pkg.Path() != "main"
}
