package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 cannot compile a generic type one of whose methods
// returns its own instance (func (s Seq[T]) Filter(...) Seq[T]) while
// another returns an instance of it with other type arguments (func (s
// Seq[T]) Strings() Seq[string], or []Seq[int]): it fails with "undefined
// type for T" at the receiver of the second, which names neither method.
// Either alone compiles, and so does the other instance in a parameter, a
// body, a map or a function type's result. checkOtherInstanceResults
// refuses the pair among the methods of a part, naming both and the
// workaround. (With pointer receivers and *Seq[T] results yaegi fails at
// the callers, "undefined selector"; with a value receiver *Seq[T] works,
// so pointers are left to yaegi's error.)
func checkOtherInstanceResults(f *File) *cellio.Error {
	type method struct {
		fd     *ast.FuncDecl
		params []string
	}
	byType := map[string][]method{}
	var order []string
	for _, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || fd.Type.Results == nil {
			continue
		}
		recv := fd.Recv.List[0].Type
		if s, ok := recv.(*ast.StarExpr); ok {
			recv = s.X
		}
		name, params := instanceOf(recv)
		if name == "" {
			continue
		}
		if byType[name] == nil {
			order = append(order, name)
		}
		byType[name] = append(byType[name], method{fd, params})
	}
	for _, name := range order {
		var own *ast.FuncDecl
		var ownType ast.Expr
		var other ast.Expr
		var otherIn *ast.FuncDecl
		for _, m := range byType[name] {
			for _, r := range m.fd.Type.Results.List {
				if n, args := instanceOf(r.Type); n == name && sameNames(args, m.params) && own == nil {
					own, ownType = m.fd, r.Type
				}
				if other == nil {
					other = otherInstance(r.Type, name, m.params)
					otherIn = m.fd
				}
			}
		}
		if own != nil && other != nil && own != otherIn {
			return f.compileError(other, "method %s of the generic type %s returns %s while method %s returns %s, which is not supported by gogil: its interpreter (yaegi v0.16.1) cannot compile the two together; make %s a generic function, func %s[...](s %s) ...",
				otherIn.Name.Name, name, types.ExprString(other), own.Name.Name, types.ExprString(ownType), otherIn.Name.Name, otherIn.Name.Name, types.ExprString(otherIn.Recv.List[0].Type))
		}
	}
	return nil
}

// instanceOf names the generic type of an instance expression (Seq[T],
// Pair[K, V]) and its type arguments when each is a plain name ("" for
// the arguments that are not).
func instanceOf(x ast.Expr) (string, []string) {
	var name ast.Expr
	var indices []ast.Expr
	switch x := x.(type) {
	case *ast.IndexExpr:
		name, indices = x.X, []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		name, indices = x.X, x.Indices
	default:
		return "", nil
	}
	id, ok := name.(*ast.Ident)
	if !ok {
		return "", nil
	}
	args := make([]string, len(indices))
	for i, ix := range indices {
		if a, ok := ix.(*ast.Ident); ok {
			args[i] = a.Name
		}
	}
	return id.Name, args
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] == "" || a[i] != b[i] {
			return false
		}
	}
	return true
}

// otherInstance finds in a result type an instance of the generic type
// name with type arguments other than params: the result itself, or the
// element of a pointer or slice result (in a map or a function type the
// interpreter compiles it).
func otherInstance(x ast.Expr, name string, params []string) ast.Expr {
	for {
		switch t := x.(type) {
		case *ast.StarExpr:
			x = t.X
			continue
		case *ast.ArrayType:
			x = t.Elt
			continue
		}
		break
	}
	if n, args := instanceOf(x); n == name && !sameNames(args, params) {
		return x
	}
	return nil
}
