package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The interpreter has no generic types of native packages, and
// sync/atomic.Pointer[T] is the one concurrency tutorials reach for (a
// config swapped whole, a lock-free stack's head). Its value is kept in an
// atomic.Value, which holds a pointer as atomically: each type expression
// atomic.Pointer[T] the typed pass finds becomes atomic.Value, and each
// call of one of its methods is written so that it keeps Pointer's
// signature:
//
//	p.Load()              func() *T { v, _ := p.Load().(*T); return v }()
//	p.Store(x)            p.Store((*T)(x))
//	p.Swap(x)             func() *T { v, _ := p.Swap((*T)(x)).(*T); return v }()
//	p.CompareAndSwap(o, n) func(o, n *T) bool { return p.CompareAndSwap(o, n) || o == nil && p.CompareAndSwap(nil, n) }(o, n)
//
// The comma-ok assertion gives a nil *T for the empty Value, which is what
// a zero Pointer holds; the conversions keep Store(nil) from storing a nil
// interface, which atomic.Value refuses with a panic; and a zero Pointer
// swaps from nil, which an empty Value does only for an untyped nil old
// value. What is left differs from Go only in fmt's print of the variable
// itself (the struct of an atomic.Value, not of a Pointer) and its %T.
//
// A method value or expression (p.Load not called) is refused, since
// atomic.Value's would have another signature; so is a call on an
// atomic.Pointer of a type parameter, whose *T the interpreter cannot
// assert to in a generic body, and an embedded atomic.Pointer.

// atomicPointerMethods are atomic.Pointer's methods, by their arguments.
var atomicPointerMethods = map[string]int{"Load": 0, "Store": 1, "Swap": 1, "CompareAndSwap": 2}

// atomicPointerElem is T of a type *atomic.Pointer[T] or atomic.Pointer[T].
func atomicPointerElem(t types.Type) (types.Type, bool) {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil, false
	}
	obj := n.Origin().Obj()
	// The type checker's atomic.Pointer is declared beside the package
	// the interpreter's tables give (celltypes' stubs).
	if obj.Pkg() == nil || !strings.HasSuffix("/"+obj.Pkg().Path(), "/sync/atomic") || obj.Name() != "Pointer" || n.TypeArgs().Len() != 1 {
		return nil, false
	}
	return n.TypeArgs().At(0), true
}

