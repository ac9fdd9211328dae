package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 builds a struct literal assigned to a variable (`s =
// P{1, 2}`) in a new value that it puts in the variable's frame slot,
// where other assignments set the value already there. Whatever holds the
// variable's storage keeps the old value: a named result's slot (the
// caller's storage: `func parse() (start P) { start = P{r, c}; return }`
// returned P{}), a closure's shared variable, a pointer `p := &s` or
// `&s.f`, a method value `inc := s.Inc` of a pointer method, a pointer a
// method kept. All of them then read the old struct, silently. In
// parentheses the literal is built in a slot of its own and then
// assigned, as ifacelits.go does for error variables.
//
// Which variable may be shared that way cannot be told without types
// (a pointer method call may keep its receiver; an earlier cell may hold
// a pointer to a variable this one assigns), so the pass parenthesizes the
// literal of every single assignment to a name, whatever its
// declaration, except a literal written as an array, slice or map (yaegi
// sets those in place) and a name the declaration declares of an
// interface type written as such: how yaegi builds a value held in an
// interface shapes how the runner reads it (ifacelits.go owns error
// variables). The cost is one more copy of the struct.

// ParenthesizeSlotLiterals puts in parentheses the composite literal
// assigned to a variable (see above).
func ParenthesizeSlotLiterals(n ast.Node) {
	if f, ok := n.(*ast.File); ok {
		for _, d := range f.Decls {
			slotLiterals(d)
		}
		return
	}
	slotLiterals(n)
}

func slotLiterals(n ast.Node) {
	iface := map[string]bool{}
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			if isInterfaceTypeExpr(f.Type) {
				for _, id := range f.Names {
					iface[id.Name] = true
				}
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			fields(n.Params)
			fields(n.Results)
		case *ast.ValueSpec:
			if isInterfaceTypeExpr(n.Type) {
				for _, id := range n.Names {
					iface[id.Name] = true
				}
			}
		}
		return true
	})
	ast.Inspect(n, func(n ast.Node) bool {
		a, ok := n.(*ast.AssignStmt)
		if !ok || a.Tok != token.ASSIGN || len(a.Lhs) != 1 || len(a.Rhs) != 1 {
			return true
		}
		id, ok := a.Lhs[0].(*ast.Ident)
		if !ok || id.Name == "_" || iface[id.Name] {
			return true
		}
		lit, ok := a.Rhs[0].(*ast.CompositeLit)
		if !ok {
			return true
		}
		switch lit.Type.(type) {
		case *ast.ArrayType, *ast.MapType:
			return true
		}
		a.Rhs[0] = &ast.ParenExpr{Lparen: lit.Pos(), X: lit, Rparen: lit.End()}
		return true
	})
}

// isInterfaceTypeExpr: t is written as an interface type (any, error, or
// an interface literal); a named interface type cannot be told without
// types.
func isInterfaceTypeExpr(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.Ident:
		return t.Name == "any" || t.Name == "error"
	case *ast.InterfaceType:
		return true
	}
	return false
}
