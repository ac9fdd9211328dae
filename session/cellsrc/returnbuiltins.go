package cellsrc

import (
	"go/ast"
)

// yaegi stores the value of a builtin call that is a result of a return
// statement straight into the frame's first result, whatever its position:
// `return len(a), len(b)` returned len(b) twice, and `return 9, len(a)`
// returned 9 twice, silently. A builtin call in parentheses is an operand
// of the parenthesis, not of the return, and gets a slot of its own, which
// the return then copies where it belongs. The first result needs no
// parentheses (its slot is the first), and a call of a function named
// like a builtin in a scope that redefines it loses nothing to them.

// builtinsWithValue are the builtins whose call has a value.
var builtinsWithValue = map[string]bool{
	"append": true, "cap": true, "complex": true, "copy": true, "imag": true,
	"len": true, "make": true, "max": true, "min": true, "new": true,
	"real": true, "recover": true,
}

// ParenthesizeReturnedBuiltins puts in parentheses every builtin call that
// is a result, other than the first, of a return statement under n.
func ParenthesizeReturnedBuiltins(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) < 2 {
			return true
		}
		for i, r := range ret.Results[1:] {
			if call, ok := r.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && builtinsWithValue[id.Name] {
					ret.Results[i+1] = &ast.ParenExpr{Lparen: call.Pos(), X: call, Rparen: call.End()}
				}
			}
		}
		return true
	})
}
