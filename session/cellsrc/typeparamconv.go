package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// yaegi v0.16.1 panics compiling a conversion to a type parameter whose
// value is a pointer, PT(&out[i]) in the pointer-method pattern
// (func F[T any, PT interface{ *T; Set(string) }]), where it compiles
// the same value assigned to a variable of the type parameter (var p PT
// = &v). lowerTypeParamConversions writes each conversion to a type
// parameter whose operand, a pointer, go/types finds assignable to it
// (so that the assignment means what the conversion does) as that
// assignment:
//
//	PT(&out[i])  →  func() PT { var __gogil_c PT = &out[i]; return __gogil_c }()
//
// yaegi also panics compiling a conversion of a number to a type parameter
// of numbers, T(len(xs)) in Average[T Number], once the function is
// instantiated with a type the cells declared (Average([]Celsius{...})),
// where it compiles it for float64. Such a conversion goes through
// reflect, whose Convert is Go's conversion between numbers, into a
// variable of the type parameter:
//
//	T(len(xs))  →  func() T { var __gogil_c T; __gogil.ConvertInto(&__gogil_c, len(xs)); return __gogil_c }()
//
// Other conversions are left alone.
func lowerTypeParamConversions(f *File, opts Options) {
	var convs []*ast.CallExpr
	for _, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		params := typeParamNames(fd)
		if len(params) == 0 {
			continue
		}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && len(call.Args) == 1 && call.Ellipsis == token.NoPos {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && params[id.Name] {
					convs = append(convs, call)
				}
			}
			return true
		})
	}
	if len(convs) == 0 {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	rewrite := map[*ast.CallExpr]bool{}
	numeric := map[*ast.CallExpr]bool{}
	for _, call := range convs {
		fun, ok := t.Info.Types[call.Fun]
		if !ok || !fun.IsType() {
			continue
		}
		tp, ok := fun.Type.(*types.TypeParam)
		if !ok {
			continue
		}
		arg, ok := t.Info.Types[call.Args[0]]
		if !ok || arg.Type == nil {
			continue
		}
		if numericTypeSet(tp) && numericOperand(arg.Type) {
			rewrite[call], numeric[call] = true, true
			continue
		}
		if arg.Value != nil {
			continue
		}
		if _, ptr := arg.Type.Underlying().(*types.Pointer); ptr && types.AssignableTo(arg.Type, tp) {
			rewrite[call] = true
		}
	}
	if len(rewrite) == 0 {
		return
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if !ok || !rewrite[call] {
			return x
		}
		pos := call.Pos()
		v := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_c"} }
		typ := func() ast.Expr { return &ast.Ident{NamePos: pos, Name: ast.Unparen(call.Fun).(*ast.Ident).Name} }
		body := []ast.Stmt{
			&ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
				&ast.ValueSpec{Names: []*ast.Ident{v()}, Type: typ(), Values: []ast.Expr{call.Args[0]}},
			}}},
			&ast.ReturnStmt{Return: pos, Results: []ast.Expr{v()}},
		}
		if numeric[call] {
			// var __gogil_c T; __gogil.ConvertInto(&__gogil_c, x)
			body[0].(*ast.DeclStmt).Decl.(*ast.GenDecl).Specs[0].(*ast.ValueSpec).Values = nil
			body = slices.Insert(body, 1, ast.Stmt(&ast.ExprStmt{X: &ast.CallExpr{
				Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: pos, Name: ConvertIntoHelper}},
				Lparen: pos,
				Args:   []ast.Expr{&ast.UnaryExpr{OpPos: pos, Op: token.AND, X: v()}, call.Args[0]},
				Rparen: pos,
			}}))
		}
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
				Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: typ()}}, Closing: pos}},
			Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
		}
		return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
	})
}

// ConvertIntoHelper is the runner's helper that converts a number into a
// variable of a type parameter, by reflect (convertinto.go).
const ConvertIntoHelper = "ConvertInto"

// numericTypeSet: every type of tp's type set is a number, ~int | ~float64.
func numericTypeSet(tp *types.TypeParam) bool {
	iface, ok := tp.Constraint().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	found := false
	numeric := true
	var walk func(t types.Type)
	walk = func(t types.Type) {
		switch u := t.Underlying().(type) {
		case *types.Union:
			for i := range u.Len() {
				walk(u.Term(i).Type())
			}
		case *types.Interface:
			for i := range u.NumEmbeddeds() {
				walk(u.EmbeddedType(i))
			}
		case *types.Basic:
			found = true
			numeric = numeric && u.Info()&types.IsNumeric != 0 && u.Info()&types.IsComplex == 0
		default:
			numeric = false
		}
	}
	for i := range iface.NumEmbeddeds() {
		walk(iface.EmbeddedType(i))
	}
	return found && numeric
}

// numericOperand: a value of t converts to a number the way reflect's
// Convert does it: a number, an untyped numeric constant, or a type
// parameter whose types are numbers.
func numericOperand(t types.Type) bool {
	if tp, ok := t.(*types.TypeParam); ok {
		return numericTypeSet(tp)
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsNumeric != 0 && b.Info()&types.IsComplex == 0
}

// typeParamNames are the type parameters fd's body may name: its own,
// and its receiver's.
func typeParamNames(fd *ast.FuncDecl) map[string]bool {
	names := map[string]bool{}
	if fd.Type.TypeParams != nil {
		for _, field := range fd.Type.TypeParams.List {
			for _, n := range field.Names {
				names[n.Name] = true
			}
		}
	}
	if fd.Recv != nil && len(fd.Recv.List) == 1 {
		x := fd.Recv.List[0].Type
		if s, ok := x.(*ast.StarExpr); ok {
			x = s.X
		}
		var idx []ast.Expr
		switch r := x.(type) {
		case *ast.IndexExpr:
			idx = []ast.Expr{r.Index}
		case *ast.IndexListExpr:
			idx = r.Indices
		}
		for _, e := range idx {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
				names[id.Name] = true
			}
		}
	}
	return names
}
