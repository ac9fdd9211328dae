package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The interpreter converts a native package's variable to the type of the
// place it is copied into (a variable, a parameter, an element, an
// operand) once, when it compiles the code, and keeps that copy: the code
// then reads the value the variable had at compile time for as long as it
// runs. `os.Args = fake; parse(os.Args)` handed parse the kernel's
// arguments, `n := os.Args` too, and a function of an earlier cell that
// read os.Args never saw a later cell's change; all without an error.
// Only reads through an interface or a built-in (fmt.Println(os.Args),
// len(os.Args), os.Args[1:]) saw the variable. Read through its address,
// *&os.Args, the variable is read when the code runs.

// readNativeVariablesAtRunTime writes each value read of a variable of an
// imported package as *&pkg.V. What reads through it (pkg.V.f, pkg.V[i],
// pkg.V(...)) and &pkg.V stay as they are: the interpreter resolves those
// when they run. Of the writes, only those of a variable of a basic type
// are written through its address (below).
func readNativeVariablesAtRunTime(f *File, opts Options) {
	// The slots that may hold one, found without the types: most parts
	// hold none, and need not be type-checked here (which would also move
	// the check the passes after this one read).
	var slots, writes []*ast.Expr
	slot := func(x *ast.Expr) {
		if sel, ok := (*x).(*ast.SelectorExpr); ok && qualifiedIdent(sel, opts.Global) {
			slots = append(slots, x)
		}
	}
	write := func(x *ast.Expr) {
		if sel, ok := (*x).(*ast.SelectorExpr); ok && qualifiedIdent(sel, opts.Global) {
			writes = append(writes, x)
		}
	}
	each := func(xs []ast.Expr) {
		for i := range xs {
			slot(&xs[i])
		}
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			each(n.Rhs)
			for i := range n.Lhs {
				write(&n.Lhs[i])
			}
		case *ast.IncDecStmt:
			write(&n.X)
		case *ast.ValueSpec:
			each(n.Values)
		case *ast.CallExpr:
			each(n.Args)
		case *ast.CompositeLit:
			each(n.Elts)
		case *ast.KeyValueExpr:
			slot(&n.Key)
			slot(&n.Value)
		case *ast.SendStmt:
			slot(&n.Value)
		case *ast.ReturnStmt:
			each(n.Results)
		case *ast.BinaryExpr:
			slot(&n.X)
			slot(&n.Y)
		case *ast.UnaryExpr:
			if n.Op != token.AND {
				slot(&n.X)
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				slot(&n.Tag)
			}
		case *ast.CaseClause:
			each(n.List)
		case *ast.IndexExpr:
			slot(&n.Index)
		case *ast.IfStmt:
			slot(&n.Cond)
		}
		return true
	})
	if len(slots) == 0 && len(writes) == 0 {
		return
	}
	t := f.types(opts)
	if t == nil || t.Info == nil {
		return
	}
	through := func(x *ast.Expr) {
		sel := (*x).(*ast.SelectorExpr)
		pos := sel.Pos()
		*x = &ast.ParenExpr{Lparen: pos, X: &ast.StarExpr{Star: pos, X: &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: sel}}, Rparen: sel.End()}
	}
	for _, x := range slots {
		if v := nativeVariable(t.Info, (*x).(*ast.SelectorExpr)); v != nil {
			through(x)
		}
	}
	// The interpreter takes a library variable of a basic type for a
	// constant it refuses to assign to: runtime.MemProfileRate = 0 failed
	// with "cannot assign to 524288 (int constant)". Through its address
	// it is the variable.
	for _, x := range writes {
		if v := nativeVariable(t.Info, (*x).(*ast.SelectorExpr)); v != nil {
			if _, basic := v.Type().Underlying().(*types.Basic); basic {
				through(x)
			}
		}
	}
}

// nativeVariable is V when sel is pkg.V for a variable V of an imported
// package, else nil.
func nativeVariable(info *types.Info, sel *ast.SelectorExpr) *types.Var {
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if _, isPkg := info.Uses[pkg].(*types.PkgName); !isPkg {
		return nil
	}
	v, _ := info.Uses[sel.Sel].(*types.Var)
	return v
}
