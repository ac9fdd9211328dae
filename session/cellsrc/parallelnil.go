package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 keeps the values of an assignment of several pairs in
// temporaries of the right sides' types, and untyped nil has none:
// `fs, prev = nil, nil` (slices, maps, funcs, pointers, errors) panicked
// with "reflect: New(nil)", in functions as at the top level. A single
// assignment of nil works, so splitNilAssignments moves each pair whose
// right side is nil and whose left side is a variable out of the
// statement, after it:
//
//	a, b, c = nil, f(a), nil   → { b = f(a); a = nil; c = nil }
//
// After is right: every right side (f(a) reads the old a) and every
// operand of the remaining left sides is evaluated before the first
// assignment in Go as in the block; a variable assigned nil is a name,
// which nothing in the remaining pairs can assign (a name that appears
// twice on the left is left alone, Go assigns those from the left). A pair
// whose left side is not a name (p.next, xs[i]) cannot move so simply, nor
// can a statement that is a loop's post statement or an init statement:
// typeParallelNils gives those nils their types first, T(nil), which the
// interpreter keeps as any value; without the types, the statement is
// refused, with the workaround.
func splitNilAssignments(f *File) {
	replaceStmts(f.AST, true, func(st ast.Stmt) ast.Stmt {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
			return nil
		}
		names := map[string]int{}
		nils := 0
		for i, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok {
				names[id.Name]++
			}
			if isNilIdent(as.Rhs[i]) {
				nils++
			}
		}
		if nils == 0 {
			return nil
		}
		if nilsOneByOne(as) {
			var each []ast.Stmt
			for _, l := range as.Lhs {
				each = append(each, &ast.AssignStmt{Lhs: []ast.Expr{l}, TokPos: as.TokPos, Tok: token.ASSIGN, Rhs: []ast.Expr{as.Rhs[0]}})
			}
			return &ast.BlockStmt{Lbrace: as.Pos(), List: each, Rbrace: as.End()}
		}
		var keep, moved []ast.Stmt
		var kl, kr []ast.Expr
		for i, l := range as.Lhs {
			r := as.Rhs[i]
			if !isNilIdent(r) {
				kl, kr = append(kl, l), append(kr, r)
				continue
			}
			id, ok := l.(*ast.Ident)
			if !ok {
				f.fail(f.compileError(l, "the interpreter (yaegi v0.16.1) cannot assign an untyped nil to %s among several pairs of one assignment: "+
					"assign it in a statement of its own, or convert the nil to the type (T(nil))", types.ExprString(l)))
				return nil
			}
			if names[id.Name] > 1 || id.Name == "_" {
				return nil
			}
			moved = append(moved, &ast.AssignStmt{Lhs: []ast.Expr{l}, TokPos: as.TokPos, Tok: token.ASSIGN, Rhs: []ast.Expr{r}})
		}
		if len(kl) > 0 {
			keep = append(keep, &ast.AssignStmt{Lhs: kl, TokPos: as.TokPos, Tok: token.ASSIGN, Rhs: kr})
		}
		return &ast.BlockStmt{Lbrace: as.Pos(), List: append(keep, moved...), Rbrace: as.End()}
	})
}

// nilsOneByOne tells whether as assigns nil to every left side, each a
// name or a field of a name that no left side assigns (e.prev, e.next =
// nil, nil in a linked list): assigned one by one, in order, the pairs do
// what the statement does, with no type to write (typeParallelNils' typed
// nil, (*entry[K, V])(nil) in generic code, crashes the interpreter for
// an instance of several type parameters).
func nilsOneByOne(as *ast.AssignStmt) bool {
	assigned := map[string]bool{}
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok {
			assigned[id.Name] = true
		}
	}
	for i, l := range as.Lhs {
		if !isNilIdent(as.Rhs[i]) {
			return false
		}
		switch l := l.(type) {
		case *ast.Ident:
			if l.Name == "_" {
				return false
			}
		case *ast.SelectorExpr:
			if x, ok := l.X.(*ast.Ident); !ok || assigned[x.Name] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// isNilIdent: x is the identifier nil.
func isNilIdent(x ast.Expr) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && id.Name == "nil"
}

// typeParallelNils writes, where go/types typed the part, each nil of an
// assignment of several pairs that splitNilAssignments cannot move as the
// nil of its target's type: n.next, prev = nil, nil → n.next, prev =
// (*node)(nil), nil, and in a loop's header every nil of one.
func typeParallelNils(f *File, opts Options) *cellio.Error {
	var found []*ast.AssignStmt
	inHeader := map[ast.Stmt]bool{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt:
			inHeader[n.Init], inHeader[n.Post] = true, true
		case *ast.IfStmt:
			inHeader[n.Init] = true
		case *ast.SwitchStmt:
			inHeader[n.Init] = true
		case *ast.TypeSwitchStmt:
			inHeader[n.Init] = true
		case *ast.AssignStmt:
			if n.Tok == token.ASSIGN && len(n.Lhs) > 1 && len(n.Lhs) == len(n.Rhs) && slices.ContainsFunc(n.Rhs, isNilIdent) {
				found = append(found, n)
			}
		}
		return true
	})
	if len(found) == 0 {
		return nil
	}
	var typed *typedLowering
	for _, as := range found {
		if !inHeader[as] && nilsOneByOne(as) {
			continue // splitNilAssignments assigns them one by one
		}
		for i, r := range as.Rhs {
			_, name := as.Lhs[i].(*ast.Ident)
			if !isNilIdent(r) || name && !inHeader[as] {
				continue
			}
			if typed == nil {
				if typed = f.typedLowering(opts); typed == nil {
					return nil // splitNilAssignments refuses it
				}
			}
			t := typed.t.Info.TypeOf(as.Lhs[i])
			if t == nil {
				continue
			}
			pos := r.Pos()
			as.Rhs[i] = &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: typed.typeExpr(r, t), Rparen: pos}, Lparen: pos, Args: []ast.Expr{r}, Rparen: pos}
			typed.t.Info.Types[as.Rhs[i]] = types.TypeAndValue{Type: t}
		}
	}
	if typed != nil {
		return typed.err
	}
	return nil
}
