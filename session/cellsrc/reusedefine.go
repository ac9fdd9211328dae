package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

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
// redeclaration, as does one of a single name, and one whose value Go
// could not assign to the earlier variable (`ok, more := <-ch` after `ok
// := true`, a new type for the name); Go would refuse all three. The
// world of types (celltypes) keeps the earlier c by the same rule
// (ReusedByDefine).

// ReusedByDefine splits the names a := of several names declares into
// those Go's one scope reuses (reused says it of a name the checker
// declared anew: a variable of an earlier part the value can be assigned
// to; a name the checker did not declare it reused itself) and the new
// ones; both are nil unless the statement has some of each.
func ReusedByDefine(as *ast.AssignStmt, declared func(*ast.Ident) bool, reused func(*ast.Ident) bool) (reuse, fresh []*ast.Ident) {
	if as.Tok != token.DEFINE || len(as.Lhs) < 2 {
		return nil, nil
	}
	for _, lhs := range as.Lhs {
		id, ok := lhs.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		if !declared(id) || reused(id) {
			reuse = append(reuse, id)
		} else {
			fresh = append(fresh, id)
		}
	}
	if len(reuse) == 0 || len(fresh) == 0 {
		return nil, nil
	}
	return reuse, fresh
}

// AssignedValue is the type of the value a := assigns to its i-th name, as
// info types it (nil where it did not).
func AssignedValue(info *types.Info, as *ast.AssignStmt, i int) types.Type {
	if len(as.Lhs) == len(as.Rhs) {
		return info.TypeOf(as.Rhs[i])
	}
	if len(as.Rhs) == 1 {
		if tuple, ok := info.TypeOf(as.Rhs[0]).(*types.Tuple); ok && i < tuple.Len() {
			return tuple.At(i).Type()
		}
	}
	return nil
}

// assignableTo: the value of type value can be assigned to a variable of
// type to.
func assignableTo(value, to types.Type) bool {
	return value != nil && to != nil && types.AssignableTo(value, to)
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
	recheck := false
	rewrite := func(list []ast.Stmt, top bool) []ast.Stmt {
		var out []ast.Stmt
		for _, st := range list {
			as, ok := st.(*ast.AssignStmt)
			if !ok || as.Tok != token.DEFINE || len(as.Lhs) < 2 {
				out = append(out, st)
				continue
			}
			// At the top level, a variable of an earlier part the value
			// can be assigned to; the checker saw it in the package's scope.
			earlier := func(id *ast.Ident) bool {
				if !top || opts.Global == nil || !opts.Global(id.Name) {
					return false
				}
				def := info.Defs[id]
				if def == nil || def.Parent() == nil || def.Parent().Parent() == nil {
					return false
				}
				_, old := def.Parent().Parent().LookupParent(id.Name, token.NoPos)
				v, ok := old.(*types.Var)
				return ok && assignableTo(AssignedValue(info, as, slices.Index(as.Lhs, ast.Expr(id))), v.Type())
			}
			reused, fresh := ReusedByDefine(as, declared, earlier)
			if fresh == nil {
				out = append(out, st)
				continue
			}
			var decls []ast.Stmt
			unnamed := false
			for _, id := range fresh {
				t, ok := l.nameType(id, info.Defs[id].Type())
				if !ok {
					unnamed = true
					break
				}
				decls = append(decls, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: id.Pos(), Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{{NamePos: id.Pos(), Name: id.Name}}, Type: t}}}})
			}
			if unnamed {
				// The interpreter's redeclaration is right where the
				// types are the same but for a closure of the variable.
				if !sameTypes(info, as, reused) {
					l.fail(as, "this := declares %s and assigns %s, of another type, which gogil cannot do without naming the type of %s: declare it with var first", fresh[0].Name, reused[0].Name, fresh[0].Name)
					return list
				}
				out = append(out, st)
				continue
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

// sameTypes: the names of as in reused are variables of the types of the
// values assigned to them.
func sameTypes(info *types.Info, as *ast.AssignStmt, reused []*ast.Ident) bool {
	for _, id := range reused {
		obj := info.Uses[id]
		if obj == nil {
			return false // of an earlier part, declared anew by the checker
		}
		value := AssignedValue(info, as, slices.Index(as.Lhs, ast.Expr(id)))
		if value == nil || !types.Identical(types.Default(value), obj.Type()) {
			return false
		}
	}
	return true
}
