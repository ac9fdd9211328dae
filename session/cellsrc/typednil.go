package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 converts a nil pointer (or nil map, slice, channel,
// func) of a cell type, or of an instance of a generic one, to a library
// interface with methods (error, fmt.Stringer,
// io.Reader) as the nil interface, silently: Go's interface holds the
// typed nil, so
//
//	func find() error { var p *MyErr; return p }
//	find() == nil // false in Go, true in yaegi
//
// the tutorials' "nil error that is not nil". The interpreter's own
// interfaces and any keep the typed nil; only its wrappers for library
// interfaces (interp._error and the like, made in genInterfaceWrapper)
// drop it. Each such conversion of a value that may be nil becomes
//
//	func(v S) I {
//		if v == nil {
//			return __gogil.TypedNil([]I{new(T)}, v, "M", v.M, ...).(I)
//		}
//		return v
//	}(x)
//
// where the slice's element is a wrapper of the type yaegi picks for S
// in I, which the runner fills as yaegi would have: the typed nil as its
// value, and for each method the method value of v, or, where Go's would
// dereference v (a value receiver, a promoted method), Go's panic. It is
// part of the copies' pass (ifacecopy.go), which finds the same
// conversions.

// TypedNilHelper is the runner's helper of this file.
const TypedNilHelper = "TypedNil"

// nilConversion: converting x to dest is one yaegi turns into the nil
// interface when x is nil (see above).
func (l *typedLowering) nilConversion(x ast.Expr, dest types.Type) bool {
	if dest == nil || mentionsTypeParam(dest) || !l.libraryInterface(dest) {
		return false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit, *ast.FuncLit:
		return false
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return false // an address is never nil
		}
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil || !tv.IsValue() || tv.IsNil() {
		return false
	}
	return l.nilConversionOf(tv.Type, dest)
}

// nilConversionOf: converting a value of type src to dest is one yaegi
// turns into the nil interface when the value is nil.
func (l *typedLowering) nilConversionOf(src, dest types.Type) bool {
	if dest == nil || mentionsTypeParam(dest) || !l.libraryInterface(dest) {
		return false
	}
	if src == nil || types.IsInterface(src) || mentionsTypeParam(src) {
		return false
	}
	return l.nilSample(src) != sampleNone
}

// libraryInterface: t is an interface with methods a package other than
// the cells' declares, or error.
func (l *typedLowering) libraryInterface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() == 0 {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false // a literal is the interpreter's own interface
	}
	if n.Obj().Pkg() == nil {
		return n.Obj().Name() == "error"
	}
	return !cellPackage(l.t, n.Obj().Pkg())
}

type sampleKind int

const (
	sampleNone sampleKind = iota
	samplePointer
	sampleLiteral // a map or slice: S{}
	sampleMake    // a channel: make(S)
	sampleFunc    // a function: S(func(P...) (R...) { panic("") })
)

// nilSample is how the lowering writes a non-nil value of t, whose
// conversion gives the wrapper: t a pointer to a cell type (an instance
// of a generic one too), or such a type whose values may be nil.
func (l *typedLowering) nilSample(t types.Type) sampleKind {
	if p, ok := t.(*types.Pointer); ok {
		if n, ok := p.Elem().(*types.Named); ok && l.cellNamedOrInstance(n) {
			return samplePointer
		}
		return sampleNone
	}
	n, ok := t.(*types.Named)
	if !ok || !l.cellNamedOrInstance(n) {
		return sampleNone
	}
	switch n.Underlying().(type) {
	case *types.Map, *types.Slice:
		return sampleLiteral
	case *types.Chan:
		return sampleMake
	case *types.Signature:
		return sampleFunc
	}
	return sampleNone
}

// cellNamed: n is a type of the cells, not an instance of a generic one
// (whose methods the generic pass may have renamed).
func (l *typedLowering) cellNamed(n *types.Named) bool {
	return l.cellNamedOrInstance(n) && n.TypeArgs().Len() == 0
}

// cellNamedOrInstance: n is a type of the cells or an instance of a
// generic one, not the generic type itself. (An instance whose method the
// generic pass renamed cannot stand for the interface at all; that pass
// refuses the conversion.)
func (l *typedLowering) cellNamedOrInstance(n *types.Named) bool {
	return n.Obj().Pkg() != nil && cellPackage(l.t, n.Obj().Pkg()) && n.TypeParams().Len() == n.TypeArgs().Len()
}

