package cellsrc

import (
	"fmt"
	"go/ast"
	"go/types"
)

// yaegi v0.16.1 panics compiling two constructs of a generic function's
// body that the passes cannot lower, both measured:
//
//   - a pointer to an instance of a generic type of several type
//     parameters, *entry[K, V], as a type in a statement or expression
//     (a conversion, a case of a type switch; an assertion or a var
//     without a value in a declared function genericassert.go rewrites),
//     in generic code or not: its compiler takes only a single-index
//     instance for a type under a *, and dereferences the rest;
//   - a call of a variadic generic function with the body's type
//     parameters, NewSet[T]() or NewSet(x) with x of type T in a method
//     of Set[T], once a function's body (not the cell's statements)
//     instantiates the method.
//
// The panic is turned into a compile error by the runner; CrashCause
// names the construct in the code it failed on, so that the error says
// what the user wrote rather than "a construct it does not handle".

// CrashCause names the first such construct in the generic functions of
// nodes (the code the interpreter failed on, then the parts it compiled
// before, whose generic bodies a call in it instantiates), or "" when they
// have none (the panic had another cause).
func CrashCause(nodes ...ast.Node) string {
	variadic := map[string]bool{}
	for _, n := range nodes {
		collectVariadicGenerics(n, variadic)
	}
	for _, n := range nodes {
		if cause := crashCause(n, variadic); cause != "" {
			return cause
		}
	}
	return ""
}

func collectVariadicGenerics(n ast.Node, variadic map[string]bool) {
	ast.Inspect(n, func(x ast.Node) bool {
		fd, ok := x.(*ast.FuncDecl)
		if ok && fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
			if ps := fd.Type.Params.List; len(ps) > 0 {
				if _, ok := ps[len(ps)-1].Type.(*ast.Ellipsis); ok {
					variadic[fd.Name.Name] = true
				}
			}
		}
		return true
	})
}

func crashCause(n ast.Node, variadic map[string]bool) string {
	if b, ok := n.(*ast.BlockStmt); ok {
		// The runner compiles a part's statements as main's body.
		return bodyCrash(&ast.FuncDecl{Name: ast.NewIdent("main"), Body: b}, variadic, false)
	}
	cause := ""
	ast.Inspect(n, func(x ast.Node) bool {
		fd, ok := x.(*ast.FuncDecl)
		if !ok || fd.Body == nil || cause != "" {
			return cause == ""
		}
		generic := fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0
		if fd.Recv != nil && len(fd.Recv.List) == 1 {
			if _, n := genericReceiver(fd.Recv.List[0].Type); n > 0 {
				generic = true
			}
		}
		cause = bodyCrash(fd, variadic, generic)
		return false
	})
	return cause
}

// bodyCrash names the first construct of fd's body that crashes yaegi: a
// pointer to an instance of several type arguments anywhere (in a cell's
// statements, main's body, too), a call of a variadic generic function
// in generic code.
func bodyCrash(fd *ast.FuncDecl, variadic map[string]bool, generic bool) string {
	where := "the body of " + fd.Name.Name
	switch {
	case generic:
		where += ", generic code,"
	case fd.Name.Name == "main" && fd.Recv == nil:
		where = "the cell's statements"
	}
	cause := ""
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if cause != "" {
			return false
		}
		switch x := x.(type) {
		case *ast.Field, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.StructType, *ast.InterfaceType:
			// yaegi compiles a pointer type as a parameter's or a
			// field's, and inside a composite type (the witness
			// []*entry[K, V](nil) genericassert.go writes).
			return false
		case *ast.StarExpr:
			if il, ok := x.X.(*ast.IndexListExpr); ok {
				cause = fmt.Sprintf("a pointer to an instance of a generic type of several type parameters (%s) in %s is not supported by gogil: its interpreter crashes compiling it there (outside a type assertion or a var in a declared function, which gogil rewrites); "+
					"keep values (%s) rather than pointers where the code names the type, or give the type one type parameter (a struct of the others)",
					types.ExprString(x), where, types.ExprString(il))
			}
		case *ast.CallExpr:
			if id, ok := calledName(x); ok && generic && variadic[id.Name] {
				cause = fmt.Sprintf("a call of the variadic generic function %s with a type parameter (%s) in %s is not supported by gogil: its interpreter crashes compiling it once a function instantiates it; "+
					"give %s a slice parameter instead of ...",
					id.Name, types.ExprString(x.Fun), where, id.Name)
			}
		}
		return cause == ""
	})
	return cause
}
