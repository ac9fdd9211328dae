package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/gogil/gogil/cellio"
)

// yaegi v0.16.1 converts a value whose type has methods to an interface by
// keeping a reference to where the value lies, not a copy: to the
// variable's frame slot, or to the slot of the expression that computed it,
// which the next evaluation of the same expression overwrites. Silently:
//
//	var v Valuer = c; c.Inc()             // v saw the increment
//	for _, c := range circles {
//		shapes = append(shapes, c)        // every element was the last circle
//	}
//	for i := range 3 {
//		list = append(list, &Item{i})     // every element was the last item
//	}
//
// Go copies the value into the interface. A slice literal is the one
// expression yaegi gives fresh storage on every evaluation, so
// lowerInterfaceCopies writes every such conversion's operand x of type T
// as []T{x}[0], whose element is the copy (new(v) is lowered the same
// way). It concerns values of the cells' types with methods, and pointers
// to them; natives' values reach an interface through reflect, which
// copies, and a library function's parameter copies what it is given.

// lowerInterfaceCopies gives each conversion of a cell value with methods
// to an interface a copy of its own: in assignments, declarations,
// returns, calls of the cells' functions, conversions, appends, composite
// literals and sends.
func lowerInterfaceCopies(f *File, opts Options) *cellio.Error {
	if !(opts.CellTypes || declaresType(f.AST)) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	info := l.t.Info
	wrap := map[ast.Expr]types.Type{}
	boxes := map[ast.Expr][2]types.Type{} // source and native interface
	nils := map[ast.Expr]types.Type{}     // typednil.go's conversions
	markNil := func(x ast.Expr, dest types.Type) bool {
		if x != nil && l.nilConversion(x, dest) {
			nils[x] = dest
			return true
		}
		return false
	}
	spread := map[ast.Expr][]types.Type{} // values of several results (typednil.go)
	markResults := func(x ast.Expr, dests []types.Type) {
		if found := l.nilResults(x, dests); found != nil {
			spread[x] = found
		}
	}
	mark := func(x ast.Expr, dest types.Type) {
		if x == nil || dest == nil || !types.IsInterface(dest) {
			return
		}
		if _, generic := dest.(*types.TypeParam); generic {
			return // the interpreter's instance has the argument's type
		}
		if markNil(x, dest) {
			return // the function literal's parameter is the copy
		}
		if src := l.boxedIntoNative(x, dest); src != nil {
			boxes[x] = [2]types.Type{src, dest}
			return
		}
		if src := l.copiedIntoInterface(x); src != nil {
			wrap[x] = src
		}
	}
	var sigs []*types.Signature // of the enclosing functions, innermost last
	var stack []ast.Node
	ast.Inspect(f.AST, func(n ast.Node) bool {
		if n == nil {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			switch top.(type) {
			case *ast.FuncDecl, *ast.FuncLit:
				sigs = sigs[:len(sigs)-1]
			}
			return true
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			sig, _ := typeOfObject(info.Defs[n.Name]).(*types.Signature)
			sigs = append(sigs, sig)
		case *ast.FuncLit:
			sig, _ := info.TypeOf(n).(*types.Signature)
			sigs = append(sigs, sig)
		case *ast.ReturnStmt:
			sig := sigs[len(sigs)-1]
			if sig != nil && sig.Results().Len() == len(n.Results) {
				for i, r := range n.Results {
					mark(r, sig.Results().At(i).Type())
				}
			} else if sig != nil && len(n.Results) == 1 {
				var dests []types.Type
				for i := range sig.Results().Len() {
					dests = append(dests, sig.Results().At(i).Type())
				}
				markResults(n.Results[0], dests)
			}
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				break
			}
			dests := make([]types.Type, len(n.Lhs))
			for i, lhs := range n.Lhs {
				if id, ok := lhs.(*ast.Ident); ok && (id.Name == "_" || info.Defs[id] != nil) {
					continue // a new variable has its value's type
				}
				dests[i] = info.TypeOf(lhs)
			}
			switch {
			case len(n.Lhs) == len(n.Rhs):
				for i, r := range n.Rhs {
					if dests[i] != nil {
						mark(r, dests[i])
					}
				}
			case len(n.Rhs) == 1 && !commClause(stack):
				markResults(n.Rhs[0], dests)
			}
		case *ast.ValueSpec:
			if n.Type != nil && len(n.Names) == len(n.Values) {
				for _, v := range n.Values {
					mark(v, info.TypeOf(n.Type))
				}
			} else if n.Type != nil && len(n.Values) == 1 && len(n.Names) > 1 {
				dests := make([]types.Type, len(n.Names))
				for i := range dests {
					dests[i] = info.TypeOf(n.Type)
				}
				markResults(n.Values[0], dests)
			}
		case *ast.SendStmt:
			if ch, ok := coreType(info.TypeOf(n.Chan)).(*types.Chan); ok {
				mark(n.Value, ch.Elem())
			}
		case *ast.CompositeLit:
			l.markElements(n, mark)
		case *ast.CallExpr:
			l.markArguments(n, mark, markNil)
			if len(n.Args) != 1 || n.Ellipsis != token.NoPos {
				break
			}
			tuple, several := info.TypeOf(n.Args[0]).(*types.Tuple)
			if sig, ok := coreType(info.TypeOf(n.Fun)).(*types.Signature); ok && several {
				dests := make([]types.Type, tuple.Len())
				for i := range dests {
					dests[i] = l.paramType(sig, n, i)
				}
				markResults(n.Args[0], dests)
			}
		case *ast.BinaryExpr:
			// x == v converts v to x's interface.
			if n.Op == token.EQL || n.Op == token.NEQ {
				markNil(n.Y, info.TypeOf(n.X))
				markNil(n.X, info.TypeOf(n.Y))
			}
		}
		return true
	})
	if len(wrap) == 0 && len(nils) == 0 && len(spread) == 0 && len(boxes) == 0 {
		return nil
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		if box, ok := boxes[x]; ok && l.err == nil {
			out := l.boxCall(x, box[0], box[1])
			tv := info.Types[x]
			tv.Type = box[1]
			info.Types[out] = tv
			return out
		}
		if dests, ok := spread[x]; ok && l.err == nil {
			return l.spreadResults(x, dests)
		}
		if dest, ok := nils[x]; ok && l.err == nil {
			return l.typedNilCall(x, dest)
		}
		src, ok := wrap[x]
		if !ok || l.err != nil {
			return x
		}
		pos := x.Pos()
		lit := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: l.typeExpr(x, src)}, Lbrace: pos, Elts: []ast.Expr{x}, Rbrace: pos}
		out := &ast.IndexExpr{X: lit, Lbrack: pos, Index: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, Rbrack: pos}
		// The passes after this one look values' types up by node.
		info.Types[lit] = types.TypeAndValue{Type: types.NewSlice(src)}
		info.Types[out] = info.Types[x]
		return out
	})
	return l.err
}