// atomicPointerMethod is the element type of the atomic.Pointer whose
// method sel selects, if it does.
func (l *typedLowering) atomicPointerMethod(sel *ast.SelectorExpr) (types.Type, *types.Selection, bool) {
	info := l.info()
	if info == nil {
		return nil, nil, false
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() == types.FieldVal {
		return nil, nil, false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return nil, nil, false
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return nil, nil, false
	}
	elem, ok := atomicPointerElem(recv.Type())
	return elem, s, ok
}

// planAtomicPointerCall plans the call of an atomic.Pointer method; it
// says whether call was one.
func (l *typedLowering) planAtomicPointerCall(call *ast.CallExpr, sel *ast.SelectorExpr) bool {
	elem, s, ok := l.atomicPointerMethod(sel)
	if !ok || s.Kind() != types.MethodVal {
		return false
	}
	if l.atomicCalls == nil {
		l.atomicCalls = map[*ast.SelectorExpr]bool{}
	}
	l.atomicCalls[sel] = true
	method := sel.Sel.Name
	if mentionsTypeParam(elem) {
		// The interpreter cannot assert to *T in a generic body
		// ("cannot indirect").
		l.fail(call, "atomic.Pointer[%s] of a type parameter is not supported by gogil, which keeps an atomic.Pointer in an atomic.Value and cannot assert its value to *%s in generic code: use an atomic.Pointer of a named type, or a sync.Mutex", elem, elem)
		return true
	}
	if n, known := atomicPointerMethods[method]; !known || len(call.Args) != n || call.Ellipsis.IsValid() {
		l.fail(call, "atomic.Pointer's method %s is not supported by gogil (it keeps an atomic.Pointer in an atomic.Value, having no generic library types): use Load, Store, Swap or CompareAndSwap", method)
		return true
	}
	ptr := func() ast.Expr { return &ast.StarExpr{Star: call.Pos(), X: l.typeExpr(call, elem)} }
	ptr() // fails now, while planning, if the cell cannot name T
	if l.err != nil {
		return true
	}
	l.plans[call] = func(c *ast.CallExpr) ast.Expr {
		recv := c.Fun.(*ast.SelectorExpr).X
		again := func(name string, args ...ast.Expr) *ast.CallExpr {
			return &ast.CallExpr{Fun: &ast.SelectorExpr{X: recv, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: name}}, Lparen: c.Lparen, Args: args, Rparen: c.Rparen}
		}
		conv := func(x ast.Expr) ast.Expr {
			return &ast.CallExpr{Fun: &ast.ParenExpr{X: ptr()}, Args: []ast.Expr{x}}
		}
		switch method {
		case "Store":
			return again("Store", conv(c.Args[0]))
		case "Load":
			return assertedPointer(c.Pos(), again("Load"), ptr)
		case "Swap":
			return assertedPointer(c.Pos(), again("Swap", conv(c.Args[0])), ptr)
		}
		const old, next = "__gogilOld", "__gogilNew"
		swapped := &ast.BinaryExpr{
			X:  again("CompareAndSwap", ast.NewIdent(old), ast.NewIdent(next)),
			Op: token.LOR,
			Y: &ast.BinaryExpr{
				X:  &ast.BinaryExpr{X: ast.NewIdent(old), Op: token.EQL, Y: ast.NewIdent("nil")},
				Op: token.LAND,
				Y:  again("CompareAndSwap", ast.NewIdent("nil"), ast.NewIdent(next)),
			},
		}
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: c.Pos(),
				Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{ast.NewIdent(old), ast.NewIdent(next)}, Type: ptr()}}},
				Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("bool")}}}},
			Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Results: []ast.Expr{swapped}}}},
		}
		return &ast.CallExpr{Fun: lit, Lparen: c.Lparen, Args: c.Args, Rparen: c.Rparen}
	}
	return true
}

// assertedPointer is func() *T { v, _ := x.(*T); return v }().
func assertedPointer(pos token.Pos, x ast.Expr, ptr func() ast.Expr) ast.Expr {
	const v = "__gogilPtr"
	body := []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent(v), ast.NewIdent("_")}, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.TypeAssertExpr{X: x, Type: ptr()}}},
		&ast.ReturnStmt{Results: []ast.Expr{ast.NewIdent(v)}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}, Results: &ast.FieldList{List: []*ast.Field{{Type: ptr()}}}},
		Body: &ast.BlockStmt{List: body},
	}
	return &ast.CallExpr{Fun: lit}
}

// refuseAtomicPointerValue refuses a method value or expression of
// atomic.Pointer (a selector planAtomicPointerCall did not take as a call).
func (l *typedLowering) refuseAtomicPointerValue(sel *ast.SelectorExpr) {
	if l.atomicCalls[sel] {
		return
	}
	if _, _, ok := l.atomicPointerMethod(sel); ok {
		l.fail(sel, "a method value of atomic.Pointer (%s not called) is not supported by gogil, which keeps an atomic.Pointer in an atomic.Value: call it inside a func literal", sel.Sel.Name)
	}
}

// refuseEmbeddedAtomicPointer refuses an embedded atomic.Pointer: written
// as atomic.Value, its field would be named Value, which the selectors
// of the cell's code (and of the passes that write promoted methods out)
// do not name.
func (l *typedLowering) refuseEmbeddedAtomicPointer(field *ast.Field) {
	if len(field.Names) > 0 {
		return
	}
	if l.atomicPointerType(field.Type) != nil {
		l.fail(field, "an embedded atomic.Pointer is not supported by gogil, which keeps an atomic.Pointer in an atomic.Value: give the field a name")
	}
}

