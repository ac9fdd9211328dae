package cellsrc

import (
	"go/ast"
	"go/token"

	"github.com/gogil/gogil/cellio"
)

// Go's `a, b := f()` declares only the names new in the scope and assigns
// the others, which keep their types. yaegi v0.16.1 declares them all
// anew, in function bodies as at the top level of a cell: after `var a
// any`, a became an int (a later `a = "s"` failed to compile), after
// `var f float64`, `f, g := 1, 2` made f an int (f/2 was 0), and a
// closure that captured the earlier variable no longer saw it change.
// The top level has a second cause: a notebook's statements are main's
// body, one scope, but the checker sees an earlier part's variables in
// the package's scope, so after `var c error` (an earlier part or cell),
// `c, d := two()` declared a new c of the result's type (*E), and `c ==
// nil` told of it, silently. lowerReusedDefines writes such a := as Go
// reads it,
//
//	c, d := two()  →  var d int; c, d = two()
//
// before the passes that type the code. A top-level := all of whose
// names are earlier variables (a cell run again) stays the notebook's
// redeclaration, as does one of a single name; Go would refuse both. The
// world of types (celltypes) keeps the earlier c by the same rule
// (ReusedByDefine).

// ReusedByDefine splits the names a top-level := of several names
// declares, as go/types checked it in main's own scope (declared: the
// checker made a new variable of the name), into those that are variables
// of an earlier part (earlier), which Go's one scope reuses, and the new
// ones; both are nil unless the statement has some of each.
func ReusedByDefine(as *ast.AssignStmt, declared func(*ast.Ident) bool, earlier func(name string) bool) (reused, fresh []*ast.Ident) {
	if as.Tok != token.DEFINE || len(as.Lhs) < 2 {
		return nil, nil
	}
	for _, lhs := range as.Lhs {
		id, ok := lhs.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		switch {
		case !declared(id):
			reused = append(reused, id) // of the same scope: go/types reused it
		case earlier(id.Name):
			reused = append(reused, id)
		default:
			fresh = append(fresh, id)
		}
	}
	if len(reused) == 0 || len(fresh) == 0 {
		return nil, nil
	}
	return reused, fresh
}

func lowerReusedDefines(f *File, opts Options) *cellio.Error {
	var main *ast.BlockStmt
	if f.Part.Kind == Stmts && f.Main != nil {
		main = f.Main.Body
	}
	if !mayReuseInDefine(f.AST, main, opts.Global) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	declared := func(id *ast.Ident) bool { return info.Defs[id] != nil }
	never := func(string) bool { return false }
	recheck := false
	rewrite := func(list []ast.Stmt, top bool) []ast.Stmt {
		var out []ast.Stmt
		for _, st := range list {
			as, ok := st.(*ast.AssignStmt)
			if !ok || as.Tok != token.DEFINE || len(as.Lhs) < 2 {
				out = append(out, st)
				continue
			}
			earlier := never
			if top && opts.Global != nil {
				earlier = opts.Global
			}
			reused, fresh := ReusedByDefine(as, declared, earlier)
			if fresh == nil {
				out = append(out, st)
				continue
			}
			var decls []ast.Stmt
			for _, id := range fresh {
				t, ok := l.nameType(id, info.Defs[id].Type())
				if !ok {
					l.fail(id, "%s declares %s and assigns %s, which gogil must declare apart and cannot name the type of: declare %s with var first", "this :=", id.Name, reused[0].Name, id.Name)
					return list
				}
				decls = append(decls, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: id.Pos(), Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{{NamePos: id.Pos(), Name: id.Name}}, Type: t}}}})
			}
			for _, id := range reused {
				recheck = recheck || info.Defs[id] != nil // a variable of an earlier part
			}
			// A copy: the runner records the names the statements as
			// written declare (File.Defined).
			assign := *as
			assign.Tok = token.ASSIGN
			out = append(append(out, decls...), &assign)
		}
		return out
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BlockStmt:
			n.List = rewrite(n.List, n == main)
		case *ast.CaseClause:
			n.Body = rewrite(n.Body, false)
		case *ast.CommClause:
			n.Body = rewrite(n.Body, false)
		}
		return l.err == nil
	})
	if recheck {
		// The checker typed the top level's reused names as new
		// variables: the passes after this one check the code again.
		f.typed, f.typeInfo = false, nil
	}
	return l.err
}

// mayReuseInDefine is the cheap test: a := of several names, one of which
// the file declares elsewhere too, or, at the top level of main (nil if
// none), a variable of an earlier part.
func mayReuseInDefine(file *ast.File, main *ast.BlockStmt, global func(string) bool) bool {
	var defines []*ast.AssignStmt
	declared := map[string]int{}
	note := func(ids ...*ast.Ident) {
		for _, id := range ids {
			declared[id.Name]++
		}
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE {
				break
			}
			for _, lhs := range n.Lhs {
				if id, ok := lhs.(*ast.Ident); ok {
					note(id)
				}
			}
			if len(n.Lhs) > 1 {
				defines = append(defines, n)
			}
		case *ast.ValueSpec:
			note(n.Names...)
		case *ast.Field:
			note(n.Names...)
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if id, ok := x.(*ast.Ident); ok {
						note(id)
					}
				}
			}
		}
		return true
	})
	top := map[*ast.AssignStmt]bool{}
	if main != nil {
		for _, st := range main.List {
			if as, ok := st.(*ast.AssignStmt); ok {
				top[as] = true
			}
		}
	}
	for _, as := range defines {
		for _, lhs := range as.Lhs {
			id, ok := lhs.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			if declared[id.Name] > 1 || top[as] && global != nil && global(id.Name) {
				return true
			}
		}
	}
	return false
}
