package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yaegi v0.16.1 panics ("reflect: call of reflect.Value.Elem on array
// Value") on a range with no value variable over a pointer to an array
// inside a function: `for i := range p { p[i] = i }` with p a *[4]int. A
// range over the slice of the whole array, p[:], visits the same indexes
// and reads nothing of the array either (a nil p, which Go ranges over by
// its length alone, panics instead: an error, not a wrong value).

// lowerRangeArrayPointers slices the operand of every such range that
// go/types shows a pointer to an array. The part is type-checked only if it
// has such a range and writes a pointer to an array type or takes an
// address, where the pointer could come from.
func lowerRangeArrayPointers(f *File, opts Options) {
	var loops []*ast.RangeStmt
	pointers := false
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if (n.Value == nil || isBlank(n.Value)) && pureOperand(n.X) {
				loops = append(loops, n)
			}
		case *ast.StarExpr:
			if a, ok := n.X.(*ast.ArrayType); ok && a.Len != nil {
				pointers = true
			}
		case *ast.UnaryExpr:
			pointers = pointers || n.Op == token.AND
		}
		return true
	})
	if len(loops) == 0 || !pointers {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	for _, r := range loops {
		tv, ok := t.Info.Types[r.X]
		if !ok || tv.Type == nil {
			continue
		}
		p, ok := tv.Type.Underlying().(*types.Pointer)
		if !ok {
			continue
		}
		if _, ok := p.Elem().Underlying().(*types.Array); ok {
			r.X = &ast.SliceExpr{X: r.X, Lbrack: r.X.End(), Rbrack: r.X.End()}
		}
	}
}
