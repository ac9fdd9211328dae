package cellsrc

import (
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"strings"
)

// yaegi v0.16.1 gives a function called as `a, b := f()` the caller's a
// and b as the storage of its named results, without zeroing them. Go
// declares a fresh a and b each time such a := runs, but yaegi does not:
// in a loop, f's `sum += x` on a named result starts from the previous
// iteration's value (a mean computed in a loop grew at every call). Zeroing
// the named results where the body starts is what Go does anyway, so it
// changes nothing else.

// ZeroNamedResults makes every function declaration and literal under n
// whose results are named begin by setting them to their zero values.
func ZeroNamedResults(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		var ft *ast.FuncType
		var body *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			ft, body = n.Type, n.Body
		case *ast.FuncLit:
			ft, body = n.Type, n.Body
		default:
			return true
		}
		if body == nil || ft.Results == nil {
			return true
		}
		var zeroing []ast.Stmt
		for _, field := range ft.Results.List {
			for _, name := range field.Names {
				if name.Name == "_" {
					continue
				}
				zero := zeroValue(field.Type, body.Lbrace)
				if zero == nil {
					return true // a type that cannot be copied: left as it is
				}
				// One assignment each: yaegi panics on `a, b = nil, nil`.
				zeroing = append(zeroing, &ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent(name.Name)}, Tok: token.ASSIGN, Rhs: []ast.Expr{zero}})
			}
		}
		body.List = append(zeroing, body.List...)
		return true
	})
}

// zeroValue is an expression of the zero value of the type t: a literal
// for the predeclared types and those whose zero is nil, else *new(t) with
// a copy of t placed at pos; nil if t cannot be copied.
func zeroValue(t ast.Expr, pos token.Pos) ast.Expr {
	switch t := t.(type) {
	case *ast.Ident:
		switch t.Name {
		case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
			"float32", "float64", "complex64", "complex128", "byte", "rune":
			return &ast.BasicLit{Kind: token.INT, Value: "0"}
		case "string":
			return &ast.BasicLit{Kind: token.STRING, Value: `""`}
		case "bool":
			return ast.NewIdent("false")
		case "error", "any":
			return ast.NewIdent("nil")
		}
	case *ast.StarExpr, *ast.MapType, *ast.ChanType, *ast.FuncType:
		return ast.NewIdent("nil")
	case *ast.ArrayType:
		if t.Len == nil {
			return ast.NewIdent("nil")
		}
	}
	var b strings.Builder
	if err := format.Node(&b, token.NewFileSet(), t); err != nil {
		return nil
	}
	c, err := parser.ParseExpr(b.String())
	if err != nil {
		return nil
	}
	placeAt(c, pos)
	return &ast.StarExpr{X: &ast.CallExpr{Fun: ast.NewIdent("new"), Args: []ast.Expr{c}}}
}
