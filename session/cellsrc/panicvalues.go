package cellsrc

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// A panic nothing recovers prints its value's Error (or String) method's
// text in Go: `panic(ValidationError{"score", 101})` ends the program with
// "panic: invalid score: 101". yaegi panics with the value as it holds
// it, whose methods no native code sees, and the cell's error read
// "panic: {score 101}".
//
// lowerPanicValues writes panic(x), x of a cell type whose method set has
// Error() string or String() string, as
//
//	panic(func(v T) any { return __gogil.Panicking(v, v.Error) }(x))
//
// The runner's Panicking wraps the value with its method, which the cell's
// error calls for its text; __gogil.Recovered, which every recover() of a
// cell goes through (recovered.go), hands the program the value itself.

// PanickingHelper is the runner's helper of this file.
const PanickingHelper = "Panicking"

func lowerPanicValues(f *File, opts Options) *cellio.Error {
	if !someNode(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return false
		}
		id, ok := call.Fun.(*ast.Ident)
		return ok && id.Name == "panic"
	}) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !isBuiltin(info, call.Fun, "panic") {
			return true
		}
		arg := call.Args[0]
		tv, ok := info.Types[arg]
		if !ok || tv.Type == nil || tv.Value != nil {
			return true
		}
		name, ok := l.cellTypeName(tv.Type)
		method := describingMethod(tv.Type)
		if !ok || method == "" {
			return true
		}
		pos := arg.Pos()
		var typ ast.Expr = &ast.Ident{NamePos: pos, Name: strings.TrimPrefix(name, "*")}
		if strings.HasPrefix(name, "*") {
			typ = &ast.StarExpr{Star: pos, X: typ}
		}
		v := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_panicking"} }
		lit := &ast.FuncLit{
			Type: &ast.FuncType{
				Func:    pos,
				Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v()}, Type: typ}}},
				Results: &ast.FieldList{List: []*ast.Field{{Type: &ast.InterfaceType{Interface: pos, Methods: &ast.FieldList{}}}}},
			},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{
				helperCall(pos, PanickingHelper, v(), &ast.SelectorExpr{X: v(), Sel: &ast.Ident{NamePos: pos, Name: method}}),
			}}}, Rbrace: pos},
		}
		call.Args[0] = &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{arg}, Rparen: arg.End()}
		return true
	})
	return nil
}

// describingMethod is the method Go's runtime prints a panic's value with:
// Error for an error, else String for a fmt.Stringer, else "".
func describingMethod(t types.Type) string {
	ms := types.NewMethodSet(t)
	for _, name := range []string{"Error", "String"} {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
			continue
		}
		if b, ok := sig.Results().At(0).Type().(*types.Basic); ok && b.Kind() == types.String {
			return name
		}
	}
	return ""
}
