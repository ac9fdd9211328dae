package cellsrc

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// Go refuses a generic declaration that instantiates itself with a type
// built from its own type parameter (a method of Seq[T] that returns
// Seq[Pair[T]], a func F[T] that calls F[[]T]): the instances would never
// end. yaegi v0.16.1 has no such check; it makes instance after instance
// until the kernel's memory runs out, and the kernel dies. The Go
// compiler's refusal comes from go/types ("instantiation cycle"), so
// checkInstantiationCycles asks go/types about the parts that declare
// generic code, and ends the cell with Go's error before the interpreter
// sees it.
func checkInstantiationCycles(f *File, opts Options) *cellio.Error {
	if !declaresGenericCode(f.AST) {
		return nil
	}
	t := f.types(opts)
	if t == nil {
		return checkMethodSelfInstances(f)
	}
	for i, err := range t.Errors {
		te, ok := err.(types.Error)
		if !ok || !strings.HasPrefix(te.Msg, "instantiation cycle") {
			continue
		}
		// go/types reports each step of the cycle as an error of its own
		// after this one, its text indented by a tab; the first step is
		// where the user's code makes the instance.
		at, steps := te.Pos, []string{}
		for _, next := range t.Errors[i+1:] {
			step, ok := next.(types.Error)
			if !ok || !strings.HasPrefix(step.Msg, "\t") {
				break
			}
			if len(steps) == 0 {
				at = step.Pos
			}
			steps = append(steps, strings.TrimSpace(step.Msg))
		}
		return f.compileError(posNode(at), "instantiation cycle: %s (Go refuses this program too: each instance needs a further one, without end; gogil's interpreter would make them until the kernel's memory runs out)",
			strings.Join(steps, ", "))
	}
	return checkMethodSelfInstances(f)
}

// declaresGenericCode says whether a part declares a generic type or
// function, or a method of a generic type: only there can a cycle of
// instances start.
func declaresGenericCode(file *ast.File) bool {
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Type.TypeParams != nil && len(d.Type.TypeParams.List) > 0 {
				return true
			}
			if d.Recv != nil && len(d.Recv.List) == 1 {
				if _, n := genericReceiver(d.Recv.List[0].Type); n > 0 {
					return true
				}
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil && len(ts.TypeParams.List) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// checkMethodSelfInstances finds the cycle of a method of a generic type
// of one type parameter, T, that names an instance of its own type whose
// type argument is built from T (Seq[[]T], Seq[Pair[T]]): Go's rule for
// this case, written out for the parts go/types does not see whole, a
// method declared in a later cell than its type. (Types of several type
// parameters that name themselves are refused in generictypes.go.)
func checkMethodSelfInstances(f *File) *cellio.Error {
	for _, d := range f.AST.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		recv := fd.Recv.List[0].Type
		if s, ok := recv.(*ast.StarExpr); ok {
			recv = s.X
		}
		ix, ok := recv.(*ast.IndexExpr)
		if !ok {
			continue
		}
		name, ok1 := ix.X.(*ast.Ident)
		param, ok2 := ix.Index.(*ast.Ident)
		if !ok1 || !ok2 || param.Name == "_" {
			continue
		}
		var found, arg ast.Expr
		ast.Inspect(fd, func(n ast.Node) bool {
			x, ok := n.(*ast.IndexExpr)
			if !ok || found != nil || n == ix {
				return found == nil
			}
			if id, ok := x.X.(*ast.Ident); ok && id.Name == name.Name {
				if p, ok := x.Index.(*ast.Ident); !ok || p.Name != param.Name {
					if someNode(x.Index, func(n ast.Node) bool { id, ok := n.(*ast.Ident); return ok && id.Name == param.Name }) {
						found, arg = x, x.Index
					}
				}
			}
			return found == nil
		})
		if found != nil {
			return f.compileError(found, "instantiation cycle: %s instantiated as %s in %s (Go refuses this program too: each instance needs a further one, without end; gogil's interpreter would make them until the kernel's memory runs out)",
				param.Name, types.ExprString(arg), types.ExprString(found))
		}
	}
	return nil
}
