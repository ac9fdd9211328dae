package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi makes one global of each name a cell's statements declare, from
// the start of the statements: in
//
//	var x = "package"   (an earlier part or cell)
//	fmt.Println(x)
//	x := "main"
//
// the Println already read the new, still empty x, and in one cell the
// two declarations failed with "variable definition loop". Go reads the
// earlier x there. lowerTopLevelRedefines writes such a `x := v`, whose x
// the statements used before as the earlier variable, as the assignment
// `x = v` when the types are identical (the variable keeps its name for
// the cells after, with the new value), and refuses it with an error
// naming x when they differ, since one global cannot be both.
func lowerTopLevelRedefines(f *File, opts Options) *cellio.Error {
	if f.Main == nil || f.Main.Body == nil || opts.Global == nil || !definesGlobal(f.Main.Body, opts.Global) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	body := f.Main.Body
	used := map[string]types.Object{} // names read so far as earlier variables
	record := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v, isVar := l.t.Info.Uses[id].(*types.Var); isVar && l.earlierVar(v, body) {
					used[id.Name] = v
				}
			}
			return true
		})
	}
	var out []ast.Stmt
	for _, st := range f.Main.Body.List {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, x := range as.Rhs {
				record(x) // x := x + 1 reads the earlier x
			}
			before, e := l.redefine(as, used)
			if e != nil {
				return e
			}
			out = append(out, before...)
		}
		out = append(out, st)
		record(st)
	}
	f.Main.Body.List = out
	return l.err
}

// redefine rewrites as, a top-level :=, into = when a name it declares
// anew was read before as the package variable of that name, of an
// identical type; the other names it declares are declared before it
// (var b T), so that one assignment keeps the order of evaluation. The
// statements to put before as are returned.
func (l *typedLowering) redefine(as *ast.AssignStmt, used map[string]types.Object) ([]ast.Stmt, *cellio.Error) {
	reuse := false
	var fresh []*ast.Ident
	for _, lhs := range as.Lhs {
		id, ok := lhs.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		def, isDef := l.t.Info.Defs[id].(*types.Var)
		if !isDef || def == nil {
			continue // assigned by this :=, not declared
		}
		old, wasUsed := used[id.Name]
		if !wasUsed {
			fresh = append(fresh, id)
			continue
		}
		if !types.Identical(def.Type(), old.Type()) {
			return nil, l.f.compileError(id, "%s was used above as the variable of an earlier cell (%s) and is declared here again with the type %s: gogil keeps one variable per name among a cell's statements; give the new one another name", id.Name, types.TypeString(old.Type(), nil), types.TypeString(def.Type(), nil))
		}
		reuse = true
	}
	if !reuse {
		return nil, nil
	}
	var before []ast.Stmt
	for _, id := range fresh {
		t, ok := l.nameType(id, l.t.Info.Defs[id].Type())
		if !ok {
			return nil, l.f.compileError(id, "a name of this := was used above as the variable of an earlier cell, and gogil cannot write the type of %s to declare it apart: give the reused one another name", id.Name)
		}
		before = append(before, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: id.Pos(), Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{{NamePos: id.Pos(), Name: id.Name}}, Type: t}}}})
	}
	as.Tok = token.ASSIGN
	return before, nil
}

// earlierVar: v is a variable of the cells declared outside body (an
// earlier part's or cell's), not a field or a library's variable.
func (l *typedLowering) earlierVar(v *types.Var, body *ast.BlockStmt) bool {
	if v.IsField() || v.Pkg() != nil && !cellPackage(l.t, v.Pkg()) {
		return false
	}
	return !(body.Pos() <= v.Pos() && v.Pos() < body.End())
}

// definesGlobal is the cheap test: a top-level := of a name that is a
// variable of an earlier part, and that the statements name before it or
// in its values (only then can they have read the earlier variable). A
// cell redefining x := 1 without reading it costs no type check.
func definesGlobal(body *ast.BlockStmt, global func(string) bool) bool {
	named := map[string]bool{} // the identifiers of the statements so far
	note := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				named[id.Name] = true
			}
			return true
		})
	}
	for _, st := range body.List {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, x := range as.Rhs {
				note(x)
			}
			for _, lhs := range as.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && named[id.Name] && global(id.Name) {
					return true
				}
			}
		}
		note(st)
	}
	return false
}
