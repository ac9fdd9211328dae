package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
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
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			if ts := s.(*ast.TypeSpec); ts.TypeParams != nil && len(ts.TypeParams.List) > 0 {
				generic[ts.Name.Name] = true
			}
		}
	}
	if len(generic) == 0 {
		return nil
	}
	refs := map[string][]ref{}
	var order []string
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts := s.(*ast.TypeSpec)
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
			pos := f.fset.Position(found.Pos())
			msg := fmt.Sprintf("%d:%d: the generic type %s refers to itself through %s, which is not supported by gogil: its interpreter can instantiate a generic type that names itself only with a single type argument (node[T] in node), and would crash on this one; give the recursive type one type parameter, or declare it without type parameters",
				pos.Line, pos.Column, start, types.ExprString(found))
			return &cellio.Error{Kind: cellio.CompileError, Value: msg, Traceback: append([]string{"CompileError: " + msg}, PointAt(f.cellCode, msg)...)}
		}
	}
	return nil
}
