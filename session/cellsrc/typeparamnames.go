package cellsrc

import (
	"go/ast"
	"go/token"
)

// renameMemberTypeParams renames the type parameters that share their
// name with a field the declaration names: `type Pair[A, B any] struct {
// A A; B B }`, or `func (p Pair[A, B]) First() A { return p.A }`. The
// interpreter resolves a selector's name among the type parameters of
// its scope before the fields, so p.A fails with "undefined selector: A"
// in a method or generic function, and a type declared so fails where its
// fields are read (a runtime index panic where a method reads one). Go
// keeps the two apart; a fresh name for the type parameter (__gogil_tp_A) means the
// same and keeps them apart for the interpreter too; errors give back the
// user's name (userNames). Only declarations
// are concerned: generic types and functions are top-level.
//
// A type parameter is renamed where the declaration names a field, a
// method or a literal's key of its name: in a type, the field and method
// names of its struct and interface types; in a function, its selectors
// and keys too, since the fields belong to a type declared elsewhere.
func renameMemberTypeParams(f *File, _ Options) {
	for _, decl := range f.AST.Decls {
		switch d := decl.(type) {
		case *ast.GenDecl:
			if d.Tok != token.TYPE {
				continue
			}
			for _, spec := range d.Specs {
				ts, ok := spec.(*ast.TypeSpec)
				if !ok || ts.TypeParams == nil {
					continue
				}
				renameTypeParamsIn(ts, fieldListNames(ts.TypeParams))
			}
		case *ast.FuncDecl:
			var params []string
			if d.Type.TypeParams != nil {
				params = fieldListNames(d.Type.TypeParams)
			}
			if d.Recv != nil && len(d.Recv.List) == 1 {
				params = append(params, receiverTypeParams(d.Recv.List[0].Type)...)
			}
			if len(params) > 0 {
				renameTypeParamsIn(d, params)
			}
		}
	}
}

const typeParamPrefix = "__gogil_tp_"

func fieldListNames(fl *ast.FieldList) []string {
	var names []string
	for _, field := range fl.List {
		for _, n := range field.Names {
			names = append(names, n.Name)
		}
	}
	return names
}

// receiverTypeParams are the names a method's receiver gives its type's
// parameters: N and W in (q *pq[N, W]).
func receiverTypeParams(t ast.Expr) []string {
	if star, ok := t.(*ast.StarExpr); ok {
		t = star.X
	}
	var idx []ast.Expr
	switch t := t.(type) {
	case *ast.IndexExpr:
		idx = []ast.Expr{t.Index}
	case *ast.IndexListExpr:
		idx = t.Indices
	}
	var names []string
	for _, e := range idx {
		if id, ok := e.(*ast.Ident); ok {
			names = append(names, id.Name)
		}
	}
	return names
}

// memberIdents are the identifiers of node that name a member, not a
// declared thing of the scope: field and interface method names,
// selectors' names, and composite literals' keys that are bare names
// (for a map keyed by a variable of a type parameter's name the rename
// would be wrong, but a type parameter and such a variable cannot share
// a scope without the variable shadowing it inside a function's body,
// which declares it again under the same renamed name).
func memberIdents(node ast.Node) map[*ast.Ident]bool {
	members := map[*ast.Ident]bool{}
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.StructType:
			for _, field := range n.Fields.List {
				for _, id := range field.Names {
					members[id] = true
				}
			}
		case *ast.InterfaceType:
			for _, field := range n.Methods.List {
				for _, id := range field.Names {
					members[id] = true
				}
			}
		case *ast.SelectorExpr:
			members[n.Sel] = true
		case *ast.CompositeLit:
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						members[id] = true
					}
				}
			}
		}
		return true
	})
	return members
}

// renameTypeParamsIn renames, in node, each of params that a member of
// node is named like, at every identifier that is not a member.
func renameTypeParamsIn(node ast.Node, params []string) {
	members := memberIdents(node)
	clash := map[string]bool{}
	for id := range members {
		clash[id.Name] = true
	}
	used := map[string]bool{}
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	})
	renames := map[string]string{}
	for _, p := range params {
		if p == "_" || !clash[p] {
			continue
		}
		fresh := typeParamPrefix + p
		for used[fresh] {
			fresh += "_"
		}
		used[fresh] = true
		renames[p] = fresh
	}
	if len(renames) == 0 {
		return
	}
	ast.Inspect(node, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !members[id] {
			if fresh, ok := renames[id.Name]; ok {
				id.Name = fresh
			}
		}
		return true
	})
}
