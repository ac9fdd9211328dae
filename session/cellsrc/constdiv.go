package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A quotient of two untyped integer constants is an integer constant in
// Go, whatever type it is then converted to: `const c = 10` then
// `var f float64 = c / 3` gives f == 3. yaegi divides in the type of the
// variable the result is assigned to, and f was 3.3333333333333335,
// silently (`f = c / 3` the same; float64(c / 3) was right). The remainder
// takes the same path. lowerConstantQuotients writes each / or % of two
// untyped integer constants whose type go/types says is a float (the
// context's: the literal takes it the same way) as a float literal of the
// value go/types computed, which leaves the interpreter nothing to divide.
func lowerConstantQuotients(f *File, opts Options) {
	if !mayDivideConstants(f.AST) {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	info := t.Info
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		bin, ok := x.(*ast.BinaryExpr)
		if !ok || bin.Op != token.QUO && bin.Op != token.REM {
			return x
		}
		if !untypedInteger(info, bin.X) || !untypedInteger(info, bin.Y) {
			return x
		}
		tv, ok := info.Types[bin]
		if !ok || tv.Value == nil || tv.Type == nil {
			return x
		}
		basic, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || basic.Info()&types.IsFloat == 0 {
			return x
		}
		// A float literal even for a whole value: an untyped float
		// constant written as an integer would become an untyped int.
		if lit := constLiteral(tv.Value, bin.Pos()); lit != nil {
			return &ast.ParenExpr{Lparen: bin.Pos(), X: floatLiteral(lit), Rparen: bin.End()}
		}
		return x
	})
}

// mayDivideConstants says whether file has a / or % of two operands built
// of literals and names only: the parts worth a type check.
func mayDivideConstants(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if bin, ok := n.(*ast.BinaryExpr); ok && (bin.Op == token.QUO || bin.Op == token.REM) {
			found = constantLooking(ast.Unparen(bin.X)) && constantLooking(ast.Unparen(bin.Y))
		}
		return !found
	})
	return found
}

// untypedInteger says whether x is an untyped integer constant as written:
// an integer or rune literal, a constant declared untyped integer or rune,
// or an operation of such. go/types records an untyped operand with the
// type the context converted it to, so the declarations tell instead.
func untypedInteger(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		return x.Kind == token.INT || x.Kind == token.CHAR
	case *ast.Ident:
		c, ok := info.Uses[x].(*types.Const)
		if !ok {
			return false
		}
		b, ok := c.Type().(*types.Basic)
		return ok && (b.Kind() == types.UntypedInt || b.Kind() == types.UntypedRune)
	case *ast.UnaryExpr:
		return (x.Op == token.SUB || x.Op == token.ADD || x.Op == token.XOR) && untypedInteger(info, x.X)
	case *ast.BinaryExpr:
		switch x.Op {
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.AND_NOT:
			return untypedInteger(info, x.X) && untypedInteger(info, x.Y)
		}
	}
	return false
}
