package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 instantiates a generic type by instantiating, first, the
// generic types its definition names, and records the instance only
// after that. It cuts the loop for one case only: the type naming itself
// with a single type argument (node[T] in node). Any other cycle among
// generic types (treeNode[K, V] in treeNode, or A[T] in B[T] in A[T])
// recurses until the Go runtime's stack overflows, which is fatal: the
// kernel dies. checkGenericCycles refuses such declarations, naming the
// reference that closes the cycle, before the interpreter sees them.

// That case is yaegi's by the name alone: in the declaration of node, an
// index expression of node with one index is the instance being made,
// whatever the index. lowerSelfInstances writes a generic type of several
// type parameters that names itself with exactly its own parameters, in
// their order (treeNode[K, V] in treeNode[K, V], as every generic tree
// and linked map does), as that case: treeNode[K]. Only the interpreter
// reads it (the session's type world keeps the cell's own text); the
// part is typed first, so that the passes after this one type the
// user's code. A self-reference with other arguments (Pair[V, K] in
// Pair[K, V]) stays, and is refused.
func lowerSelfInstances(f *File, opts Options) {
	for _, ts := range topTypeSpecs(f.AST) {
		if ts.TypeParams == nil || ts.Assign.IsValid() {
			continue
		}
		params := fieldListNames(ts.TypeParams)
		if len(params) < 2 {
			continue
		}
		own := func(x *ast.IndexListExpr) bool {
			id, ok := x.X.(*ast.Ident)
			if !ok || id.Name != ts.Name.Name || len(x.Indices) != len(params) {
				return false
			}
			for i, index := range x.Indices {
				if p, ok := index.(*ast.Ident); !ok || p.Name != params[i] {
					return false
				}
			}
			return true
		}
		if !someNode(ts.Type, func(n ast.Node) bool { x, ok := n.(*ast.IndexListExpr); return ok && own(x) }) {
			continue
		}
		f.types(opts)
		replaceExprs(ts, func(x ast.Expr) ast.Expr {
			if list, ok := x.(*ast.IndexListExpr); ok && own(list) {
				return &ast.IndexExpr{X: list.X, Lbrack: list.Lbrack, Index: list.Indices[0], Rbrack: list.Rbrack}
			}
			return x
		})
	}
}

// checkGenericCycles looks for a cycle among the generic types a part
// declares (earlier cells cannot name a later type, so the cycles of a
// cell are within its parts).
func checkGenericCycles(f *File) *cellio.Error {
	type ref struct {
		to     string
		at     ast.Expr
		single bool // a single type argument: yaegi's own case
	}
	generic := map[string]bool{}
	for _, ts := range topTypeSpecs(f.AST) {
		if ts.TypeParams != nil && len(ts.TypeParams.List) > 0 {
			if ts.Assign.IsValid() {
				// yaegi panics on it (a nil type) when compiling.
				return f.compileError(ts.Name, "the generic type alias %s (Go 1.24) is not supported by gogil: its interpreter cannot compile a type alias with type parameters; declare a defined type (type %s[...] %s) or write the aliased type out",
					ts.Name.Name, ts.Name.Name, types.ExprString(ts.Type))
			}
			generic[ts.Name.Name] = true
		}
	}
	if len(generic) == 0 {
		return nil
	}
	refs := map[string][]ref{}
	var order []string
	for _, ts := range topTypeSpecs(f.AST) {
		if !generic[ts.Name.Name] {
			continue
		}
		order = append(order, ts.Name.Name)
		ast.Inspect(ts.Type, func(n ast.Node) bool {
			var x ast.Expr
			single := false
			switch n := n.(type) {
			case *ast.IndexExpr:
				x, single = n.X, true
			case *ast.IndexListExpr:
				x = n.X
			default:
				return true
			}
			if id, ok := x.(*ast.Ident); ok && generic[id.Name] {
				refs[ts.Name.Name] = append(refs[ts.Name.Name], ref{to: id.Name, at: n.(ast.Expr), single: single})
			}
			return true
		})
	}
	// A depth-first walk from each type: reaching the start again by a
	// path other than a single-argument self-reference is a cycle.
	for _, start := range order {
		seen := map[string]bool{}
		var found ast.Expr
		var walk func(name string, depth int)
		walk = func(name string, depth int) {
			for _, r := range refs[name] {
				if found != nil {
					return
				}
				if r.to == start {
					if depth > 0 || !r.single {
						found = r.at
					}
					continue
				}
				if !seen[r.to] {
					seen[r.to] = true
					walk(r.to, depth+1)
				}
			}
		}
		walk(start, 0)
		if found != nil {
			return f.compileError(found, "the generic type %s refers to itself through %s, which is not supported by gogil: its interpreter can instantiate a generic type that names itself only with a single type argument (node[T] in node) or with its own type parameters in their order (entry[K, V] in entry), and would crash on this one; name the type so, or declare it without type parameters",
				start, types.ExprString(found))
		}
	}
	return nil
}

// genericReceiver names the generic type of a receiver (T[K, V] or
// *T[K]) and counts its type parameters; 0 for another receiver.
func genericReceiver(x ast.Expr) (string, int) {
	if s, ok := x.(*ast.StarExpr); ok {
		x = s.X
	}
	switch r := x.(type) {
	case *ast.IndexExpr:
		if id, ok := r.X.(*ast.Ident); ok {
			return id.Name, 1
		}
	case *ast.IndexListExpr:
		if id, ok := r.X.(*ast.Ident); ok {
			return id.Name, len(r.Indices)
		}
	}
	return "", 0
}

// checkGenericMethodSelfRefs refuses a method of a generic type of several
// type parameters that names its own type (Pair[B, A] in a method of
// Pair[A, B]): yaegi v0.16.1 compiles it, and then silently runs nothing
// of the functions that call the method.
func checkGenericMethodSelfRefs(f *File) *cellio.Error {
	for _, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		recv, n := genericReceiver(fd.Recv.List[0].Type)
		if n < 2 {
			continue
		}
		var found ast.Expr
		check := func(node ast.Node) bool {
			if x, ok := node.(*ast.IndexListExpr); ok && found == nil {
				if id, ok := x.X.(*ast.Ident); ok && id.Name == recv {
					found = x
				}
			}
			return found == nil
		}
		ast.Inspect(fd.Type, check)
		if fd.Body != nil {
			ast.Inspect(fd.Body, check)
		}
		if found != nil {
			return f.compileError(found, "method %s of the generic type %s names its own type (%s), which is not supported by gogil for a type of several type parameters: its interpreter would silently run nothing of the code that calls the method; make it a generic function, func %s[...](p %s) ...",
				fd.Name.Name, recv, types.ExprString(found), fd.Name.Name, types.ExprString(fd.Recv.List[0].Type))
		}
	}
	return nil
}