// sampleValue writes a non-nil value of src (see nilSample) at x.
func (l *typedLowering) sampleValue(x ast.Expr, src types.Type) ast.Expr {
	pos := x.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	switch l.nilSample(src) {
	case samplePointer:
		return &ast.CallExpr{Fun: id("new"), Lparen: pos, Args: []ast.Expr{l.typeExpr(x, src.(*types.Pointer).Elem())}, Rparen: pos}
	case sampleLiteral:
		return &ast.CompositeLit{Type: l.typeExpr(x, src), Lbrace: pos, Rbrace: pos}
	case sampleMake:
		return &ast.CallExpr{Fun: id("make"), Lparen: pos, Args: []ast.Expr{l.typeExpr(x, src)}, Rparen: pos}
	case sampleFunc:
		// The body is never run: the wrapper's methods are v's.
		never := &ast.ExprStmt{X: &ast.CallExpr{Fun: id("panic"), Lparen: pos, Args: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: `""`}}, Rparen: pos}}
		sig, _ := l.typeExpr(x, src.Underlying()).(*ast.FuncType)
		if sig == nil {
			l.fail(x, "gogil cannot write a function of type %s", types.TypeString(src, nil))
			return id("nil")
		}
		lit := &ast.FuncLit{Type: sig, Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{never}, Rbrace: pos}}
		return &ast.CallExpr{Fun: l.typeExpr(x, src), Lparen: pos, Args: []ast.Expr{&ast.ParenExpr{Lparen: pos, X: lit, Rparen: pos}}, Rparen: pos}
	}
	return id("nil")
}

// typedNilCall writes x, converted to dest, as the call of the function
// literal above; it is typed dest for the passes after this one.
func (l *typedLowering) typedNilCall(x ast.Expr, dest types.Type) ast.Expr {
	return l.typedNilCallOf(x, l.t.Info.TypeOf(x), dest)
}

// typedNilCallOf is typedNilCall of an x of type src.
func (l *typedLowering) typedNilCallOf(x ast.Expr, src, dest types.Type) ast.Expr {
	pos := x.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	const v = "__gogil_nil"
	sample := l.sampleValue(x, src)
	iface, named := l.nameType(x, dest)
	if !named {
		// A library function's parameter of a package the cell did not
		// import: the nil is refused where the runner would need its
		// name.
		return l.refusedNilCall(x, src, types.TypeString(dest, nil), types.TypeString(dest, (*types.Package).Name))
	}
	args := []ast.Expr{
		&ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: iface}, Lbrace: pos, Elts: []ast.Expr{sample}, Rbrace: pos},
		id(v),
	}
	ms := types.NewMethodSet(src)
	for i := range ms.Len() {
		sel := ms.At(i)
		name := sel.Obj().Name()
		if !token.IsExported(name) {
			continue // no library interface asks for it
		}
		args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)})
		if msg := nilMethodPanic(src, sel); msg != "" {
			args = append(args, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(msg)})
			continue
		}
		args = append(args, &ast.SelectorExpr{X: id(v), Sel: id(name)})
	}
	assert := &ast.TypeAssertExpr{X: helperCall(pos, TypedNilHelper, args...), Lparen: pos, Type: l.typeExpr(x, dest), Rparen: pos}
	body := []ast.Stmt{
		&ast.IfStmt{If: pos,
			Cond: &ast.BinaryExpr{X: id(v), OpPos: pos, Op: token.EQL, Y: id("nil")},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{assert}}}, Rbrace: pos}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{id(v)}, Type: l.typeExpr(x, src)}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(x, dest)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	call := &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
	l.t.Info.Types[call] = types.TypeAndValue{Type: dest}
	return call
}

// refusedNilCall is []S{func(v S) S { if v == nil { __gogil.TypedNil(nil,
// nil, "pkg.I", "path/pkg.I") }; return v }(x)}[0]: the runner ends the cell on a nil,
// which the interpreter would make the nil interface I.
func (l *typedLowering) refusedNilCall(x ast.Expr, src types.Type, path, iface string) ast.Expr {
	pos := x.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	const v = "__gogil_nil"
	refuse := helperCall(pos, TypedNilHelper, id("nil"), id("nil"),
		&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(iface)}, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(path)})
	body := []ast.Stmt{
		&ast.IfStmt{If: pos,
			Cond: &ast.BinaryExpr{X: id(v), OpPos: pos, Op: token.EQL, Y: id("nil")},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: refuse}}, Rbrace: pos}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(v)}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{id(v)}, Type: l.typeExpr(x, src)}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(x, src)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	call := &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
	// yaegi converts a call's result handed to a library function as the
	// callee's result type, not as the parameter's interface: the value
	// goes through an element of a literal, as in ifacecopy.go.
	elems := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: l.typeExpr(x, src)}, Lbrace: pos, Elts: []ast.Expr{call}, Rbrace: pos}
	out := &ast.IndexExpr{X: elems, Lbrack: pos, Index: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, Rbrack: pos}
	l.t.Info.Types[out] = l.t.Info.Types[x]
	return out
}

