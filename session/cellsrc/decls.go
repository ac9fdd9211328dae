package cellsrc

import (
	"go/ast"
	"go/token"
)

// topTypeSpecs are the type declarations at the top level of file, in
// source order.
func topTypeSpecs(file *ast.File) []*ast.TypeSpec {
	var specs []*ast.TypeSpec
	for _, d := range file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			specs = append(specs, s.(*ast.TypeSpec))
		}
	}
	return specs
}
