package cellsrc

import "go/ast"

// nameUnnamedParams names each unnamed parameter of a function or method
// declaration and of a function literal `_`: `func(int, string) string`
// becomes `func(_ int, _ string) string`. The interpreter gives an unnamed
// parameter no slot in the function's frame, yet counts it when it lays
// out the body's locals, so a local is written into the slot of another
// when the function is called through a value of its type (a func-typed
// variable, a method of a func type, an interface) and reflect.Set panics
// (value of type int is not assignable to type string). A blank name gets
// its slot; Go's meaning is the same. Types (`type F func(int) int`,
// interface methods) are left alone: they have no frame.
func nameUnnamedParams(file *ast.File) {
	ast.Inspect(file, func(n ast.Node) bool {
		var ft *ast.FuncType
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft = n.Type
		case *ast.FuncLit:
			ft = n.Type
		default:
			return true
		}
		if ft.Params == nil {
			return true
		}
		for _, field := range ft.Params.List {
			if len(field.Names) == 0 {
				field.Names = []*ast.Ident{{NamePos: field.Type.Pos(), Name: "_"}}
			}
		}
		return true
	})
}
