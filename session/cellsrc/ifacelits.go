package cellsrc

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 builds a composite literal assigned to a variable straight
// in the variable's slot, skipping the assignment, unless the variable is
// of a native interface type; `error` is a type of its own to it, which
// that test misses. `var err error = NotFound{k}` and `err = NotFound{k}`
// put the struct in err unconverted, without the Error method yaegi
// wraps a value in when it converts one: fmt printed {k} where Go prints
// the message, silently. In parentheses the literal is an operand of the
// parenthesis, built in a slot of its own and then assigned, converted
// (as multiassign.go does for parallel values).
//
// Without types the pass tells an error variable by its declaration:
// it parenthesizes the literal of a var spec of type error, and of a
// single assignment to a name that the file declares only as an error (a
// var or a parameter or result of type error). A literal of any other
// type stays as it is: the runner's reading of values held in `any`
// depends on how yaegi builds them there.

// ParenthesizeAssignedLiterals puts in parentheses the composite literal
// assigned to an error variable under n (see above).
func ParenthesizeAssignedLiterals(n ast.Node) {
	errs := errorNames(n)
	paren := func(x *ast.Expr) {
		if lit, ok := (*x).(*ast.CompositeLit); ok {
			*x = &ast.ParenExpr{Lparen: lit.Pos(), X: lit, Rparen: lit.End()}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN || len(n.Lhs) != 1 || len(n.Rhs) != 1 {
				return true
			}
			if id, ok := n.Lhs[0].(*ast.Ident); ok && errs[id.Name] {
				paren(&n.Rhs[0])
			}
		case *ast.ValueSpec:
			if isErrorIdent(n.Type) && len(n.Names) == len(n.Values) {
				for i := range n.Values {
					paren(&n.Values[i])
				}
			}
		}
		return true
	})
}

// errorNames are the names n declares only as variables of type error.
func errorNames(n ast.Node) map[string]bool {
	names := map[string]bool{}
	other := map[string]bool{}
	declare := func(id *ast.Ident, isErr bool) {
		if isErr {
			names[id.Name] = true
		} else {
			other[id.Name] = true
		}
	}
	// A receiver (e of func (e NotFound) Error) is seldom assigned a
	// literal, and names the method's type's errors by habit.
	receivers := map[*ast.Field]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Recv != nil {
				for _, f := range n.Recv.List {
					receivers[f] = true
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				declare(id, isErrorIdent(n.Type))
			}
		case *ast.Field:
			if receivers[n] {
				break
			}
			for _, id := range n.Names {
				declare(id, isErrorIdent(n.Type))
			}
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						declare(id, false)
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, x := range []ast.Expr{n.Key, n.Value} {
					if id, ok := x.(*ast.Ident); ok {
						declare(id, false)
					}
				}
			}
		}
		return true
	})
	for name := range other {
		delete(names, name)
	}
	return names
}

// isErrorIdent: x is the identifier error.
func isErrorIdent(x ast.Expr) bool {
	id, ok := x.(*ast.Ident)
	return ok && id.Name == "error"
}
