package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// Go's builtins print and println write to the program's stderr, as the
// runtime prints: print puts nothing between its operands, println a
// space, an interface operand is its two words as addresses, a pointer,
// map, channel or function its address, a slice its length, capacity and
// address. yaegi's write to the interpreter's stdout with a space between
// the operands and fmt's %v of each: println in a cell printed onto the
// cell's output, print("a", "b") printed "a b", and a print of an error
// or a *T printed its text or fields, all silently.
//
// lowerPrintBuiltins writes print(x, y) as __gogil.Print(false, "ki", x, y)
// and println(...) as __gogil.Print(true, ...): the runner's helper writes
// on the cell's stderr as Go's runtime does; the string has one letter an
// operand, i where its type is an interface (the value alone cannot tell:
// the operand is handed over in an interface either way).

// PrintHelper is the runner's helper of this file.
const PrintHelper = "Print"

func lowerPrintBuiltins(f *File, opts Options) *cellio.Error {
	// printName is the builtin's name n calls, if it is a call of one
	// named so.
	printName := func(n ast.Node) string {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return ""
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && (id.Name == "print" || id.Name == "println") {
			return id.Name
		}
		return ""
	}
	if !someNode(f.AST, func(n ast.Node) bool { return printName(n) != "" }) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		// Without types the print cannot be told from a function of the
		// cell's own, nor its interface operands from others.
		var at ast.Node
		ast.Inspect(f.AST, func(n ast.Node) bool {
			if name := printName(n); at == nil && name != "" && !declaresName(f.AST, name) {
				at = n
			}
			return at == nil
		})
		if at == nil {
			return nil
		}
		return f.compileError(at, "gogil cannot run print or println here: it prints as Go's runtime does from the types of its operands, and this cell's types could not be worked out")
	}
	info := l.t.Info
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || !isBuiltin(info, call.Fun, "print", "println") {
			return true
		}
		kinds := make([]byte, len(call.Args))
		for i, arg := range call.Args {
			kinds[i] = 'v'
			tv, ok := info.Types[arg]
			if !ok || tv.Type == nil {
				continue
			}
			switch tv.Type.Underlying().(type) {
			case *types.Interface:
				kinds[i] = 'i'
			case *types.Struct, *types.Array:
				// go/types lets these through; Go's compiler does not.
				l.fail(arg, "illegal types for operand: %s (%s)", ast.Unparen(call.Fun).(*ast.Ident).Name, types.TypeString(tv.Type, cellQualifier))
			}
		}
		pos := call.Pos()
		name := ast.Unparen(call.Fun).(*ast.Ident).Name
		args := append([]ast.Expr{
			&ast.Ident{NamePos: pos, Name: strconv.FormatBool(name == "println")},
			&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(string(kinds))},
		}, call.Args...)
		call.Fun = helperCall(pos, PrintHelper).Fun
		call.Args = args
		return true
	})
	return l.err
}
