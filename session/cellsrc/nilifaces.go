package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// yaegi v0.16.1 converts a nil pointer, slice, map, func or channel of a
// cell type with methods to a library interface with methods (error,
// fmt.Stringer, sort.Interface...) as that interface's nil, silently: Go's
// interface holds the typed nil and is not nil. The tutorials' own gotcha
// printed the opposite of Go's:
//
//	func find() error { var p *NotFound; ...; return p }
//	err := find()
//	fmt.Println(err != nil) // Go: true; the interpreter: false
//
// The interpreter has no way to hold such a value there, so each such
// conversion's operand x (nilIntoLibraryInterface) becomes
// func(v T) T { if v == nil { __gogil.NilInInterface(...) }; return v }(x),
// which ends the cell with a gap when the value is nil: the kernel runs
// the cell as a program of its own. A cell interface (the interpreter
// keeps the typed nil in its own box) and any are left alone.

// NilInInterfaceHelper is the runner's helper of this file: it ends the
// cell, naming the nil value's type and the interface.
const NilInInterfaceHelper = "NilInInterface"

// nilIntoLibraryInterface says that converting x to dest may be the
// interpreter's silent nil: x's type is a nilable type of the cells with
// methods, dest a library interface with methods, and x not an operand
// that is never nil (&v, new(T), a literal).
func (l *typedLowering) nilIntoLibraryInterface(x ast.Expr, dest types.Type) bool {
	named, ok := dest.(*types.Named)
	if !ok || named.Obj().Pkg() == nil && named.Obj().Name() != "error" {
		return false
	}
	if pkg := named.Obj().Pkg(); pkg != nil && cellPackage(l.t, pkg) {
		return false
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	switch u := ast.Unparen(x).(type) {
	case *ast.CompositeLit, *ast.FuncLit, *ast.BasicLit:
		return false
	case *ast.UnaryExpr:
		if u.Op == token.AND {
			return false
		}
	case *ast.CallExpr:
		if id, ok := ast.Unparen(u.Fun).(*ast.Ident); ok && id.Name == "new" {
			if _, builtin := l.t.Info.Uses[id].(*types.Builtin); builtin {
				return false
			}
		}
	}
	tv, ok := l.t.Info.Types[x]
	if !ok || tv.Type == nil || !tv.IsValue() || tv.IsNil() || !l.cellTyped(x) {
		return false
	}
	switch tv.Type.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Signature, *types.Chan:
	default:
		return false
	}
	return types.NewMethodSet(tv.Type).Len() > 0
}

// nilChecked is x checked against the interpreter's silent nil on its way
// into dest: func(v T) T { if v == nil { __gogil.NilInInterface(t, i) }; return v }(x).
func (l *typedLowering) nilChecked(x ast.Expr, dest types.Type) ast.Expr {
	tv := l.t.Info.Types[x]
	pos := x.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	str := func(s string) *ast.BasicLit {
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(s)}
	}
	check := &ast.IfStmt{If: pos,
		Cond: &ast.BinaryExpr{X: ident("__gogil_v"), OpPos: pos, Op: token.EQL, Y: ident("nil")},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: ident(RuntimeAlias), Sel: ident(NilInInterfaceHelper)},
			Lparen: pos,
			Args:   []ast.Expr{str(types.TypeString(tv.Type, cellQualifier)), str(types.TypeString(dest, cellQualifier))},
			Rparen: pos,
		}}}, Rbrace: pos},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{ident("__gogil_v")}, Type: l.typeExpr(x, tv.Type)}}, Closing: pos},
			Results: &ast.FieldList{List: []*ast.Field{{Type: l.typeExpr(x, tv.Type)}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{check, &ast.ReturnStmt{Return: pos, Results: []ast.Expr{ident("__gogil_v")}}}, Rbrace: pos},
	}
	call := &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
	// The passes after this one look values' types up by node.
	l.t.Info.Types[call] = tv
	return call
}

// markLibraryArguments marks the arguments of a call of a library's
// function that go into its interface parameters (sort.Sort(v),
// heap.Push(h, x)); markArguments leaves those calls out, as a library
// copies what it is given.
func (l *typedLowering) markLibraryArguments(call *ast.CallExpr, mark func(ast.Expr, types.Type)) {
	if !l.libraryFunction(call.Fun) {
		return
	}
	sig, ok := coreType(l.t.Info.TypeOf(call.Fun)).(*types.Signature)
	if !ok || len(call.Args) == 1 && sig.Params().Len() > 1 {
		return
	}
	for i, a := range call.Args {
		if dest := l.paramType(sig, call, i); dest != nil {
			mark(a, dest)
		}
	}
}
