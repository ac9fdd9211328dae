package cellsrc

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/gogil/gogil/cellio"
)

// A value of a cell type reaches native code without its methods, so
// log/slog never sees the LogValue method of a cell type handed to it as
// an any ("user", u): it logged the struct's fields. A conversion to
// slog.LogValuer, which the interpreter makes with a wrapper of the
// method, keeps it: lowerSlogValues hands each
// argument of a log/slog function or method whose parameter is an any and
// whose static type is a cell type with a LogValue method through
// func(v slog.LogValuer) slog.LogValuer { return v }(arg) (a conversion
// written in place stays the bare value). A value whose static type is an
// interface is left as it is. For the same reason slog's text handler
// printed a cell value with a String or Error method as its plain value;
// lowerSlogText hands it over with the method.

func lowerSlogValues(f *File, opts Options) *cellio.Error {
	if !mentionsName(f.AST, "slog") && !((opts.CellTypes || declaresType(f.AST)) && callsLoggerMethod(f.AST)) {
		return nil
	}
	l := f.typedLowering(opts)
	if l == nil {
		return nil
	}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		var fn *types.Func
		switch x := ast.Unparen(call.Fun).(type) {
		case *ast.SelectorExpr:
			fn, _ = l.t.Info.Uses[x.Sel].(*types.Func)

		case *ast.Ident:
			fn, _ = l.t.Info.Uses[x].(*types.Func)
		}
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" {
			return true
		}
		valuer, ok := fn.Pkg().Scope().Lookup("LogValuer").(*types.TypeName)
		if !ok {
			return true
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok {
			return true
		}
		params := sig.Params()
		for i, arg := range call.Args {
			var pt types.Type
			switch {
			case i < params.Len()-1 || !sig.Variadic() && i < params.Len():
				pt = params.At(i).Type()
			case sig.Variadic():
				pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
			}
			if pt == nil || !types.IsInterface(pt) || pt.Underlying().(*types.Interface).NumMethods() > 0 {
				continue
			}
			tv, ok := l.t.Info.Types[arg]
			if !ok || tv.Type == nil || types.IsInterface(tv.Type) {
				continue
			}
			if p, ok := types.Unalias(tv.Type).(*types.Pointer); ok {
				// A *T's String or Error method.
				if named, ok := types.Unalias(p.Elem()).(*types.Named); ok && named.Obj().Pkg() != nil && cellPackage(l.t, named.Obj().Pkg()) {
					l.lowerSlogText(call, i, arg, tv.Type)
				}
				continue
			}
			named, ok := types.Unalias(tv.Type).(*types.Named)
			if !ok || named.Obj().Pkg() == nil || !cellPackage(l.t, named.Obj().Pkg()) {
				continue
			}
			if !types.Implements(tv.Type, valuer.Type().Underlying().(*types.Interface)) {
				l.lowerSlogText(call, i, arg, tv.Type)
				continue
			}
			in, ok := l.nameType(arg, valuer.Type())
			if !ok {
				continue
			}
			out, _ := l.nameType(arg, valuer.Type())
			// A conversion written as the argument stays the bare value
			// in the interpreter; a function's result is the wrapper.
			pos := arg.Pos()
			v := &ast.Ident{NamePos: pos, Name: "__gogil_valuer"}
			lit := &ast.FuncLit{
				Type: &ast.FuncType{Func: pos,
					Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v}, Type: in}}},
					Results: &ast.FieldList{List: []*ast.Field{{Type: out}}}},
				Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{ast.NewIdent(v.Name)}}}},
			}
			call.Args[i] = &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{arg}, Rparen: arg.End()}
		}
		return true
	})
	return l.err
}

// SlogTextHelper is the runner's helper that hands log/slog a cell value
// with a String or Error method.
const SlogTextHelper = "SlogText"

// lowerSlogText hands the call's argument i, of a cell type t whose method
// set has Error() string or String() string, through
// func(v T) any { return __gogil.SlogText(v, func() string { return
// v.String() }, false) }(arg): a native value that log/slog's text handler
// prints with the method, as Go's prints the value with %+v, and its JSON
// handler writes as before (the plain value; the Error text of an error).
// A type with a MarshalText method is left as it is: slog asks that one
// first, and gogil cannot hand it over either.
func (l *typedLowering) lowerSlogText(call *ast.CallExpr, i int, arg ast.Expr, t types.Type) {
	method := ""
	for _, name := range []string{"Error", "String"} {
		obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name)
		if fn, ok := obj.(*types.Func); ok && fn.Exported() {
			sig := fn.Type().(*types.Signature)
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
				method = name
				break
			}
		}
	}
	if method == "" {
		return
	}
	if obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "MarshalText"); obj != nil {
		return
	}
	typ, ok := l.nameType(arg, t)
	if !ok {
		l.fail(arg, "a value of %s, whose %s method log/slog would call, handed to log/slog where gogil cannot name its type: the interpreter gives native code a cell type's value without its methods; pass v.%s() instead", types.TypeString(t, cellQualifier), method, method)
		return
	}
	pos := arg.Pos()
	v := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "__gogil_logged"} }
	text := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{}, Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("string")}}}},
		Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{
			&ast.CallExpr{Fun: &ast.SelectorExpr{X: v(), Sel: &ast.Ident{NamePos: pos, Name: method}}, Lparen: pos, Rparen: pos},
		}}}},
	}
	helper := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: RuntimeAlias}, Sel: &ast.Ident{NamePos: pos, Name: SlogTextHelper}},
		Lparen: pos, Args: []ast.Expr{v(), text, ast.NewIdent(strconv.FormatBool(method == "Error"))}, Rparen: pos,
	}
	body := []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{helper}}}
	if _, isPtr := t.Underlying().(*types.Pointer); isPtr {
		// fmt prints a nil pointer whose method panics as <nil>: the
		// value itself goes to slog.
		body = append([]ast.Stmt{&ast.IfStmt{If: pos,
			Cond: &ast.BinaryExpr{X: v(), OpPos: pos, Op: token.EQL, Y: ast.NewIdent("nil")},
			Body: &ast.BlockStmt{List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{v()}}}},
		}}, body...)
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{List: []*ast.Field{{Names: []*ast.Ident{v()}, Type: typ}}},
			Results: &ast.FieldList{List: []*ast.Field{{Type: ast.NewIdent("any")}}}},
		Body: &ast.BlockStmt{List: body},
	}
	call.Args[i] = &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{arg}, Rparen: arg.End()}
}

// loggerMethods are the methods of a *slog.Logger that take values as
// anys: a part that calls one through a variable (logger.Info(...), the
// logger made in another part) need not name slog.
var loggerMethods = map[string]bool{
	"Debug": true, "Info": true, "Warn": true, "Error": true, "Log": true, "With": true,
	"DebugContext": true, "InfoContext": true, "WarnContext": true, "ErrorContext": true,
}

// callsLoggerMethod: the part calls a method of loggerMethods' names with
// arguments, the cheap test before type-checking.
func callsLoggerMethod(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && len(call.Args) > 0 {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && loggerMethods[sel.Sel.Name] {
				found = true
			}
		}
		return !found
	})
	return found
}

// mentionsName: the part has an identifier of that name (a package's,
// say), the cheap test before type-checking.
func mentionsName(file *ast.File, name string) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}
