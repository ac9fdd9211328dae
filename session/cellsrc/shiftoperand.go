package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// In a shift whose count is not constant, an untyped constant on the left
// takes the type the context gives the whole shift: in
// `word&(1<<uint(j))` with a uint64 word, 1 is a uint64. yaegi gives it
// int, and the program panics ("reflect: call of reflect.Value.Uint on int
// Value") or computes in the wrong width. lowerShiftOperands writes the
// type go/types gave the constant, uint64(1)<<uint(j).
func lowerShiftOperands(f *File, opts Options) *cellio.Error {
	if !hasVariableShift(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	// Go refuses a float operand (u := 1.0 << s); yaegi ran the cell to
	// that statement and ended it there without a word.
	for _, err := range l.t.Errors {
		if te, ok := err.(types.Error); ok && !te.Soft && strings.Contains(te.Msg, "shifted operand") {
			return f.compileError(posNode(te.Pos), "%s", te.Msg)
		}
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || (b.Op != token.SHL && b.Op != token.SHR) || l.err != nil {
			return true
		}
		if whole, ok := l.t.Info.Types[b]; !ok || whole.Value != nil {
			return true
		}
		if !untypedConstExpr(l.t.Info, b.X) {
			return true
		}
		left, ok := l.t.Info.Types[b.X]
		if !ok || left.Value == nil || left.Type == nil {
			return true
		}
		// An integer constant is an int to yaegi too; 1.0 or 'a' is not,
		// though the context makes it one: var m int = 1.0 << s.
		if basic, ok := left.Type.(*types.Basic); ok && (basic.Info()&types.IsUntyped != 0 || basic.Kind() == types.Int && integerConstExpr(l.t.Info, b.X)) {
			return true
		}
		t, ok := l.nameType(b.X, left.Type)
		if !ok {
			return true
		}
		b.X = &ast.CallExpr{Fun: t, Lparen: b.X.Pos(), Args: []ast.Expr{b.X}, Rparen: b.X.End()}
		return true
	})
	return l.err
}

// hasVariableShift is the cheap syntactic test: a shift by something
// other than a literal.
func hasVariableShift(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.SHL || b.Op == token.SHR) {
			if _, lit := ast.Unparen(b.Y).(*ast.BasicLit); !lit {
				found = true
			}
		}
		return !found
	})
	return found
}

// untypedConstExpr: x is written with literals and untyped constants
// only, so that its type comes from its context.
func untypedConstExpr(info *types.Info, x ast.Expr) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit, *ast.ParenExpr, *ast.UnaryExpr, *ast.BinaryExpr:
		case *ast.Ident:
			c, isConst := info.Uses[n].(*types.Const)
			if !isConst {
				ok = false
				break
			}
			if basic, isBasic := c.Type().(*types.Basic); !isBasic || basic.Info()&types.IsUntyped == 0 {
				ok = false
			}
		case nil:
		default:
			ok = false
		}
		return ok
	})
	return ok
}

// integerConstExpr: x, an untyped constant expression, is written with
// integer literals and untyped integer constants only, so that the
// interpreter gives it int as Go does where the context does not type it.
func integerConstExpr(info *types.Info, x ast.Expr) bool {
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BasicLit:
			ok = ok && n.Kind == token.INT
		case *ast.Ident:
			if c, isConst := info.Uses[n].(*types.Const); isConst {
				basic, isBasic := c.Type().(*types.Basic)
				ok = ok && isBasic && basic.Kind() == types.UntypedInt
			}
		}
		return ok
	})
	return ok
}
