package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// Go divides a float variable by a constant zero (x / 0 is +Inf, NaN or
// -Inf at run time); only a constant dividend, or an integer one, makes it
// an error. yaegi refuses every division by a constant zero ("invalid
// operation: division by zero"). lowerFloatDivZero writes such a divisor
// as a zero of the operation's type that is not a constant:
// x / func() float32 { return 0 }(). (A complex one stays refused: the
// interpreter cannot return an untyped 0 as a complex.)
func lowerFloatDivZero(f *File, opts Options) *cellio.Error {
	if scan(f.AST)&holdsDivZero == 0 {
		return nil // typing the part may change it
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	zeros := map[ast.Expr]types.Type{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || b.Op != token.QUO || !literalZero(b.Y) {
			return true
		}
		whole, ok := info.Types[b]
		if !ok || whole.Value != nil || whole.Type == nil {
			return true // a constant division is Go's error too
		}
		if basic, ok := whole.Type.Underlying().(*types.Basic); ok && basic.Info()&types.IsFloat != 0 {
			zeros[b.Y] = whole.Type
		}
		return true
	})
	if len(zeros) == 0 {
		return nil
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		t, ok := zeros[x]
		if !ok {
			return x
		}
		body := &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: x.Pos(), Results: []ast.Expr{x}}}}
		results := &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(x, t)}}}
		return &ast.CallExpr{Fun: &ast.FuncLit{Type: &ast.FuncType{Func: x.Pos(), Params: &ast.FieldList{}, Results: results}, Body: body}, Lparen: x.End(), Rparen: x.End()}
	})
	return l.err
}

// literalZero: x is a literal of value zero (0, 0.0, 0e0).
func literalZero(x ast.Expr) bool {
	lit, ok := ast.Unparen(x).(*ast.BasicLit)
	if !ok || lit.Kind != token.INT && lit.Kind != token.FLOAT {
		return false
	}
	v := constant.MakeFromLiteral(lit.Value, lit.Kind, 0)
	return v.Kind() != constant.Unknown && constant.Sign(v) == 0
}
