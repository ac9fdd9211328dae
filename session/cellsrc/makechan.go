package cellsrc

import (
	"go/ast"
	"go/token"
)

// make(chan<- T) and make(<-chan T) are Go (a channel nobody can receive
// from, or send on), but yaegi hands the directional type to
// reflect.MakeChan, which panics ("unidirectional channel type").
// lowerDirectionalMakes makes the channel both ways and converts it:
// (chan<- T)(make(chan T, n)), which is the same value to Go.
func lowerDirectionalMakes(f *File, _ Options) {
	if !someNode(f.AST, func(n ast.Node) bool { return directionalMake(n) != nil }) {
		return
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		ch := directionalMake(x)
		if ch == nil {
			return x
		}
		call := x.(*ast.CallExpr)
		both := *ch
		both.Dir, both.Arrow = ast.SEND|ast.RECV, token.NoPos
		made := *call
		made.Args = append([]ast.Expr{&both}, call.Args[1:]...)
		return &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: call.Pos(), X: ch, Rparen: call.Pos()}, Lparen: call.Pos(), Args: []ast.Expr{&made}, Rparen: call.End()}
	})
}

// directionalMake is the channel type of make(chan<- T, ...) or
// make(<-chan T, ...), or nil for any other node.
func directionalMake(n ast.Node) *ast.ChanType {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return nil
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "make" {
		return nil
	}
	ch, ok := ast.Unparen(call.Args[0]).(*ast.ChanType)
	if !ok || ch.Dir == ast.SEND|ast.RECV {
		return nil
	}
	return ch
}
