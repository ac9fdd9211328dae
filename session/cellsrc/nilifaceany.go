package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 converts a nil value of an interface the cells declare
// (var i Shape) to an empty interface as a box holding nothing, not as
// the nil interface: handed on to native code (fmt.Println(x) in the
// Tour's describe(x any)) it crashed with "reflect: call of
// reflect.Value.Interface on zero Value", and printed inside a []any it
// showed the box's fields, silently. Its own conversions in a var
// declaration, an assignment and a return give the nil interface. Each
// operand of a cell interface type that becomes an empty interface as an
// argument of a function the cells declared (or a function value of
// theirs: a name or field the cells declared, whatever it holds), an
// element, map key or struct field of a composite literal, or an appended
// element, is written as that conversion:
//
//	func(v I) any { if v == nil { return nil }; return v }(x)
//
// A library function's argument is left to the interpreter, which hands
// it on right (and the printing passes read its static type).
func lowerNilInterfaceToAny(f *File, opts Options) *cellio.Error {
	if !opts.CellTypes && !declaresType(f.AST) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	wrap := func(x ast.Expr, dest types.Type) ast.Expr {
		tv, ok := info.Types[x]
		if !ok || tv.Type == nil || !tv.IsValue() || dest == nil {
			return x
		}
		if di, ok := dest.Underlying().(*types.Interface); !ok || !di.Empty() || mentionsTypeParam(dest) {
			return x
		}
		if _, cell := l.cellInterface(tv.Type); !cell {
			return x
		}
		iface, ok := l.nameType(x, tv.Type)
		if !ok {
			return x
		}
		return l.nilToAny(x, iface, dest)
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if l.builtinAppend(n) {
				if st, ok := info.TypeOf(n).(*types.Slice); ok && !n.Ellipsis.IsValid() {
					for i := 1; i < len(n.Args); i++ {
						n.Args[i] = wrap(n.Args[i], st.Elem())
					}
				}
				return true
			}
			ft := info.TypeOf(n.Fun)
			if ft == nil {
				return true
			}
			sig, ok := ft.Underlying().(*types.Signature)
			if !ok || !l.cellCallee(n.Fun) {
				return true
			}
			for i, a := range n.Args {
				n.Args[i] = wrap(a, paramType(sig, n, i))
			}
		case *ast.CompositeLit:
			t := info.TypeOf(n)
			if t == nil {
				return true
			}
			var elem types.Type
			switch u := t.Underlying().(type) {
			case *types.Slice:
				elem = u.Elem()
			case *types.Array:
				elem = u.Elem()
			case *types.Map:
				elem = u.Elem()
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						kv.Key = wrap(kv.Key, u.Key())
					}
				}
			case *types.Struct:
				for i, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						if key, ok := kv.Key.(*ast.Ident); ok {
							for j := range u.NumFields() {
								if u.Field(j).Name() == key.Name {
									kv.Value = wrap(kv.Value, u.Field(j).Type())
								}
							}
						}
					} else if i < u.NumFields() {
						n.Elts[i] = wrap(e, u.Field(i).Type())
					}
				}
				return true
			default:
				return true
			}
			for i, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					kv.Value = wrap(kv.Value, elem)
					continue
				}
				n.Elts[i] = wrap(e, elem)
			}
		}
		return true
	})
	return l.err
}

// builtinAppend: call is a call of the builtin append.
func (l *typedLowering) builtinAppend(call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	b, ok := l.t.Info.Uses[id].(*types.Builtin)
	return ok && b.Name() == "append"
}

// cellCallee: fun is a function the cells declared, or a value of theirs
// (a variable, a field, a literal): not a library's function or method.
func (l *typedLowering) cellCallee(fun ast.Expr) bool {
	switch fun := ast.Unparen(fun).(type) {
	case *ast.FuncLit:
		return true
	case *ast.Ident:
		obj := l.t.Info.Uses[fun]
		return obj != nil && obj.Pkg() != nil && cellPackage(l.t, obj.Pkg())
	case *ast.SelectorExpr:
		if sel, ok := l.t.Info.Selections[fun]; ok {
			return sel.Obj().Pkg() != nil && cellPackage(l.t, sel.Obj().Pkg())
		}
	case *ast.IndexExpr:
		return l.cellCallee(fun.X)
	}
	return false
}

// nilToAny is x, of the cell interface iface, converted to dest, an
// empty interface, by an interpreted function that gives nil for nil.
func (l *typedLowering) nilToAny(x, iface ast.Expr, dest types.Type) ast.Expr {
	pos := x.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	const v = "__gogil_iface"
	destExpr, ok := l.nameType(x, dest)
	if !ok {
		return x
	}
	body := []ast.Stmt{
		&ast.IfStmt{If: pos,
			Cond: &ast.BinaryExpr{X: id(v), OpPos: pos, Op: token.EQL, Y: id("nil")},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id("nil")}}}, Rbrace: pos}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{id(v)}, Type: iface}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: destExpr}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	call := &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
	l.t.Info.Types[call] = types.TypeAndValue{Type: dest}
	return call
}
