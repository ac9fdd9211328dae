package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// In a switch on an interface (`var v any = 3; switch v { case 3.0: ...
// case 3: ... }`), Go gives each untyped constant case its default type
// and compares v with that value held in the interface: 3.0 is a float64
// and does not match an int 3. yaegi v0.16.1 converts the tag to the
// case's type instead, and panics ("reflect.Value.Convert: value of type
// interface {} cannot be converted to type float64"), even for a case
// written float64(3.0); its == of the interface and the value is right.
// lowerInterfaceCases writes a switch whose cases are all constants of
// basic types (or nil) as the comparisons Go makes:
//
//	switch __gogil_itag1 := v; { case __gogil_itag1 == float64(3.0): ... }
//
// (== is __gogil.IfaceEqual where cell types are in reach, as in
// ifaceequal.go.)
// A tag that is a name is compared as it is (the switch may have an init
// statement then); a switch with an init statement and another tag, or a
// case of another kind, is left as it was.
//
// A case computed (`case Off:` of a var Off State, `case mode{1}:`)
// fared worse where cell types are in reach: yaegi compared its boxes of
// two equal values unequal, silently, or converted a box to the case's
// type and crashed. Where a cell type may be in the interface, such a
// case is compared by IfaceEqual too, in the order Go evaluates cases.
func lowerInterfaceCases(f *File, opts Options) *cellio.Error {
	if !switchesWithLiteralCases(f.AST) && !((opts.CellTypes || declaresType(f.AST)) && switchesWithComputedCases(f.AST)) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	// A cell type's value in an interface is its underlying type's to
	// the interpreter (a Celsius 3 is a float64 3): with cell types in
	// reach, IfaceEqual compares, which refuses what it cannot tell.
	cellTypes := l.mainScope() != nil
	count := 0
	ast.Inspect(f.AST, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok || s.Tag == nil || l.err != nil {
			return true
		}
		tag, ok := info.Types[s.Tag]
		if !ok || tag.Type == nil || !types.IsInterface(tag.Type) {
			return true
		}
		if _, param := tag.Type.(*types.TypeParam); param {
			return true
		}
		name, isName := ast.Unparen(s.Tag).(*ast.Ident)
		if s.Init != nil && !isName {
			return true
		}
		// The constants as Go compares them: T(c), or nil; a value
		// computed (a variable, a composite literal) where cell types are
		// in reach, compared by IfaceEqual.
		var written []map[int]ast.Expr
		computed := map[ast.Expr]bool{}
		for _, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			w := map[int]ast.Expr{}
			for i, x := range cc.List {
				tv, ok := info.Types[x]
				switch {
				case ok && tv.IsNil():
					w[i] = x
				case ok && tv.Value != nil && tv.Type != nil:
					if _, basic := tv.Type.(*types.Basic); !basic {
						return true
					}
					t, ok := l.nameType(x, tv.Type)
					if !ok {
						return true
					}
					w[i] = &ast.CallExpr{Fun: t, Lparen: x.Pos(), Args: []ast.Expr{x}, Rparen: x.End()}
				case ok && tv.IsValue() && tv.Type != nil && cellTypes && !isErrorType(tag.Type):
					w[i], computed[x] = x, true
				default:
					return true
				}
			}
			written = append(written, w)
		}
		pos := s.Tag.Pos()
		tagName := ""
		if isName {
			tagName = name.Name
		} else {
			count++
			tagName = fmt.Sprintf("__gogil_itag%d", count)
			s.Init = &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: tagName}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{s.Tag}}
		}
		for k, c := range s.Body.List {
			cc := c.(*ast.CaseClause)
			if cc.List == nil {
				continue
			}
			var or ast.Expr
			for i := range cc.List {
				x := written[k][i]
				tagIdent := &ast.Ident{NamePos: pos, Name: tagName}
				var term ast.Expr = &ast.BinaryExpr{X: tagIdent, OpPos: x.Pos(), Op: token.EQL, Y: x}
				if _, isConv := x.(*ast.CallExpr); isConv && cellTypes || computed[x] {
					term = &ast.CallExpr{
						Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: x.Pos(), Name: RuntimeAlias}, Sel: ast.NewIdent(IfaceEqualHelper)},
						Lparen: x.Pos(), Args: []ast.Expr{tagIdent, x}, Rparen: x.End(),
					}
				}
				if or == nil {
					or = term
				} else {
					or = &ast.BinaryExpr{X: or, OpPos: x.Pos(), Op: token.LOR, Y: term}
				}
			}
			cc.List = []ast.Expr{or}
		}
		s.Tag = nil
		return true
	})
	return l.err
}

// switchesWithComputedCases is the cheap syntactic test for the cases
// compared by IfaceEqual: a switch with a tag has a case that is a name,
// a selector, a composite literal, a call or an address.
func switchesWithComputedCases(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok || s.Tag == nil || found {
			return !found
		}
		for _, c := range s.Body.List {
			for _, x := range c.(*ast.CaseClause).List {
				switch x := ast.Unparen(x).(type) {
				case *ast.Ident:
					found = found || x.Name != "nil" && x.Name != "true" && x.Name != "false"
				case *ast.SelectorExpr, *ast.CompositeLit, *ast.CallExpr:
					found = true
				case *ast.UnaryExpr:
					found = found || x.Op == token.AND
				}
			}
		}
		return !found
	})
	return found
}

// isErrorType: t is the error interface, whose comparisons errorchain.go
// makes.
func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// switchesWithLiteralCases is the cheap syntactic test: a switch with a
// tag has a case written as a literal, a negated one, or one converted.
func switchesWithLiteralCases(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		s, ok := n.(*ast.SwitchStmt)
		if !ok || s.Tag == nil || found {
			return !found
		}
		for _, c := range s.Body.List {
			for _, x := range c.(*ast.CaseClause).List {
				x = ast.Unparen(x)
				if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
					x = ast.Unparen(call.Args[0]) // T(c), a conversion
				}
				if u, ok := x.(*ast.UnaryExpr); ok && (u.Op == token.SUB || u.Op == token.ADD) {
					x = ast.Unparen(u.X)
				}
				if _, lit := x.(*ast.BasicLit); lit {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
