package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 panics ("reflect: Field index out of bounds") on a type
// assertion to a concrete type of a value held in an any or an error when
// that value is of a struct type without fields: it looks for its own
// interface wrapper's first field without counting them. `d, ok :=
// a.(Dog)` for a `type Dog struct{}` with methods, the usual shape of a
// tutorial's animals, ended the cell so. Its type switch gets them right,
// and a struct without fields has one value, so
//
//	v, ok := x.(T)
//
// becomes (the assertions the earlier passes wrote are of this form too)
//
//	__gogil_esN := false
//	switch x.(type) {
//	case T:
//		__gogil_esN = true
//	}
//	v, ok := T{}, __gogil_esN
func lowerEmptyStructAsserts(f *File, opts Options) *cellio.Error {
	if !assertsInterface(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	n := 0
	eachList(f.AST, func(list []ast.Stmt) []ast.Stmt {
		var out []ast.Stmt
		for i, st := range list {
			rewritten := l.emptyStructAssert(st, &n)
			if rewritten == nil {
				if out != nil {
					out = append(out, st)
				}
				continue
			}
			if out == nil {
				out = append(out, list[:i]...)
			}
			out = append(out, rewritten...)
		}
		if out == nil {
			return list // untouched, as the scan that skips this pass leaves it
		}
		return out
	})
	return nil
}

func (l *typedLowering) emptyStructAssert(st ast.Stmt, n *int) []ast.Stmt {
	as, ok := st.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || as.Tok != token.DEFINE && as.Tok != token.ASSIGN {
		return nil
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil {
		return nil
	}
	tv, ok := l.t.Info.Types[ta.Type]
	if !ok || !tv.IsType() {
		return nil
	}
	if s, ok := tv.Type.Underlying().(*types.Struct); !ok || s.NumFields() != 0 || types.IsInterface(tv.Type) {
		return nil
	}
	if _, ok := types.Unalias(tv.Type).(*types.Named); !ok {
		return nil // struct{} itself: a library value may have it too, which yaegi's switch would not tell apart
	}
	*n++
	pos := ta.Pos()
	flag := &ast.Ident{NamePos: pos, Name: fmt.Sprintf("__gogil_es%d", *n)}
	sw := &ast.TypeSwitchStmt{
		Switch: pos,
		Assign: &ast.ExprStmt{X: &ast.TypeAssertExpr{X: ta.X, Lparen: ta.Lparen, Rparen: ta.Rparen}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.CaseClause{Case: pos, List: []ast.Expr{ta.Type}, Colon: pos, Body: []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent(flag.Name)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{ast.NewIdent("true")}},
		}}}, Rbrace: pos},
	}
	zero := &ast.CompositeLit{Type: l.copyExpr(ta.Type), Lbrace: pos, Rbrace: pos}
	return []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{flag}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{ast.NewIdent("false")}},
		sw,
		&ast.AssignStmt{Lhs: as.Lhs, TokPos: as.TokPos, Tok: as.Tok, Rhs: []ast.Expr{zero, ast.NewIdent(flag.Name)}},
	}
}
