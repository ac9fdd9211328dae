package cellsrc

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 goes wrong in two ways with a function literal that its
// function evaluates more than once, which is to say in a loop:
//
//   - The literal's value is made in a slot of the frame of the function
//     around it, and each call of the closure, when it returns, writes the
//     slot's earlier value back there (getFunc in run.go), from whichever
//     goroutine ran it. A closure of iteration k that returns after
//     iteration k+1 has made its own closure, but before that one is read
//     from the slot, replaces it with an older one (or nil): the later
//     iteration hands on, stores or starts a closure of an earlier
//     iteration. With goroutines that is a race (a hand-written errgroup
//     summing 0..99 got 4943 in some runs); without, any call between the
//     literal and its use does it, f(func() { ... }, g()) where g calls the
//     previous iteration's closure.
//   - A literal written as an argument of a library call is handed over
//     with the live frame, not a copy (genFunctionWrapper), so it sees the
//     variables the body declares as the iteration running when it is
//     called has them.
//
// The storage itself is right: a := allocates afresh in each iteration,
// and a closure made as a value copies the frame, so it refers to its own
// iteration's variables. So each literal in a loop is made inside a call
// of its own, keepFrame's func() T { return lit }(): the slot it is made
// in, and written back to, is in the frame of that call, which nothing
// reads again, and the value is a closure, never the literal. A literal
// called where it is written (func() { ... }(), go and defer statements
// among them) is left alone: the go pass makes its goroutine's literal
// through keepFrame itself, and a deferred literal is deferloop.go's. A
// function with a goto of the user's may loop without a for statement, so
// all its literals are made so too.

// keepLoopLiteralFrames makes each function literal of file that its
// function may evaluate more than once, and that is not called where it
// is written, through keepFrame.
func keepLoopLiteralFrames(file *ast.File) {
	var called, wrap map[*ast.FuncLit]bool // made at the first literal: most cells have none
	var visit func(n ast.Node, again bool)
	visit = func(n ast.Node, again bool) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
					if called == nil {
						called = map[*ast.FuncLit]bool{}
					}
					called[lit] = true
				}
			case *ast.FuncLit:
				if again && !called[n] {
					if wrap == nil {
						wrap = map[*ast.FuncLit]bool{}
					}
					wrap[n] = true
				}
				visit(n.Body, userGoto(n.Body))
				return false
			case *ast.FuncDecl:
				if n.Body != nil {
					visit(n.Body, userGoto(n.Body))
				}
				return false
			case *ast.ForStmt:
				if n.Init != nil {
					visit(n.Init, again)
				}
				for _, part := range []ast.Node{n.Cond, n.Post, n.Body} {
					if part != nil {
						visit(part, true)
					}
				}
				return false
			case *ast.RangeStmt:
				for _, part := range []ast.Expr{n.Key, n.Value, n.X} {
					if part != nil {
						visit(part, again)
					}
				}
				visit(n.Body, true)
				return false
			}
			return true
		})
	}
	visit(file, false)
	if len(wrap) == 0 {
		return
	}
	replaceExprs(file, func(x ast.Expr) ast.Expr {
		if lit, ok := x.(*ast.FuncLit); ok && wrap[lit] {
			return keepFrame(lit)
		}
		return x
	})
}

// userGoto: body, outside its function literals, has a goto the user
// wrote (the lowering's own gotos, to labels of its hidden names, only
// jump forward).
func userGoto(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt:
			if n.Tok == token.GOTO && n.Label != nil && !strings.HasPrefix(n.Label.Name, "__gogil") {
				found = true
			}
		}
		return !found
	})
	return found
}

// refuseLoopHeaderLiterals refuses a function literal in the condition or
// post statement of a three-clause loop that uses a variable the loop's
// init declares. In Go each evaluation of those sees the iteration's own
// copy (the post statement the next iteration's); the lowering of
// loopvar.go makes copies in the body only, so the literal would keep the
// one variable of the whole loop and see its last value.
func refuseLoopHeaderLiterals(f *File) *cellio.Error {
	var found *ast.FuncLit
	var name string
	ast.Inspect(f.AST, func(n ast.Node) bool {
		loop, ok := n.(*ast.ForStmt)
		if found != nil || !ok {
			return found == nil
		}
		init, ok := loop.Init.(*ast.AssignStmt)
		if !ok || init.Tok != token.DEFINE {
			return true
		}
		if !hasFuncLit(loop.Cond) && !hasFuncLit(loop.Post) {
			return true
		}
		declared := map[string]bool{}
		for _, x := range init.Lhs {
			if id, ok := x.(*ast.Ident); ok && id.Name != "_" {
				declared[id.Name] = true
			}
		}
		for _, part := range []ast.Node{loop.Cond, loop.Post} {
			if part == nil {
				continue
			}
			ast.Inspect(part, func(n ast.Node) bool {
				if lit, ok := n.(*ast.FuncLit); ok && found == nil {
					if v := mentionedFree(lit, declared); v != "" {
						found, name = lit, v
					}
				}
				return found == nil
			})
		}
		return found == nil
	})
	if found == nil {
		return nil
	}
	return f.compileError(found, "a function literal in a for loop's condition or post statement that uses the loop's variable %s is not supported by gogil: its interpreter would give it one %s for the whole loop, not each iteration's; make the closure in the loop's body instead",
		name, name)
}

// hasFuncLit: n, which may be nil, holds a function literal.
func hasFuncLit(n ast.Node) bool {
	found := false
	if n != nil {
		ast.Inspect(n, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				found = true
			}
			return !found
		})
	}
	return found
}
