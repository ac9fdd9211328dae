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
// fresh in every iteration, so the loop's variable gets a hidden name and
// the body a copy under the user's (a copy of the same name, `i := i`,
// would do in a function, but at the top level of a cell yaegi takes it
// for the loop's own variable):
//
//	for k, v := range x { body }
//	→ for __gogil_loop1_k, __gogil_loop1_v := range x { k, v := __gogil_loop1_k, __gogil_loop1_v; { body } }
//
// A three-clause loop also carries the value on: the next iteration's copy
// starts from the value this one had at the end of the body, before the
// post statement, whatever the body assigned. So the copy is written back
// at the end of the body and at every continue of this loop, which becomes
// a goto to that point (a continue would skip it, and at the continue i
// may name another variable the body declared):
//
//	L: for __gogil_loop1_i := 0; __gogil_loop1_i < n; __gogil_loop1_i++ {
//		i := __gogil_loop1_i
//		{ body }      // continue and continue L: goto __gogil_loop1_next
//	__gogil_loop1_next:
//		__gogil_loop1_i = i
//	}
//
// Each lowered loop of a part has its own number: a labelled continue from
// an inner loop reaches the outer loop's names, and labels, which Go scopes
// to the whole function, never clash.
//
// Only a variable that may outlive its iteration is copied: one that a
// function literal, a go or defer statement, an & or a slice expression
// mentions in the body, or that a method is called on (a pointer method
// takes its address). Every other loop is left as it was, at no cost to
// its speed. The check is by name, so a shadowing name costs a copy and no
// more. Not seen: a method value taken from the variable (f := v.M with a
// pointer receiver), and closures in the loop's own condition or post
// statement. In those the variable is renamed everywhere but after a dot
// and in the keys of a composite literal of a type not written as a map
// or an array (a struct's field names).
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
			if names := capturedNames(n.Body, init.Lhs...); len(names) > 0 {
				loops++
				lowerForVars(n, init, labels[n], names, loops)
			}
		case *ast.RangeStmt:
			if n.Tok != token.DEFINE {
				return true
			}
			if names := capturedNames(n.Body, n.Key, n.Value); len(names) > 0 {
				loops++
				hidden := hiddenNames(loops, names)
				for _, v := range []ast.Expr{n.Key, n.Value} {
					if id, ok := v.(*ast.Ident); ok && hidden[id.Name] != "" {
						id.Name = hidden[id.Name]
					}
				}
				n.Body = freshCopies(n.Body, names, hidden, n.For)
			}
		}
		return true
	})
}

// hiddenNames are the loop's own names for the variables of the number-th
// lowered loop.
func hiddenNames(number int, names []string) map[string]string {
	hidden := make(map[string]string, len(names))
	for _, name := range names {
		hidden[name] = loopVarPrefix + strconv.Itoa(number) + "_" + name
	}
	return hidden
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

// freshCopies is body behind a declaration of a copy of each name, from
// the loop's hidden variable, in a block of its own so that the body may
// still declare those names.
func freshCopies(body *ast.BlockStmt, names []string, hidden map[string]string, pos token.Pos) *ast.BlockStmt {
	copies := &ast.AssignStmt{TokPos: pos, Tok: token.DEFINE}
	for _, name := range names {
		copies.Lhs = append(copies.Lhs, &ast.Ident{NamePos: pos, Name: name})
		copies.Rhs = append(copies.Rhs, &ast.Ident{NamePos: pos, Name: hidden[name]})
	}
	return &ast.BlockStmt{Lbrace: body.Lbrace, List: []ast.Stmt{copies, body}, Rbrace: body.Rbrace}
}

// lowerForVars rewrites the three-clause loop, whose init declares names,
// labelled label (or ""), the number-th lowered in its part.
func lowerForVars(loop *ast.ForStmt, init *ast.AssignStmt, label string, names []string, number int) {
	pos := loop.For
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	hidden := hiddenNames(number, names)
	for _, v := range init.Lhs {
		if id, ok := v.(*ast.Ident); ok && hidden[id.Name] != "" {
			id.Name = hidden[id.Name]
		}
	}
	if loop.Cond != nil {
		rename(loop.Cond, hidden)
	}
	if loop.Post != nil {
		rename(loop.Post, hidden)
	}
	next := loopVarPrefix + strconv.Itoa(number) + "_next"
	continues := continuesOf(loop.Body, label)
	for _, c := range continues {
		c.Tok, c.Label = token.GOTO, id(next)
	}
	writeBack := &ast.AssignStmt{TokPos: pos, Tok: token.ASSIGN}
	for _, name := range names {
		writeBack.Lhs = append(writeBack.Lhs, id(hidden[name]))
		writeBack.Rhs = append(writeBack.Rhs, id(name))
	}
	var end ast.Stmt = writeBack
	if len(continues) > 0 {
		end = &ast.LabeledStmt{Label: id(next), Colon: pos, Stmt: writeBack}
	}
	loop.Body = freshCopies(loop.Body, names, hidden, pos)
	loop.Body.List = append(loop.Body.List, end)
}

// rename gives the variables named in hidden their hidden names in n, a
// loop's condition or post statement.
func rename(n ast.Node, hidden map[string]string) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			rename(n.X, hidden)
			return false
		case *ast.CompositeLit:
			keyed := false
			switch n.Type.(type) {
			case *ast.MapType, *ast.ArrayType:
				keyed = true
			}
			if n.Type != nil {
				rename(n.Type, hidden)
			}
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok && !keyed {
					elt = kv.Value
				}
				rename(elt, hidden)
			}
			return false
		case *ast.Ident:
			if h := hidden[n.Name]; h != "" {
				n.Name = h
			}
		}
		return true
	})
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

// keepFrame is lit made by an interpreted call that returns it,
// func() T { return lit }(): the frame slot yaegi makes the literal in,
// and writes back to whenever a closure of it returns, is the call's,
// which nothing reads again, and the value handed on is a closure with a
// copy of the frame, never the literal itself, which a native call would
// run with the live frame (looplits.go says how both went wrong).
func keepFrame(lit *ast.FuncLit) *ast.CallExpr {
	pos := lit.Pos()
	typ := *lit.Type
	typ.Func = token.NoPos
	return &ast.CallExpr{
		Fun: &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
				Results: &ast.FieldList{List: []*ast.Field{{Type: &typ}}}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{lit}}}, Rbrace: pos},
		},
		Lparen: pos,
		Rparen: pos,
	}
}