// atomicPointerType is atomic.Value for a type expression
// atomic.Pointer[T], or nil.
func (l *typedLowering) atomicPointerType(x ast.Expr) ast.Expr {
	ix, ok := x.(*ast.IndexExpr)
	if !ok {
		return nil
	}
	info := l.info()
	if info == nil {
		return nil
	}
	tv, ok := info.Types[ix]
	if !ok || !tv.IsType() {
		return nil
	}
	if _, is := atomicPointerElem(tv.Type); !is {
		return nil
	}
	if _, isPtr := tv.Type.(*types.Pointer); isPtr {
		return nil
	}
	sel, ok := ix.X.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	return &ast.SelectorExpr{X: &ast.Ident{NamePos: pkg.Pos(), Name: pkg.Name}, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: "Value"}}
}

// namesAtomicPointer is the cheap test for a part that names the type:
// atomic.Pointer.
func namesAtomicPointer(n *ast.SelectorExpr) bool {
	id, ok := n.X.(*ast.Ident)
	return ok && id.Name == "atomic" && n.Sel.Name == "Pointer"
}

// mayUseAtomicPointer is the cheap test for a part that selects a
// method named like one of atomic.Pointer's, or a function of fmt or log:
// the variable it selects it on, or prints, may be or hold one, declared
// by an earlier part where the type was rewritten, whose Load the
// interpreter would otherwise give as an any.
func mayUseAtomicPointer(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if _, known := atomicPointerMethods[sel.Sel.Name]; known {
				found = true
			} else if id, ok := sel.X.(*ast.Ident); ok && (id.Name == "fmt" || id.Name == "log") {
				found = true
			}
		}
		return !found
	})
	return found
}

// refuseAtomicPointerPrint refuses handing fmt or log a value that holds
// an atomic.Pointer (a struct with one in a field, or a pointer to one):
// fmt would print the atomic.Value it is kept in, whose fields are not
// Pointer's ({v:<nil>} where Go prints {_:[] _:{} v:<nil>}), and %T would
// name atomic.Value.
func (l *typedLowering) refuseAtomicPointerPrint(call *ast.CallExpr) {
	info := l.info()
	if info == nil {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || (fn.Pkg().Path() != "fmt" && fn.Pkg().Path() != "log") {
		return
	}
	for _, arg := range call.Args {
		if tv, ok := info.Types[arg]; ok && tv.Type != nil && holdsAtomicPointer(tv.Type, true, map[types.Type]bool{}) {
			name := types.TypeString(tv.Type, func(p *types.Package) string { return p.Name() })
			l.fail(arg, "printing a value that holds an atomic.Pointer (%s) is not supported by gogil, which keeps an atomic.Pointer in an atomic.Value and would print that: print what its Load returns", name)
			return
		}
	}
}

// holdsAtomicPointer: fmt would print an atomic.Pointer's fields in a
// value of type t; top says t is the value handed over, whose pointer fmt
// follows (&{...}), as it does no nested one.
func holdsAtomicPointer(t types.Type, top bool, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	if _, ok := atomicPointerElem(t); ok {
		_, isPtr := t.(*types.Pointer)
		return !isPtr || top
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return top && holdsAtomicPointer(u.Elem(), false, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if holdsAtomicPointer(u.Field(i).Type(), false, seen) {
				return true
			}
		}
	case *types.Array:
		return holdsAtomicPointer(u.Elem(), false, seen)
	case *types.Slice:
		return holdsAtomicPointer(u.Elem(), false, seen)
	case *types.Map:
		return holdsAtomicPointer(u.Key(), false, seen) || holdsAtomicPointer(u.Elem(), false, seen)
	}
	return false
}
