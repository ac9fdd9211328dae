package cellsrc

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// A cell's value, its trailing expression, is shown as the cells' fmt
// prints it (%v), so its static type matters as a printed argument's
// does: []Shape, a Shape, a []celsius or a struct with a celsius field
// reach the runner's capture as the interpreter's values, whose boxes and
// reflect types fmt would print by their fields, without the String
// methods Go calls. Where the cells declared types, the printing pass
// hands the trailing expression to __gogil.Values itself, its values
// typed as a printing call's arguments are (one value, or each result of
// a call); the runner then shows the text fmt makes of them. A trailing
// expression with nothing to type is left to the runner's TrailingForms.

// trailingValue is the capture of a part's trailing expression that the
// printing pass types: call is __gogil.Values(args...), and stmt the
// statement that replaces the trailing one if an argument gets typed.
type trailingValue struct {
	call *ast.CallExpr
	args []ast.Expr // call.Args as made, to see whether the pass typed one
	stmt ast.Stmt
}

// trailingValues makes the capture of trailing's values, or nil where
// go/types gave them no type (the expression was rewritten by an earlier
// pass, or is a type or a call without results).
func (l *typedLowering) trailingValues(trailing *ast.ExprStmt) *trailingValue {
	tv, ok := l.t.Info.Types[trailing.X]
	if !ok || tv.Type == nil || tv.IsType() || tv.IsVoid() || tv.IsBuiltin() {
		return nil
	}
	pos := trailing.X.Pos()
	ident := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	fun := &ast.SelectorExpr{X: ident(RuntimeAlias), Sel: ident("Values")}
	// Typed as func(...any), so that the pass takes every argument as a
	// printed one (printedFrom).
	variadic := types.NewTuple(types.NewParam(pos, nil, "vs", types.NewSlice(types.NewInterfaceType(nil, nil))))
	l.t.Info.Types[fun] = types.TypeAndValue{Type: types.NewSignatureType(nil, nil, nil, variadic, nil, true)}
	call := &ast.CallExpr{Fun: fun, Lparen: pos, Rparen: pos}
	tuple, several := tv.Type.(*types.Tuple)
	if !several {
		call.Args = []ast.Expr{trailing.X}
		return &trailingValue{call: call, args: []ast.Expr{trailing.X}, stmt: &ast.ExprStmt{X: call}}
	}
	// { r0, r1 := f(); __gogil.Values(r0, r1) }: yaegi does not pass a
	// call's several results straight on to another call.
	var names []ast.Expr
	for i := 0; i < tuple.Len(); i++ {
		name := ident(fmt.Sprintf("__gogilResult%d", i))
		l.t.Info.Types[name] = types.TypeAndValue{Type: tuple.At(i).Type()}
		names = append(names, name)
	}
	call.Args = append([]ast.Expr{}, names...)
	return &trailingValue{call: call, args: names, stmt: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{
		&ast.AssignStmt{Lhs: names, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{trailing.X}},
		&ast.ExprStmt{X: call},
	}}}
}

// place puts the capture in the trailing statement's place if the pass
// typed one of its values, and says whether it did.
func (v *trailingValue) place(f *File) bool {
	typed := false
	for i, arg := range v.args {
		typed = typed || v.call.Args[i] != arg
	}
	if !typed {
		return false
	}
	list := f.Main.Body.List
	list[len(list)-1] = v.stmt
	return true
}
