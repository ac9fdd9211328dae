package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 puts a struct or array value of a cell type into an
// interface without copying it: the interface keeps the variable itself,
// so a later change of the variable shows through every interface that
// was given it, without an error:
//
//	e := English{Base{"Ann"}}
//	gs := []Greeter{e}
//	e.Rename("Anna")
//	gs[0].Greet() // "Hi, Anna"; Go says "Hi, Ann"
//
// Neither a conversion (to the value's type or the interface) nor a call
// returning the value is a cure: the interface then keeps the slot of the
// conversion's or the call's result, which the next evaluation in a loop
// overwrites. A pointer to a parameter is new storage at each call, so
// lowerInterfaceCopies writes *func(v T) *T { return &v }(x) wherever a variable, field,
// element or pointed-to value of such a type is converted to an interface
// implicitly: assigned or declared, an element or field of a composite
// literal, a call's argument, a returned value, a sent value. Calls and
// composite literals are values of their own already and are left alone.
func lowerInterfaceCopies(f *File, opts Options) *cellio.Error {
	if !(opts.CellTypes || declaresType(f.AST)) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	var funcs []*types.Signature
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		if l.err != nil {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				return false
			}
			sig, _ := l.t.Info.TypeOf(n.Name).(*types.Signature)
			if obj := l.t.Info.Defs[n.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
			funcs = append(funcs, sig)
			ast.Inspect(n.Body, walk)
			funcs = funcs[:len(funcs)-1]
			return false
		case *ast.FuncLit:
			sig, _ := l.t.Info.TypeOf(n).(*types.Signature)
			funcs = append(funcs, sig)
			ast.Inspect(n.Body, walk)
			funcs = funcs[:len(funcs)-1]
			return false
		case *ast.AssignStmt:
			if (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) && len(n.Lhs) == len(n.Rhs) {
				for i := range n.Rhs {
					n.Rhs[i] = l.ifaceCopy(n.Rhs[i], l.t.Info.TypeOf(n.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) {
				for i := range n.Values {
					n.Values[i] = l.ifaceCopy(n.Values[i], l.t.Info.TypeOf(n.Type))
				}
			}
		case *ast.CompositeLit:
			l.compositeCopies(n)
		case *ast.CallExpr:
			l.argumentCopies(n)
		case *ast.ReturnStmt:
			if len(funcs) > 0 && funcs[len(funcs)-1] != nil {
				res := funcs[len(funcs)-1].Results()
				if res.Len() == len(n.Results) {
					for i := range n.Results {
						n.Results[i] = l.ifaceCopy(n.Results[i], res.At(i).Type())
					}
				}
			}
		case *ast.SendStmt:
			if ch, ok := typeUnder(l.t.Info.TypeOf(n.Chan)).(*types.Chan); ok {
				n.Value = l.ifaceCopy(n.Value, ch.Elem())
			}
		}
		return true
	}
	ast.Inspect(f.AST, walk)
	return l.err
}

func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

func (l *typedLowering) compositeCopies(lit *ast.CompositeLit) {
	t := l.t.Info.TypeOf(lit)
	if p, ok := typeUnder(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := typeUnder(t).(type) {
	case *types.Slice:
		l.elementCopies(lit, nil, u.Elem())
	case *types.Array:
		l.elementCopies(lit, nil, u.Elem())
	case *types.Map:
		l.elementCopies(lit, u.Key(), u.Elem())
	case *types.Struct:
		for i, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if key, ok := kv.Key.(*ast.Ident); ok {
					if field, ok := l.t.Info.Uses[key].(*types.Var); ok {
						kv.Value = l.ifaceCopy(kv.Value, field.Type())
					}
				}
			} else if i < u.NumFields() {
				lit.Elts[i] = l.ifaceCopy(elt, u.Field(i).Type())
			}
		}
	}
}

func (l *typedLowering) elementCopies(lit *ast.CompositeLit, key, elem types.Type) {
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key != nil {
				kv.Key = l.ifaceCopy(kv.Key, key)
			}
			kv.Value = l.ifaceCopy(kv.Value, elem)
		} else {
			lit.Elts[i] = l.ifaceCopy(elt, elem)
		}
	}
}

func (l *typedLowering) argumentCopies(call *ast.CallExpr) {
	tv, ok := l.t.Info.Types[call.Fun]
	if !ok || tv.IsType() {
		return
	}
	sig, ok := typeUnder(tv.Type).(*types.Signature)
	if !ok {
		return
	}
	params := sig.Params()
	for i := range call.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			if call.Ellipsis != token.NoPos {
				continue
			}
			if s, ok := params.At(params.Len() - 1).Type().Underlying().(*types.Slice); ok {
				pt = s.Elem()
			}
		case i < params.Len():
			pt = params.At(i).Type()
		}
		call.Args[i] = l.ifaceCopy(call.Args[i], pt)
	}
}

// ifaceCopy is a fresh copy of x when x is a variable, field, element or
// pointed-to value of a cell type whose values are structs or arrays and
// to is an interface with methods; x otherwise.
func (l *typedLowering) ifaceCopy(x ast.Expr, to types.Type) ast.Expr {
	if to == nil || !types.IsInterface(to) {
		return x
	}
	if _, isParam := to.(*types.TypeParam); isParam {
		return x
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || !tv.IsValue() || tv.Type == nil || types.IsInterface(tv.Type) {
		return x
	}
	named, ok := tv.Type.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) {
		return x
	}
	if it, _ := to.Underlying().(*types.Interface); it != nil && it.Empty() {
		// An empty interface keeps a copy already; an explicit conversion
		// to one would drop the String and Error methods fmt calls.
		return x
	}
	switch ast.Unparen(x).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr:
	default:
		return x
	}
	switch named.Underlying().(type) {
	case *types.Struct, *types.Array:
	default:
		return x
	}
	if _, ok := l.nameType(x, tv.Type); !ok {
		return x
	}
	return l.freshCopy(x, tv.Type)
}

// freshCopy is *func(v T) *T { return &v }(x): a copy of x in storage of
// its own, new at each evaluation.
func (l *typedLowering) freshCopy(x ast.Expr, t types.Type) ast.Expr {
	pos := x.Pos()
	v := &ast.Ident{NamePos: pos, Name: "__gogil_v"}
	ptr := func() ast.Expr { return &ast.StarExpr{Star: pos, X: l.typeExpr(x, t)} }
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{v}, Type: l.typeExpr(x, t)}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: ptr()}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.UnaryExpr{OpPos: pos, Op: token.AND, X: &ast.Ident{NamePos: pos, Name: v.Name}}}}}, Rbrace: pos},
	}
	return &ast.StarExpr{Star: pos, X: &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}}
}
