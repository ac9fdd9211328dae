package cellsrc

import (
	"go/ast"
	"go/token"
)

// RecoveredHelper is the runner's function a recover() call's value goes
// through: yaegi lets reflect's panics through for some of Go's run-time
// errors (a field of a nil pointer panics with "reflect: call of
// reflect.Value.Field on zero Value"), and a program that recovers one
// printed that text where Go prints "runtime error: invalid memory address
// or nil pointer dereference". The helper gives back Go's runtime.Error.
const RecoveredHelper = "Recovered"

// WrapRecover makes every call of the builtin recover under n the argument
// of the runner's RecoveredHelper, unless the part declares a recover of
// its own. The call stays in the deferred function, where recover works.
//
// A recover() among the statements of main, the cell's top level, is
// never called by a deferred function, so its value is nil; yaegi's
// recover there dereferences a frame it has not got, and panics. It is
// written as nil.
func WrapRecover(file *ast.File, main *ast.FuncDecl) {
	if !someNode(file, func(n ast.Node) bool { return recoverCall(n) }) || declaresName(file, "recover") {
		return
	}
	topLevel := map[*ast.CallExpr]bool{}
	if main != nil && main.Body != nil {
		ast.Inspect(main.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.DeferStmt:
				// defer recover(): the deferred call is recover itself,
				// left as the interpreter runs it.
				for _, a := range n.Call.Args {
					ast.Inspect(a, func(m ast.Node) bool {
						if c, ok := m.(*ast.CallExpr); ok && recoverCall(c) {
							topLevel[c] = true
						}
						_, lit := m.(*ast.FuncLit)
						return !lit
					})
				}
				return false
			case *ast.CallExpr:
				if recoverCall(n) {
					topLevel[n] = true
				}
			}
			return true
		})
	}
	replaceExprs(file, func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if !ok || !recoverCall(call) {
			return x
		}
		if topLevel[call] {
			return &ast.CallExpr{
				Fun:    &ast.ParenExpr{Lparen: call.Pos(), X: &ast.InterfaceType{Interface: call.Pos(), Methods: &ast.FieldList{}}, Rparen: call.Pos()},
				Lparen: call.Pos(), Args: []ast.Expr{&ast.Ident{NamePos: call.Pos(), Name: "nil"}}, Rparen: call.End(),
			}
		}
		return &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: ast.NewIdent(RuntimeAlias), Sel: ast.NewIdent(RecoveredHelper)},
			Lparen: call.Pos(), Args: []ast.Expr{call}, Rparen: call.End(),
		}
	})
}

// recoverCall: n is recover().
func recoverCall(n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	id, ok := call.Fun.(*ast.Ident)
	return ok && id.Name == "recover"
}

// declaresName reports whether file declares name anywhere: a function,
// a variable, constant or type, or a parameter.
func declaresName(file *ast.File, name string) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			found = found || n.Recv == nil && n.Name.Name == name
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name == name {
						found = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				found = found || id.Name == name
			}
		case *ast.TypeSpec:
			found = found || n.Name.Name == name
		case *ast.Field:
			for _, id := range n.Names {
				found = found || id.Name == name
			}
		}
		return !found
	})
	return found
}
