package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 instantiates a generic type where a package-level
// variable names an instance of it (var global = &Stack[int]{}, var s
// Stack[int]), and compiles the instance's methods there: a method
// declared below that point is missing from the instance ("undefined
// selector: Push" where it is called), and so is one whose body calls a
// function declared below it. Go does not care where a package-level
// variable is declared.
//
// A type alias of an instance (type IntStack = Stack[int]) does the same.
//
// moveInstanceVars moves the part's package-level variable declarations
// after its last function, when one of them (or an alias) names an
// instance of a generic type the part declares and a function follows
// it. All the variables move, in their order, so that the order the
// interpreter initializes them in stays the one orderPackageVars wrote;
// the aliases of instances go before them.
func moveInstanceVars(f *File, _ Options) {
	generic := map[string]bool{}
	for _, ts := range topTypeSpecs(f.AST) {
		if ts.TypeParams != nil && len(ts.TypeParams.List) > 0 {
			generic[ts.Name.Name] = true
		}
	}
	if len(generic) == 0 {
		return
	}
	names := func(n ast.Node) bool {
		var x ast.Expr
		switch n := n.(type) {
		case *ast.IndexExpr:
			x = n.X
		case *ast.IndexListExpr:
			x = n.X
		default:
			return false
		}
		id, ok := x.(*ast.Ident)
		return ok && generic[id.Name]
	}
	instanceAlias := func(gd *ast.GenDecl) bool {
		if gd.Tok != token.TYPE {
			return false
		}
		for _, spec := range gd.Specs {
			if ts := spec.(*ast.TypeSpec); !ts.Assign.IsValid() || !someNode(ts.Type, names) {
				return false
			}
		}
		return true
	}
	lastFunc, firstInstance := -1, -1
	for i, d := range f.AST.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			lastFunc = i
		case *ast.GenDecl:
			if firstInstance < 0 && (d.Tok == token.VAR && someNode(d, names) || instanceAlias(d)) {
				firstInstance = i
			}
		}
	}
	if firstInstance < 0 || lastFunc < firstInstance {
		return
	}
	var kept, aliases, vars []ast.Decl
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		switch {
		case ok && gd.Tok == token.VAR:
			vars = append(vars, d)
		case ok && instanceAlias(gd):
			aliases = append(aliases, d)
		default:
			kept = append(kept, d)
		}
	}
	f.AST.Decls = append(append(kept, aliases...), vars...)
}