// commClause: the innermost of stack's nodes above the statement on top
// is a select's case, whose receive must stay as written.
func commClause(stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	_, ok := stack[len(stack)-2].(*ast.CommClause)
	return ok
}

// copiedIntoInterface is the static type of x when converting x to an
// interface needs a copy: a type of the cells with methods, or a pointer to
// one, and x not an interface nor a literal or constant, which are fresh
// already.
func (l *typedLowering) copiedIntoInterface(x ast.Expr) types.Type {
	switch ast.Unparen(x).(type) {
	case *ast.CompositeLit, *ast.BasicLit, *ast.FuncLit:
		return nil
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil || !tv.IsValue() || tv.Value != nil || types.IsInterface(tv.Type) || !l.cellTyped(x) {
		return nil
	}
	named := namedOf(tv.Type)
	if types.NewMethodSet(types.NewPointer(named)).Len() == 0 {
		return nil
	}
	return tv.Type
}

// yaegi v0.16.1 converts a cell value to a library's interface with
// methods (error, fmt.Stringer) into a wrapper whose methods evaluate the
// converted expression again when called, in the frame it was converted
// in: not the value converted, but whatever that expression's slot, the
// variable's or the literal's, holds by then. An error made in a loop
// printed the last iteration's value, and one kept in a variable a later
// cell prints panicked in reflect.Set; a slice literal's element (above)
// is such a slot too. A function's parameter is not: each call has a
// frame of its own, which the wrapper keeps. So boxedIntoNative's values
// are converted by func(v T) I { return v }(x) (boxCall), which also
// makes yaegi convert a value assigned to a variable of type error that
// it otherwise stores unconverted (ifacelits.go).
func (l *typedLowering) boxedIntoNative(x ast.Expr, dest types.Type) types.Type {
	it, ok := dest.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return nil
	}
	if named, ok := types.Unalias(dest).(*types.Named); !ok || named.Obj().Pkg() != nil && cellPackage(l.t, named.Obj().Pkg()) {
		return nil // a cell's interface (yaegi's own box), or an unnamed one
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil || !tv.IsValue() || tv.Value != nil || types.IsInterface(tv.Type) || !l.cellTyped(x) {
		return nil
	}
	return tv.Type
}

// boxCall is func(v T) I { return v }(x).
func (l *typedLowering) boxCall(x ast.Expr, src, dest types.Type) ast.Expr {
	pos := x.Pos()
	v := &ast.Ident{NamePos: pos, Name: "__gogil_v"}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{v}, Type: l.typeExpr(x, src)}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(x, dest)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.Ident{NamePos: pos, Name: v.Name}}}}, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
}

