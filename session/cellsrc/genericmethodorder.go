package cellsrc

import "go/ast"

// yaegi v0.16.1 compiles the methods of a generic type's instance in the
// order they are declared, and a method that calls one declared below it
// failed: "undefined selector: walk" for a tree's All calling its walk,
// or, where the call's result went on, a panic with an index out of range
// (a Stack's Pop calling its IsEmpty and Len). Go does not care about the
// order, so lowerGenericMethodOrder declares each method of a generic type
// after the methods of that type it calls (by name; of methods calling
// each other, which no order serves, the one called first goes first), in
// the places the type's methods took.
func lowerGenericMethodOrder(f *File, _ Options) {
	groups := map[string][]int{} // type name -> indexes in f.AST.Decls
	var order []string
	for i, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		name, generic := receiverBase(fd.Recv.List[0].Type)
		if !generic {
			continue
		}
		if groups[name] == nil {
			order = append(order, name)
		}
		groups[name] = append(groups[name], i)
	}
	for _, name := range order {
		idx := groups[name]
		if len(idx) < 2 {
			continue
		}
		byName := map[string]int{} // method name -> position in idx
		for j, i := range idx {
			byName[f.AST.Decls[i].(*ast.FuncDecl).Name.Name] = j
		}
		state := make([]int, len(idx)) // 0 new, 1 visiting, 2 placed
		var sorted []ast.Decl
		var visit func(j int)
		visit = func(j int) {
			if state[j] != 0 {
				return
			}
			state[j] = 1
			fd := f.AST.Decls[idx[j]].(*ast.FuncDecl)
			if fd.Body != nil {
				ast.Inspect(fd.Body, func(n ast.Node) bool {
					if sel, ok := n.(*ast.SelectorExpr); ok {
						if k, ok := byName[sel.Sel.Name]; ok && k != j {
							visit(k)
						}
					}
					return true
				})
			}
			state[j] = 2
			sorted = append(sorted, fd)
		}
		for j := range idx {
			visit(j)
		}
		for j, i := range idx {
			f.AST.Decls[i] = sorted[j]
		}
	}
}

// receiverBase is the name of a receiver's type, and whether it is an
// instance of a generic type (T[K], *T[K, V]).
func receiverBase(x ast.Expr) (string, bool) {
	if star, ok := x.(*ast.StarExpr); ok {
		x = star.X
	}
	x = ast.Unparen(x)
	var base ast.Expr
	switch t := x.(type) {
	case *ast.IndexExpr:
		base = t.X
	case *ast.IndexListExpr:
		base = t.X
	default:
		return "", false
	}
	id, ok := base.(*ast.Ident)
	if !ok {
		return "", false
	}
	return id.Name, true
}
