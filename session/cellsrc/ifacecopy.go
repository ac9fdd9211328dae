package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

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
	type conversion struct{ src, dest types.Type }
	wrap := map[ast.Expr]conversion{}
	adapt := map[ast.Expr]types.Type{} // cell interfaces to library ones
	nils := map[ast.Expr]types.Type{}  // typednil.go's conversions
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
		if l.cellInterfaceToLibrary(x, dest) {
			adapt[x] = dest // ifaceadapt.go
			return
		}
		if src := l.copiedIntoInterface(x, dest); src != nil {
			wrap[x] = conversion{src, dest}
		}
	}
	var ranges []*ast.RangeStmt // assigning cell values to interfaces
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
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN && l.convertsRangeTargets(n) {
				ranges = append(ranges, n)
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
					dests[i] = paramType(sig, n, i)
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
	for i, r := range ranges {
		l.lowerRangeTargets(r, "__gogil_rc"+strconv.Itoa(i+1))
	}
	if len(wrap) == 0 && len(nils) == 0 && len(spread) == 0 && len(adapt) == 0 {
		return l.err
	}
	replaceExprs(f.AST, func(x ast.Expr) ast.Expr {
		if dest, ok := adapt[x]; ok && l.err == nil {
			return l.interfaceAdapter(x, dest)
		}
		if dests, ok := spread[x]; ok && l.err == nil {
			return l.spreadResults(x, dests)
		}
		if dest, ok := nils[x]; ok && l.err == nil {
			return l.typedNilCall(x, dest)
		}
		c, ok := wrap[x]
		if !ok || l.err != nil {
			return x
		}
		return l.copyOf(x, c.src, c.dest)
	})
	return l.err
}

// copyOf is []src{x}[0], a copy of x, of type src, to be converted to
// dest. A library interface's wrapper (yaegi's genInterfaceWrapper) takes
// as its methods' receiver the storage of the value converted, not a copy:
// the storage of the expression, which the next evaluation in a loop
// overwrites, the copy's included, so that every fmt.Stringer appended in
// a loop printed the last value. A function's frame is new on every call:
// to a library interface the value is converted in one, func(v src) dest
// { return v }(x).
func (l *typedLowering) copyOf(x ast.Expr, src, dest types.Type) ast.Expr {
	pos := x.Pos()
	if l.libraryInterface(dest) {
		v := &ast.Ident{NamePos: pos, Name: "__gogil_v"}
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: pos,
				Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{v}, Type: l.typeExpr(x, src)}}, Closing: pos},
				Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(x, dest)}}}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.Ident{NamePos: pos, Name: v.Name}}}}, Rbrace: pos},
		}
		call := &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
		l.t.Info.Types[call] = types.TypeAndValue{Type: dest}
		return call
	}
	lit := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: l.typeExpr(x, src)}, Lbrace: pos, Elts: []ast.Expr{x}, Rbrace: pos}
	out := &ast.IndexExpr{X: lit, Lbrack: pos, Index: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, Rbrack: pos}
	// The passes after this one look values' types up by node.
	l.t.Info.Types[lit] = types.TypeAndValue{Type: types.NewSlice(src)}
	if tv, ok := l.t.Info.Types[x]; ok {
		l.t.Info.Types[out] = tv
	}
	return out
}

// A range assigning to existing variables (`for _, x = range xs`) assigns
// each element to its target as an assignment does: a cell value to an
// interface target needs the copy, and a nil one the typed nil, that the
// range-assignment pass (rangeassign.go), which runs after the passes
// that type the code, would not write. Such a range is lowered here, its
// assignment with the conversions:
//
//	for _, x = range xs { body } → for _, __gogil_rc1v := range xs { x = conv(__gogil_rc1v); body }