// markElements marks the elements of a composite literal that go into
// interfaces: of a slice, array or map of interfaces, a map's interface
// keys, a struct's interface fields.
func (l *typedLowering) markElements(lit *ast.CompositeLit, mark func(ast.Expr, types.Type)) {
	t := coreType(l.t.Info.TypeOf(lit))
	if p, ok := t.(*types.Pointer); ok { // an element &T{...} of a composite literal
		t = coreType(p.Elem())
	}
	for i, e := range lit.Elts {
		kv, keyed := e.(*ast.KeyValueExpr)
		switch t := t.(type) {
		case *types.Slice:
			if keyed {
				e = kv.Value
			}
			mark(e, t.Elem())
		case *types.Array:
			if keyed {
				e = kv.Value
			}
			mark(e, t.Elem())
		case *types.Map:
			if keyed {
				mark(kv.Key, t.Key())
				mark(kv.Value, t.Elem())
			}
		case *types.Struct:
			if !keyed {
				if i < t.NumFields() {
					mark(e, t.Field(i).Type())
				}
				continue
			}
			if id, ok := kv.Key.(*ast.Ident); ok {
				if v, ok := l.t.Info.Uses[id].(*types.Var); ok {
					mark(kv.Value, v.Type())
				}
			}
		}
	}
}

// markArguments marks the arguments of a call that go into interfaces: of
// a conversion to an interface, of append to a slice of interfaces, and of
// the cells' own functions and methods (a library's copies what it gets,
// but gets a nil interface for a typed nil: markNil).
func (l *typedLowering) markArguments(call *ast.CallExpr, mark func(ast.Expr, types.Type), markNil func(ast.Expr, types.Type) bool) {
	info := l.t.Info
	tv, ok := info.Types[call.Fun]
	if !ok {
		return
	}
	switch {
	case tv.IsType():
		if len(call.Args) == 1 {
			mark(call.Args[0], tv.Type)
		}
		return
	case tv.IsBuiltin():
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "append" && len(call.Args) > 1 && call.Ellipsis == token.NoPos {
			if s, ok := coreType(info.TypeOf(call.Args[0])).(*types.Slice); ok {
				for _, a := range call.Args[1:] {
					mark(a, s.Elem())
				}
			}
		}
		return
	}
	sig, ok := coreType(tv.Type).(*types.Signature)
	if !ok || len(call.Args) == 1 && sig.Params().Len() > 1 {
		return // f(g()) with g's several results
	}
	library := l.libraryFunction(call.Fun)
	for i, a := range call.Args {
		if library {
			markNil(a, l.paramType(sig, call, i))
		} else {
			mark(a, l.paramType(sig, call, i))
		}
	}
}

// libraryFunction: fun names a function or method of a package other than
// the cells'.
func (l *typedLowering) libraryFunction(fun ast.Expr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr: // an instance of a generic function
		return l.libraryFunction(f.X)
	case *ast.IndexListExpr:
		return l.libraryFunction(f.X)
	default:
		return false
	}
	fn, ok := l.t.Info.Uses[id].(*types.Func)
	return ok && fn.Pkg() != nil && !cellPackage(l.t, fn.Pkg())
}

func typeOfObject(o types.Object) types.Type {
	if o == nil {
		return nil
	}
	return o.Type()
}

// coreType is t's underlying type (nil stays nil).
func coreType(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}
