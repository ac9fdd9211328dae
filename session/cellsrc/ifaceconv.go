package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 holds a value in an interface the cells declare together
// with the node of the expression it came from, and its type switches and
// assertions to a concrete type compare that node's type with the case's.
// Two forms give it the wrong node, silently:
//
//	d(shape(s))   // an explicit conversion: its node's type is shape, not
//	              // sq, so case sq and x.(sq) miss the value
//	d(newSq())    // a call's result handed straight to a parameter of the
//	              // interface: it is boxed again with the node of the
//	              // callee's result type (none for an interface: a crash)
//
// An element of a composite literal gets the node of the element's own
// expression, as an implicit conversion does, so lowerInterfaceConversions
// writes such a conversion I(x) of a value x of a type that is not an
// interface, and such an argument g(), as []I{x}[0] and []P{g()}[0]. It
// runs before lowerInterfaceCopies, which gives x its copy inside the
// literal. A conversion to an empty interface is left alone: yaegi holds
// any(x) as x's own value, which its cases match.
func lowerInterfaceConversions(f *File, opts Options) *cellio.Error {
	if !(opts.CellTypes || declaresType(f.AST)) || !mayConvertToInterface(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if !ok || l.err != nil {
			return x
		}
		if l.refusePointerConversion(call) {
			return x
		}
		if iface := l.interfaceConversion(call); iface != nil {
			return l.interfaceElement(call.Args[0], call.Fun, info.Types[call])
		}
		l.reboxCallArguments(call)
		return x
	})
	return l.err
}

// mayConvertToInterface is the cheap syntactic test: a call with one
// argument, the form of a conversion, or one with a call among its
// arguments.
func mayConvertToInterface(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if len(call.Args) == 1 && call.Ellipsis == token.NoPos {
				found = true
			}
			for _, a := range call.Args {
				_, nested := ast.Unparen(a).(*ast.CallExpr)
				found = found || nested
			}
		}
		return !found
	})
	return found
}

// interfaceConversion is the interface call converts its argument to,
// when that is a non-empty one and the argument's type no interface.
func (l *typedLowering) interfaceConversion(call *ast.CallExpr) types.Type {
	info := l.t.Info
	if len(call.Args) != 1 || call.Ellipsis != token.NoPos {
		return nil
	}
	tv, ok := info.Types[call.Fun]
	if !ok || !tv.IsType() || tv.Type == nil || mentionsTypeParam(tv.Type) {
		return nil
	}
	it, ok := tv.Type.Underlying().(*types.Interface)
	if !ok || it.Empty() {
		return nil
	}
	arg, ok := info.Types[call.Args[0]]
	if !ok || arg.Type == nil || arg.IsNil() || types.IsInterface(arg.Type) || mentionsTypeParam(arg.Type) {
		return nil
	}
	return tv.Type
}

// reboxCallArguments writes each argument of call that is itself a call
// with one result, to a parameter of an interface the cells declare (or
// an interface literal) of a function the interpreter runs, as an element
// of a literal.
func (l *typedLowering) reboxCallArguments(call *ast.CallExpr) {
	info := l.t.Info
	tv, ok := info.Types[call.Fun]
	if !ok || tv.IsType() || tv.IsBuiltin() || l.libraryFunction(call.Fun) || call.Ellipsis != token.NoPos {
		return
	}
	sig, ok := coreType(tv.Type).(*types.Signature)
	if !ok || len(call.Args) == 1 && sig.Params().Len() > 1 {
		return // f(g()) with g's several results
	}
	for i, a := range call.Args {
		inner, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			continue
		}
		if itv, ok := info.Types[inner.Fun]; !ok || itv.IsType() {
			continue // a conversion is no call to the interpreter
		}
		res, ok := info.Types[inner]
		if !ok || res.Type == nil {
			continue
		}
		if _, multi := res.Type.(*types.Tuple); multi {
			continue
		}
		p := paramType(sig, call, i)
		if _, ok := l.cellInterface(p); !ok {
			continue
		}
		tv := res
		tv.Type = p
		call.Args[i] = l.interfaceElement(a, l.typeExpr(a, p), tv)
	}
}

// interfaceElement is []iface{x}[0], typed tv (a value of the interface)
// for the passes after this one.
func (l *typedLowering) interfaceElement(x, iface ast.Expr, tv types.TypeAndValue) ast.Expr {
	pos := x.Pos()
	lit := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: iface}, Lbrace: pos, Elts: []ast.Expr{x}, Rbrace: pos}
	out := &ast.IndexExpr{X: lit, Lbrack: pos, Index: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, Rbrack: pos}
	if tv.Type != nil {
		l.t.Info.Types[lit] = types.TypeAndValue{Type: types.NewSlice(tv.Type)}
		l.t.Info.Types[out] = tv
	}
	return out
}

// refusePointerConversion refuses (*B)(p), p a pointer to a type other
// than B, B a type the cells declared: the interpreter gives types of one
// shape one reflect type, and the runner's == of interfaces
// (session/ifaceequal.go) takes two equal pointers of such a type for
// one object of one type, which only such a conversion belies.
func (l *typedLowering) refusePointerConversion(call *ast.CallExpr) bool {
	if len(call.Args) != 1 {
		return false
	}
	fun, ok := l.t.Info.Types[call.Fun]
	if !ok || !fun.IsType() || fun.Type == nil {
		return false
	}
	to, ok := fun.Type.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	arg := l.t.Info.Types[call.Args[0]].Type
	if arg == nil {
		return false
	}
	from, ok := arg.Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(to.Elem()).(*types.Named)
	if !ok || !inMain(named.Obj()) || types.Identical(to.Elem(), from.Elem()) {
		return false
	}
	l.fail(call, "gogil cannot run a conversion of a pointer to %s into a pointer to %s, a type declared in a cell: its interpreter gives types of one shape one type, and the object's own type would be lost; convert the value instead (%s(*p)) or keep one type",
		types.TypeString(from.Elem(), cellQualifier), types.TypeString(to.Elem(), cellQualifier), types.TypeString(to.Elem(), cellQualifier))
	return true
}
