package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi cannot declare a type alias in a function body (`type x2 = int`
// in main fails with "undefined: x2"). lowerLocalAliases writes each use
// of such an alias as the type it stands for, as the declaration wrote it,
// and drops the declaration. Where a name of that type means something
// else at a use (shadowed in between), the part is refused with an error
// naming the alias, never compiled with another type. The top-level
// statements of a cell are not a function body to the interpreter: an
// alias there stays, for the cells after it.
func lowerLocalAliases(f *File, opts Options) *cellio.Error {
	specs := localAliasSpecs(f)
	if len(specs) == 0 {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	type alias struct {
		spec  *ast.TypeSpec
		names map[*ast.Ident]types.Object // what the type's names mean at the declaration
	}
	aliases := map[types.Object]*alias{}
	// Declaration order: an alias may name an earlier one, whose uses in
	// its type are replaced first.
	for _, sp := range specs {
		obj, ok := info.Defs[sp.Name].(*types.TypeName)
		if !ok || !obj.IsAlias() {
			continue
		}
		a := &alias{spec: sp, names: map[*ast.Ident]types.Object{}}
		ast.Inspect(sp.Type, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if inner, isAlias := aliases[info.Uses[id]]; isAlias {
					for k, v := range inner.names {
						a.names[k] = v
					}
				} else if o := info.Uses[id]; o != nil {
					a.names[id] = o
				}
			}
			return true
		})
		replaceExprs(sp.Type, func(x ast.Expr) ast.Expr {
			if id, ok := x.(*ast.Ident); ok {
				if inner, isAlias := aliases[info.Uses[id]]; isAlias {
					return l.copyAt(inner.spec.Type, id.Pos())
				}
			}
			return x
		})
		aliases[obj] = a
	}
	if len(aliases) == 0 {
		return nil
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		id, ok := x.(*ast.Ident)
		if !ok || l.err != nil {
			return x
		}
		obj := info.Uses[id]
		a, isAlias := aliases[obj]
		if !isAlias {
			return x
		}
		scope := obj.Pkg().Scope().Innermost(id.Pos())
		for name, meant := range a.names {
			if scope == nil {
				break
			}
			if _, here := scope.LookupParent(name.Name, id.Pos()); here != meant {
				l.fail(id, "gogil writes the type alias %s, declared in a function body (which the interpreter cannot run), as %s where it is used, but %s means something else here: declare the alias at the package level, or rename what hides %s", id.Name, l.f.Text(a.spec.Type.Pos(), a.spec.Type.End()), name.Name, name.Name)
				return x
			}
		}
		return l.copyAt(a.spec.Type, id.Pos())
	})
	if l.err != nil {
		return l.err
	}
	drop := map[*ast.TypeSpec]bool{}
	for _, a := range aliases {
		drop[a.spec] = true
	}
	dropAliasSpecs(f.AST, drop)
	return nil
}

// copyAt is a copy of the type x whose positions are all pos, a use's.
func (l *typedLowering) copyAt(x ast.Expr, pos token.Pos) ast.Expr {
	c := l.copyExpr(x)
	placeAt(c, pos)
	return c
}

// dropAliasSpecs takes the specs drop out of their declarations, and a
// declaration left with none out of its statement list.
func dropAliasSpecs(n ast.Node, drop map[*ast.TypeSpec]bool) {
	filter := func(list []ast.Stmt) []ast.Stmt {
		out := list[:0]
		for _, st := range list {
			if ds, ok := st.(*ast.DeclStmt); ok {
				if g, isGen := ds.Decl.(*ast.GenDecl); isGen && g.Tok == token.TYPE {
					specs := g.Specs[:0]
					for _, sp := range g.Specs {
						if ts, isType := sp.(*ast.TypeSpec); !isType || !drop[ts] {
							specs = append(specs, sp)
						}
					}
					g.Specs = specs
					if len(specs) == 0 {
						continue
					}
				}
			}
			out = append(out, st)
		}
		return out
	}
	eachList(n, filter)
}

// localAliasSpecs are the alias declarations of the part's function
// bodies (not generic ones), in source order; the cheap test.
func localAliasSpecs(f *File) []*ast.TypeSpec {
	var top map[ast.Stmt]bool
	if f.Main != nil && f.Main.Body != nil && f.Part.Kind == Stmts {
		top = map[ast.Stmt]bool{}
		for _, st := range f.Main.Body.List {
			top[st] = true
		}
	}
	var specs []*ast.TypeSpec
	ast.Inspect(f.AST, func(n ast.Node) bool {
		ds, ok := n.(*ast.DeclStmt)
		if !ok || top[ds] {
			return true
		}
		if g, isGen := ds.Decl.(*ast.GenDecl); isGen && g.Tok == token.TYPE {
			for _, sp := range g.Specs {
				if ts, isType := sp.(*ast.TypeSpec); isType && ts.Assign.IsValid() && ts.TypeParams == nil {
					specs = append(specs, ts)
				}
			}
		}
		return true
	})
	return specs
}
