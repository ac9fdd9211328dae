package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// blankPrefix names the package-level variables a declaration of the
// blank identifier becomes.
const blankPrefix = "__gogil_blank"

// renameBlankVars gives each blank name of a package-level var
// declaration (`var _ fmt.Stringer = (*T)(nil)`, `var _ = f()`) a hidden
// name of its own. The interpreter
// makes `_` of such a declaration a global variable of the declared type,
// and a later `_ = value` of another type at the top level of a cell then
// writes into it and panics (reflect.Set: value of type []int is not
// assignable to type fmt.Stringer). The names are unique in the session:
// the cell's spawner number, the part's line and a count.
func renameBlankVars(f *File, spawner int) {
	n := 0
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			for _, name := range spec.(*ast.ValueSpec).Names {
				if name.Name == "_" {
					n++
					name.Name = blankPrefix + strconv.Itoa(spawner) + "_" + strconv.Itoa(f.Part.Line) + "_" + strconv.Itoa(n)
				}
			}
		}
	}
}
