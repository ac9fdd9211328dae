package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// ErrorsAsIfaceHelper is the runner's errors.As for a target of an
// interface type other than error: one written in a cell (named or a
// literal, interface{ Timeout() bool }), whose values the interpreter
// makes itself, so native errors.As matches no library error with it; or
// any interface a cell type implements, whose methods native errors.As
// does not see on a cell value. The call
//
//	errors.As(err, &t)
//
// becomes
//
//	func(__gogil_ase error, __gogil_asp *I) bool {
//		__gogil_ask, __gogil_asv := __gogil.ErrorsAsIface(__gogil_ase, "main.I",
//			[]string{"Temporary"}, []string{"*netErr", ...}, chain methods...)
//		switch __gogil_ask {
//		case 0:
//			return false
//		case 1:
//			*__gogil_asp = __gogil_asv.(*netErr)
//		}
//		return true
//	}(err, &t)
//
// The runner walks the chain as errors.As does: a cell value matches when
// go/types says its type (listed) implements I, and the case of its index
// puts it in the target with its type written out. The interpreter cannot
// put a library value in an interface it made (it sees none of the
// value's methods there), so a library value with I's method names ends
// the cell with an error; one without them is no match, as in Go.
const ErrorsAsIfaceHelper = "ErrorsAsIface"

// lowerInterfaceAs lowers errors.As(err, target) for a target of type *I,
// I an interface that the pass would refuse; false leaves the call to the
// refusals (a type the call cannot name, a local interface).
func (l *typedLowering) lowerInterfaceAs(call *ast.CallExpr, target types.Type, scope *types.Scope) bool {
	p, ok := target.(*types.Pointer)
	if !ok {
		return false
	}
	iface, ok := p.Elem().Underlying().(*types.Interface)
	if !ok || onlyErrorMethod(iface) || localInterface(p.Elem(), iface) {
		return false
	}
	pos := call.Rparen
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	typeOf := func() (ast.Expr, bool) { return l.nameType(call, p.Elem()) }
	if _, ok := typeOf(); !ok {
		return false
	}
	inner := scope.Innermost(pos)
	var labels []ast.Expr
	var cases []ast.Stmt
	for _, named := range concreteTypes(scope) {
		if inner != nil {
			if _, o := inner.LookupParent(named.Obj().Name(), pos); o != named.Obj() {
				return false // a local name hides the type the case must write
			}
		}
		for _, star := range []bool{false, true} {
			var t types.Type = named
			var texpr ast.Expr = id(named.Obj().Name())
			label := named.Obj().Name()
			if star {
				t, texpr, label = types.NewPointer(named), &ast.StarExpr{Star: pos, X: id(label)}, "*"+label
			}
			if !types.Implements(t, iface) {
				continue
			}
			labels = append(labels, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(label)})
			// A struct without fields has one value, which the case
			// writes out: yaegi's assertion of an any holding one panics
			// (emptystructassert.go).
			s, ok := t.Underlying().(*types.Struct)
			cases = append(cases, asCase(pos, strconv.Itoa(len(labels)), texpr, ok && s.NumFields() == 0))
		}
	}
	// A library error with the target's methods: the runner's library
	// interface of them (nativeshapes.go), where it declares one.
	if shape, ok := nativeShape(iface); ok {
		l.f.shapeCases = true
		labels = append(labels, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote("=" + shape)})
		cases = append(cases, asCase(pos, strconv.Itoa(len(labels)), &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(shape)}, false))
	}
	var names []ast.Expr
	for i := range iface.NumMethods() {
		names = append(names, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(iface.Method(i).Name())})
	}
	ifaceC, _ := typeOf()
	strings := func(elts []ast.Expr) ast.Expr {
		return &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: id("string")}, Lbrace: pos, Elts: elts, Rbrace: pos}
	}
	targetName := &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(types.TypeString(p.Elem(), func(p *types.Package) string { return p.Name() }))}
	args := append([]ast.Expr{id("__gogil_ase"), targetName, strings(names), strings(labels)}, chainMethods(scope, "As", pos)...)
	helper := &ast.CallExpr{Fun: &ast.SelectorExpr{X: id(RuntimeAlias), Sel: id(ErrorsAsIfaceHelper)}, Lparen: pos, Args: args, Rparen: pos}
	cases = append([]ast.Stmt{
		&ast.CaseClause{Case: pos, List: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}}, Colon: pos,
			Body: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id("false")}}}},
	}, cases...)
	body := []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{id("__gogil_ask"), id("__gogil_asv")}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{helper}},
		&ast.SwitchStmt{Switch: pos, Tag: id("__gogil_ask"), Body: &ast.BlockStmt{Lbrace: pos, List: cases, Rbrace: pos}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id("true")}},
	}
	call.Fun = &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params: &ast.FieldList{List: []*ast.Field{
				{Names: []*ast.Ident{id("__gogil_ase")}, Type: id("error")},
				{Names: []*ast.Ident{id("__gogil_asp")}, Type: &ast.StarExpr{Star: pos, X: ifaceC}},
			}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: id("bool")}}},
		},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return true
}

// asCase is `case value: *__gogil_asp = __gogil_asv.(texpr)`, or, for a
// struct type without fields (empty), `*__gogil_asp = texpr{}`.
func asCase(pos token.Pos, value string, texpr ast.Expr, empty bool) ast.Stmt {
	v := &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: value}
	var x ast.Expr = &ast.TypeAssertExpr{X: &ast.Ident{NamePos: pos, Name: "__gogil_asv"}, Type: texpr}
	if empty {
		x = &ast.CompositeLit{Type: texpr, Lbrace: pos, Rbrace: pos}
	}
	return &ast.CaseClause{Case: pos, List: []ast.Expr{v}, Colon: pos, Body: []ast.Stmt{
		&ast.AssignStmt{
			Lhs:    []ast.Expr{&ast.StarExpr{Star: pos, X: &ast.Ident{NamePos: pos, Name: "__gogil_asp"}}},
			TokPos: pos, Tok: token.ASSIGN,
			Rhs: []ast.Expr{x},
		},
	}}
}

// refusedInterfaceTarget: errors.As to target (*I) is one the pass
// refuses without ErrorsAsIface: I has methods besides Error and is
// written in a cell, or some cell type implements it.
func (l *typedLowering) refusedInterfaceTarget(target types.Type, scope *types.Scope) bool {
	p, ok := target.(*types.Pointer)
	if !ok {
		return false
	}
	iface, ok := p.Elem().Underlying().(*types.Interface)
	if !ok || onlyErrorMethod(iface) {
		return false
	}
	if !isNamed(p.Elem()) || HoldsCellType(p.Elem(), map[types.Type]bool{}) {
		return true
	}
	for _, named := range concreteTypes(scope) {
		if types.Implements(named, iface) || types.Implements(types.NewPointer(named), iface) {
			return true
		}
	}
	return false
}

// localInterface: the interface t (whose underlying type is iface) is
// declared in a function, or a literal whose methods mention a type that
// is.
func localInterface(t types.Type, iface *types.Interface) bool {
	if _, named := types.Unalias(t).(*types.Named); named {
		return mentionsLocalType(t, map[types.Type]bool{})
	}
	for i := range iface.NumMethods() {
		if mentionsLocalType(iface.Method(i).Type(), map[types.Type]bool{}) {
			return true
		}
	}
	return false
}
