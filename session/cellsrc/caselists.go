package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 evaluates only the first expression of a case list when
// the others are not a name or a literal: `switch { case x == 1, x == 2: }`
// takes the default when x is 2, and so does `switch x { case n-2, n-1: }`,
// silently. Go evaluates the list left to right and stops at the first
// match, which is what || does, so the list becomes one expression:
//
//	switch { case (x == 1) || (x == 2): }
//	switch __gogil_tag1 := x; { case (__gogil_tag1 == n-2) || (__gogil_tag1 == n-1): }
//
// The tag is compared with == only where its type is not an interface
// (whose == the printing pass lowers on the user's nodes); a switch on an
// interface with such a list, or with an init statement beside a tag that
// is not a name, is refused with the feature named.

// lowerCaseLists rewrites the part's case lists described above.
func lowerCaseLists(f *File, opts Options) *cellio.Error {
	var tagged []*ast.SwitchStmt
	ast.Inspect(f.AST, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok {
			return true
		}
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			if len(cc.List) < 2 || !evaluatedCase(cc.List) {
				continue
			}
			if s.Tag == nil {
				cc.List = []ast.Expr{orList(cc.List, nil)}
				continue
			}
			tagged = append(tagged, s)
			break
		}
		return true
	})
	if len(tagged) == 0 {
		return nil
	}
	var info *types.Info
	if l := f.typedLowering(opts); l != nil {
		info = l.t.Info
	}
	for i, s := range tagged {
		refuse := func(why string) *cellio.Error {
			return f.compileError(s, "gogil cannot run a switch case that lists several values, one of them computed (a call or an operation), %s: the interpreter would compare only the first; write one case per value", why)
		}
		if info == nil {
			return refuse("where the cell cannot be type-checked")
		}
		tv, ok := info.Types[s.Tag]
		if !ok || tv.Type == nil || types.IsInterface(tv.Type) {
			return refuse("on a value of an interface type")
		}
		pos := s.Tag.Pos()
		name := ""
		if id, ok := ast.Unparen(s.Tag).(*ast.Ident); ok && s.Init != nil {
			name = id.Name
		} else if s.Init != nil {
			return refuse("after an init statement")
		} else {
			name = fmt.Sprintf("__gogil_tag%d", i+1)
			s.Init = &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{s.Tag}}
		}
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			if cc.List != nil {
				cc.List = []ast.Expr{orList(cc.List, func() ast.Expr { return &ast.Ident{NamePos: pos, Name: name} })}
			}
		}
		s.Tag = nil
	}
	return nil
}

// evaluatedCase: an expression of the list is neither a name nor a
// literal, which yaegi leaves unevaluated after the first.
func evaluatedCase(list []ast.Expr) bool {
	for _, x := range list {
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident, *ast.BasicLit:
		case *ast.SelectorExpr:
			if _, ok := x.X.(*ast.Ident); !ok {
				return true
			}
		case *ast.UnaryExpr:
			if _, ok := x.X.(*ast.BasicLit); !ok {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// orList is (a) || (b) || ...; with tag, (tag() == a) || (tag() == b).
func orList(list []ast.Expr, tag func() ast.Expr) ast.Expr {
	term := func(x ast.Expr) ast.Expr {
		if tag != nil {
			x = &ast.BinaryExpr{X: tag(), OpPos: x.Pos(), Op: token.EQL, Y: paren(x)}
		}
		return paren(x)
	}
	x := term(list[0])
	for _, y := range list[1:] {
		x = &ast.BinaryExpr{X: x, OpPos: y.Pos(), Op: token.LOR, Y: term(y)}
	}
	return x
}

// paren parenthesizes an operation; yaegi reads a parenthesized constant
// operand of == as a bool (reflect: call of reflect.Value.Bool on int
// Value), so names, literals and calls stay bare.
func paren(x ast.Expr) ast.Expr {
	if _, ok := x.(*ast.BinaryExpr); !ok {
		return x
	}
	return &ast.ParenExpr{Lparen: x.Pos(), X: x, Rparen: x.End()}
}
