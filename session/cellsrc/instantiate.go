package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 infers a type parameter only from the types of the
// arguments themselves: one that appears only in a function argument's
// result (U of Map[T, U any](xs []T, f func(T) U) []U) is "undefined
// type for U". go/types knows every instantiation, so the typed lowering
// writes the type arguments of each use of a generic function the cells
// declared, Map(xs, f) becoming Map[int, string](xs, f), whenever the
// code gives fewer than there are. A type argument the cell's code cannot
// name (a type local to another function, a package it has not imported)
// leaves the use as it was, for the interpreter's own inference.

// callsCellGeneric is the cheap syntactic test: the part names a function
// it declares with type parameters, or one that generic says an earlier
// part declared.
func callsCellGeneric(file *ast.File, generic func(string) bool) bool {
	own := map[string]bool{}
	names := map[*ast.Ident]bool{} // the declarations' names, not uses
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			names[fd.Name] = true
			if fd.Recv == nil && fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
				own[fd.Name.Name] = true
			}
		}
	}
	if len(own) == 0 && generic == nil {
		return false
	}
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !names[id] && (own[id.Name] || generic != nil && generic(id.Name)) {
			found = true
		}
		// Inspect visits the siblings of a node whose children it skips:
		// found must never turn false again.
		return !found
	})
	return found
}

// planInstances finds the uses of the cells' generic functions that lack
// type arguments and records, by node, what replaces each.
func (l *typedLowering) planInstances() map[ast.Expr]ast.Expr {
	info := l.info()
	if info == nil || len(info.Instances) == 0 {
		return nil
	}
	out := map[ast.Expr]ast.Expr{}
	inIndex := map[*ast.Ident]bool{}
	ast.Inspect(l.f.AST, func(n ast.Node) bool {
		var id *ast.Ident
		given := 0
		switch n := n.(type) {
		case *ast.IndexExpr:
			id, _ = ast.Unparen(n.X).(*ast.Ident)
			given = 1
		case *ast.IndexListExpr:
			id, _ = ast.Unparen(n.X).(*ast.Ident)
			given = len(n.Indices)
		case *ast.Ident:
			if !inIndex[n] {
				id = n
			}
		}
		if id == nil {
			return true
		}
		if given > 0 {
			inIndex[id] = true
			if fn, ok := info.Uses[id].(*types.Func); ok && fn.Pkg() != nil && cellPackage(l.t, fn.Pkg()) {
				switch n := n.(type) {
				case *ast.IndexExpr:
					n.Index = l.instanceAliases(n.Index)
				case *ast.IndexListExpr:
					for i, x := range n.Indices {
						n.Indices[i] = l.instanceAliases(x)
					}
				}
			}
		}
		args := l.missingTypeArgs(id, given)
		if args == nil {
			return true
		}
		fun := &ast.Ident{NamePos: id.NamePos, Name: id.Name}
		x, _ := n.(ast.Expr)
		if len(args) == 1 {
			out[x] = &ast.IndexExpr{X: fun, Lbrack: id.End(), Index: args[0], Rbrack: id.End()}
		} else {
			out[x] = &ast.IndexListExpr{X: fun, Lbrack: id.End(), Indices: args, Rbrack: id.End()}
		}
		// The new ident is the old one's object, for the passes after.
		if o := info.Uses[id]; o != nil {
			info.Uses[fun] = o
		}
		return true
	})
	return out
}

// missingTypeArgs writes all the type arguments of id's instantiation when
// id is a generic function of the cells given fewer than it has; nil
// otherwise, or when the cell cannot name one of them.
func (l *typedLowering) missingTypeArgs(id *ast.Ident, given int) []ast.Expr {
	info := l.t.Info
	inst, ok := info.Instances[id]
	if !ok || inst.TypeArgs.Len() <= given {
		return nil
	}
	fn, ok := info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || !cellPackage(l.t, fn.Pkg()) {
		return nil
	}
	args := make([]ast.Expr, inst.TypeArgs.Len())
	for i := range inst.TypeArgs.Len() {
		t := inst.TypeArgs.At(i)
		if mentionsLocalType(t, map[types.Type]bool{}) {
			return nil
		}
		x, ok := l.nameType(id, t)
		if !ok {
			return nil
		}
		args[i] = l.instanceAliases(x)
	}
	return args
}

// yaegi v0.16.1 panics compiling a generic function's type argument that
// is an instance of a generic type of several type parameters,
// Len[Pair[string, int]](ps), and a nil dereference is all it says; it
// compiles the same instance named by an alias. instanceAliases replaces
// each such instance in x by a package-level alias the part declares,
// __gogil_instB_N = Pair[string, int], B the part's unique base.
func (l *typedLowering) instanceAliases(x ast.Expr) ast.Expr {
	alias := func(inst *ast.IndexListExpr) ast.Expr {
		l.aliases++
		name := "__gogil_inst" + strconv.Itoa(l.f.base) + "_" + strconv.Itoa(l.aliases)
		spec := &ast.TypeSpec{Name: ast.NewIdent(name), Assign: inst.Pos(), Type: inst}
		l.f.AST.Decls = append(l.f.AST.Decls, &ast.GenDecl{Tok: token.TYPE, Specs: []ast.Spec{spec}})
		return &ast.Ident{Name: name, NamePos: inst.Pos()}
	}
	if inst, ok := x.(*ast.IndexListExpr); ok {
		return alias(inst)
	}
	replaceExprs(x, func(e ast.Expr) ast.Expr {
		if inst, ok := e.(*ast.IndexListExpr); ok {
			return alias(inst)
		}
		return e
	})
	return x
}

// mentionsLocalType: t names a type declared inside a function, which
// another scope may not see or may see shadowed, or a type parameter.
func mentionsLocalType(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.Named:
		o := t.Obj()
		if o.Pkg() != nil && o.Parent() != o.Pkg().Scope() {
			return true
		}
		for i := range t.TypeArgs().Len() {
			if mentionsLocalType(t.TypeArgs().At(i), seen) {
				return true
			}
		}
	case *types.Alias:
		return mentionsLocalType(types.Unalias(t), seen)
	case *types.Pointer:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Slice:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Array:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Chan:
		return mentionsLocalType(t.Elem(), seen)
	case *types.Map:
		return mentionsLocalType(t.Key(), seen) || mentionsLocalType(t.Elem(), seen)
	case *types.Signature:
		return mentionsLocalType(t.Params(), seen) || mentionsLocalType(t.Results(), seen)
	case *types.Tuple:
		for i := range t.Len() {
			if mentionsLocalType(t.At(i).Type(), seen) {
				return true
			}
		}
	case *types.Struct:
		for i := range t.NumFields() {
			if mentionsLocalType(t.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Interface:
		// A type parameter's constraint or an interface literal: either
		// way the code would write it in full, which is not worth it.
		return !t.Empty()
	case *types.TypeParam:
		// Inside a generic body, where the interpreter substitutes the
		// enclosing function's type arguments in its own way.
		return true
	}
	return false
}