// nilMethodPanic is Go's panic when the method sel of the nil value of
// src is called, where evaluating the method value would already panic
// (a value receiver, a method promoted from an embedded field: Go's
// wrapper dereferences the nil); "" where the method value of the nil
// value is fine (a method of *T declared on *T, any method of a map,
// slice or channel type).
func nilMethodPanic(src types.Type, sel *types.Selection) string {
	if _, ok := src.(*types.Pointer); !ok {
		return ""
	}
	recv := sel.Obj().(*types.Func).Type().(*types.Signature).Recv().Type()
	if _, ptr := recv.(*types.Pointer); ptr && len(sel.Index()) == 1 {
		return ""
	}
	return "runtime error: invalid memory address or nil pointer dereference"
}

// A value of several results handed on whole (return f(), a, b = f(),
// var a, b I = f(), g(f()), and the comma-ok forms) is converted by
// yaegi result by result, out of reach of the conversions above: such a
// value with a result that is a nil conversion, or a conversion to an
// interface (resultToInterface), becomes
//
//	func() (D0, D1) { r0, r1 := f(); return conv(r0), r1 }()
//
// whose results are the destinations' types where a result is converted
// (Dk the library interface, conv the call above), the result's own
// elsewhere.

// nilResults is, for x a value of several results, the destination of
// each of its results that is a nil conversion to dests' type (nil for the
// others); nil where none is.
func (l *typedLowering) nilResults(x ast.Expr, dests []types.Type) []types.Type {
	tuple, ok := l.t.Info.TypeOf(x).(*types.Tuple)
	if !ok || tuple.Len() != len(dests) {
		return nil
	}
	out := make([]types.Type, len(dests))
	found := false
	for i, d := range dests {
		if mentionsTypeParam(tuple.At(i).Type()) {
			return nil // the literal's results could not be written
		}
		if l.nilConversionOf(tuple.At(i).Type(), d) || l.resultToInterface(x, tuple.At(i).Type(), d) {
			out[i], found = d, true
		}
	}
	if !found {
		return nil
	}
	return out
}

// resultToInterface: a result of type src goes into dest, an interface
// src is not, which the literal can name. yaegi sets a variable of a
// cell interface to such a result without converting it: `cur, ok =
// v.(Sq)` panicked in reflect.Set (not assignable to valueInterface), and
// `return v.(Sq)` from a func of results (Shape, bool) failed to compile.
func (l *typedLowering) resultToInterface(x ast.Expr, src, dest types.Type) bool {
	if dest == nil || src == nil || !types.IsInterface(dest) || types.IsInterface(src) {
		return false
	}
	if _, generic := dest.(*types.TypeParam); generic {
		return false
	}
	if b, ok := src.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return false
	}
	_, named := l.nameType(x, dest)
	return named
}

// spreadResults writes x, a value of several results, as the call of the
// function literal above, converting result k to dests[k] where it is
// not nil.
func (l *typedLowering) spreadResults(x ast.Expr, dests []types.Type) ast.Expr {
	pos := x.Pos()
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	tuple := l.t.Info.TypeOf(x).(*types.Tuple)
	var temps, results []ast.Expr
	var fields []*ast.Field
	var vars []*types.Var
	for i := range tuple.Len() {
		src := types.Default(tuple.At(i).Type())
		temp := id("__gogil_r" + strconv.Itoa(i))
		temps = append(temps, temp)
		result, typ := ast.Expr(id(temp.Name)), src
		switch {
		case dests[i] == nil:
		case l.nilConversionOf(src, dests[i]):
			result, typ = l.typedNilCallOf(id(temp.Name), src, dests[i]), dests[i]
		case l.copiedType(src):
			l.t.Info.Types[result] = types.TypeAndValue{Type: src}
			result, typ = l.copyOf(result, src, dests[i]), dests[i]
		default:
			typ = dests[i] // the return converts it
		}
		results = append(results, result)
		fields = append(fields, &ast.Field{Type: l.typeExpr(x, typ)})
		vars = append(vars, types.NewVar(pos, nil, "", typ))
	}
	body := []ast.Stmt{
		&ast.AssignStmt{Lhs: temps, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{x}},
		&ast.ReturnStmt{Return: pos, Results: results},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: &ast.FieldList{Opening: pos, List: fields, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	call := &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
	l.t.Info.Types[call] = types.TypeAndValue{Type: types.NewTuple(vars...)}
	return call
}
