package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// loopVarPrefix starts the hidden names of the per-iteration lowering; each
// loop lowered in a part has its own number, so that a labelled continue
// from an inner loop reaches the outer loop's names, and labels, which Go
// scopes to the whole function, never clash.
const loopVarPrefix = "__gogil_loop"

// RewriteLoopVars gives each iteration of a loop its own copy of the
// variables the loop declares (Go 1.22): yaegi keeps one variable for the
// whole loop, so closures, goroutines and pointers made in different
// iterations all see its last value. A variable declared in the body is
// already fresh in every iteration, so a copy declared at the top of the
// body is enough:
//
//	for k, v := range x { body }  →  for k, v := range x { k, v := k, v; { body } }
//
// A three-clause loop also carries the value on: the next iteration's copy
// starts from the value this one had at the end of the body, before the
// post statement, whatever the body assigned. The copy is written back
// through a pointer to the loop's own variable, at the end of the body and
// at every continue of this loop, which becomes a goto to that point (a
// continue would skip it; the continue's own i may be another variable
// that the body declared):
//
//	L: for i := 0; i < n; i++ {
//		__gogil_loop1_i := &i
//		{
//			i := i
//			{ body }      // continue and continue L: goto __gogil_loop1_next
//		__gogil_loop1_next:
//			*__gogil_loop1_i = i
//		}
//	}
//
// Only a variable that may outlive its iteration is copied: one that a
// function literal, a go or defer statement, an & or a slice expression
// mentions in the body, or that a method is called on (a pointer method
// takes its address). Every other loop is left as it was, at no cost to
// its speed. The check is by name, so a shadowing name costs a copy and no
// more. Not seen: a method value taken from the variable (f := v.M with a
// pointer receiver), and closures in the loop's own condition or post
// statement.
func RewriteLoopVars(file *ast.File) {
	labels := map[ast.Stmt]string{}
	loops := 0
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.LabeledStmt:
			labels[n.Stmt] = n.Label.Name
		case *ast.ForStmt:
			init, ok := n.Init.(*ast.AssignStmt)
			if !ok || init.Tok != token.DEFINE {
				return true
			}
			names := capturedNames(n.Body, init.Lhs...)
			if len(names) > 0 {
				loops++
				lowerForVars(n, labels[n], names, loops)
			}
		case *ast.RangeStmt:
			if n.Tok != token.DEFINE {
				return true
			}
			names := capturedNames(n.Body, n.Key, n.Value)
			if len(names) > 0 {
				n.Body = freshCopies(n.Body, names, n.For)
			}
		}
		return true
	})
}

// capturedNames are those of the variables declared (a loop's, as
// identifiers) that may outlive an iteration of body.
func capturedNames(body *ast.BlockStmt, declared ...ast.Expr) []string {
	var names []string
	for _, d := range declared {
		if id, ok := d.(*ast.Ident); ok && id.Name != "_" {
			names = append(names, id.Name)
		}
	}
	if len(names) == 0 {
		return nil
	}
	kept := map[string]bool{}
	mentioned := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				kept[id.Name] = true
			}
			return true
		})
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			mentioned(n.Body)
			return false
		case *ast.GoStmt:
			mentioned(n.Call)
			return false
		case *ast.DeferStmt:
			mentioned(n.Call)
			return false
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				mentioned(n.X)
			}
		case *ast.SliceExpr:
			mentioned(root(n.X)) // slicing an array refers to the variable
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
				mentioned(root(sel.X)) // a pointer method gets the address
			}
		}
		return true
	})
	captured := names[:0]
	for _, name := range names {
		if kept[name] {
			captured = append(captured, name)
		}
	}
	return captured
}

// root is the variable an addressable expression is part of (v of v.f[2].g).
func root(x ast.Expr) ast.Expr {
	for {
		switch e := x.(type) {
		case *ast.ParenExpr:
			x = e.X
		case *ast.SelectorExpr:
			x = e.X
		case *ast.IndexExpr:
			x = e.X
		default:
			return x
		}
	}
}

// freshCopies is body behind a declaration of a copy of each name, in a
// block of its own so that the body may still declare those names.
func freshCopies(body *ast.BlockStmt, names []string, pos token.Pos) *ast.BlockStmt {
	copies := &ast.AssignStmt{TokPos: pos, Tok: token.DEFINE}
	for _, name := range names {
		copies.Lhs = append(copies.Lhs, &ast.Ident{NamePos: pos, Name: name})
		copies.Rhs = append(copies.Rhs, &ast.Ident{NamePos: pos, Name: name})
	}
	return &ast.BlockStmt{Lbrace: body.Lbrace, List: []ast.Stmt{copies, body}, Rbrace: body.Rbrace}
}

// lowerForVars rewrites the body of the three-clause loop for, labelled
// label (or ""), the number-th lowered in its part, for names.
func lowerForVars(loop *ast.ForStmt, label string, names []string, number int) {
	pos := loop.For
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	prefix := loopVarPrefix + strconv.Itoa(number) + "_"
	next := prefix + "next"
	continues := continuesOf(loop.Body, label)
	for _, c := range continues {
		c.Tok, c.Label = token.GOTO, id(next)
	}

	pointers := &ast.AssignStmt{TokPos: pos, Tok: token.DEFINE}
	writeBack := &ast.AssignStmt{TokPos: pos, Tok: token.ASSIGN}
	for _, name := range names {
		pointers.Lhs = append(pointers.Lhs, id(prefix+name))
		pointers.Rhs = append(pointers.Rhs, &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(name)})
		writeBack.Lhs = append(writeBack.Lhs, &ast.StarExpr{Star: pos, X: id(prefix + name)})
		writeBack.Rhs = append(writeBack.Rhs, id(name))
	}
	var end ast.Stmt = writeBack
	if len(continues) > 0 {
		end = &ast.LabeledStmt{Label: id(next), Colon: pos, Stmt: writeBack}
	}
	iteration := freshCopies(loop.Body, names, pos)
	iteration.List = append(iteration.List, end)
	loop.Body = &ast.BlockStmt{Lbrace: loop.Body.Lbrace, List: []ast.Stmt{pointers, iteration}, Rbrace: loop.Body.Rbrace}
}

// continuesOf are the continue statements in body that continue its loop,
// labelled label: unlabelled ones outside inner loops, and those naming
// label. Function literals are other functions.
func continuesOf(body *ast.BlockStmt, label string) []*ast.BranchStmt {
	var found []*ast.BranchStmt
	var walk func(n ast.Node, inner bool)
	walk = func(n ast.Node, inner bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt:
				walk(n.Body, true)
				return false
			case *ast.RangeStmt:
				walk(n.Body, true)
				return false
			case *ast.BranchStmt:
				if n.Tok != token.CONTINUE {
					break
				}
				if n.Label == nil && !inner || n.Label != nil && n.Label.Name == label {
					found = append(found, n)
				}
			}
			return true
		})
	}
	walk(body, false)
	return found
}
