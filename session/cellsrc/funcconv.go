package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi types a global (a package-level var, or a cell's top-level :=)
// before it compiles the code, and there takes a conversion to a function
// type with one result for a call of it: after
//
//	up := Handler(strings.ToUpper) // type Handler func(string) string
//	h := up.Chain(up)
//
// up is a string to it, and the second line fails with "undefined
// selector Chain" (so does `var up = Handler(...)`). lowerFuncConversions
// writes such a `v := T(x)` as `var v T = T(x)`, and gives `var v = T(x)`
// its type T, which yaegi then reads from the declaration.
func lowerFuncConversions(f *File, opts Options) *cellio.Error {
	var body []ast.Stmt
	if f.Main != nil && f.Main.Body != nil {
		body = f.Main.Body.List
	}
	if !convertsThenSelects(f.AST, body) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	// funcType is the name of the type X converts to, nil where X is no
	// function type with one result.
	funcType := func(conv *ast.CallExpr) *ast.Ident {
		tn, isType := l.t.Info.Uses[conversionType(conv)].(*types.TypeName)
		if !isType {
			return nil
		}
		if sig, isFunc := tn.Type().Underlying().(*types.Signature); !isFunc || sig.Results().Len() != 1 {
			return nil
		}
		return &ast.Ident{NamePos: conv.Fun.Pos(), Name: tn.Name()}
	}
	for _, d := range f.AST.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			typeVarSpecs(g, funcType)
		}
	}
	for i, st := range body {
		if ds, ok := st.(*ast.DeclStmt); ok {
			if g, isGen := ds.Decl.(*ast.GenDecl); isGen {
				typeVarSpecs(g, funcType)
			}
			continue
		}
		v, conv, ok := conversionDefine(st)
		if !ok {
			continue
		}
		if t := funcType(conv); t != nil {
			body[i] = &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: st.Pos(), Tok: token.VAR, Specs: []ast.Spec{
				&ast.ValueSpec{Names: []*ast.Ident{v}, Type: t, Values: []ast.Expr{conv}},
			}}}
		}
	}
	return nil
}

// typeVarSpecs gives each `var v = X(x)` of g the type funcType names.
func typeVarSpecs(g *ast.GenDecl, funcType func(*ast.CallExpr) *ast.Ident) {
	if g.Tok != token.VAR {
		return
	}
	for _, sp := range g.Specs {
		if vs, conv := conversionSpec(sp); conv != nil {
			if t := funcType(conv); t != nil {
				vs.Type = t
			}
		}
	}
}

// conversionSpec matches `var v = X(x)`, X a name.
func conversionSpec(sp ast.Spec) (*ast.ValueSpec, *ast.CallExpr) {
	vs, ok := sp.(*ast.ValueSpec)
	if !ok || vs.Type != nil || len(vs.Names) != 1 || len(vs.Values) != 1 {
		return nil, nil
	}
	call, isCall := vs.Values[0].(*ast.CallExpr)
	if !isCall || len(call.Args) != 1 || call.Ellipsis.IsValid() || conversionType(call) == nil {
		return nil, nil
	}
	return vs, call
}

// conversionDefine matches `v := X(x)`, X a name, which may be a
// conversion.
func conversionDefine(st ast.Stmt) (*ast.Ident, *ast.CallExpr, bool) {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return nil, nil, false
	}
	v, ok := as.Lhs[0].(*ast.Ident)
	call, isCall := as.Rhs[0].(*ast.CallExpr)
	if !ok || v.Name == "_" || !isCall || len(call.Args) != 1 || call.Ellipsis.IsValid() || conversionType(call) == nil {
		return nil, nil, false
	}
	return v, call, true
}

// conversionType is the name X of a call X(x) or (X)(x), nil for any
// other callee.
func conversionType(call *ast.CallExpr) *ast.Ident {
	fun := call.Fun
	for {
		p, ok := fun.(*ast.ParenExpr)
		if !ok {
			break
		}
		fun = p.X
	}
	id, _ := fun.(*ast.Ident)
	return id
}

// convertsThenSelects is the cheap test: a global `v := X(x)` or
// `var v = X(x)` whose v a selector of the part reads (v.M); only then
// can yaegi's typing of v fail, and only then is the part type-checked.
func convertsThenSelects(file *ast.File, body []ast.Stmt) bool {
	defined := map[string]bool{}
	note := func(g *ast.GenDecl) {
		if g.Tok == token.VAR {
			for _, sp := range g.Specs {
				if vs, conv := conversionSpec(sp); conv != nil {
					defined[vs.Names[0].Name] = true
				}
			}
		}
	}
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			note(g)
		}
	}
	for _, st := range body {
		if v, _, ok := conversionDefine(st); ok {
			defined[v.Name] = true
		} else if ds, ok := st.(*ast.DeclStmt); ok {
			if g, isGen := ds.Decl.(*ast.GenDecl); isGen {
				note(g)
			}
		}
	}
	if len(defined) == 0 {
		return false
	}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, isID := sel.X.(*ast.Ident); isID && defined[id.Name] {
				found = true
			}
		}
		return !found
	})
	return found
}
