package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// An error chain keeps Go's identities only if what native code hands back
// is the interpreter's own value. yaegi v0.16.1 holds a cell value in an
// error as a wrapper struct with func fields: Go's == panics on two of
// them (comparing uncomparable type interp._error), and native
// errors.Unwrap neither calls a cell type's Unwrap method (the wrapper has
// none) nor gives back the value fmt.Errorf's %w was handed, but the
// printing layer's stand-in for it (session/cellfmt). Two lowerings, with
// helpers of the runner that name each link as errors.Is's does
// (session/errorsas.go):
//
//   - errors.Unwrap(x) becomes __gogil.ErrorsUnwrap(x, T, f, ...), the
//     trailing arguments those of ErrorsIs (chainMethods);
//   - x == y and x != y where an operand's static type is an interface
//     with an Error method become [!]__gogil.ErrorsEqual(x, y): the values
//     the wrappers hold are compared, as Go compares the interfaces.
//
// fmt.Errorf's argument of a cell error type whose wrapper keeps the whole
// value (a pointer, or a type not a struct) goes to __gogil.TypedError,
// Typed with a parameter of type error, for which yaegi makes its wrapper:
// the printing layer keeps it to give back.

// The runner's helpers of this file.
const (
	ErrorsUnwrapHelper = "ErrorsUnwrap"
	ErrorsEqualHelper  = "ErrorsEqual"
	TypedErrorHelper   = "TypedError"
)

// mentionsErrorChain is the syntactic test, beside printsValues's, that a
// part may unwrap or compare errors: errors.Unwrap, or == and != between
// two operands neither of which is nil or a literal.
func mentionsErrorChain(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		if sel, ok := n.Fun.(*ast.SelectorExpr); ok && len(n.Args) == 1 {
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "errors" && sel.Sel.Name == "Unwrap" {
				return true
			}
		}
	case *ast.BinaryExpr:
		return (n.Op == token.EQL || n.Op == token.NEQ) && comparedValue(n.X) && comparedValue(n.Y)
	}
	return false
}

func comparedValue(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.BasicLit:
		return false
	case *ast.Ident:
		return x.Name != "nil" && x.Name != "true" && x.Name != "false"
	}
	return true
}

// lowerErrorChains applies this file's lowerings to a part go/types typed.
func (l *typedLowering) lowerErrorChains() {
	scope := l.mainScope()
	if scope == nil {
		return // no cell type is in reach: no value of one either
	}
	errType := types.Universe.Lookup("error").Type()
	errIface := errType.Underlying().(*types.Interface)
	isErrorIface := func(t types.Type) bool {
		if t == nil {
			return false
		}
		if _, tp := t.(*types.TypeParam); tp {
			return false
		}
		// A cell's own interface is the interpreter's valueInterface, not
		// a wrapper: error and the library's interfaces only.
		if n, named := t.(*types.Named); named && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main") {
			return types.Identical(t, errType)
		}
		_, named := t.(*types.Named)
		return named && types.IsInterface(t) && types.Implements(t, errIface)
	}
	compared := map[*ast.BinaryExpr][2]types.Type{}
	switches := false
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		switches = switches || mentionsErrorSwitch(n)
		switch n := n.(type) {
		case *ast.CallExpr:
			l.lowerErrorsUnwrap(n, scope)
		case *ast.BinaryExpr:
			if !mentionsErrorChain(n) {
				return true
			}
			tx, ty, typed := comparedTypes(l.t.Info, n)
			if !typed {
				return true
			}
			if isErrorIface(tx) || isErrorIface(ty) {
				compared[n] = [2]types.Type{tx, ty}
			}
		}
		return true
	})
	// A non-interface operand goes to the helper as error(x), the wrapper
	// Go's == would compare the interface with.
	operand := func(x ast.Expr, t types.Type) ast.Expr {
		if types.IsInterface(t) {
			return x
		}
		return &ast.CallExpr{Fun: &ast.Ident{NamePos: x.Pos(), Name: "error"}, Lparen: x.Pos(), Args: []ast.Expr{x}, Rparen: x.End()}
	}
	if switches {
		defer l.lowerErrorSwitches(isErrorIface, operand)
	}
	if len(compared) == 0 {
		return
	}
	replaceExprs(l.f.AST, func(x ast.Expr) ast.Expr {
		b, ok := x.(*ast.BinaryExpr)
		if !ok {
			return x
		}
		ts, ok := compared[b]
		if !ok {
			return x
		}
		var call ast.Expr = &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: b.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(ErrorsEqualHelper)},
			Lparen: b.OpPos,
			Args:   []ast.Expr{operand(b.X, ts[0]), operand(b.Y, ts[1])},
			Rparen: b.End(),
		}
		if b.Op == token.NEQ {
			call = &ast.UnaryExpr{OpPos: b.Pos(), Op: token.NOT, X: call}
		}
		return call
	})
}

// lowerErrorsUnwrap rewrites errors.Unwrap(x) into the runner's.
func (l *typedLowering) lowerErrorsUnwrap(call *ast.CallExpr, scope *types.Scope) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return
	}
	name, ok := l.t.Info.Uses[pkg].(*types.PkgName)
	if !ok || name.Imported().Path() != "errors" || sel.Sel.Name != "Unwrap" {
		return
	}
	call.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: sel.Pos(), Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: ErrorsUnwrapHelper}}
	// No type has a method named "": each gets its Unwrap function or false.
	call.Args = append(call.Args, chainMethods(scope, "", call.Rparen)...)
}

// keepsWhole: yaegi's wrapper of a value of t in an error holds the whole
// value (not one field of a struct), so the printing layer can give back
// the wrapper of an Errorf argument of type t.
func keepsWhole(t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		return true
	}
	_, isStruct := t.Underlying().(*types.Struct)
	return !isStruct
}

func errorIface() *types.Interface {
	return types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
}

// isErrorf: the print call is fmt.Errorf, whose %w keeps its argument.
func isErrorf(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Errorf"
}