// rangeElements are the types of the key and the value a range over a
// value of type t gives (nil for a range the lowerings of integers,
// strings and functions rewrite).
func rangeElements(t types.Type) (key, value types.Type) {
	if p, ok := coreType(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t := coreType(t).(type) {
	case *types.Slice:
		return types.Typ[types.Int], t.Elem()
	case *types.Array:
		return types.Typ[types.Int], t.Elem()
	case *types.Map:
		return t.Key(), t.Elem()
	case *types.Chan:
		return t.Elem(), nil
	}
	return nil, nil
}

// rangeConversion is the element of type src assigned to target, written
// from hidden: the typed nil's call, the copy, or hidden itself.
func (l *typedLowering) rangeConversion(target ast.Expr, hidden *ast.Ident, src types.Type) ast.Expr {
	if l.t == nil || l.t.Info == nil {
		return hidden
	}
	dest := l.t.Info.TypeOf(target)
	if src == nil || dest == nil || !types.IsInterface(dest) || types.IsInterface(src) {
		return hidden
	}
	if _, generic := dest.(*types.TypeParam); generic {
		return hidden
	}
	l.t.Info.Types[hidden] = types.TypeAndValue{Type: src}
	if l.nilConversionOf(src, dest) {
		return l.typedNilCallOf(hidden, src, dest)
	}
	if l.copiedType(src) {
		return l.copyOf(hidden, src, dest)
	}
	return hidden
}

// convertsRangeTargets: r assigns an element to a target that needs a
// conversion of rangeConversion's.
func (l *typedLowering) convertsRangeTargets(r *ast.RangeStmt) bool {
	key, value := rangeElements(l.t.Info.TypeOf(r.X))
	needs := func(target ast.Expr, src types.Type) bool {
		if target == nil || isBlank(target) || src == nil || types.IsInterface(src) {
			return false
		}
		dest := l.t.Info.TypeOf(target)
		if dest == nil || !types.IsInterface(dest) {
			return false
		}
		if _, generic := dest.(*types.TypeParam); generic {
			return false
		}
		return l.nilConversionOf(src, dest) || l.copiedType(src)
	}
	return needs(r.Key, key) || needs(r.Value, value)
}

// lowerRangeTargets lowers r (see above) with hidden variables named
// after prefix.
func (l *typedLowering) lowerRangeTargets(r *ast.RangeStmt, prefix string) {
	key, value := rangeElements(l.t.Info.TypeOf(r.X))
	hideRangeTargets(r, prefix, func(target ast.Expr, hidden *ast.Ident, isKey bool) ast.Expr {
		if isKey {
			return l.rangeConversion(target, hidden, key)
		}
		return l.rangeConversion(target, hidden, value)
	})
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
func (l *typedLowering) copiedIntoInterface(x ast.Expr, dest types.Type) types.Type {
	switch lit := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		// A literal is fresh, but yaegi stores one of a slice, map or
		// array type straight into a cell interface's variable as its
		// underlying value: `var n Named = byLen{"x"}` panicked with
		// "reflect.Set: value of type []string is not assignable to type
		// interp.valueInterface". Its copy goes in as a value of byLen.
		if _, isStruct := coreType(l.t.Info.TypeOf(lit)).(*types.Struct); isStruct && !l.libraryInterface(dest) {
			return nil // fresh; not to a library's wrapper (copyOf)
		}
	case *ast.BasicLit, *ast.FuncLit:
		return nil
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil || !tv.IsValue() || tv.Value != nil || types.IsInterface(tv.Type) || !l.copiedType(tv.Type) {
		return nil
	}
	return tv.Type
}

// copiedType: a value of type t, a type of the cells with methods or a
// pointer to one, needs a copy to go into an interface.
func (l *typedLowering) copiedType(t types.Type) bool {
	named := namedOf(t)
	return named != nil && named.Obj().Pkg() != nil && cellPackage(l.t, named.Obj().Pkg()) &&
		types.NewMethodSet(types.NewPointer(named)).Len() != 0
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
// the cells' own functions and methods, and of a library's parameters of
// a library interface (a library's other parameters copy what they get,
// but get a nil interface for a typed nil: markNil).
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
		p := paramType(sig, call, i)
		if library && !l.libraryInterface(p) {
			markNil(a, p)
		} else if _, named := l.nameType(a, p); library && !named {
			markNil(a, p) // io.Writer in a cell that does not import io
		} else {
			// A library interface's wrapper reads its methods'
			// receiver where the conversion found it (copyOf), a
			// library function's parameter included: errors.Join(v)
			// then v.Key = "b" changed the joined error's text.
			mark(a, p)
		}
	}
}

// libraryFunction: fun names a function or method of a package other than
// the cells'.
func (l *typedLowering) libraryFunction(fun ast.Expr) bool {
	fn := l.calledFunc(fun)
	return fn != nil && fn.Pkg() != nil && !cellPackage(l.t, fn.Pkg())
}

// calledFunc is the function or method fun names (f, x.f, or an instance
// of a generic one, f[int]), nil if it names none.
func (l *typedLowering) calledFunc(fun ast.Expr) *types.Func {
	var id *ast.Ident
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr:
		return l.calledFunc(f.X)
	case *ast.IndexListExpr:
		return l.calledFunc(f.X)
	default:
		return nil
	}
	fn, _ := l.t.Info.Uses[id].(*types.Func)
	return fn
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
