package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 fails on `var a, b = f()` (several names, one call) in a
// nested block of a cell's statements (an if, a loop, a case): the names
// were undefined where used, and unused the compiler crashed. In a
// function, and as a := anywhere, it is right, so lowerBlockMultiVars
// writes it as the := Go scopes the same way (the call sees the names
// outside):
//
//	if ok { var n, err = parse(s) }  →  if ok { n, err := parse(s) }
//
// It runs before the pass that renames what nested blocks declare
// (shadow.go), which renames the := alike.
func lowerBlockMultiVars(f *File, _ Options) {
	if f.Main == nil {
		return
	}
	n := 0
	list := func(stmts []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		changed := false
		for _, st := range stmts {
			var gd *ast.GenDecl
			if ds, ok := st.(*ast.DeclStmt); ok {
				gd, _ = ds.Decl.(*ast.GenDecl)
			}
			if gd == nil || gd.Tok != token.VAR || !specsSpread(gd) {
				out = append(out, st)
				continue
			}
			changed = true
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if !spreads(vs) {
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
	ast.Inspect(f.Main.Body, func(node ast.Node) bool {
		switch x := node.(type) {
		case *ast.FuncLit:
			return false // a function of its own, which yaegi runs right
		case *ast.BlockStmt:
			if x != f.Main.Body {
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

// spreads: vs declares several names from one value, which must be a
// call of several results.
func spreads(vs *ast.ValueSpec) bool {
	return len(vs.Names) > 1 && len(vs.Values) == 1
}

func specsSpread(gd *ast.GenDecl) bool {
	for _, spec := range gd.Specs {
		if vs, ok := spec.(*ast.ValueSpec); ok && spreads(vs) {
			return true
		}
	}
	return false
}
