package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// closureArgPrefix starts the names of the variables hoistClosureArgs
// writes; a counter per part keeps them apart.
const closureArgPrefix = "__gogil_closure"

// yaegi v0.16.1 hands a function literal written directly as an argument
// of a library call (or as a value in a composite literal of a library
// type) to the library with the live frame of the function around it,
// where a literal it evaluates as a value gets a copy of that frame. The
// library may call it later (sync.WaitGroup.Go, sync.OnceFunc,
// time.AfterFunc, an http handler): by then the variables a loop declares
// per iteration are the last iteration's, so
//
//	for i := range n { wg.Go(func() { r[i] = i }) }
//
// fills only r[n-1], silently. Bound to a variable first, the literal is
// evaluated as a value, and each iteration's closure keeps its own i:
//
//	for i := range n { __gogil_closure1 := func() { r[i] = i }; wg.Go(__gogil_closure1) }
//
// hoistClosureArgs does that to each such literal inside a loop of its
// own function that uses a variable the loop declares (mentionedFree),
// whether the callee is the library's or the cell's (for the cell's it
// changes nothing): the literal is moved before the statement that holds
// it, which is only done for statements that evaluate their operands in
// one go (an assignment, a call, a return...); a literal in the header of
// an if, switch or for is left as it was. Making a closure has no effect
// of its own, so moving it before the statement's other operands does
// not change what runs.
func hoistClosureArgs(file *ast.File) {
	h := &closureHoister{}
	h.visit(file, nil)
}

type closureHoister struct {
	count int
}

// visit walks n; declared are the names that loops of the function n is
// in declare per iteration, around n.
func (h *closureHoister) visit(n ast.Node, declared map[string]bool) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			h.visit(n.Body, nil)
			return false
		case *ast.BlockStmt:
			n.List = h.stmts(n.List, declared)
			return false
		case *ast.CaseClause:
			for _, e := range n.List {
				h.visit(e, declared)
			}
			n.Body = h.stmts(n.Body, declared)
			return false
		case *ast.CommClause:
			if n.Comm != nil {
				h.visit(n.Comm, declared)
			}
			n.Body = h.stmts(n.Body, declared)
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			loop := n.(ast.Stmt)
			inner := loopDeclared(loop)
			for name := range declared {
				inner[name] = true
			}
			switch loop := loop.(type) {
			case *ast.ForStmt:
				for _, part := range []ast.Node{loop.Init, loop.Cond, loop.Post} {
					if part != nil {
						h.visit(part, declared)
					}
				}
			case *ast.RangeStmt:
				h.visit(loop.X, declared)
			}
			body := loopBody(loop)
			body.List = h.stmts(body.List, inner)
			return false
		}
		return true
	})
}

// stmts is list with the closures of its statements hoisted, and each
// statement walked.
func (h *closureHoister) stmts(list []ast.Stmt, declared map[string]bool) []ast.Stmt {
	var out []ast.Stmt
	for i, s := range list {
		var hoisted []ast.Stmt
		if len(declared) > 0 {
			hoisted = h.hoist(s, declared)
		}
		if hoisted != nil && out == nil {
			out = append(make([]ast.Stmt, 0, len(list)+len(hoisted)), list[:i]...)
		}
		if out != nil {
			out = append(append(out, hoisted...), s)
		}
		for _, d := range hoisted {
			h.visit(d, declared)
		}
		h.visit(s, declared)
	}
	if out == nil {
		return list
	}
	return out
}

// hoist replaces in s each function literal that is an argument of a call
// or a value of a composite literal and uses a name of declared by a new
// variable, and returns the definitions of those variables, to go before
// s; nil if there are none.
func (h *closureHoister) hoist(s ast.Stmt, declared map[string]bool) []ast.Stmt {
	switch s.(type) {
	case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt, *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt, *ast.DeclStmt:
	default:
		return nil
	}
	var defs []ast.Stmt
	replace := func(x *ast.Expr) {
		lit, ok := (*x).(*ast.FuncLit)
		if !ok || mentionedFree(lit, declared) == "" {
			return
		}
		h.count++
		name := closureArgPrefix + strconv.Itoa(h.count)
		pos := lit.Pos()
		defs = append(defs, &ast.AssignStmt{
			Lhs:    []ast.Expr{&ast.Ident{NamePos: pos, Name: name}},
			TokPos: pos,
			Tok:    token.DEFINE,
			Rhs:    []ast.Expr{lit},
		})
		*x = &ast.Ident{NamePos: pos, Name: name}
	}
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its own statements are its own function's
		case *ast.CallExpr:
			for i := range n.Args {
				replace(&n.Args[i])
			}
		case *ast.CompositeLit:
			for i, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					replace(&kv.Value)
				} else {
					replace(&n.Elts[i])
				}
			}
		}
		return true
	})
	return defs
}
