package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 checks a type argument against only the first term of a
// union written in a type parameter list: with [T Integer | Float], a
// float type argument panics the compiler ("CFG post-order panic"), where
// the same union inside an interface, [T interface{ Integer | Float }],
// which Go defines to be the same constraint, is checked whole.
// wrapUnionConstraints writes each such union that way, in the type
// parameters of functions, methods' types and type declarations.
func wrapUnionConstraints(file *ast.File) {
	wrap := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, field := range fl.List {
			if u, ok := field.Type.(*ast.BinaryExpr); ok && u.Op == token.OR {
				field.Type = &ast.InterfaceType{
					Interface: u.Pos(),
					Methods:   &ast.FieldList{Opening: u.Pos(), List: []*ast.Field{{Type: u}}, Closing: u.End()},
				}
			}
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			wrap(n.Type.TypeParams)
		case *ast.TypeSpec:
			wrap(n.TypeParams)
		}
		return true
	})
}
