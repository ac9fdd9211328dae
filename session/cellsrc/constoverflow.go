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
// declared with one, or arithmetic on constants only, one of them an
// earlier part's (`c + 1`): the interpreter sees no more than the value of
// an earlier constant, and an `i + 1` of variables costs no check.
func checkConstantOverflow(f *File, opts Options) *cellio.Error {
	if !mayOverflowConstant(f.AST, opts.Constant) {
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

func mayOverflowConstant(file *ast.File, earlier func(name string) bool) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr, *ast.UnaryExpr:
			if earlier != nil {
				constant, named := constantOperation(n.(ast.Expr), earlier)
				found = constant && named
			}
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

// constantOperation says whether x is made of literals and earlier
// constants only (constant), and names one of those (named).
func constantOperation(x ast.Expr, earlier func(name string) bool) (constant, named bool) {
	switch x := x.(type) {
	case *ast.BasicLit:
		return true, false
	case *ast.Ident:
		if earlier(x.Name) {
			return true, true
		}
		return x.Name == "iota", false
	case *ast.ParenExpr:
		return constantOperation(x.X, earlier)
	case *ast.UnaryExpr:
		return constantOperation(x.X, earlier)
	case *ast.BinaryExpr:
		cx, nx := constantOperation(x.X, earlier)
		cy, ny := constantOperation(x.Y, earlier)
		return cx && cy, nx || ny
	}
	return false, false
}
