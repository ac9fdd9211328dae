package cellsrc

import (
	"go/ast"
	"go/token"
	"strconv"
	"unicode/utf8"
)

// Go compiles []byte("text") and []rune("text") of a constant string into
// an array of exactly the string's length: cap is len. yaegi converts at
// run time, where the allocation is rounded up to a size class (cap 8 for
// three bytes), and a program that appends and prints cap printed other
// numbers. A full slice expression, []byte("text")[:n:n], gives Go's cap.

// CapConstantConversions bounds the capacity of every conversion of a
// string literal (or a sum of them) to []byte or []rune under n.
func CapConstantConversions(n ast.Node) {
	sliceConversion := func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		at, ok := call.Fun.(*ast.ArrayType)
		return ok && at.Len == nil
	}
	if !someNode(n, sliceConversion) {
		return
	}
	replaceExprs(n, func(x ast.Expr) ast.Expr {
		call, ok := x.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return x
		}
		at, ok := call.Fun.(*ast.ArrayType)
		if !ok || at.Len != nil {
			return x
		}
		elem, ok := at.Elt.(*ast.Ident)
		if !ok {
			return x
		}
		s, ok := constantString(call.Args[0])
		if !ok {
			return x
		}
		var length int
		switch elem.Name {
		case "byte", "uint8":
			length = len(s)
		case "rune", "int32":
			length = utf8.RuneCountInString(s)
		default:
			return x
		}
		n := &ast.BasicLit{Kind: token.INT, Value: strconv.Itoa(length), ValuePos: call.End()}
		n2 := &ast.BasicLit{Kind: token.INT, Value: n.Value, ValuePos: call.End()}
		return &ast.SliceExpr{X: call, High: n, Max: n2, Slice3: true, Lbrack: call.End(), Rbrack: call.End()}
	})
}

// constantString is the value of a string literal, or of a sum of them.
func constantString(x ast.Expr) (string, bool) {
	switch x := x.(type) {
	case *ast.BasicLit:
		if x.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(x.Value)
		return s, err == nil
	case *ast.ParenExpr:
		return constantString(x.X)
	case *ast.BinaryExpr:
		if x.Op != token.ADD {
			return "", false
		}
		a, ok1 := constantString(x.X)
		b, ok2 := constantString(x.Y)
		return a + b, ok1 && ok2
	}
	return "", false
}
