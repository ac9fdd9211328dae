package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 panics ("reflect: call of reflect.Value.Elem on array
// Value") on a range with no value variable over a pointer to an array
// inside a function: `for i := range p { p[i] = i }` with p a *[4]int. Go
// does not evaluate p there (its length is a constant; a nil p ranges
// too), so the range is over an array of as many empty structs,
// [4]struct{}{}, which visits the same indexes.

// lowerRangeArrayPointers slices the operand of every such range that
// go/types shows a pointer to an array. The part is type-checked only if it
// has such a range and writes a pointer to an array type or takes an
// address, where the pointer could come from, or ranges over a variable
// of an earlier part.
func lowerRangeArrayPointers(f *File, opts Options) {
	var loops []*ast.RangeStmt
	pointers := false
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if (n.Value == nil || isBlank(n.Value)) && pureOperand(n.X) {
				loops = append(loops, n)
				// An earlier part's variable may be such a pointer.
				if id, ok := n.X.(*ast.Ident); ok && opts.Global != nil && opts.Global(id.Name) {
					pointers = true
				}
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
		if a, ok := p.Elem().Underlying().(*types.Array); ok {
			pos := r.X.Pos()
			typ := &ast.ArrayType{Lbrack: pos, Len: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.FormatInt(a.Len(), 10)},
				Elt: &ast.StructType{Struct: pos, Fields: &ast.FieldList{Opening: pos, Closing: pos}}}
			r.X = &ast.CompositeLit{Type: typ, Lbrace: pos, Rbrace: pos}
		}
	}
}
