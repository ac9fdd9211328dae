package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"

	"github.com/gogil/gogil/cellio"
)

// Two ways yaegi v0.16.1 runs a deferred call of a function value unlike
// Go (function bodies and literals; the top level's defers are the
// runner's own):
//
//   - It runs a function's deferred calls holding the lock of that
//     function's frame, and a closure made in that frame takes the same
//     lock when it returns (getFunc in run.go, which writes the frame's
//     slot back): `cleanup := func() { ... }; defer cleanup()`, or a
//     deferred literal that calls such a closure, hung the kernel. A
//     function with a defer of its own makes each of its literals that is
//     not called where it is written through keepFrame, whose frame is a
//     call's of its own that nothing locks.
//   - It reads a deferred function's value when the function returns,
//     not at the defer: after `h := f; defer h(); h = g` it called g.
//     A deferred call of a name that the part assigns with = is made
//     through a fresh variable set at the defer (as deferargs.go does for
//     the arguments). So is one of a type assertion or an index
//     (`defer v.(func())()`, `defer handlers[name]()`): in a loop every
//     such defer called the last iteration's function, silently. An
//     index that may instantiate a generic function (`defer f[int]()`)
//     is left as it was.
//
// A literal made through keepFrame no longer sees the panic of the
// function it was written in: `handler := func() { recover() }` then
// `defer handler()`, which hung, is refused.

// keepDeferredFrames rewrites the functions of file that defer a call;
// main, if not nil, is the body of the cell's statements, whose defers are
// the runner's.
func keepDeferredFrames(f *File, main *ast.FuncDecl, opts Options) *cellio.Error {
	file := f.AST
	reassigned := assignedNames(file)
	generic := genericFuncNames(file)
	copied := func(fun ast.Expr) bool {
		switch fun := fun.(type) {
		case *ast.Ident:
			return reassigned[fun.Name]
		case *ast.TypeAssertExpr:
			return true
		case *ast.IndexExpr:
			switch x := ast.Unparen(fun.X).(type) {
			case *ast.Ident:
				return !generic[x.Name] && (opts.Generic == nil || !opts.Generic(x.Name))
			case *ast.SelectorExpr:
				return !qualifiedIdent(x, opts.Global) // a package's generic function
			}
			return true
		}
		return false
	}
	wrap := map[*ast.FuncLit]bool{}
	n := 0
	var function func(body *ast.BlockStmt)
	function = func(body *ast.BlockStmt) {
		called := map[*ast.FuncLit]bool{}
		var lits []*ast.FuncLit
		defers := false
		ast.Inspect(body, func(node ast.Node) bool {
			switch node := node.(type) {
			case *ast.FuncLit:
				lits = append(lits, node)
				function(node.Body)
				return false
			case *ast.CallExpr:
				if lit, ok := ast.Unparen(node.Fun).(*ast.FuncLit); ok {
					called[lit] = true
				}
			case *ast.DeferStmt:
				defers = true
			}
			return true
		})
		if !defers {
			return
		}
		for _, lit := range lits {
			if !called[lit] {
				wrap[lit] = true
			}
		}
		n = copyDeferredNames(body, copied, n)
	}
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		if fd == main {
			// The cell's own statements: their literals' functions still
			// count.
			ast.Inspect(fd.Body, func(node ast.Node) bool {
				if lit, ok := node.(*ast.FuncLit); ok {
					function(lit.Body)
					return false
				}
				return true
			})
			continue
		}
		function(fd.Body)
	}
	if len(wrap) == 0 {
		return nil
	}
	for lit := range wrap {
		if callsRecover(lit.Body) {
			return f.compileError(lit, "a function literal that calls recover() and is not deferred where it is written (handler := func() { ... recover() ... }; defer handler()) is not supported by gogil: its interpreter would hang or not recover; defer it where it is written: defer func() { ... recover() ... }()")
		}
	}
	replaceExprs(file, func(x ast.Expr) ast.Expr {
		if lit, ok := x.(*ast.FuncLit); ok && wrap[lit] {
			return keepFrame(lit)
		}
		return x
	})
	return nil
}

// callsRecover: body, outside the literals in it, calls recover.
func callsRecover(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "recover" && len(n.Args) == 0 {
				found = true
			}
		}
		return !found
	})
	return found
}

// assignedNames are the names file assigns with = (or an operator's
// assignment) anywhere.
func assignedNames(file *ast.File) map[string]bool {
	names := map[string]bool{}
	ast.Inspect(file, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok != token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					names[id.Name] = true
				}
			}
		}
		return true
	})
	return names
}

// genericFuncNames are the generic functions file declares.
func genericFuncNames(file *ast.File) map[string]bool {
	names := map[string]bool{}
	for _, decl := range file.Decls {
		if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil {
			names[fd.Name.Name] = true
		}
	}
	return names
}

// copyDeferredNames makes each defer of body (not of the literals in it)
// whose function copied says must be read at the defer call a copy of it
// made there; n numbers the copies.
func copyDeferredNames(body *ast.BlockStmt, copied func(ast.Expr) bool, n int) int {
	list := func(stmts []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		for _, st := range stmts {
			d, ok := st.(*ast.DeferStmt)
			if !ok {
				out = append(out, st)
				continue
			}
			fun := ast.Unparen(d.Call.Fun)
			if !copied(fun) {
				out = append(out, st)
				continue
			}
			n++
			pos := fun.Pos()
			name := fmt.Sprintf("__gogil_deferfn%d", n)
			out = append(out, &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{fun}})
			d.Call.Fun = &ast.Ident{NamePos: pos, Name: name}
			out = append(out, d)
		}
		return out
	}
	ast.Inspect(body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			node.List = list(node.List)
		case *ast.CaseClause:
			node.Body = list(node.Body)
		case *ast.CommClause:
			node.Body = list(node.Body)
		}
		return true
	})
	return n
}
