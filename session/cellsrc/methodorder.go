package cellsrc

import (
	"go/ast"
)

// yaegi v0.16.1 compiles a method of a generic type when it meets its
// declaration, and a call in it of a method of the same type declared
// further down fails: `func (s *Stack[T]) Pop() (T, bool) { if
// s.IsEmpty() ...` above `func (s *Stack[T]) IsEmpty() bool` was
// "undefined selector: IsEmpty", and an iterator method calling a later
// recursive helper panicked inside the interpreter. Go's declarations have
// no order, so orderGenericMethods writes each generic type's methods of
// a part after the methods of that type that they call (by name, through
// any selector), each in the place one of them held; methods that call
// each other keep their order, which the interpreter still refuses.
func orderGenericMethods(f *File, _ Options) {
	byType := map[string][]int{} // indexes in Decls
	var types []string
	for i, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Body == nil {
			continue
		}
		name, params := genericReceiver(ast.Unparen(fd.Recv.List[0].Type))
		if params == 0 {
			continue
		}
		if byType[name] == nil {
			types = append(types, name)
		}
		byType[name] = append(byType[name], i)
	}
	for _, t := range types {
		slots := byType[t]
		if len(slots) < 2 {
			continue
		}
		methods := make([]*ast.FuncDecl, len(slots))
		index := map[string]int{}
		for i, slot := range slots {
			methods[i] = f.AST.Decls[slot].(*ast.FuncDecl)
			index[methods[i].Name.Name] = i
		}
		calls := make([][]int, len(methods))
		for i, m := range methods {
			seen := map[int]bool{}
			ast.Inspect(m.Body, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if j, ok := index[sel.Sel.Name]; ok && j != i && !seen[j] {
						seen[j] = true
						calls[i] = append(calls[i], j)
					}
				}
				return true
			})
		}
		const (
			unvisited = iota
			visiting
			done
		)
		state := make([]int, len(methods))
		var order []int
		var visit func(i int)
		visit = func(i int) {
			if state[i] != unvisited {
				return // done, or a cycle: the order as written
			}
			state[i] = visiting
			for _, j := range calls[i] {
				visit(j)
			}
			state[i] = done
			order = append(order, i)
		}
		for i := range methods {
			visit(i)
		}
		for k, slot := range slots {
			f.AST.Decls[slot] = methods[order[k]]
		}
	}
}
