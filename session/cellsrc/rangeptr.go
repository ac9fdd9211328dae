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
//
// With a value variable, `for i, x := range p` runs, but leaves the frame
// slot of p holding the array where the pointer was, so a later len(p) or
// p[i] in the same function panics the same way. Go reads each element
// through the pointer as the loop reaches it, as a range over the slice
// p[:] does, so that is the range written instead (only for arrays of at
// least one element: slicing a nil pointer panics where a range over
// an empty array does not).

// lowerRangeArrayPointers rewrites the operand of every such range that
// go/types shows a pointer to an array. The part is type-checked only if it
// ranges over a variable or field and writes a star (a pointer type or a
// dereference) or takes an address, where the pointer could come from, or
// ranges over a variable of an earlier part.
func lowerRangeArrayPointers(f *File, opts Options) {
	var loops []*ast.RangeStmt
	pointers := false
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if pureOperand(n.X) {
				loops = append(loops, n)
				// An earlier part's variable may be such a pointer.
				if id, ok := n.X.(*ast.Ident); ok && opts.Global != nil && opts.Global(id.Name) {
					pointers = true
				}
			}
		case *ast.StarExpr:
			// *[3]int, and as well *board or *p, either of which may
			// be a pointer to an array type declared by name.
			pointers = true
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
		a, ok := p.Elem().Underlying().(*types.Array)
		switch {
		case !ok:
		case r.Value != nil && !isBlank(r.Value):
			if a.Len() > 0 {
				r.X = &ast.SliceExpr{X: &ast.ParenExpr{Lparen: r.X.Pos(), X: r.X, Rparen: r.X.End()}, Lbrack: r.X.End(), Rbrack: r.X.End()}
			}
		default:
			pos := r.X.Pos()
			typ := &ast.ArrayType{Lbrack: pos, Len: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.FormatInt(a.Len(), 10)},
				Elt: &ast.StructType{Struct: pos, Fields: &ast.FieldList{Opening: pos, Closing: pos}}}
			r.X = &ast.CompositeLit{Type: typ, Lbrace: pos, Rbrace: pos}
		}
	}
}
