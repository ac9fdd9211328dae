package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math/big"
)

// yaegi gives an untyped float constant of a library package (math.E,
// math.Pi, math.MaxFloat64) a type of its own, "untyped float64", which it
// refuses to combine with any other untyped float constant: math.E > 2.7,
// math.Pi*1.5 and 1.5+math.Pi failed with "mismatched types untyped
// float64 and untyped float" (an untyped int operand, as in math.Pi*2, it
// converts). lowerLibraryFloatConstants writes such an operand of a
// constant operation as a literal of its value, which is the untyped float
// the interpreter combines. The literal carries 512 bits of mantissa, the
// precision the gc compiler keeps for untyped float constants.
func lowerLibraryFloatConstants(f *File, opts Options) {
	if !mayMixLibraryFloat(f.AST) {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	info := t.Info
	ast.Inspect(f.AST, func(n ast.Node) bool {
		bin, ok := n.(*ast.BinaryExpr)
		if !ok || bin.Op == token.SHL || bin.Op == token.SHR {
			return true
		}
		if tv, typed := info.Types[bin]; !typed || tv.Value == nil {
			return true
		}
		for _, operand := range []*ast.Expr{&bin.X, &bin.Y} {
			replaceLibraryFloat(info, operand)
		}
		return true
	})
}

// replaceLibraryFloat writes the library float constant at *operand, or
// under its signs (-math.Pi), as a literal.
func replaceLibraryFloat(info *types.Info, operand *ast.Expr) {
	if u, ok := ast.Unparen(*operand).(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		replaceLibraryFloat(info, &u.X)
		return
	}
	if lit := libraryFloatLiteral(info, *operand); lit != nil {
		*operand = lit
	}
}

// libraryFloatLiteral is the literal of x when x (in parentheses or not)
// names an untyped float constant of an imported package, else nil.
func libraryFloatLiteral(info *types.Info, x ast.Expr) ast.Expr {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if _, isPkg := info.Uses[pkg].(*types.PkgName); !isPkg {
		return nil
	}
	c, ok := info.Uses[sel.Sel].(*types.Const)
	if !ok {
		return nil
	}
	if b, basic := c.Type().(*types.Basic); !basic || b.Kind() != types.UntypedFloat {
		return nil
	}
	return exactFloatLiteral(c.Val(), sel.Pos())
}

// exactFloatLiteral writes a float constant as a decimal literal of 512
// bits of mantissa (a negative one as a unary minus), or nil when the
// value is not a finite float.
func exactFloatLiteral(v constant.Value, pos token.Pos) ast.Expr {
	v = constant.ToFloat(v)
	if v.Kind() != constant.Float {
		return nil
	}
	value, ok := bigFloat(v)
	if !ok || value.IsInf() {
		return nil
	}
	negative := value.Sign() < 0
	value.Abs(value)
	var lit ast.Expr = &ast.BasicLit{ValuePos: pos, Kind: token.FLOAT, Value: value.Text('e', -1)}
	if negative {
		lit = &ast.UnaryExpr{OpPos: pos, Op: token.SUB, X: lit}
	}
	return lit
}

// bigFloat is the numeric constant v in a big.Float of 512 bits of
// mantissa, the precision the compiler keeps; ok is false for a value of
// another kind.
func bigFloat(v constant.Value) (*big.Float, bool) {
	f := new(big.Float).SetPrec(512)
	switch exact := constant.Val(v).(type) {
	case *big.Rat:
		f.SetRat(exact)
	case *big.Float:
		f.Set(exact)
	case float64:
		f.SetFloat64(exact)
	case int64:
		f.SetInt64(exact)
	case *big.Int:
		f.SetInt(exact)
	default:
		return nil, false
	}
	return f, true
}

// mayMixLibraryFloat says whether file has a binary operation one of whose
// operands is a selector of an unresolved name (a package, as far as the
// parser knows) and the other a constant-looking expression: the parts
// worth a type check. v.X*v.X of a local v costs none.
func mayMixLibraryFloat(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if bin, ok := n.(*ast.BinaryExpr); ok {
			x, y := ast.Unparen(bin.X), ast.Unparen(bin.Y)
			found = signedQualifiedName(x) && constantLooking(y) || signedQualifiedName(y) && constantLooking(x)
		}
		return !found
	})
	return found
}

func signedQualifiedName(x ast.Expr) bool {
	if u, ok := x.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
		return signedQualifiedName(ast.Unparen(u.X))
	}
	return qualifiedName(x)
}

func qualifiedName(x ast.Expr) bool {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := sel.X.(*ast.Ident)
	return ok && id.Obj == nil && sel.Sel.IsExported()
}

// constantLooking says whether x is built of literals, names and
// qualified names only.
func constantLooking(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.BasicLit, *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return qualifiedName(x)
	case *ast.ParenExpr:
		return constantLooking(x.X)
	case *ast.UnaryExpr:
		return constantLooking(x.X)
	case *ast.BinaryExpr:
		return constantLooking(x.X) && constantLooking(x.Y)
	}
	return false
}
