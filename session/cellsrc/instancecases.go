package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 holds a value of an instance of a generic cell type
// (Box[int]) in an empty interface as a plain value of its struct type,
// without the methods the instance has: x.(fmt.Stringer) on an any
// holding a Box[int] with a String method failed, and a type switch took
// the default clause, silently. guardInstanceCases hands the operand of
// each assertion on an empty interface to an interface with methods, and
// in the default clause (added where there is none) the operand, a
// variable, of each such type switch with a case of one, to the runner's
// InstanceCase, which gives it back unless it is a value of a type the
// cells registered for an instance (boxed.go): then the cell ends with an
// error naming the instance, as gogil cannot tell whether it has the
// case's methods.

// InstanceCaseHelper is the runner's helper of this file.
const InstanceCaseHelper = "InstanceCase"

func init() { RuntimeHelpers = append(RuntimeHelpers, InstanceCaseHelper) }

func guardInstanceCases(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) || !assertsType(f.AST) {
		return nil
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return nil
	}
	if l := f.typedLowering(opts); l == nil || !namesGenericTypeWithMethods(t.Info, l.mainScope()) {
		return nil
	}
	// methodCase: the type expression x is an interface with methods.
	methodCase := func(x ast.Expr) bool {
		tv, ok := t.Info.Types[x]
		if !ok || !tv.IsType() || tv.Type == nil {
			return false
		}
		it, ok := tv.Type.Underlying().(*types.Interface)
		return ok && it.NumMethods() > 0
	}
	// emptyOperand: ta's operand is held in an empty interface.
	emptyOperand := func(ta *ast.TypeAssertExpr) bool {
		tv, ok := t.Info.Types[ta.X]
		if !ok || tv.Type == nil || mentionsTypeParam(tv.Type) {
			return false
		}
		it, ok := tv.Type.Underlying().(*types.Interface)
		return ok && it.NumMethods() == 0
	}
	guard := func(x ast.Expr) *ast.CallExpr {
		call := helperCall(x.Pos(), InstanceCaseHelper, x)
		if tv, ok := t.Info.Types[x]; ok {
			t.Info.Types[call] = tv
		}
		return call
	}
	inSwitch := map[*ast.TypeAssertExpr]bool{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			ta := switchGuard(n)
			if ta == nil {
				break
			}
			inSwitch[ta] = true
			id, ok := ast.Unparen(ta.X).(*ast.Ident)
			if !ok || id.Name == "_" || !emptyOperand(ta) {
				break
			}
			hasMethodCase := false
			var def *ast.CaseClause
			for _, c := range n.Body.List {
				cc := c.(*ast.CaseClause)
				if cc.List == nil {
					def = cc
				}
				for _, x := range cc.List {
					hasMethodCase = hasMethodCase || methodCase(x)
				}
			}
			if !hasMethodCase {
				break
			}
			// An instance that lost its methods falls to the default
			// clause, which checks the operand first; the switch itself
			// is left as it is (its operand is CellCase's, cellcase.go).
			if def == nil {
				def = &ast.CaseClause{Case: n.Body.Rbrace, Colon: n.Body.Rbrace}
				n.Body.List = append(n.Body.List, def)
			}
			use := &ast.Ident{NamePos: id.NamePos, Name: id.Name}
			if obj := t.Info.Uses[id]; obj != nil {
				t.Info.Uses[use] = obj
			}
			if tv, ok := t.Info.Types[id]; ok {
				t.Info.Types[use] = tv
			}
			def.Body = append([]ast.Stmt{&ast.ExprStmt{X: guard(use)}}, def.Body...)
		case *ast.TypeAssertExpr:
			if n.Type != nil && !inSwitch[n] && emptyOperand(n) && methodCase(n.Type) {
				n.X = guard(n.X)
			}
		}
		return true
	})
	return nil
}

// namesGenericTypeWithMethods: the part, or the cells' package it is
// checked in, declares or names a generic cell type with methods, whose
// instances are the values the guard is for.
func namesGenericTypeWithMethods(info *types.Info, scope *types.Scope) bool {
	generic := func(obj types.Object) bool {
		tn, ok := obj.(*types.TypeName)
		if !ok || !inMain(tn) {
			return false
		}
		named, ok := tn.Type().(*types.Named)
		return ok && named.TypeParams().Len() > 0 && named.NumMethods() > 0
	}
	if scope != nil {
		for _, name := range scope.Names() {
			if generic(scope.Lookup(name)) {
				return true
			}
		}
	}
	for _, m := range []map[*ast.Ident]types.Object{info.Defs, info.Uses} {
		for _, obj := range m {
			if generic(obj) {
				return true
			}
		}
	}
	return false
}
