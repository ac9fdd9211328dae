package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 computes an untyped constant shift as an int whatever type
// its context gives it: `var mask uint64 = 1 << 63`, `m = 1 << 63` and
// f(1 << 63) for a uint64 parameter failed with "constant
// 9223372036854775808 overflows int64" (a shift inside a larger constant
// operation, 1<<64 - 1, it computes right). lowerWideShifts writes the type
// go/types gave such a shift whose value is beyond int64: uint64(1 << 63).
func lowerWideShifts(f *File, opts Options) *cellio.Error {
	if !hasLiteralShift(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	wide := map[ast.Expr]types.Type{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		tv, ok := info.Types[x]
		if !ok || tv.Value == nil {
			return true
		}
		// The operands of a constant operation are computed with it:
		// only the whole expression is the interpreter's to convert.
		b, ok := ast.Unparen(x).(*ast.BinaryExpr)
		if ok && b.Op == token.SHL && tv.Value.Kind() == constant.Int && !fitsInt64(tv.Value) &&
			typedInteger(tv.Type) && untypedConstExpr(info, b.X) {
			wide[x] = tv.Type
		}
		return false
	})
	if len(wide) == 0 {
		return nil
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		t, ok := wide[x]
		if !ok {
			return x
		}
		conv := &ast.CallExpr{Fun: l.typeExpr(x, t), Lparen: x.Pos(), Args: []ast.Expr{x}, Rparen: x.End()}
		info.Types[conv] = info.Types[x]
		return conv
	})
	return l.err
}

// hasLiteralShift: some shift of file has a literal count, as a constant
// shift mostly has.
func hasLiteralShift(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && b.Op == token.SHL {
			if _, lit := ast.Unparen(b.Y).(*ast.BasicLit); lit {
				found = true
			}
		}
		return !found
	})
	return found
}

func fitsInt64(v constant.Value) bool {
	_, exact := constant.Int64Val(v)
	return exact
}

// typedInteger: t is an integer type, not an untyped constant's.
func typedInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0 && b.Info()&types.IsUntyped == 0
}
