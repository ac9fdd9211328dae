package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 runs a var declaration in a function body wrongly when its
// value calls a generic function: `var z = id(9)` left z 0 where the call
// made the instance, `var s fmt.Stringer = some(2)` held a zero Option
// whatever came first, and `var p, ok = pair(5)` gave 0, false; all
// silently, in a program's functions as in a cell's function literals, and
// a nested block of the statements failed with an undefined hidden name.
// The same calls in := and in assignments are right, so
// lowerGenericLocalVars writes such a declaration as one of them, which
// Go scopes the same way (the values see the names outside):
//
//	var z = id(9)              →  z := id(9)
//	var s fmt.Stringer = f(x)  →  var s fmt.Stringer; s = f(x)
//
// A typed declaration whose values name one of its own names (var x T =
// g(x), the outer x) first takes the values into hidden variables. The
// top-level statements are left to the package-level passes
// (genericvars.go).
func lowerGenericLocalVars(f *File, opts Options) {
	own := map[string]bool{}
	for _, d := range f.AST.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
			own[fd.Name.Name] = true
		}
	}
	generic := func(name string) bool { return own[name] || opts.Generic != nil && opts.Generic(name) }
	var top *ast.BlockStmt
	if f.Main != nil {
		top = f.Main.Body
	}
	rewriteLocalVars(f.AST, top, true, func(vs *ast.ValueSpec) bool {
		return len(vs.Values) > 0 && callsGeneric(vs.Values, generic)
	})
}

// rewriteLocalVars writes, in the statement lists under root (blocks but
// top, the statements of a cell, and the clauses of switches and
// selects), each var declaration of which some spec is one rewrite says
// as declarations of the other specs and, for those specs, the := or the
// declaration and assignments of localVarInit. inFuncLits: also in
// function literals.
func rewriteLocalVars(root ast.Node, top *ast.BlockStmt, inFuncLits bool, rewrite func(*ast.ValueSpec) bool) {
	n := 0
	some := func(gd *ast.GenDecl) bool {
		for _, spec := range gd.Specs {
			if vs, ok := spec.(*ast.ValueSpec); ok && rewrite(vs) {
				return true
			}
		}
		return false
	}
	list := func(stmts []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		changed := false
		for _, st := range stmts {
			var gd *ast.GenDecl
			if ds, ok := st.(*ast.DeclStmt); ok {
				gd, _ = ds.Decl.(*ast.GenDecl)
			}
			if gd == nil || gd.Tok != token.VAR || !some(gd) {
				out = append(out, st)
				continue
			}
			changed = true
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if !rewrite(vs) {
					out = append(out, varStmt(gd, vs))
					continue
				}
				out = append(out, localVarInit(vs, &n)...)
			}
		}
		if !changed {
			return stmts
		}
		return out
	}
	ast.Inspect(root, func(node ast.Node) bool {
		switch x := node.(type) {
		case *ast.FuncLit:
			return inFuncLits
		case *ast.BlockStmt:
			if x != top {
				x.List = list(x.List)
			}
		case *ast.CaseClause:
			x.Body = list(x.Body)
		case *ast.CommClause:
			x.Body = list(x.Body)
		}
		return true
	})
}

// varStmt is vs declared on its own.
func varStmt(gd *ast.GenDecl, vs *ast.ValueSpec) ast.Stmt {
	return &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: gd.TokPos, Tok: token.VAR, Specs: []ast.Spec{vs}}}
}

// localVarInit writes vs, whose values call a generic function, as a :=
// or as a declaration without values and an assignment.
func localVarInit(vs *ast.ValueSpec, n *int) []ast.Stmt {
	pos := vs.Names[0].Pos()
	names := func() []ast.Expr {
		var l []ast.Expr
		for _, id := range vs.Names {
			l = append(l, &ast.Ident{NamePos: id.NamePos, Name: id.Name})
		}
		return l
	}
	blank := true
	for _, id := range vs.Names {
		blank = blank && id.Name == "_"
	}
	if vs.Type == nil {
		tok := token.DEFINE
		if blank {
			tok = token.ASSIGN // `_ := v` declares nothing
		}
		return []ast.Stmt{&ast.AssignStmt{Lhs: names(), TokPos: pos, Tok: tok, Rhs: vs.Values}}
	}
	decl := &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
		&ast.ValueSpec{Names: vs.Names, Type: vs.Type},
	}}}
	values := vs.Values
	var out []ast.Stmt
	if readsOwnNames(values, vs.Names) {
		// The values read the names outside: take them before the
		// declaration hides those.
		results := len(values)
		if results == 1 {
			results = len(vs.Names)
		}
		var temps, uses []ast.Expr
		for range results {
			*n++
			name := fmt.Sprintf("__gogil_gvar%d", *n)
			temps = append(temps, &ast.Ident{NamePos: pos, Name: name})
			uses = append(uses, &ast.Ident{NamePos: pos, Name: name})
		}
		out = append(out, &ast.AssignStmt{Lhs: temps, TokPos: pos, Tok: token.DEFINE, Rhs: values})
		values = uses
	}
	out = append(out, decl)
	if len(values) == 1 {
		return append(out, &ast.AssignStmt{Lhs: names(), TokPos: pos, Tok: token.ASSIGN, Rhs: values})
	}
	// One assignment each, which no value can tell from the parallel
	// one since none reads the names: yaegi panicked assigning instances
	// to interfaces in parallel.
	for i, v := range values {
		out = append(out, &ast.AssignStmt{Lhs: names()[i : i+1], TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{v}})
	}
	return out
}

// readsOwnNames: an identifier among values is spelled like one of names
// (a field selector's name too, which costs only the hidden copies).
func readsOwnNames(values []ast.Expr, names []*ast.Ident) bool {
	found := false
	for _, v := range values {
		ast.Inspect(v, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				for _, name := range names {
					if name.Name != "_" && name.Name == id.Name {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}
