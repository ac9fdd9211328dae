package cellsrc

import (
	"go/ast"
	"strconv"
)

// yaegi v0.16.1 builds a cell's struct type with reflect.StructOf under
// the field names it exports (x becomes Xx), and StructOf refuses two
// fields of one name: a struct of two blank fields, which padding and
// layout-fixing types have (struct{ _ int; Name string; _ [2]byte }),
// failed to compile with "duplicate field X_". Go lets no code name a
// blank field, so RenameBlankFields gives every blank field of a struct
// a name of its own, BlankFieldMark and its rank; cellfmt prints such a
// name as _, the name the cell wrote. The first is renamed too, so that
// the runner tells a blank field from one the cell named X_ (binary's
// Read skips the blank ones: session/binaryblank.go). Each struct type is
// renamed alike, so that two identical ones stay identical.
func RenameBlankFields(file *ast.File) {
	ast.Inspect(file, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		blanks := 0
		for _, field := range st.Fields.List {
			for _, name := range field.Names {
				if name.Name != "_" {
					continue
				}
				blanks++
				name.Name = BlankFieldMark + strconv.Itoa(blanks)
			}
		}
		return true
	})
}

// BlankFieldMark begins the name RenameBlankFields gives a blank field
// (cellfmt prints it as _).
const BlankFieldMark = "_gogilBlank"
