package cellsrc

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 generates the methods of an instance of a generic type
// (Box[int]) one at a time, in the order they were declared, compiling
// each body before it adds the next method: a body that calls a method of
// its type declared below it fails, with "undefined selector: bump" where
// a function's body instantiates the type, and where a declaration does
// (the registration of the cell's instances, instancetypes.go) with a
// panic of the interpreter when the call runs, "index out of range [0]
// with length 0", which a recover() in the cell would take for its own.
// Go does not care about the order of declarations, and tutorials declare
// the exported method first and its helpers below it.
//
// orderGenericMethods writes the methods of each generic type of a part
// callees first: in the places its methods held, in an order where each
// comes after the methods of its type that its body names. A selector is
// taken for a method of the type by its name alone; one of another type
// of the same name only adds an order that was not needed. Methods that
// call each other around a cycle (Set calls grow, which calls Set) have no
// such order, and no rewriting found runs them: the part is refused with
// an error naming them, once go/types confirms that each call of the
// cycle is of a method of the type.

// orderGenericMethods applies this file's lowering to a part of
// declarations.
func orderGenericMethods(f *File, opts Options) *cellio.Error {
	byType := map[string][]*ast.FuncDecl{}
	var typeNames []string
	for _, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Body == nil {
			continue
		}
		name, n := genericReceiver(fd.Recv.List[0].Type)
		if n == 0 {
			continue
		}
		if byType[name] == nil {
			typeNames = append(typeNames, name)
		}
		byType[name] = append(byType[name], fd)
	}
	for _, name := range typeNames {
		methods := byType[name]
		if len(methods) < 2 {
			continue
		}
		order, cycle := calleesFirst(methods)
		if cycle != nil {
			if confirmed := confirmCycle(f, opts, name, cycle); confirmed {
				return f.compileError(cycle[0].Name, "%s, which is not supported by gogil: its interpreter (yaegi v0.16.1) compiles the methods of an instance of a generic type one at a time, "+
					"and a method cannot call one it has not compiled yet; let one of them do the other's work itself, or declare %s without type parameters", describeCycle(name, cycle), name)
			}
			continue
		}
		placeMethods(f.AST, methods, order)
	}
	return nil
}

// calleesFirst orders methods so that each comes after the methods it
// names, keeping the declared order where calls leave it free; cycle, when
// not nil, lists methods that call each other round, the first repeated
// at the end.
func calleesFirst(methods []*ast.FuncDecl) (order, cycle []*ast.FuncDecl) {
	index := map[string]int{}
	for i, m := range methods {
		index[m.Name.Name] = i
	}
	calls := make([][]int, len(methods))
	for i, m := range methods {
		named := make([]bool, len(methods))
		ast.Inspect(m.Body, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if j, ok := index[sel.Sel.Name]; ok && j != i {
					named[j] = true
				}
			}
			return true
		})
		for j, yes := range named {
			if yes {
				calls[i] = append(calls[i], j)
			}
		}
	}
	const (
		unseen = iota
		open
		done
	)
	state := make([]int, len(methods))
	var path []int
	var visit func(i int) bool
	visit = func(i int) bool {
		state[i] = open
		path = append(path, i)
		for _, j := range calls[i] {
			switch state[j] {
			case open:
				from := len(path) - 1
				for path[from] != j {
					from--
				}
				for _, k := range path[from:] {
					cycle = append(cycle, methods[k])
				}
				cycle = append(cycle, methods[j])
				return false
			case unseen:
				if !visit(j) {
					return false
				}
			}
		}
		path = path[:len(path)-1]
		state[i] = done
		order = append(order, methods[i])
		return true
	}
	for i := range methods {
		if state[i] == unseen && !visit(i) {
			return nil, cycle
		}
	}
	return order, nil
}

// confirmCycle tells whether go/types finds in each method of cycle a
// selector of the next one as a method of the generic type typeName (a
// part it cannot type is taken at its word).
func confirmCycle(f *File, opts Options, typeName string, cycle []*ast.FuncDecl) bool {
	t := f.types(opts)
	if t == nil || t.Info == nil || t.Info.Selections == nil {
		return true
	}
	for k := 0; k+1 < len(cycle); k++ {
		callee := cycle[k+1].Name.Name
		found := false
		ast.Inspect(cycle[k].Body, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok || found || sel.Sel.Name != callee {
				return !found
			}
			if s := t.Info.Selections[sel]; s != nil {
				found = isMethodOf(s.Obj(), typeName)
			}
			return !found
		})
		if !found {
			return false
		}
	}
	return true
}

// isMethodOf tells whether obj is a method of the cell's type typeName.
func isMethodOf(obj types.Object, typeName string) bool {
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig, ok := fn.Origin().Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		recv = p.Elem()
	}
	named, ok := recv.(*types.Named)
	return ok && named.Obj().Name() == typeName
}

// describeCycle says in words which methods of typeName call each other.
func describeCycle(typeName string, cycle []*ast.FuncDecl) string {
	var names, calls []string
	for k, m := range cycle {
		if k+1 < len(cycle) {
			names = append(names, m.Name.Name)
			calls = append(calls, m.Name.Name+" calls "+cycle[k+1].Name.Name)
		}
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return "the methods " + list + " of the generic type " + typeName + " call each other (" + strings.Join(calls, ", ") + ")"
}

// placeMethods writes order into the places of file's declarations that
// methods held.
func placeMethods(file *ast.File, methods, order []*ast.FuncDecl) {
	mine := map[ast.Decl]bool{}
	for _, m := range methods {
		mine[m] = true
	}
	next := 0
	for i, d := range file.Decls {
		if mine[d] {
			file.Decls[i] = order[next]
			next++
		}
	}
}
