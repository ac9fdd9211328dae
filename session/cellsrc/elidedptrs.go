package cellsrc

import (
	"go/ast"
	"go/token"
)

// In a composite literal whose elements (or keys) are pointers, Go lets
// an element elide &T: []*[2]int{{1, 2}} is []*[2]int{&[2]int{1, 2}}.
// yaegi v0.16.1 takes the elided form for a struct only; for an array, a
// slice, a map or a named type of one it fails ("value of type int cannot
// be converted to type [2]int"). writeElidedPointers writes each elided
// &T out, the form yaegi runs for every T.
func writeElidedPointers(f *File, _ Options) {
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && lit.Type != nil {
			elidedPointers(lit, lit.Type)
			return false // elidedPointers walks the elements
		}
		return true
	})
}

// elidedPointers writes out the elided &T in lit, a literal of the type
// typ (the type the literal names, or the one its parent gives it), and
// in the literals nested in its elements.
func elidedPointers(lit *ast.CompositeLit, typ ast.Expr) {
	var key, elt ast.Expr
	switch t := ast.Unparen(typ).(type) {
	case *ast.ArrayType:
		elt = t.Elt
	case *ast.MapType:
		key, elt = t.Key, t.Value
	}
	for i, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil {
				kv.Key = elided(kv.Key, key)
			}
			kv.Value = elided(kv.Value, elt)
			continue
		}
		lit.Elts[i] = elided(e, elt)
	}
}

// elided is x, an element of a literal whose elements have the type typ
// (nil when the literal's type does not say), with its elided &T written
// out; it walks the literals nested in x.
func elided(x, typ ast.Expr) ast.Expr {
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		if x != nil {
			writeNested(x)
		}
		return x
	}
	if lit.Type != nil {
		elidedPointers(lit, lit.Type)
		return x
	}
	if typ == nil {
		// A struct's field, say: the element types are not written here,
		// but a literal nested deeper may name its own type.
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				writeNested(kv.Value)
			} else {
				writeNested(e)
			}
		}
		return x
	}
	if star, ok := ast.Unparen(typ).(*ast.StarExpr); ok {
		lit.Type = star.X
		elidedPointers(lit, star.X)
		return &ast.UnaryExpr{OpPos: lit.Lbrace, Op: token.AND, X: lit}
	}
	elidedPointers(lit, typ)
	return x
}

// writeNested walks an expression that is not an elided literal for the
// literals that name their type.
func writeNested(x ast.Expr) {
	ast.Inspect(x, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && lit.Type != nil {
			elidedPointers(lit, lit.Type)
			return false
		}
		return true
	})
}
