package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// NamedErrorHelper is the runner's call of a native function that names
// the types of values in its error (session/nativenames.go):
// __gogil.NamedError(fn, args...) calls fn(args...) and puts the cell
// types' names back where the error names their reflect types.
const NamedErrorHelper = "NamedError"

// typeNamingPackages write the types of the values they are handed into
// their errors.
var typeNamingPackages = map[string]bool{
	"encoding/json": true, "encoding/xml": true, "text/template": true, "html/template": true,
}

// typeNamingCalls are the names of their functions and methods that take
// a cell value and return an error alone, for printsValues's syntactic
// test (the typed pass then checks the package and the signature).
var typeNamingCalls = map[string]bool{
	"Unmarshal": true, "Decode": true, "Encode": true, "Execute": true, "ExecuteTemplate": true,
}

func mentionsTypeNamingCall(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	return ok && typeNamingCalls[sel.Sel.Name] && len(call.Args) > 0
}

// lowerNamedErrors rewrites the calls of typeNamingPackages' functions and
// methods whose one result is an error into __gogil.NamedError(fn,
// methods, args...): methods lists, for a template's execution, the
// exported methods of the cells' top-level types (T.M), which a template
// cannot call on the interpreter's values: the runner ends the cell with
// an error naming one the template reached, rather than print the
// template's "can't evaluate field".
// A call is left alone where an argument of a cell type goes to a
// parameter of an interface with methods (a writer of a cell type): the
// runner, handed it as an any, would not have the interpreter's wrapper.
func (l *typedLowering) lowerNamedErrors() {
	errType := types.Universe.Lookup("error").Type()
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || !mentionsTypeNamingCall(call) {
			return true
		}
		sel := call.Fun.(*ast.SelectorExpr)
		fn, ok := l.t.Info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || !typeNamingPackages[fn.Pkg().Path()] {
			return true
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok || sig.Results().Len() != 1 || !types.Identical(sig.Results().At(0).Type(), errType) || sig.Params().Len() != len(call.Args) || sig.Variadic() {
			return true
		}
		if s, ok := l.t.Info.Selections[sel]; ok && s.Kind() != types.MethodVal {
			return true // a method expression: T.Method(recv, ...)
		}
		for i, a := range call.Args {
			tv := l.t.Info.Types[a]
			if tv.Type == nil {
				return true
			}
			p := sig.Params().At(i).Type()
			if iface, ok := p.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 && HoldsCellType(tv.Type, map[types.Type]bool{}) {
				return true
			}
		}
		methods := ""
		if p := fn.Pkg().Path(); p == "text/template" || p == "html/template" {
			methods = l.cellMethods()
		}
		lit := &ast.BasicLit{ValuePos: call.Lparen, Kind: token.STRING, Value: strconv.Quote(methods)}
		call.Args = append([]ast.Expr{call.Fun, lit}, call.Args...)
		call.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: sel.Pos(), Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: NamedErrorHelper}}
		return true
	})
}

// cellMethods is "T.M,T.N,..." for the exported methods of *T of each
// top-level type of the cells.
func (l *typedLowering) cellMethods() string {
	scope := l.mainScope()
	if scope == nil {
		return ""
	}
	var list []string
	for _, name := range scope.Names() {
		obj, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || obj.IsAlias() {
			continue
		}
		if _, isIface := obj.Type().Underlying().(*types.Interface); isIface {
			continue
		}
		set := types.NewMethodSet(types.NewPointer(obj.Type()))
		for i := range set.Len() {
			if m := set.At(i).Obj(); m.Exported() {
				list = append(list, name+"."+m.Name())
			}
		}
	}
	sort.Strings(list)
	return strings.Join(list, ",")
}
