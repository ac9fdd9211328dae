package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi gives a constant declared by an operation on rune literals
// (`const c = 'a' + 1`, `const off = 'a' - 'A'`) the type int where Go's
// untyped rune defaults to rune: %T printed int, x := c made an int,
// silently. The constant's own type cannot be fixed at its declaration
// (the interpreter's rune constants refuse to mix with bytes and floats,
// as Go's untyped ones do: s[i] - off), so typeRuneConstantUses writes
// rune(c) at each use that go/types gives the type rune, which is where
// Go's default (or the context) makes it one; uses that go/types gives
// another type (byte, float64) stay untyped.
func typeRuneConstantUses(f *File, opts Options) *cellio.Error {
	if !mayUseRuneConstant(f.AST, opts.RuneConstant) {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return nil
	}
	info := t.Info
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		id, ok := x.(*ast.Ident)
		if !ok {
			// go/types gives an operation on constants its type where
			// Go's default makes it a rune, and leaves its operands
			// untyped (`x := a + 1`: a is an untyped rune): the whole
			// is written rune(...).
			if tv := info.Types[x]; tv.Value != nil && isRune(tv.Type) && operatesOnRuneConstant(info, x) {
				return &ast.CallExpr{Fun: &ast.Ident{NamePos: x.Pos(), Name: "rune"}, Lparen: x.Pos(), Args: []ast.Expr{x}, Rparen: x.End()}
			}
			return x
		}
		c, isConst := info.Uses[id].(*types.Const)
		if !isConst || !isUntypedRune(c.Type()) {
			return x
		}
		tv, typed := info.Types[id]
		if b, basic := tv.Type.(*types.Basic); !typed || !basic || b.Kind() != types.Int32 {
			return x
		}
		return &ast.CallExpr{Fun: &ast.Ident{NamePos: id.Pos(), Name: "rune"}, Lparen: id.Pos(), Args: []ast.Expr{id}, Rparen: id.End()}
	})
	// With every rune use written so, a constant declared by a rune
	// literal alone (`const sep = ','`) is declared by its integer, which
	// the interpreter keeps untyped: its rune literal constant refused
	// `var b byte = sep` and `sep + 0.5`.
	ast.Inspect(f.AST, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || spec.Type != nil || len(spec.Names) != len(spec.Values) {
			return true
		}
		for i, v := range spec.Values {
			lit, isLit := v.(*ast.BasicLit)
			c, isConst := info.Defs[spec.Names[i]].(*types.Const)
			if isLit && lit.Kind == token.CHAR && isConst && isUntypedRune(c.Type()) {
				spec.Values[i] = &ast.BasicLit{ValuePos: lit.ValuePos, Kind: token.INT, Value: c.Val().ExactString()}
			}
		}
		return true
	})
	return nil
}

func isRune(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.Int32
}

// operatesOnRuneConstant: x is an operation with an operand, at any
// depth, that names an untyped rune constant go/types left untyped.
func operatesOnRuneConstant(info *types.Info, x ast.Expr) bool {
	switch x.(type) {
	case *ast.BinaryExpr, *ast.UnaryExpr, *ast.ParenExpr:
	default:
		return false
	}
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if c, isConst := info.Uses[id].(*types.Const); isConst && isUntypedRune(c.Type()) && isUntypedRune(info.Types[id].Type) {
				found = true
			}
		}
		return !found
	})
	return found
}

func isUntypedRune(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedRune
}

// mayUseRuneConstant: the part declares a constant with a rune literal in
// its value (or an implied value, which repeats one), or names an earlier
// part's constant that may be an untyped rune.
func mayUseRuneConstant(file *ast.File, earlier func(name string) bool) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GenDecl:
			if n.Tok == token.CONST && hasRuneLiteral(n) {
				found = true
			}
		case *ast.Ident:
			if earlier != nil && earlier(n.Name) {
				found = true
			}
		}
		return !found
	})
	return found
}

func hasRuneLiteral(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.CHAR {
			found = true
		}
		return !found
	})
	return found
}
