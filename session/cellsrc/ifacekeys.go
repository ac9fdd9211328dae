package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 keys a map whose key type is an interface the cells
// declare (map[Observer]bool) by its valueInterface boxes, a struct of a
// node and a reflect.Value, which hash and compare by where the value
// lives, not by the value: every s.obs[o] = true of an observer passed in
// anew added a key (three observers where Go has two), and a lookup with
// an equal value found nothing, silently; a key of a pointer or of a
// library interface (fmt.Stringer) crashed in reflect instead. A map
// literal of an empty-interface key type keeps the box of a value of a
// cell type with methods as its key as well, where an index makes none (map[any]int{sq{5}: 5}[sq{5}]
// was 0). refuseInterfaceKeys refuses, with the feature named, the
// indexes and deletes of such maps, and such literals; IfaceEqual (ifaceequal.go)
// does == right, but a map's hashing is the interpreter's own.
func refuseInterfaceKeys(f *File, opts Options) *cellio.Error {
	if !(opts.CellTypes || declaresType(f.AST)) || !mayUseMapKeys(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	mapOf := func(x ast.Expr) *types.Map {
		tv, ok := info.Types[x]
		if !ok || tv.Type == nil {
			return nil
		}
		m, _ := tv.Type.Underlying().(*types.Map)
		return m
	}
	refuse := func(at ast.Node, m *types.Map, iface types.Type) {
		l.fail(at, "gogil cannot run a map keyed by %s, an interface declared in a cell (%s): its interpreter hashes and compares such keys by its boxes of the values, not by the values, so equal keys would be missed; key the map by a comparable value of a concrete type (an ID, a name, or a pointer of one concrete type)",
			types.TypeString(iface, cellQualifier), types.TypeString(m, cellQualifier))
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if l.err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.IndexExpr:
			if m := mapOf(n.X); m != nil {
				if iface := cellInterfaceIn(m.Key(), map[types.Type]bool{}); iface != nil {
					refuse(n, m, iface)
				}
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && id.Name == "delete" && len(n.Args) == 2 {
				if _, builtin := info.Uses[id].(*types.Builtin); builtin {
					if m := mapOf(n.Args[0]); m != nil {
						if iface := cellInterfaceIn(m.Key(), map[types.Type]bool{}); iface != nil {
							refuse(n, m, iface)
						}
					}
				}
			}
		case *ast.CompositeLit:
			m := mapOf(n)
			if m == nil || len(n.Elts) == 0 {
				return true
			}
			// A literal's keys of a cell interface type are boxes too, but
			// only a lookup or a delete compares them: printing or
			// ranging over the map is right, and refused above if either
			// comes.
			if key, ok := m.Key().Underlying().(*types.Interface); ok && key.Empty() {
				for _, e := range n.Elts {
					kv, ok := e.(*ast.KeyValueExpr)
					if !ok {
						continue
					}
					if t := info.Types[kv.Key].Type; t != nil && cellWithMethods(t) {
						l.fail(kv.Key, "gogil cannot run a literal of %s with a key of %s, a type with methods declared in a cell: its interpreter keeps such a key in its box, which an index of the map does not find; add the key with an assignment (m[k] = v) after making the map",
							types.TypeString(m, cellQualifier), types.TypeString(t, cellQualifier))
						return false
					}
				}
			}
		}
		return true
	})
	return l.err
}

// mayUseMapKeys is the cheap syntactic test, which spares the typing of
// a part that cannot use a map's keys: an index, a call of delete, or a
// composite literal with keys.
func mayUseMapKeys(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			found = true
		case *ast.CallExpr:
			id, ok := ast.Unparen(n.Fun).(*ast.Ident)
			found = found || ok && id.Name == "delete"
		case *ast.KeyValueExpr:
			found = true
		}
		return !found
	})
	return found
}

// cellInterfaceIn is a non-empty interface type the cells declared that a
// key of type t holds (t itself, a field of a struct, an array's
// element), or nil.
func cellInterfaceIn(t types.Type, seen map[types.Type]bool) types.Type {
	if seen[t] {
		return nil
	}
	seen[t] = true
	if named, ok := types.Unalias(t).(*types.Named); ok && inMain(named.Obj()) {
		if iface, ok := named.Underlying().(*types.Interface); ok && !iface.Empty() {
			return named
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			if found := cellInterfaceIn(u.Field(i).Type(), seen); found != nil {
				return found
			}
		}
	case *types.Array:
		return cellInterfaceIn(u.Elem(), seen)
	}
	return nil
}

// cellWithMethods: t is, or points to, a type the cells declared that is
// no interface and has methods (its pointer's, promoted ones too), whose
// values the interpreter boxes in an any; one without methods it holds
// as its plain value there, which a literal keys right.
func cellWithMethods(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && inMain(named.Obj()) && !types.IsInterface(named) && types.NewMethodSet(types.NewPointer(named)).Len() > 0
}
