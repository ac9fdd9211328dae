package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi builds the types of the cells with reflect, and reflect cannot
// make a function type that names itself: declaring
// `type stateFn func(*lexer) stateFn` (the state functions of Go's lexer
// talk) passes, but the first variable of the type panics in the
// interpreter's compiler with "reflect.Type is nil". A struct breaks the
// cycle for reflect (type state struct{ next func(*lexer) *state }), so
// the refusal names that rewriting.

// checkRecursiveFuncTypes refuses a function type whose parameters or
// results name it, directly or through other function types, slices,
// maps, pointers or channels (a struct or interface between them is fine).
func checkRecursiveFuncTypes(f *File) *cellio.Error {
	funcs := map[string]*ast.TypeSpec{}
	var order []*ast.TypeSpec
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			if _, isFunc := ts.Type.(*ast.FuncType); isFunc {
				funcs[ts.Name.Name] = ts
				order = append(order, ts)
			}
		}
		return true
	})
	if len(funcs) == 0 {
		return nil
	}
	refs := func(ts *ast.TypeSpec) []string {
		var names []string
		ast.Inspect(ts.Type, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.StructType, *ast.InterfaceType:
				return false
			case *ast.Ident:
				if funcs[n.Name] != nil {
					names = append(names, n.Name)
				}
			}
			return true
		})
		return names
	}
	const (
		unseen = iota
		visiting
		done
	)
	state := map[string]int{}
	var cyclic func(name string) bool
	cyclic = func(name string) bool {
		switch state[name] {
		case visiting:
			return true
		case done:
			return false
		}
		state[name] = visiting
		for _, to := range refs(funcs[name]) {
			if cyclic(to) {
				return true
			}
		}
		state[name] = done
		return false
	}
	for _, ts := range order {
		if cyclic(ts.Name.Name) {
			return f.compileError(ts.Name, "the function type %s names itself (type %s %s), which gogil cannot run: its interpreter builds types with reflect, which cannot make a recursive function type; hold the function in a struct and name the struct in its place (type state struct{ next func(...) *state })",
				ts.Name.Name, ts.Name.Name, types.ExprString(ts.Type))
		}
	}
	return nil
}
