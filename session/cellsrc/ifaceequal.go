package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yaegi v0.16.1 holds a cell value in an interface (a cell's own
// interface, or any) as its valueInterface, a struct of the value's node
// and a reflect.Value, and its == compares those structs: two interfaces
// holding equal values of a cell type (or one pointer) compared unequal,
// silently (shapes[0] == Shape(Circle{0.5}) was false). x == y and x != y
// where an operand's static type is an interface other than the error
// ones (errorchain.go has those) become [!]__gogil.IfaceEqual(x, y),
// which compares the values the interfaces hold, as Go does.

// IfaceEqualHelper is the runner's helper of this file.
const IfaceEqualHelper = "IfaceEqual"

// lowerInterfaceEquality applies this file's lowering to a part go/types
// typed, after lowerErrorChains.
func (l *typedLowering) lowerInterfaceEquality() {
	if l.mainScope() == nil {
		return // no cell type is in reach: no value of one either
	}
	isIface := func(t types.Type) bool {
		if t == nil {
			return false
		}
		if _, tp := t.(*types.TypeParam); tp {
			return false
		}
		return types.IsInterface(t)
	}
	l.refuseInterfaceInstances()
	compared := map[*ast.BinaryExpr]bool{}
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || !mentionsErrorChain(b) {
			return true
		}
		tx, ty, typed := comparedTypes(l.t.Info, b)
		if !typed {
			return true
		}
		if isIface(tx) || isIface(ty) {
			compared[b] = true
		}
		return true
	})
	if len(compared) == 0 {
		return
	}
	replaceExprs(l.f.AST, func(x ast.Expr) ast.Expr {
		b, ok := x.(*ast.BinaryExpr)
		if !ok || !compared[b] {
			return x
		}
		var call ast.Expr = &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: b.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(IfaceEqualHelper)},
			Lparen: b.OpPos,
			Args:   []ast.Expr{b.X, b.Y},
			Rparen: b.End(),
		}
		if b.Op == token.NEQ {
			call = &ast.UnaryExpr{OpPos: b.Pos(), Op: token.NOT, X: call}
		}
		return call
	})
}

// refuseInterfaceInstances refuses a generic function's instance (the
// library's slices.Contains, or a cell's Index[T comparable]) that binds
// a comparable type parameter to an interface declared in a cell: the
// function's == compares the interpreter's boxes, where no lowering
// reaches (slices.Contains(shapes, Shape(Rect{2, 2})) was false).
func (l *typedLowering) refuseInterfaceInstances() {
	for id, inst := range l.t.Info.Instances {
		if _, ok := inst.Type.(*types.Signature); !ok || l.err != nil {
			continue
		}
		fn, ok := l.t.Info.Uses[id].(*types.Func)
		if !ok {
			continue
		}
		params := fn.Type().(*types.Signature).TypeParams()
		if params == nil || params.Len() != inst.TypeArgs.Len() {
			continue
		}
		for i := range params.Len() {
			arg := inst.TypeArgs.At(i)
			named, ok := arg.(*types.Named)
			if !ok || !types.IsInterface(named) || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" {
				continue
			}
			if c, ok := params.At(i).Constraint().Underlying().(*types.Interface); ok && c.IsComparable() {
				name := id.Name
				if fn.Pkg() != nil && fn.Pkg().Path() != "main" {
					name = fn.Pkg().Name() + "." + name
				}
				l.fail(id, "gogil cannot run %s with %s = %s, an interface declared in a cell: the interpreter's == inside a generic function compares its boxes of the values, not the values; "+
					"compare the values in a loop of your own", name, params.At(i).Obj().Name(), named.Obj().Name())
				return
			}
		}
	}
}

// comparedTypes are the types of a comparison's operands, when both are
// known, neither is nil and neither is a type parameter (whose values the
// comparison of an instance decides).
func comparedTypes(info *types.Info, b *ast.BinaryExpr) (x, y types.Type, ok bool) {
	tx, ty := info.Types[b.X], info.Types[b.Y]
	if tx.Type == nil || ty.Type == nil || tx.IsNil() || ty.IsNil() {
		return nil, nil, false
	}
	for _, t := range []types.Type{tx.Type, ty.Type} {
		if _, tp := t.(*types.TypeParam); tp {
			return nil, nil, false
		}
	}
	return tx.Type, ty.Type, true
}
