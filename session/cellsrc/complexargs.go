package cellsrc

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 types a library's untyped float constant (math.Pi) as
// "untyped float64", apart from a literal's "untyped float", and refuses
// complex() of one of each: complex(0, math.Pi) failed with "mismatched
// types untyped float and untyped float64", and in a constant declaration
// with "constant definition loop". lowerComplexArgs writes a constant
// complex() whole from the value go/types computed for it
// (complexConstant), and each constant argument of another that is not a
// literal as the literal of its value (converted to its type where it is
// typed), so that the interpreter sees literals of one kind. It panicked
// too ("reflect: call of reflect.Value.Complex on interface Value") on
// real() and imag() of a constant (real(3+4i), the tour's basic types),
// which are constants themselves: such a call becomes the literal of the
// value go/types computed (partConstant).
func lowerComplexArgs(f *File, opts Options) *cellio.Error {
	if !callsComplexOfNames(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if ok && len(call.Args) == 1 && l.err == nil && isBuiltin(l.t.Info, call.Fun, "real", "imag") {
			if folded := l.partConstant(call); folded != nil {
				return folded
			}
			return x
		}
		if !ok || len(call.Args) != 2 || !isBuiltin(l.t.Info, call.Fun, "complex") || l.err != nil {
			return x
		}
		if tv := l.t.Info.Types[call]; tv.Value != nil {
			if folded := l.complexConstant(call, tv); folded != nil {
				return folded
			}
		}
		for i, a := range call.Args {
			if _, lit := ast.Unparen(a).(*ast.BasicLit); lit {
				continue
			}
			tv, ok := l.t.Info.Types[a]
			if !ok || tv.Value == nil {
				continue
			}
			x := exactLiteral(tv.Value, a.Pos())
			if x == nil {
				continue
			}
			if b, basic := tv.Type.(*types.Basic); !basic || b.Info()&types.IsUntyped == 0 {
				typ, named := l.nameType(a, tv.Type)
				if !named {
					continue
				}
				x = &ast.CallExpr{Fun: typ, Lparen: a.Pos(), Args: []ast.Expr{x}, Rparen: a.End()}
			}
			l.t.Info.Types[x] = tv
			call.Args[i] = x
		}
		return call
	})
	return l.err
}

// complexConstant writes call, a constant complex() of value and type
// tv, as complex() of its parts' literals, converted to its type where it
// is typed: yaegi gave complex(f, 2), f a float32 constant, the type
// complex128, and its imaginary part a float64's digits.
func (l *typedLowering) complexConstant(call *ast.CallExpr, tv types.TypeAndValue) ast.Expr {
	pos := call.Pos()
	re := exactLiteral(constant.ToFloat(constant.Real(tv.Value)), pos)
	im := exactLiteral(constant.ToFloat(constant.Imag(tv.Value)), pos)
	if re == nil || im == nil {
		return nil
	}
	var out ast.Expr = &ast.CallExpr{Fun: call.Fun, Lparen: call.Lparen, Args: []ast.Expr{floatLiteral(re), floatLiteral(im)}, Rparen: call.Rparen}
	if b, basic := tv.Type.(*types.Basic); !basic || b.Info()&types.IsUntyped == 0 {
		typ, named := l.nameType(call, tv.Type)
		if !named {
			return nil
		}
		out = &ast.CallExpr{Fun: typ, Lparen: pos, Args: []ast.Expr{out}, Rparen: call.End()}
	}
	l.t.Info.Types[out] = tv
	return out
}

// partConstant writes call, real() or imag() of a constant, as the
// literal of its value, converted to its type where it is typed
// (real(complex64(1i)) is a float32); nil where call is no constant.
func (l *typedLowering) partConstant(call *ast.CallExpr) ast.Expr {
	tv, ok := l.t.Info.Types[call]
	if !ok || tv.Value == nil {
		return nil
	}
	out := exactLiteral(constant.ToFloat(tv.Value), call.Pos())
	if out == nil {
		return nil
	}
	out = floatLiteral(out)
	if b, basic := tv.Type.(*types.Basic); !basic || b.Info()&types.IsUntyped == 0 {
		typ, named := l.nameType(call, tv.Type)
		if !named {
			return nil
		}
		out = &ast.CallExpr{Fun: typ, Lparen: call.Pos(), Args: []ast.Expr{out}, Rparen: call.End()}
	}
	l.t.Info.Types[out] = tv
	return out
}

// isBuiltin: fun names one of the builtins names.
func isBuiltin(info *types.Info, fun ast.Expr, names ...string) bool {
	id, ok := ast.Unparen(fun).(*ast.Ident)
	if !ok {
		return false
	}
	if _, builtin := info.Uses[id].(*types.Builtin); !builtin {
		return false
	}
	for _, name := range names {
		if id.Name == name {
			return true
		}
	}
	return false
}

// callsComplexOfNames is the syntactic test that keeps go/types away: a
// call of complex with an argument that is not a literal, or a call of
// real or imag (whose argument may be a constant).
func callsComplexOfNames(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 {
			if id, ok := call.Fun.(*ast.Ident); ok && (id.Name == "real" || id.Name == "imag") {
				found = true
			}
		}
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 2 {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "complex" {
				for _, a := range call.Args {
					if _, lit := ast.Unparen(a).(*ast.BasicLit); !lit {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// exactLiteral writes an integer or floating-point constant v as a
// literal: constLiteral's, or, for a float that a float64 does not hold
// exactly (math.Pi), its decimal digits to well beyond what any float
// type keeps.
func exactLiteral(v constant.Value, pos token.Pos) ast.Expr {
	if v.Kind() != constant.Int && v.Kind() != constant.Float {
		return nil
	}
	if x := constLiteral(v, pos); x != nil {
		if v.Kind() == constant.Float {
			x = floatLiteral(x)
		}
		return x
	}
	if constant.Sign(v) < 0 {
		abs := exactLiteral(constant.UnaryOp(token.SUB, v, 0), pos)
		if abs == nil {
			return nil
		}
		return &ast.UnaryExpr{OpPos: pos, Op: token.SUB, X: abs}
	}
	if v.Kind() != constant.Float {
		return nil // an integer too large for constLiteral
	}
	f, ok := bigFloat(v)
	if !ok {
		return nil
	}
	return &ast.BasicLit{ValuePos: pos, Kind: token.FLOAT, Value: f.Text('e', 60)}
}
