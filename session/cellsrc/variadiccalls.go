package cellsrc

import (
	"go/ast"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 calls an interpreted variadic function unlike Go in two
// ways, both silent:
//
//   - with no value for the variadic parameter it passes an empty slice,
//     where Go passes nil (`xs == nil` was false, json.Marshal wrote []);
//   - a single slice for a variadic parameter of an interface type it
//     spreads, where Go passes the slice as one value: printAll(vals) of
//     `func printAll(args ...any)` with vals a []any saw len(vals)
//     arguments, not one.
//
// lowerVariadicCalls writes both out as Go means them, with go/types'
// signature of the called function: f(a) becomes f(a, []T(nil)...) and
// f(a, vals) becomes f(a, []T{vals}...). Only calls of the cells' own
// (interpreted) functions, function values and methods, not generic ones;
// library functions get Go's call already. The part is checked only when
// it calls a name that may be variadic: one it declares so, or one an
// earlier part declared with a "..." (Options.Variadic).
func lowerVariadicCalls(f *File, opts Options) *cellio.Error {
	if !callsVariadicName(f.AST, opts.Variadic) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() || l.err != nil {
			return true
		}
		sig := l.cellVariadic(call)
		if sig == nil {
			return true
		}
		params := sig.Params().Len()
		slice := sig.Params().At(params - 1).Type()
		elem := slice.(*types.Slice).Elem()
		pos := call.Rparen
		switch len(call.Args) {
		case params - 1:
			if len(call.Args) == 1 {
				if tv, ok := l.t.Info.Types[call.Args[0]]; !ok || isTuple(tv.Type) {
					return true // f(g()), g's results spread
				}
			}
			typ, ok := l.nameType(call, slice)
			if !ok {
				return true
			}
			call.Args = append(call.Args, &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: pos, X: typ, Rparen: pos}, Lparen: pos, Args: []ast.Expr{&ast.Ident{NamePos: pos, Name: "nil"}}, Rparen: pos})
			call.Ellipsis = pos
		case params:
			last := call.Args[params-1]
			tv, ok := l.t.Info.Types[last]
			if !ok || tv.Type == nil || tv.IsNil() {
				return true
			}
			if _, isSlice := tv.Type.Underlying().(*types.Slice); !isSlice || !types.AssignableTo(tv.Type, elem) {
				return true
			}
			typ, ok := l.nameType(call, slice)
			if !ok {
				return true
			}
			call.Args[params-1] = &ast.CompositeLit{Type: typ, Lbrace: last.Pos(), Elts: []ast.Expr{last}, Rbrace: last.End()}
			call.Ellipsis = pos
		}
		return true
	})
	return l.err
}

func isTuple(t types.Type) bool {
	_, ok := t.(*types.Tuple)
	return ok
}

// cellVariadic is the signature of call's function when that is a
// variadic function, function value or method of the cells, not generic.
func (l *typedLowering) cellVariadic(call *ast.CallExpr) *types.Signature {
	tv, ok := l.t.Info.Types[call.Fun]
	if !ok || tv.Type == nil || tv.IsType() || tv.IsBuiltin() {
		return nil
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok || !sig.Variadic() || sig.TypeParams().Len() > 0 {
		return nil
	}
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	default:
		return nil
	}
	if _, generic := l.t.Info.Instances[id]; generic {
		return nil
	}
	obj := l.t.Info.Uses[id]
	if obj == nil || obj.Pkg() == nil || !cellPackage(l.t, obj.Pkg()) {
		return nil
	}
	if fn, ok := obj.(*types.Func); ok {
		if s, ok := fn.Type().(*types.Signature); ok && s.Recv() != nil {
			if named := namedOf(s.Recv().Type()); named != nil && named.TypeParams().Len() > 0 {
				return nil
			}
		}
	}
	return sig
}

// callsVariadicName is the cheap syntactic test: the part calls a name
// it declares variadic, or one variadic says an earlier part may have.
func callsVariadicName(file *ast.File, variadic func(string) bool) bool {
	own := map[string]bool{}
	variadicType := func(t *ast.FuncType) bool {
		if t == nil || t.Params == nil || len(t.Params.List) == 0 {
			return false
		}
		_, ok := t.Params.List[len(t.Params.List)-1].Type.(*ast.Ellipsis)
		return ok
	}
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if variadicType(n.Type) {
				own[n.Name.Name] = true
			}
		case *ast.AssignStmt:
			for i, r := range n.Rhs {
				if lit, ok := r.(*ast.FuncLit); ok && variadicType(lit.Type) && i < len(n.Lhs) {
					if id, ok := n.Lhs[i].(*ast.Ident); ok {
						own[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, v := range n.Values {
				if lit, ok := v.(*ast.FuncLit); ok && variadicType(lit.Type) && i < len(n.Names) {
					own[n.Names[i].Name] = true
				}
			}
			if ft, ok := n.Type.(*ast.FuncType); ok && variadicType(ft) {
				for _, id := range n.Names {
					own[id.Name] = true
				}
			}
		}
		return true
	})
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		var name string
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			name = fun.Name
		case *ast.SelectorExpr:
			name = fun.Sel.Name
		}
		found = name != "" && (own[name] || variadic != nil && variadic(name))
		return !found
	})
	return found
}
