package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi folds a constant expression of a sized type at run time and wraps
// it: int8(-129) gives 127, uint8(200)+100 gives 44, and `const c uint8 =
// 255` then c+1 gives 0, where Go refuses to compile each ("overflows").
// checkConstantOverflow asks go/types about the parts where such an
// expression can be: a conversion to a sized numeric type, or a constant
// declared with one. A typed constant of an earlier cell used in
// arithmetic alone is not looked for (every `i + 1` would be type-checked
// for it).
func checkConstantOverflow(f *File, opts Options) *cellio.Error {
	if !mayOverflowConstant(f.AST) {
		return nil
	}
	t := f.types(opts)
	if t == nil {
		return nil
	}
	for _, err := range t.Errors {
		te, ok := err.(types.Error)
		if !ok || te.Soft || !strings.Contains(te.Msg, "overflows") {
			continue
		}
		return f.compileError(posNode(te.Pos), "%s", te.Msg)
	}
	return nil
}

// posNode is a node at pos, for compileError.
type posNode token.Pos

func (p posNode) Pos() token.Pos { return token.Pos(p) }
func (p posNode) End() token.Pos { return token.Pos(p) }

// sizedNumeric are the predeclared numeric types a constant can overflow
// at run time in the interpreter (int and float64 it checks itself).
var sizedNumeric = map[string]bool{
	"int8": true, "int16": true, "int32": true, "int64": true, "rune": true,
	"uint8": true, "byte": true, "uint16": true, "uint32": true, "uint64": true, "uint": true, "uintptr": true,
	"float32": true,
}

func mayOverflowConstant(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && len(n.Args) == 1 && sizedNumeric[id.Name] {
				found = true
			}
		case *ast.GenDecl:
			if n.Tok == token.CONST {
				for _, s := range n.Specs {
					if vs, ok := s.(*ast.ValueSpec); ok && vs.Type != nil {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}
