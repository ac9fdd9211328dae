package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 builds a struct literal assigned to a variable (`s =
// P{1, 2}`) in a new value that it puts in the variable's frame slot,
// where other assignments set the value already there. A named result's
// slot holds the caller's storage, and a variable a closure shares is read
// through the value the closure took: both kept the old value, so `func
// parse() (start P) { start = P{r, c}; return }` returned P{}, and a
// closure's `s = P{5, 6}` was lost to its function, silently. In
// parentheses the literal is built in a slot of its own and then assigned,
// as ifacelits.go does for error variables.
//
// Without types the pass goes by names, one declaration of the file at a
// time: it parenthesizes the literal of a single assignment to a name that
// a function of the declaration declares as a named result, or that a
// function literal in it mentions. A name the declaration declares of an
// interface type is left alone, since how yaegi builds a value held in an
// interface shapes how the runner reads it (ifacelits.go owns error
// variables).

// ParenthesizeSlotLiterals puts in parentheses the composite literal
// assigned to a named result or to a variable a closure may share (see
// above).
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
	shared := map[string]bool{}
	iface := map[string]bool{}
	fields := func(fl *ast.FieldList, named bool) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			for _, id := range f.Names {
				if isInterfaceTypeExpr(f.Type) {
					iface[id.Name] = true
				} else if named {
					shared[id.Name] = true
				}
			}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncType:
			fields(n.Params, false)
			fields(n.Results, true)
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					shared[id.Name] = true
				}
				return true
			})
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
		if !ok || !shared[id.Name] || iface[id.Name] {
			return true
		}
		if lit, ok := a.Rhs[0].(*ast.CompositeLit); ok {
			a.Rhs[0] = &ast.ParenExpr{Lparen: lit.Pos(), X: lit, Rparen: lit.End()}
		}
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
