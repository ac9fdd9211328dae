package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// yaegi v0.16.1 runs a range that assigns to existing variables
// (`for k, v = range m`) as if it declared new ones: the variables outside
// keep their values, in functions as at the top level of a cell, so
// `var last string; for _, last = range xs {}` left last "" silently.
// assignRangeTargets declares hidden variables instead and assigns the
// targets from them where each iteration starts, as Go assigns them:
//
//	for k, v = range x { body }  → for __gogil_ra1k, __gogil_ra1v := range x { k, v = __gogil_ra1k, __gogil_ra1v; body }
//
// A blank target is dropped. It runs after the lowerings of ranges over
// integers, strings and functions, which assign their targets themselves
// (a range over an integer takes its type from them). The copies' pass
// (ifacecopy.go) lowers the ranges whose targets are interfaces given
// cell values earlier, the same way, with the conversions it writes.
func assignRangeTargets(f *File) {
	n := 0
	ast.Inspect(f.AST, func(node ast.Node) bool {
		r, ok := node.(*ast.RangeStmt)
		if !ok || r.Tok != token.ASSIGN {
			return true
		}
		n++
		hideRangeTargets(r, "__gogil_ra"+strconv.Itoa(n), nil)
		return true
	})
}

// hideRangeTargets lowers r, a range assigning to existing variables, as
// above, with hidden variables named prefix+"k" and prefix+"v"; convert,
// if not nil, writes the value assigned to a target from its hidden
// variable (key says which of the two it is).
func hideRangeTargets(r *ast.RangeStmt, prefix string, convert func(target ast.Expr, hidden *ast.Ident, key bool) ast.Expr) {
	pos := r.For
	var lhs, rhs []ast.Expr
	hidden := func(target ast.Expr, suffix string) ast.Expr {
		if target == nil || isBlank(target) {
			return nil
		}
		id := &ast.Ident{NamePos: pos, Name: prefix + suffix}
		var value ast.Expr = &ast.Ident{NamePos: pos, Name: id.Name}
		if convert != nil {
			value = convert(target, value.(*ast.Ident), suffix == "k")
		}
		lhs = append(lhs, target)
		rhs = append(rhs, value)
		return id
	}
	key, value := hidden(r.Key, "k"), hidden(r.Value, "v")
	switch {
	case key == nil && value == nil:
		r.Key, r.Value, r.Tok = nil, nil, token.ILLEGAL
		return
	case key == nil:
		key = &ast.Ident{NamePos: pos, Name: "_"}
	}
	r.Key, r.Value, r.Tok, r.TokPos = key, value, token.DEFINE, pos
	assign := &ast.AssignStmt{Lhs: lhs, TokPos: pos, Tok: token.ASSIGN, Rhs: rhs}
	r.Body.List = append([]ast.Stmt{assign}, r.Body.List...)
}
