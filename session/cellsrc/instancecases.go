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
// each assertion or type switch on an empty interface that has a case of
// an interface with methods to the runner's InstanceCase, which gives it
// back unless it is such a plain value of a type the cells registered for
// an instance (boxed.go): then the cell ends with an error naming the
// instance, as gogil cannot tell whether it has the case's methods.

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
			if !emptyOperand(ta) || n.Init != nil || !plainOperand(ta.X) {
				break
			}
			for _, c := range n.Body.List {
				for _, x := range c.(*ast.CaseClause).List {
					if methodCase(x) {
						// The check runs first; the switch keeps its operand
						// (a call's nil there crashes yaegi, cellcase.go).
						n.Init = &ast.ExprStmt{X: guard(ta.X)}
						return true
					}
				}
			}
		case *ast.TypeAssertExpr:
			if n.Type != nil && !inSwitch[n] && emptyOperand(n) && methodCase(n.Type) {
				n.X = guard(n.X)
			}
		}
		return true
	})
	return nil
}
