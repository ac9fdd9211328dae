package cellsrc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 finds an instance of a generic type named in an expression
// inside a function, as the type of a conversion ((*List[string])(nil),
// Stack[int](xs)), only when something made the instance before: it looks
// the name List[string] up and fails with "type not found: List[string]"
// where the program declared no variable of the type earlier. A declared
// type (var v *List[string]) makes the instance. lowerInstanceConversions
// declares a hidden variable of it at package level, ahead of the
// functions (a blank one the interpreter counts as redeclared), for every
// conversion to an instance of a generic type of one type parameter, and
// every such instance in the type arguments of an explicit instance of a
// generic function (Decode[Envelope[[]int]](raw)). An
// instance of a local type or of a type parameter cannot be named there
// and is left alone; one of several type parameters crashes the
// interpreter either way (genericcrash.go names it).
func lowerInstanceConversions(f *File, opts Options) {
	var convs []ast.Expr
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if len(call.Args) == 1 && instanceTypeShape(call.Fun) {
			convs = append(convs, ast.Unparen(call.Fun))
		}
		// The type arguments of an explicit instance, Decode[Envelope[int]]
		// or Decode[map[string]Envelope[int]]: yaegi looks those instances
		// up the same way.
		var targs []ast.Expr
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.IndexExpr:
			targs = []ast.Expr{fun.Index}
		case *ast.IndexListExpr:
			targs = fun.Indices
		}
		for _, targ := range targs {
			ast.Inspect(targ, func(m ast.Node) bool {
				if x, ok := m.(ast.Expr); ok && instanceTypeShape(x) {
					if _, star := x.(*ast.StarExpr); !star {
						convs = append(convs, ast.Unparen(x))
					}
				}
				return true
			})
		}
		return true
	})
	if len(convs) == 0 {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	declared := map[string]bool{}
	for _, fun := range convs {
		tv, ok := t.Info.Types[fun]
		if !ok || !tv.IsType() || mentionsLocalType(tv.Type, map[types.Type]bool{}) {
			continue
		}
		written := types.ExprString(fun)
		if declared[written] {
			continue
		}
		typ, err := parser.ParseExpr(written)
		if err != nil {
			continue
		}
		name := "__gogil_inst" + strconv.Itoa(f.base) + "_" + strconv.Itoa(len(declared))
		spec := &ast.ValueSpec{Names: []*ast.Ident{ast.NewIdent(name)}, Type: typ}
		declared[written] = true
		f.AST.Decls = append(f.AST.Decls, &ast.GenDecl{Tok: token.VAR, Specs: []ast.Spec{spec}})
	}
}

// instanceTypeShape says whether x, out of parentheses, reads G[A] or
// *G[A]: an instance of a generic type if G is one.
func instanceTypeShape(x ast.Expr) bool {
	x = ast.Unparen(x)
	if star, ok := x.(*ast.StarExpr); ok {
		x = ast.Unparen(star.X)
	}
	index, ok := x.(*ast.IndexExpr)
	if !ok {
		return false
	}
	_, named := index.X.(*ast.Ident)
	return named
}
