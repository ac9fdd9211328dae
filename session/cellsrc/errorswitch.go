package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// An expression switch on an error, `switch err { case ErrNotFound: ...
// case nil: ... }`, compares the tag with each case as == does, and
// yaegi's comparison of its error wrapper panics or converts the wrong way
// (reflect.Value.Convert: value of type error cannot be converted to type
// string, for a case of a cell error type based on string). The switch
// becomes a tagless one whose cases call ErrorsEqual, as errorchain.go
// lowers ==; case nil stays a comparison with nil, which yaegi gets right:
//
//	switch __gogil_errsw1 := f(); {
//	case __gogil.ErrorsEqual(__gogil_errsw1, error(ErrNotFound)):
//	case __gogil_errsw1 == nil:
//	}

// mentionsErrorSwitch is the syntactic test: an expression switch with a
// tag and a case that is not nil or a literal.
func mentionsErrorSwitch(n ast.Node) bool {
	s, ok := n.(*ast.SwitchStmt)
	if !ok || s.Tag == nil {
		return false
	}
	for _, c := range s.Body.List {
		for _, x := range c.(*ast.CaseClause).List {
			if comparedValue(x) {
				return true
			}
		}
	}
	return false
}

// lowerErrorSwitches rewrites the switches of the part whose tag is an
// error interface (isErrorIface); operand writes a case value as the
// helper's argument.
func (l *typedLowering) lowerErrorSwitches(isErrorIface func(types.Type) bool, operand func(ast.Expr, types.Type) ast.Expr) {
	info := l.t.Info
	n := 0
	ast.Inspect(l.f.AST, func(node ast.Node) bool {
		s, ok := node.(*ast.SwitchStmt)
		if !ok || !mentionsErrorSwitch(s) {
			return true
		}
		tv, ok := info.Types[s.Tag]
		if !ok || !isErrorIface(tv.Type) {
			return true
		}
		cases := make([][]types.Type, len(s.Body.List))
		for i, c := range s.Body.List {
			for _, x := range c.(*ast.CaseClause).List {
				ct, ok := info.Types[x]
				if !ok || ct.Type == nil {
					return true // untyped: leave the switch as it is
				}
				cases[i] = append(cases[i], ct.Type)
				if ct.IsNil() {
					cases[i][len(cases[i])-1] = nil
				}
			}
		}
		pos := s.Tag.Pos()
		tag := func() ast.Expr { return ast.NewIdent("") }
		switch t := ast.Unparen(s.Tag).(type) {
		case *ast.Ident:
			tag = func() ast.Expr { return &ast.Ident{NamePos: pos, Name: t.Name} }
		default:
			if s.Init != nil {
				// The tag must be evaluated once, after the init, in its
				// scope: a statement of its own there is not one of
				// init's forms; leave the switch to the interpreter.
				return true
			}
			n++
			name := fmt.Sprintf("__gogil_errsw%d", n)
			s.Init = &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{s.Tag}}
			tag = func() ast.Expr { return &ast.Ident{NamePos: pos, Name: name} }
		}
		for i, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			for j, x := range cc.List {
				if cases[i][j] == nil {
					cc.List[j] = &ast.BinaryExpr{X: tag(), OpPos: x.Pos(), Op: token.EQL, Y: x}
					continue
				}
				cc.List[j] = &ast.CallExpr{
					Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: x.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(ErrorsEqualHelper)},
					Lparen: x.Pos(),
					Args:   []ast.Expr{tag(), operand(x, cases[i][j])},
					Rparen: x.End(),
				}
			}
		}
		s.Tag = nil
		return true
	})
}
