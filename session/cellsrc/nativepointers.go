package cellsrc

import (
	"go/ast"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 hands native code a value of a cell type, passed where a
// native interface with methods is wanted (encoding.TextUnmarshaler), as a
// wrapper struct of its methods, not as the pointer the cell passed. A
// library that asks reflect whether it got a pointer then fails where Go's
// runs: flag.TextVar panics "variable value type must be a pointer". Such
// calls with an argument of a cell type (or a pointer to one) are refused
// before the cell runs, naming the function and the workaround.

// pointerCalls are the functions and methods, by package and name, that
// need the pointer itself in an interface parameter, the index of that
// argument, and what to write instead.
var pointerCalls = map[string]map[string]pointerCall{
	"flag": {"TextVar": {0, "flag.Func (or FlagSet.Func) with a function that calls its UnmarshalText method"}},
}

type pointerCall struct {
	arg        int
	workaround string
}

// mayPassCellPointer is the syntactic test that keeps go/types away from
// a part that calls no function with the name of one of pointerCalls.
func mayPassCellPointer(file *ast.File) bool {
	return callsSelectorNamed(file, func(name string) bool {
		for _, names := range pointerCalls {
			if _, ok := names[name]; ok {
				return true
			}
		}
		return false
	})
}

func refuseCellPointerArgs(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresTypes(f.AST) || !mayPassCellPointer(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || l.err != nil {
			return l.err == nil
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		obj := l.t.Info.Uses[sel.Sel]
		if obj == nil || obj.Pkg() == nil {
			return true
		}
		pc, ok := pointerCalls[obj.Pkg().Path()][obj.Name()]
		if !ok || pc.arg >= len(call.Args) {
			return true
		}
		if named := l.cellNamedOf(call.Args[pc.arg]); named != nil {
			l.fail(call, "%s.%s of a value of %s, a type declared in a cell: the interpreter hands %s the value wrapped with its methods, not the pointer %s.%s requires (it would panic \"variable value type must be a pointer\"); use %s",
				obj.Pkg().Name(), obj.Name(), named.Obj().Name(), obj.Pkg().Path(), obj.Pkg().Name(), obj.Name(), pc.workaround)
		}
		return true
	})
	return l.err
}
