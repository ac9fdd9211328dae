package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 gives the value of a call of a cell's method whose result
// is a named function type (type Handler func(string) string with
// func (h Handler) Chain(next Handler) Handler) the method's declaration
// as its type's node, and its compiler then takes the receiver list of
// that declaration for a generic function's type parameters:
// `return h.Chain(next)` in a function of result Handler, a call of what
// such a function returned, and Handler.Chain(e, e) crashed it ("CFG
// post-order panic" in inferTypesFromCall). A conversion to the type
// gives the value a node of its own: Handler(h.Chain(next)).

// lowerFuncResults converts every call of a cell's method, or of a method
// expression of a cell's type, whose result is a named function type.
func lowerFuncResults(f *File, opts Options) *cellio.Error {
	if !(opts.CellTypes || declaresType(f.AST)) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if !ok || l.err != nil {
			return x
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return x
		}
		method, ok := l.t.Info.Uses[sel.Sel].(*types.Func)
		if !ok || method.Pkg() == nil || !cellPackage(l.t, method.Pkg()) {
			return x
		}
		if sig, ok := method.Type().(*types.Signature); !ok || sig.Recv() == nil {
			return x
		}
		return l.convertFuncResult(call, l.t.Info.TypeOf(call))
	})
	return l.err
}

// convertFuncResult is call converted to t where t is a named function
// type the code can name, call itself elsewhere.
func (l *typedLowering) convertFuncResult(call *ast.CallExpr, t types.Type) ast.Expr {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.TypeArgs().Len() > 0 {
		return call
	}
	if _, isFunc := named.Underlying().(*types.Signature); !isFunc {
		return call
	}
	typ, ok := l.nameType(call, t)
	if !ok {
		return call
	}
	conv := &ast.CallExpr{Fun: typ, Lparen: call.Pos(), Args: []ast.Expr{call}, Rparen: call.End()}
	l.t.Info.Types[conv] = types.TypeAndValue{Type: t}
	return conv
}
