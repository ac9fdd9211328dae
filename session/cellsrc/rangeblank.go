package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
)

// In yaegi v0.16.1 a range statement without a key, or with _ as key or
// value, declares a variable named _ in the loop's scope, and at the
// global scope (the top level of a cell) an assignment or definition of _
// in the body reuses the slot of that variable instead of one of its own,
// and retypes it: `for _, c := range "ab" { d := string(c); _ = d }`
// panicked with "reflect: SetInt on string Value" at the loop's next
// step, as did `n, _ := strconv.Atoi(w)` in such a loop. In functions
// each _ gets a slot. hideRangeBlanks gives those top-level loops whose
// body assigns _ a hidden key and drops a blank value:
//
//	for _, c := range xs { body }   → for __gogil_rk1, c := range xs { body }
//	for range xs { body }           → for __gogil_rk1 := range xs { body }
//	for i, _ := range xs { body }   → for i := range xs { body }
//	for _, c = range xs { body }    → for __gogil_rk1, __gogil_rv1 := range xs { c = __gogil_rv1; body }
//
// It runs after the range lowerings (strings, integers), so the hidden key
// of a range over a string is never read (yaegi's key there counts runes).
func hideRangeBlanks(f *File) {
	main, _ := MainBody(f.AST)
	if main == nil {
		return
	}
	loops := 0
	replaceStmts(main.Body, false, func(st ast.Stmt) ast.Stmt {
		r, ok := st.(*ast.RangeStmt)
		if !ok || !assignsBlank(r.Body) {
			return nil
		}
		if r.Value != nil && isBlank(r.Value) {
			r.Value = nil
		}
		if r.Key != nil && !isBlank(r.Key) {
			return nil
		}
		loops++
		suffix := strconv.Itoa(loops)
		pos := r.For
		key := &ast.Ident{NamePos: pos, Name: "__gogil_rk" + suffix}
		if r.Tok == token.ASSIGN && r.Value != nil {
			value := &ast.Ident{NamePos: pos, Name: "__gogil_rv" + suffix}
			assign := &ast.AssignStmt{Lhs: []ast.Expr{r.Value}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{value}}
			r.Value = value
			r.Body.List = append([]ast.Stmt{assign}, r.Body.List...)
		}
		r.Key, r.Tok, r.TokPos = key, token.DEFINE, pos
		return nil
	})
}

// assignsBlank: a statement under b, outside function literals, assigns or
// defines _.
func assignsBlank(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if isBlank(l) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
